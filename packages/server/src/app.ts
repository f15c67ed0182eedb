import compress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from './config/config.js';
import type { DatabaseHandle } from './db/database.js';
import { registerErrorHandling } from './http/error-handler.js';
import { registerOpenApi } from './http/openapi.js';
import { requireAccessDeclarations } from './http/route-access.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerWebApp } from './http/web-app.js';
import { healthRoutes } from './modules/health/health.routes.js';

export interface BuildAppOptions {
  config: Pick<AppConfig, 'logLevel' | 'trustProxy' | 'production'>;
  database: DatabaseHandle;
  /** The built web app (packages/web/dist); when absent, only the API is served. */
  webDistDir?: string;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function buildApp({ config, database, webDistDir }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    trustProxy: toFastifyTrustProxy(config.trustProxy),
    bodyLimit: MAX_BODY_BYTES,
    // Unknown query parameters, headers etc. are removed before validation; bodies are strict by schema.
    ajv: { customOptions: { removeAdditional: false } },
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  requireAccessDeclarations(app);
  registerErrorHandling(app);
  await registerSecurityHeaders(app);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  await registerOpenApi(app);

  await app.register(healthRoutes, { database });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await registerWebApp(app, webDistDir);

  app.addHook('onClose', async () => {
    await database.close();
  });
  return app;
}

/** A hop count becomes "trust the nearest N proxies", which Fastify's types take as a function. */
function toFastifyTrustProxy(
  trustProxy: AppConfig['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trustProxy === 'number') return (_address, hop) => hop < trustProxy;
  return trustProxy;
}
