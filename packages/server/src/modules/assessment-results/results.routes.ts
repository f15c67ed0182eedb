import { ResponseSerializationError, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  memberComparisonSchema,
  memberResultsSchema,
  memberScoresSchema,
  roundExportFormatSchema,
  roundResultsQuerySchema,
  roundResultsSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { readerLanguage } from '../../http/reader-language.js';
import { access } from '../../http/route-access.js';
import { requireCaller } from '../auth/caller.js';
import { exportRoundResults, getMemberResults, getRoundResults } from './results.service.js';

const roundParams = z.strictObject({ teamId: idSchema, roundId: idSchema });
const memberParams = z.strictObject({ teamId: idSchema, memberId: idSchema });
const EVERYONE_IN_THE_TEAM = ['lead', 'member', 'assessor', 'viewer'] as const;

/**
 * The response check of the round results. A lead's results of a regional round are tens of
 * megabytes: 5,000 members × 60 categories make 300,000 heatmap cells, and zod's check of every
 * cell costs 200 ms (600 ms with encode, the app's default) of a 500 ms budget. So the per-member
 * scores (`areas` of each heatmap row and of each member's comparison) are written as the domain
 * core's scoring built them, with exactly the schema's fields (the tests check whole responses
 * against the full schema); everything else is checked as on every route, in particular the
 * whole of what a viewer sees. The schema has no codec, transform or default, so parse is the same
 * check as encode.
 */
const memberAreasAsBuilt = { areas: z.array(z.unknown()) };
const roundResultsCheck = roundResultsSchema.extend({
  members: z.array(memberScoresSchema.extend(memberAreasAsBuilt)).nullable(),
  comparison: roundResultsSchema.shape.comparison
    .unwrap()
    .extend({ members: z.array(memberComparisonSchema.extend(memberAreasAsBuilt)).nullable() })
    .nullable(),
});

const roundResultsSerializer =
  ({ method, url }: { method: string; url: string }) =>
  (data: unknown): string => {
    const result = roundResultsCheck.safeParse(data);
    if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };

export const assessmentResultsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/rounds/:roundId/results',
    {
      config: { access: access.team(EVERYONE_IN_THE_TEAM, { systemAdmin: true }) },
      schema: {
        tags: ['needs assessment'],
        summary:
          'A round’s results (submitted assessments): per member for leads (a page of the roster at a time: ?memberOffset=&memberLimit=), team aggregates for everyone else; ?compareTo= a baseline round',
        params: roundParams,
        querystring: roundResultsQuerySchema,
        response: { 200: roundResultsSchema },
      },
      serializerCompiler: roundResultsSerializer,
    },
    async (request) =>
      getRoundResults(context, {
        teamId: request.params.teamId,
        roundId: request.params.roundId,
        compareTo: request.query.compareTo,
        memberPage: { offset: request.query.memberOffset, limit: request.query.memberLimit },
        // System admins without a lead role see aggregates, as viewers do.
        individual: request.teamRoles.includes('lead'),
        language: readerLanguage(request),
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
        language: readerLanguage(request),
      });
    },
  );

  app.get(
    '/api/teams/:teamId/rounds/:roundId/export',
    {
      config: { access: access.team(['lead']) },
      schema: {
        tags: ['needs assessment'],
        summary:
          'Download a round’s results: one row per member × skill, plus a summary sheet (XLSX); names in the reader’s language, XLSX headers too (CSV headers stay English keys)',
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
        language: readerLanguage(request),
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
