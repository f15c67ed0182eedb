import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createGrowthOpportunityRequestSchema,
  growthOpportunityListSchema,
  growthOpportunitySchema,
  idSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import {
  getGrowthOpportunities,
  recordGrowthOpportunity,
  removeGrowthOpportunity,
} from './growth-opportunities.service.js';

const memberParams = z.strictObject({ teamId: idSchema, memberId: idSchema });

/** Retention: academies attended, mentoring given, scholarships… recorded per member. */
export const growthOpportunitiesRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/members/:memberId/growth',
    {
      config: { access: access.team(['lead', 'member', 'assessor'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'Growth opportunities a member has taken, newest first',
        params: memberParams,
        response: { 200: growthOpportunityListSchema },
      },
    },
    async (request) => ({
      opportunities: await getGrowthOpportunities(context, request.params.teamId, request.params.memberId),
    }),
  );

  app.post(
    '/api/teams/:teamId/members/:memberId/growth',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary:
          'Record a growth opportunity taken (academy, mentoring, regional expert, scholarship, conference)',
        params: memberParams,
        body: createGrowthOpportunityRequestSchema,
        response: { 201: growthOpportunitySchema },
      },
    },
    async (request, reply) => {
      const { teamId, memberId } = request.params;
      const created = await recordGrowthOpportunity(
        context,
        teamId,
        memberId,
        request.body,
        actorOf(request),
      );
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/api/teams/:teamId/members/:memberId/growth/:opportunityId',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'Remove a growth opportunity recorded by mistake',
        params: z.strictObject({ teamId: idSchema, memberId: idSchema, opportunityId: idSchema }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { teamId, memberId, opportunityId } = request.params;
      await removeGrowthOpportunity(context, teamId, memberId, opportunityId, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
