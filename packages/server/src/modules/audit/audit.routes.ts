import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditListSchema, auditQuerySchema, idSchema } from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { listAuditEvents } from './audit.repository.js';

export const auditRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/audit',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['audit'],
        summary: 'The team’s audit log, newest first (page with ?beforeId=<id of the last event seen>)',
        params: z.strictObject({ teamId: idSchema }),
        querystring: auditQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => ({
      events: await listAuditEvents(context.database.db, {
        teamId: request.params.teamId,
        limit: request.query.limit,
        ...(request.query.beforeId ? { beforeId: request.query.beforeId } : {}),
      }),
    }),
  );

  app.get(
    '/api/audit',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: ['audit'],
        summary: 'The whole instance’s audit log, newest first',
        querystring: auditQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => ({
      events: await listAuditEvents(context.database.db, {
        limit: request.query.limit,
        ...(request.query.beforeId ? { beforeId: request.query.beforeId } : {}),
      }),
    }),
  );
};
