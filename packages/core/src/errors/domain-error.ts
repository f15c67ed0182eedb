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

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
