import type { FastifyInstance } from 'fastify';
import { errorBody } from './error-handler.js';

const NUL = '\u0000';
const PROBLEM = 'must not contain the NUL character (U+0000)';

/** The first place in a parsed JSON body whose text (key or value) holds a NUL, e.g. `body.members.0.name`. */
export function fieldWithNul(value: unknown, path = 'body'): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = fieldWithNul(item, `${path}.${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) return `${path}.${key.replaceAll(NUL, '\\0')}`;
      const found = fieldWithNul(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * No text in this API may hold a NUL: PostgreSQL refuses it in text columns (an error at write
 * time, after validation), SQLite would store it, and nothing a person types contains it. Refused
 * up front with a 400 naming the field, before the access check reads the path.
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    let url: string;
    try {
      url = decodeURIComponent(request.url);
    } catch {
      url = request.url;
    }
    if (url.includes(NUL)) {
      const field = Object.entries((request.params ?? {}) as Record<string, string>).find(([, value]) =>
        String(value).includes(NUL),
      )?.[0];
      const name = field ? `params.${field}` : 'querystring';
      return reply
        .code(400)
        .send(
          errorBody('validation_failed', `The request is invalid. ${name}: ${PROBLEM}`, [
            { field: name, problem: PROBLEM },
          ]),
        );
    }
  });
  app.addHook('preValidation', async (request, reply) => {
    const field = fieldWithNul(request.body);
    if (field) {
      return reply
        .code(400)
        .send(
          errorBody('validation_failed', `The request is invalid. ${field}: ${PROBLEM}`, [
            { field, problem: PROBLEM },
          ]),
        );
    }
  });
}
