import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../languages/supported-languages.js';
import {
  displayNameSchema,
  emailSchema,
  idSchema,
  isoDateTimeSchema,
  newPasswordSchema,
  versionSchema,
} from './common.schema.js';

export const languageSchema = z.enum(SUPPORTED_LANGUAGES, { message: 'must be one of en, fr, pt, es' });

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  preferredLanguage: languageSchema,
  active: z.boolean(),
  systemAdmin: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Whether the person signs in with a second factor (a TOTP authenticator app). */
  twoFactorEnabled: z.boolean(),
  createdAt: isoDateTimeSchema,
  version: versionSchema,
});
export type User = z.infer<typeof userSchema>;

export const createUserRequestSchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  /** A temporary password: the person must change it at their first sign-in. */
  temporaryPassword: newPasswordSchema,
  preferredLanguage: languageSchema.default('en'),
  systemAdmin: z.boolean().default(false),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z.strictObject({
  version: versionSchema,
  displayName: displayNameSchema.optional(),
  active: z.boolean().optional(),
  systemAdmin: z.boolean().optional(),
  /** Sets a new temporary password that must be changed at the next sign-in; ends the user's sessions. */
  temporaryPassword: newPasswordSchema.optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) });
