import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  NotFoundError,
  createGrowthOpportunityRequestSchema,
  growthOpportunityListSchema,
  growthOpportunitySchema,
  idSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction } from '../../db/transaction.js';
import { access } from '../../http/route-access.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import {
  deleteGrowthOpportunity,
  insertGrowthOpportunity,
  listGrowthOpportunities,
} from './growth-opportunities.repository.js';
import { findMember } from './team-structure.repository.js';

const memberParams = z.strictObject({ teamId: idSchema, memberId: idSchema });
const memberGone = () => new NotFoundError('There is no such member in this team.', 'member_not_found');

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
    async (request) => {
      const { teamId, memberId } = request.params;
      if (!(await findMember(context.database.db, teamId, memberId))) throw memberGone();
      return { opportunities: await listGrowthOpportunities(context.database.db, memberId) };
    },
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
      const created = await inTransaction(context.database, async (trx) => {
        if (!(await findMember(trx, teamId, memberId))) throw memberGone();
        const opportunity = await insertGrowthOpportunity(trx, {
          id: randomUUID(),
          member_id: memberId,
          kind: request.body.kind,
          occurred_on: request.body.occurredOn,
          note: request.body.note,
          created_at: context.clock.now().toISOString(),
        });
        await appendAuditEvent(trx, {
          occurredAt: context.clock.now(),
          actorUserId: request.caller?.user.id ?? null,
          teamId,
          action: 'member.growth_recorded',
          entityType: 'team_member',
          entityId: memberId,
          changes: { ...request.body },
          ip: request.ip,
        });
        return opportunity;
      });
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
      await inTransaction(context.database, async (trx) => {
        if (!(await findMember(trx, teamId, memberId))) throw memberGone();
        if (!(await deleteGrowthOpportunity(trx, memberId, opportunityId))) {
          throw new NotFoundError('There is no such growth opportunity.', 'growth_opportunity_not_found');
        }
        await appendAuditEvent(trx, {
          occurredAt: context.clock.now(),
          actorUserId: request.caller?.user.id ?? null,
          teamId,
          action: 'member.growth_removed',
          entityType: 'team_member',
          entityId: memberId,
          changes: { opportunityId },
          ip: request.ip,
        });
      });
      return reply.code(204).send(null);
    },
  );
};
