import type { FieldProblem } from '../schemas/error.schema.js';

/**
 * What went wrong, in the domain's terms. The server maps each kind to one HTTP status;
 * the CLI prints the message. Expected outcomes of domain functions are returned as values;
 * these are for requests that cannot be carried out at all.
 */
export type DomainErrorKind =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'rate_limited';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
    /** For a 409 on a stale version: the record as it is now, so the client can show or merge it. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, details: FieldProblem[] = [], code = 'invalid_input') {
    super('invalid_input', code, message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, code = 'not_found') {
    super('not_found', code, message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: FieldProblem[] = [], code = 'conflict') {
    super('conflict', code, message, details);
  }
}

/** Someone saved the record after the client read it: nothing is overwritten. */
export class VersionConflictError extends DomainError {
  constructor(entity: string, current: unknown) {
    super(
      'conflict',
      'version_conflict',
      `This ${entity} was changed by someone else since you opened it. Review the current version and try again.`,
      [{ field: 'body.version', problem: 'is not the current version' }],
      current,
    );
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', 'too_many_attempts', message);
  }
}
