import { z } from 'zod';

export const idSchema = z.uuid({ message: 'must be an id (UUID)' });
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
/** The version a client last read; a write carrying an older one is refused with 409. */
export const versionSchema = z.number().int().min(1);

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ message: 'must be a valid email address' }));

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters');

/** Length and policy are checked by the service (it needs the common-password list). */
export const newPasswordSchema = z.string().max(1024, 'must be at most 1024 characters');

/** A course or course-category key of the learning catalogue: kebab-case, e.g. `tracker-configuration`. */
export const courseKeySchema = z
  .string()
  .max(80, 'must be at most 80 characters')
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be a kebab-case key such as tracker-configuration');
