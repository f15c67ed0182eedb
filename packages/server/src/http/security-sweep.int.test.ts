import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { User } from '@coreteam/core';
import {
  createPersonas,
  freshApiFixture,
  listOperations,
  prepareRequest,
  type SignedInPersona,
} from '../../test/api-fixture.js';
import { AUTHORIZATION_MATRIX } from '../../test/authorization-matrix.js';
import { describeForEachEngine } from '../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { access } from './route-access.js';

/**
 * Requirements every route inherits (shared/SECURITY.md), checked on every operation of the
 * OpenAPI document, so routes added later are covered without editing this file.
 */
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Bookkeeping a read may update (when a session or token was last used); everything else must stay. */
const BOOKKEEPING_COLUMNS = new Set(['last_seen_at', 'last_used_at']);
const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\/work\/|\/home\/|\.ts:\d+|\bselect \w+.* from\b|SQLITE_|\bstack\b/i;
const TABLES = [
  'system_setting',
  'user_account',
  'user_session',
  'personal_access_token',
  'team',
  'team_access',
  'audit_event',
  'login_throttle',
  'role_definition',
  'team_role_name',
  'team_member',
  'member_role_assignment',
  'growth_opportunity',
] as const;

describeForEachEngine('security sweep', (engine) => {
  let testApp: TestApp;
  let users: Record<SignedInPersona, User>;
  let operations: string[];
  const responses: { operation: string; response: LightMyRequestResponse }[] = [];

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
    users = await createPersonas(testApp);
    operations = await listOperations(testApp);
  });
  afterAll(() => testApp.close());

  async function snapshot(): Promise<string> {
    const tables: Record<string, unknown[]> = {};
    for (const table of TABLES) {
      const rows = await testApp.database.db.selectFrom(table).selectAll().execute();
      tables[table] = rows
        .map((row) =>
          Object.fromEntries(Object.entries(row).filter(([column]) => !BOOKKEEPING_COLUMNS.has(column))),
        )
        .map((row) => JSON.stringify(row))
        .sort();
    }
    return JSON.stringify(tables);
  }

  /** The first signed-in caller the matrix allows, so the request gets past the access check. */
  const allowedPersona = (operation: string) =>
    (AUTHORIZATION_MATRIX[operation] ?? []).find((persona) => persona !== 'anonymous') as
      SignedInPersona | undefined;

  it('walks a non-trivial API', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it('refuses every unsafe request made with the cookie but without the CSRF token, changing nothing', async () => {
    const results: Record<string, string> = {};
    for (const operation of operations.filter((candidate) => UNSAFE.has(candidate.split(' ')[0]!))) {
      const persona = allowedPersona(operation) ?? 'systemAdmin';
      const fixture = await freshApiFixture(testApp, users);
      const prepared = await prepareRequest(testApp, persona, operation, fixture);
      const before = await snapshot();
      const { 'x-csrf-token': _token, ...withoutToken } = prepared.headers;
      const missing = await testApp.app.inject({ ...prepared, headers: withoutToken } as InjectOptions);
      const foreign = await testApp.app.inject({
        ...prepared,
        headers: { ...prepared.headers, origin: 'https://attacker.example' },
      } as InjectOptions);
      responses.push({ operation, response: missing }, { operation, response: foreign });
      const unchanged = (await snapshot()) === before;
      results[operation] =
        `${missing.statusCode}/${missing.json().error?.code} ${foreign.statusCode}/${foreign.json().error?.code} ${unchanged ? 'unchanged' : 'CHANGED'}`;
    }
    for (const [operation, outcome] of Object.entries(results)) {
      expect(outcome, operation).toBe('403/csrf_failed 403/csrf_failed unchanged');
    }
  });

  it('changes nothing on any GET, whoever asks', async () => {
    const changed: string[] = [];
    for (const operation of operations.filter((candidate) => candidate.startsWith('GET '))) {
      for (const persona of ['systemAdmin', 'lead', 'viewer'] as const) {
        const fixture = await freshApiFixture(testApp, users);
        const prepared = await prepareRequest(testApp, persona, operation, fixture);
        const before = await snapshot();
        const response = await testApp.app.inject(prepared as InjectOptions);
        responses.push({ operation, response });
        if ((await snapshot()) !== before) changed.push(`${operation} as ${persona}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it('refuses unknown fields in every request body (no mass assignment), changing nothing', async () => {
    const accepted: string[] = [];
    for (const operation of operations) {
      const persona = allowedPersona(operation) ?? 'systemAdmin';
      const fixture = await freshApiFixture(testApp, users);
      const prepared = await prepareRequest(testApp, persona, operation, fixture);
      if (!prepared.payload) continue;
      const before = await snapshot();
      const response = await testApp.app.inject({
        ...prepared,
        payload: { ...prepared.payload, systemAdmin: true, id: 'chosen-by-me', unexpected: 1 },
      } as InjectOptions);
      responses.push({ operation, response });
      const fields = (response.json().error?.details ?? []).map((detail: { field: string }) => detail.field);
      if (response.statusCode !== 400 || !fields.includes('body') || (await snapshot()) !== before) {
        accepted.push(`${operation}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('keeps internals out of a forced internal error', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/test/explode' });
    responses.push({ operation: 'GET /api/test/explode', response });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('internal_error');
  });

  it('sends the security headers on every response, errors included, and no internals in any body', async () => {
    const missing = await testApp.app.inject({ method: 'GET', url: '/api/no/such/route' });
    responses.push({ operation: 'GET /api/no/such/route', response: missing });
    expect(responses.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const { operation, response } of responses) {
      const headers = response.headers;
      const csp = String(headers['content-security-policy'] ?? '');
      if (!csp.includes("script-src 'self'") || !csp.includes("frame-ancestors 'none'"))
        problems.push(`${operation}: CSP`);
      if (headers['x-content-type-options'] !== 'nosniff') problems.push(`${operation}: nosniff`);
      if (!headers['referrer-policy']) problems.push(`${operation}: Referrer-Policy`);
      if (headers['cache-control'] !== 'no-store')
        problems.push(`${operation}: Cache-Control ${headers['cache-control']}`);
      if (INTERNALS.test(response.body))
        problems.push(`${operation}: internals in ${response.body.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  });
});
