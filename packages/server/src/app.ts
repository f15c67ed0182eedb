import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './app-context.js';
import type { AppConfig } from './config/config.js';
import type { DatabaseHandle } from './db/database.js';
import { answerFrameworkError, registerErrorHandling } from './http/error-handler.js';
import { refuseNulCharacters } from './http/nul-characters.js';
import { registerOpenApi } from './http/openapi.js';
import { access, requireAccessDeclarations } from './http/route-access.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerWebApp } from './http/web-app.js';
import { argon2PasswordHasher, type PasswordHasher } from './modules/accounts/password-hasher.js';
import { assessmentResultsRoutes } from './modules/assessment-results/results.routes.js';
import { assessmentsRoutes } from './modules/assessments/assessments.routes.js';
import { roundsRoutes } from './modules/assessments/rounds.routes.js';
import { responseImportsRoutes } from './modules/response-imports/response-imports.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.js';
import { registerAuthentication } from './modules/auth/authenticate.js';
import { frameworksRoutes } from './modules/frameworks/frameworks.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { learningRoutes } from './modules/learning/learning.routes.js';
import { meRoutes } from './modules/me/me.routes.js';
import { fundingSourcesRoutes } from './modules/plans/funding-sources.routes.js';
import { plansRoutes } from './modules/plans/plans.routes.js';
import { termsOfReferenceRoutes } from './modules/plans/terms-of-reference.routes.js';
import { growthOpportunitiesRoutes } from './modules/team-structure/growth-opportunities.routes.js';
import { teamStructureRoutes } from './modules/team-structure/team-structure.routes.js';
import { teamTransferRoutes } from './modules/team-transfer/team-transfer.routes.js';
import { teamsRoutes } from './modules/teams/teams.routes.js';
import { twoFactorRoutes } from './modules/two-factor/two-factor.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { systemClock, type Clock } from './platform/clock.js';

export interface BuildAppOptions {
  config: Pick<AppConfig, 'logLevel' | 'trustProxy' | 'production' | 'sessions'>;
  database: DatabaseHandle;
  /** The built web app (packages/web/dist); when absent, only the API is served. */
  webDistDir?: string;
  clock?: Clock;
  passwordHasher?: PasswordHasher;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database, webDistDir } = options;
  const context: AppContext = {
    database,
    clock: options.clock ?? systemClock,
    sessions: config.sessions,
    passwordHasher: options.passwordHasher ?? argon2PasswordHasher,
  };
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
    },
    trustProxy: toFastifyTrustProxy(config.trustProxy),
    bodyLimit: MAX_BODY_BYTES,
    return503OnClosing: true,
    frameworkErrors: answerFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  requireAccessDeclarations(app);
  registerErrorHandling(app);
  refuseNulCharacters(app);
  await registerSecurityHeaders(app);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  await app.register(cookie);
  await registerOpenApi(app);
  registerAuthentication(app, context);

  await app.register(healthRoutes, context);
  await app.register(authRoutes, context);
  await app.register(meRoutes, context);
  await app.register(usersRoutes, context);
  await app.register(teamsRoutes, context);
  await app.register(teamTransferRoutes, context);
  await app.register(auditRoutes, context);
  await app.register(teamStructureRoutes, context);
  await app.register(growthOpportunitiesRoutes, context);
  await app.register(twoFactorRoutes, context);
  await app.register(frameworksRoutes, context);
  await app.register(assessmentResultsRoutes, context);
  await app.register(roundsRoutes, context);
  await app.register(responseImportsRoutes, context);
  await app.register(assessmentsRoutes, context);
  await app.register(plansRoutes, context);
  await app.register(fundingSourcesRoutes, context);
  await app.register(termsOfReferenceRoutes, context);
  await app.register(learningRoutes, context);
  await app.register(dashboardRoutes, context);

  app.get('/api/openapi.json', { config: { access: access.public() }, schema: { hide: true } }, async () =>
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
