import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  responseImportPreviewRequestSchema,
  responseImportPreviewSchema,
  responseImportRequestSchema,
  responseImportResultSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { importResponses, previewResponseImport } from './response-imports.service.js';

const roundParams = z.strictObject({ teamId: idSchema, roundId: idSchema });
/** A CSV of a few thousand respondents with a hundred questions each is several MiB. */
const RESPONSE_IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export const responseImportsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.post(
    '/api/teams/:teamId/rounds/:roundId/response-imports/preview',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      bodyLimit: RESPONSE_IMPORT_BODY_LIMIT,
      schema: {
        tags: ['assessments'],
        summary:
          'Check form responses (CSV) against a mapping (YAML or JSON) before importing them: each row with its member, status and problems; writes nothing',
        params: roundParams,
        body: responseImportPreviewRequestSchema,
        response: { 200: responseImportPreviewSchema },
      },
    },
    async (request) =>
      previewResponseImport(context, request.params.teamId, request.params.roundId, request.body),
  );

  app.post(
    '/api/teams/:teamId/rounds/:roundId/response-imports',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      bodyLimit: RESPONSE_IMPORT_BODY_LIMIT,
      schema: {
        tags: ['assessments'],
        summary:
          'Import form responses (CSV) as submitted self-assessments of the round, in one transaction: refused with 422 and the per-row report when a row is invalid, unless skipInvalidRows (audited)',
        params: roundParams,
        body: responseImportRequestSchema,
        response: { 201: responseImportResultSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await importResponses(
            context,
            request.params.teamId,
            request.params.roundId,
            request.body,
            actorOf(request),
          ),
        ),
  );
};
