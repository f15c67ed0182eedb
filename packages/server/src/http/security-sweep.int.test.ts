import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createPersonas, listOperations } from '../../test/api-fixture.js';
import { describeForEachEngine } from '../../test/database-engines.js';
import { SecuritySweep } from '../../test/security-sweep.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { access } from './route-access.js';

/** Each sweep sends a request or two per operation (and per persona), so it grows with the API. */
const SWEEP_TIMEOUT = 420_000;

/**
 * Requirements every route inherits (shared/SECURITY.md), checked on every operation of the
 * OpenAPI document, so routes added later are covered without editing this file.
 */
describeForEachEngine('security sweep', (engine) => {
  let testApp: TestApp;
  let sweep: SecuritySweep;

  beforeAll(async () => {
    testApp = await createTestApp(engine, {
      addRoutes: (app) => {
        app.get(
          '/api/test/explode',
          { config: { access: access.public() }, schema: { hide: true } },
          async () => {
            throw new Error(
              'select secret from user_account failed at /work/main/packages/server/src/x.ts:12',
            );
          },
        );
      },
    });
    const operations = await listOperations(testApp);
    expect(operations.length).toBeGreaterThan(40);
    sweep = new SecuritySweep(testApp, await createPersonas(testApp), operations);
  });
  afterAll(() => testApp.close());

  it(
    'refuses every unsafe request made with the cookie but without the CSRF token, changing nothing',
    async () => {
      expect(await sweep.csrfGaps()).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'changes nothing on any GET, whoever asks',
    async () => {
      expect(await sweep.writingReads()).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'refuses unknown fields in every request body (no mass assignment), changing nothing',
    async () => {
      expect(await sweep.massAssignmentGaps()).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it('sends the security headers on every response, errors included, and no internals in any body', async () => {
    const crash = await testApp.app.inject({ method: 'GET', url: '/api/test/explode' });
    expect(crash.statusCode).toBe(500);
    sweep.responses.push({ operation: 'GET /api/test/explode', response: crash });
    sweep.responses.push({
      operation: 'GET /api/no/such/route',
      response: await testApp.app.inject({ method: 'GET', url: '/api/no/such/route' }),
    });
    expect(sweep.responses.length).toBeGreaterThan(100);
    expect(sweep.headerAndLeakProblems()).toEqual([]);
  });
});

describe('the security sweep itself', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp('sqlite', {
      addRoutes: (app) => {
        // Deliberately bad: changes data on a GET (so CSRF protection never applies to it)...
        app.get('/api/test/rename-teams', { config: { access: access.signedIn() } }, async () => {
          await sql`update team set name = 'renamed by a GET'`.execute(testApp.database.db);
          return { done: true };
        });
        // ...and lets browsers and proxies cache an authenticated answer.
        app.get('/api/test/cacheable', { config: { access: access.signedIn() } }, async (_request, reply) =>
          reply.header('cache-control', 'public, max-age=600').send({ secret: 'cached' }),
        );
      },
    });
  });
  afterAll(() => testApp.close());

  it('catches a route that writes on GET and a route that lets its answer be cached', async () => {
    const sweep = new SecuritySweep(testApp, await createPersonas(testApp), [
      'GET /api/test/rename-teams',
      'GET /api/test/cacheable',
      'GET /api/teams',
    ]);
    expect(await sweep.writingReads(['lead'])).toEqual(['GET /api/test/rename-teams as lead']);
    expect(sweep.headerAndLeakProblems()).toEqual([
      'GET /api/test/cacheable: Cache-Control public, max-age=600',
    ]);
  });
});
