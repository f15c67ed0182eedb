import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  isDomainError,
  RateLimitedError,
  type DomainErrorKind,
  type ErrorResponse,
  type FieldProblem,
} from '@coreteam/core';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
};

/** Fastify's own 4xx errors that we name more plainly. */
const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'The request says it sends JSON but the body is empty.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'This content type is not accepted here; send application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_content_length',
    message: 'The Content-Length header does not match the body.',
  },
};

export function errorBody(
  code: string,
  message: string,
  details: FieldProblem[] = [],
  current?: unknown,
): ErrorResponse {
  return { error: current === undefined ? { code, message, details } : { code, message, details, current } };
}

/** `/email` in the body becomes `body.email`; `/members/0/name` becomes `body.members.0.name`. */
function fieldName(context: string | undefined, instancePath: string): string {
  const pathPart = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return [context ?? 'body', pathPart].filter(Boolean).join('.');
}

function validationProblems(error: FastifyError): FieldProblem[] {
  return (error.validation ?? []).map((issue) => ({
    field: fieldName(error.validationContext, issue.instancePath),
    problem: issue.message ?? 'is invalid',
  }));
}

/**
 * The one place errors become HTTP responses. Every error is `{ error: { code, message, details } }`;
 * nothing internal (stack, SQL, file paths) reaches the client, whatever the environment.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error) || (error.validation && error.validation.length > 0)) {
      const details = validationProblems(error);
      const summary = details.map((detail) => `${detail.field}: ${detail.problem}`).join('; ');
      return reply
        .code(400)
        .send(errorBody('validation_failed', `The request is invalid. ${summary}`, details));
    }
    if (isDomainError(error)) {
      if (error.kind === 'rate_limited' && error instanceof RateLimitedError) {
        reply.header('retry-after', String(error.retryAfterSeconds));
      }
      if (error.kind === 'forbidden' || error.kind === 'unauthenticated') {
        request.log.warn(
          { code: error.code, userId: request.caller?.user.id, method: request.method, url: request.url },
          'request refused',
        );
      }
      return reply
        .code(STATUS_BY_KIND[error.kind])
        .send(errorBody(error.code, error.message, error.details, error.current));
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (known && status < 500) {
      return reply.code(status).send(errorBody(known.code, known.message));
    }
    if (status >= 400 && status < 500) {
      request.log.info({ err: error }, 'request refused');
      const code = (error.code ?? 'bad_request').replace(/^FST_ERR_/, '').toLowerCase();
      return reply.code(status).send(errorBody(code, safeClientMessage(error.message)));
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send(errorBody('internal_error', 'An unexpected error occurred. It has been logged.'));
  });
}

/**
 * Errors Fastify meets before any route is found (a path that is not valid URL encoding, a path
 * parameter longer than the router accepts): the same JSON error body as everything else, not
 * Fastify's own.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  // No route, so no hooks: the security headers every other answer gets come from here.
  void reply.headers({
    'content-security-policy': "default-src 'none'; script-src 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cache-control': 'no-store',
  });
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void reply
      .code(414)
      .send(errorBody('path_too_long', 'A value in the path is longer than any identifier this API uses.'));
    return;
  }
  void reply.code(400).send(errorBody('bad_url', 'The path of the request is not valid URL encoding.'));
}

/** A 4xx message from a library may quote internals; keep it to one short line with no paths. */
function safeClientMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? '';
  return firstLine.replace(/(\/[\w.-]+){2,}/g, '[path]').slice(0, 300) || 'The request cannot be processed.';
}
