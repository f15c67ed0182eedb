import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, memberResultsSchema, roundExportFormatSchema, roundResultsSchema } from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { requireCaller } from '../auth/caller.js';
import { exportRoundResults, getMemberResults, getRoundResults } from './results.service.js';

const roundParams = z.strictObject({ teamId: idSchema, roundId: idSchema });
const memberParams = z.strictObject({ teamId: idSchema, memberId: idSchema });
const EVERYONE_IN_THE_TEAM = ['lead', 'member', 'assessor', 'viewer'] as const;

export const assessmentResultsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/rounds/:roundId/results',
    {
      config: { access: access.team(EVERYONE_IN_THE_TEAM, { systemAdmin: true }) },
      schema: {
        tags: ['needs assessment'],
        summary:
          'A round’s results (submitted assessments): per member for leads, team aggregates for everyone else; ?compareTo= a baseline round',
        params: roundParams,
        querystring: z.strictObject({ compareTo: idSchema.optional() }),
        response: { 200: roundResultsSchema },
      },
    },
    async (request) =>
      getRoundResults(context, {
        teamId: request.params.teamId,
        roundId: request.params.roundId,
        compareTo: request.query.compareTo,
        // System admins without a lead role see aggregates, as viewers do.
        individual: request.teamRoles.includes('lead'),
      }),
  );

  app.get(
    '/api/teams/:teamId/members/:memberId/results',
    {
      config: { access: access.team(['lead', 'member', 'assessor']) },
      schema: {
        tags: ['needs assessment'],
        summary:
          'One member’s results in a round (default: the latest they were assessed in), for the member, the team’s leads and their assessors',
        params: memberParams,
        querystring: z.strictObject({ roundId: idSchema.optional() }),
        response: { 200: memberResultsSchema },
      },
    },
    async (request) => {
      const { user } = requireCaller(request.caller);
      return getMemberResults(context, {
        teamId: request.params.teamId,
        memberId: request.params.memberId,
        roundId: request.query.roundId,
        reader: { userId: user.id, isLead: request.teamRoles.includes('lead') },
      });
    },
  );

  app.get(
    '/api/teams/:teamId/rounds/:roundId/export',
    {
      config: { access: access.team(['lead']) },
      schema: {
        tags: ['needs assessment'],
        summary: 'Download a round’s results: one row per member × skill, plus a summary sheet (XLSX)',
        params: roundParams,
        querystring: z.strictObject({ format: roundExportFormatSchema.default('csv') }),
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: {
          200: z.string().meta({
            format: 'binary',
            description: 'The file: CSV (ratings) or XLSX (sheets "Ratings" and "Summary")',
          }),
        },
      },
    },
    async (request, reply) => {
      const file = await exportRoundResults(context, {
        teamId: request.params.teamId,
        roundId: request.params.roundId,
        format: request.query.format,
      });
      return (
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          // The schema documents the body as binary text for OpenAPI; a Buffer is sent as it is.
          .send(file.body as unknown as string)
      );
    },
  );
};
