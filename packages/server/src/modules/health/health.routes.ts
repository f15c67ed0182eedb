import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema, healthResponseSchema } from '@coreteam/core';
import { APP_VERSION } from '../../version.js';
import type { AppContext } from '../../app-context.js';
import { pingDatabase } from './health.repository.js';
import { access } from '../../http/route-access.js';

/** Liveness and readiness in one: answers ok only when the database answers too. */
export const healthRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  app.get(
    '/api/health',
    {
      config: { access: access.public() },
      schema: {
        tags: ['system'],
        summary: 'Is the server up and its database reachable?',
        response: { 200: healthResponseSchema, 503: errorResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        await pingDatabase(database.db);
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unreachable');
        return reply.code(503).send({
          error: { code: 'database_unavailable', message: 'The database does not answer.', details: [] },
        });
      }
      return { status: 'ok' as const, database: database.engine, version: APP_VERSION };
    },
  );
};
