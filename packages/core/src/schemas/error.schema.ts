import { z } from 'zod';

/** One problem with one field of a request, e.g. `{ field: "body.email", problem: "Invalid email address" }`. */
export const fieldProblemSchema = z.object({
  field: z.string().max(500),
  problem: z.string().max(2000),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/**
 * The body of every error response. `code` is stable and meant for programs,
 * `message` is for people, `details` names the fields at fault when there are any.
 */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().max(100),
    message: z.string().max(2000),
    details: z.array(fieldProblemSchema).max(200),
    /** Present on a 409 version conflict: the record as it is now. */
    current: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
