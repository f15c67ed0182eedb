import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createFundingSourceRequestSchema,
  fundingSourceListSchema,
  fundingSourceSchema,
  idSchema,
  updateFundingSourceRequestSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import {
  createFundingSource,
  deleteFundingSource,
  listTeamFundingSources,
  updateFundingSource,
} from './funding-sources.service.js';

const teamParams = z.strictObject({ teamId: idSchema });
const sourceParams = z.strictObject({ teamId: idSchema, fundingSourceId: idSchema });
const TAGS = ['capacity building plan'];
const READERS = access.team(['lead', 'member', 'assessor', 'viewer'], { systemAdmin: true });
const LEADS = access.team(['lead'], { systemAdmin: true });

export const fundingSourcesRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/funding-sources',
    {
      config: { access: READERS },
      schema: {
        tags: TAGS,
        summary: 'The team’s funding sources (government budget lines, partners…)',
        params: teamParams,
        response: { 200: fundingSourceListSchema },
      },
    },
    async (request) => ({ fundingSources: await listTeamFundingSources(context, request.params.teamId) }),
  );

  app.post(
    '/api/teams/:teamId/funding-sources',
    {
      config: { access: LEADS },
      schema: {
        tags: TAGS,
        summary: 'Add a funding source (leads)',
        params: teamParams,
        body: createFundingSourceRequestSchema,
        response: { 201: fundingSourceSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createFundingSource(context, request.params.teamId, request.body, actorOf(request))),
  );

  app.patch(
    '/api/teams/:teamId/funding-sources/:fundingSourceId',
    {
      config: { access: LEADS },
      schema: {
        tags: TAGS,
        summary: 'Rename or re-describe a funding source (leads)',
        params: sourceParams,
        body: updateFundingSourceRequestSchema,
        response: { 200: fundingSourceSchema },
      },
    },
    async (request) =>
      updateFundingSource(
        context,
        request.params.teamId,
        request.params.fundingSourceId,
        request.body,
        actorOf(request),
      ),
  );

  app.delete(
    '/api/teams/:teamId/funding-sources/:fundingSourceId',
    {
      config: { access: LEADS },
      schema: {
        tags: TAGS,
        summary: 'Delete a funding source no activity uses (leads; 409 funding_source_in_use otherwise)',
        params: sourceParams,
        querystring: z.strictObject({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteFundingSource(
        context,
        request.params.teamId,
        request.params.fundingSourceId,
        request.query.version,
        actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );
};
