import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createRoundRequestSchema, idSchema, roundDetailSchema, roundListSchema } from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { requireCaller } from '../auth/caller.js';
import { getRound, getRounds, openRound } from './rounds.service.js';

const teamParams = z.strictObject({ teamId: idSchema });
const roundParams = z.strictObject({ teamId: idSchema, roundId: idSchema });

export const roundsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/rounds',
    {
      config: { access: access.team(['lead', 'member', 'assessor', 'viewer'], { systemAdmin: true }) },
      schema: {
        tags: ['assessments'],
        summary: 'The team’s assessment rounds with their progress, the latest first',
        params: teamParams,
        response: { 200: roundListSchema },
      },
    },
    async (request) => ({ rounds: await getRounds(context, request.params.teamId) }),
  );

  app.post(
    '/api/teams/:teamId/rounds',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['assessments'],
        summary: 'Open an assessment round on a framework version (which is frozen from then on)',
        params: teamParams,
        body: createRoundRequestSchema,
        response: { 201: roundDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await openRound(context, request.params.teamId, request.body, {
          ...actorOf(request),
          rolesInTeam: request.teamRoles,
        }),
      ),
  );

  app.get(
    '/api/teams/:teamId/rounds/:roundId',
    {
      config: { access: access.team(['lead', 'member', 'assessor', 'viewer'], { systemAdmin: true }) },
      schema: {
        tags: ['assessments'],
        summary:
          'A round with its assessments: all of them for leads, otherwise those the caller answers or is the subject of',
        params: roundParams,
        response: { 200: roundDetailSchema },
      },
    },
    async (request) =>
      getRound(context, request.params.teamId, request.params.roundId, {
        userId: requireCaller(request.caller).user.id,
        rolesInTeam: request.teamRoles,
      }),
  );
};
