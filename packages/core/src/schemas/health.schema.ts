import { z } from 'zod';

export const databaseEngineSchema = z.enum(['sqlite', 'postgres']);
export type DatabaseEngine = z.infer<typeof databaseEngineSchema>;

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  database: databaseEngineSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'a semantic version'),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
