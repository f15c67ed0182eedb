import { z } from 'zod';
import { isoDateTimeSchema } from './common.schema.js';

/*
 * Importing the responses a team collected before Coreteam (a Google Form exported as CSV) into
 * an assessment round. The mapping says which CSV column is what; it is written by a lead as YAML
 * or JSON (see docs/response-import.md) and checked with responseMappingSchema.
 */

const header = z.string().trim().min(1, 'must name a column header').max(500);

export const responseMappingSchema = z.strictObject({
  columns: z.strictObject({
    timestamp: header.optional(),
    name: header,
    email: header,
    role: header.optional(),
  }),
  /** Question column header → skill key of the round's framework version. */
  questions: z
    .record(header, z.string().trim().min(1).max(200))
    .refine((questions) => Object.keys(questions).length > 0, 'must map at least one question column'),
  /** Role label as written in the CSV → role key of the roles catalogue. */
  roles: z.record(header, z.string().trim().min(1).max(100)).optional(),
});
export type ResponseMapping = z.infer<typeof responseMappingSchema>;

/** The largest CSV and mapping texts accepted (characters). */
export const RESPONSE_CSV_MAX_CHARS = 8 * 1024 * 1024;
export const RESPONSE_MAPPING_MAX_CHARS = 512 * 1024;

export const responseImportPreviewRequestSchema = z.strictObject({
  csv: z.string().min(1, 'must not be empty').max(RESPONSE_CSV_MAX_CHARS),
  mapping: z.string().min(1, 'must not be empty').max(RESPONSE_MAPPING_MAX_CHARS),
});
export type ResponseImportPreviewRequest = z.infer<typeof responseImportPreviewRequestSchema>;

export const responseImportRequestSchema = responseImportPreviewRequestSchema.extend({
  skipInvalidRows: z.boolean().default(false),
});
export type ResponseImportRequest = z.input<typeof responseImportRequestSchema>;

export const responseImportProblemSchema = z.object({
  /** The line of the CSV (the header is line 1); null for a problem of the mapping as a whole. */
  row: z.number().int().nullable(),
  /** The CSV column header at fault, if one is. */
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ResponseImportProblem = z.infer<typeof responseImportProblemSchema>;

export const responseImportRowSchema = z.object({
  row: z.number().int(),
  status: z.enum(['valid', 'invalid']),
  name: z.string(),
  email: z.string(),
  memberId: z.string().nullable(),
  memberName: z.string().nullable(),
  roleKey: z.string().nullable(),
  /** When the row was answered, if its timestamp could be read; the import uses now otherwise. */
  answeredAt: isoDateTimeSchema.nullable(),
  answered: z.number().int(),
  problems: z.array(responseImportProblemSchema),
});
export type ResponseImportRow = z.infer<typeof responseImportRowSchema>;

export const responseImportPreviewSchema = z.object({
  /** Problems of the mapping itself: while there is one, nothing can be imported. */
  mappingProblems: z.array(responseImportProblemSchema),
  /** The framework areas the imported assessments cover. */
  areaKeys: z.array(z.string()),
  rows: z.array(responseImportRowSchema),
  counts: z.object({ rows: z.number().int(), valid: z.number().int(), invalid: z.number().int() }),
});
export type ResponseImportPreview = z.infer<typeof responseImportPreviewSchema>;

export const responseImportResultSchema = z.object({
  imported: z.number().int(),
  skipped: z.number().int(),
  assessmentIds: z.array(z.string()),
  rows: z.array(responseImportRowSchema),
});
export type ResponseImportResult = z.infer<typeof responseImportResultSchema>;
