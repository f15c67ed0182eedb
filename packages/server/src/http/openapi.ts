import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { APP_VERSION } from '../version.js';

/**
 * The OpenAPI 3.1 document is generated from the same zod schemas that validate requests
 * and responses, so it cannot drift from what the server does. It is served at
 * /api/openapi.json, with a browsable reference at /api/docs.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Coreteam API',
        description:
          'Capacity building for DHIS2 core teams. Every error is `{ "error": { "code", "message", "details" } }`.',
        version: APP_VERSION,
        license: { name: 'BSD-3-Clause' },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: false,
    uiConfig: { docExpansion: 'list', deepLinking: false, validatorUrl: null },
  });
}
