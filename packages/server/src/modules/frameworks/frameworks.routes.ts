import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createFrameworkRequestSchema,
  createFrameworkVersionRequestSchema,
  frameworkDetailSchema,
  frameworkFileFormatSchema,
  frameworkListSchema,
  idSchema,
  importFrameworkRequestSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { requireCaller } from '../auth/caller.js';
import { FRAMEWORK_FILE_CONTENT_TYPES } from './framework-files.js';
import {
  createFramework,
  createFrameworkVersion,
  exportFramework,
  getFramework,
  getFrameworks,
  importFramework,
  type FrameworkCaller,
} from './frameworks.service.js';

const frameworkParams = z.strictObject({ frameworkId: idSchema });
const versionNumberSchema = z.coerce.number().int().min(1);
/** The import body carries a file of up to 2 MB as a JSON string, which escaping can enlarge. */
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

function callerOf(request: FastifyRequest): FrameworkCaller {
  const { user } = requireCaller(request.caller);
  return { ...actorOf(request), userId: user.id, systemAdmin: user.systemAdmin };
}

/*
 * Frameworks are addressed by their own id, not under a team: every route is open to signed-in
 * callers and the service decides, from the framework's owner team, who may see or change it
 * (someone who may not see a framework gets 404 framework_not_found).
 */
export const frameworksRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/frameworks',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: ['needs assessment'],
        summary: 'The frameworks the caller can use: those of every team plus their teams’ own',
        querystring: z.strictObject({ teamId: idSchema.optional() }),
        response: { 200: frameworkListSchema },
      },
    },
    async (request) => ({
      frameworks: await getFrameworks(context, callerOf(request), request.query.teamId),
    }),
  );

  app.post(
    '/api/frameworks',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: ['needs assessment'],
        summary: 'Add a framework to a team: a copy of another one’s latest version, or a document',
        body: createFrameworkRequestSchema,
        response: { 201: frameworkDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createFramework(context, callerOf(request), request.body)),
  );

  app.post(
    '/api/frameworks/import',
    {
      config: { access: access.signedIn() },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['needs assessment'],
        summary:
          'Import a YAML or JSON framework file: a new version of the framework with its key, or a new framework (200 with the existing one when nothing changed)',
        body: importFrameworkRequestSchema,
        response: { 200: frameworkDetailSchema, 201: frameworkDetailSchema },
      },
    },
    async (request, reply) => {
      const { created, detail } = await importFramework(context, callerOf(request), request.body);
      return reply.code(created ? 201 : 200).send(detail);
    },
  );

  app.get(
    '/api/frameworks/:frameworkId',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: ['needs assessment'],
        summary: 'A framework with its versions and one version’s document (?version=, else the latest)',
        params: frameworkParams,
        querystring: z.strictObject({ version: versionNumberSchema.optional() }),
        response: { 200: frameworkDetailSchema },
      },
    },
    async (request) =>
      getFramework(context, callerOf(request), request.params.frameworkId, request.query.version),
  );

  app.post(
    '/api/frameworks/:frameworkId/versions',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: ['needs assessment'],
        summary: 'Save a changed framework as its next version (versions never change once written)',
        params: frameworkParams,
        body: createFrameworkVersionRequestSchema,
        response: { 201: frameworkDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createFrameworkVersion(context, callerOf(request), request.params.frameworkId, request.body),
        ),
  );

  app.get(
    '/api/frameworks/:frameworkId/export',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: ['needs assessment'],
        summary: 'Download a framework version as a YAML or JSON file (format in docs/framework-format.md)',
        params: frameworkParams,
        querystring: z.strictObject({
          format: frameworkFileFormatSchema.default('yaml'),
          version: versionNumberSchema.optional(),
        }),
        produces: ['application/yaml', 'application/json'],
        response: {
          200: z.string().meta({ format: 'binary', description: 'The framework document' }),
        },
      },
    },
    async (request, reply) => {
      const file = await exportFramework(context, callerOf(request), request.params.frameworkId, {
        format: request.query.format,
        ...(request.query.version !== undefined ? { versionNumber: request.query.version } : {}),
      });
      // A Buffer is sent as it is: a string would go through the JSON serializer for JSON files.
      return reply
        .header('content-type', FRAMEWORK_FILE_CONTENT_TYPES[file.format])
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(Buffer.from(file.body, 'utf8') as unknown as string);
    },
  );
};
