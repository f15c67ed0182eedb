import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common.schema.js';

export const auditEventSchema = z.object({
  id: idSchema,
  occurredAt: isoDateTimeSchema,
  actor: z.object({ userId: idSchema, displayName: z.string() }).nullable(),
  teamId: idSchema.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** What changed: `{ field: { from, to } }`, or the created/removed values. Secrets are never recorded. */
  changes: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.strictObject({
  /** Paging: events older than this one (ids sort by time). */
  beforeId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditListSchema = z.object({ events: z.array(auditEventSchema) });
