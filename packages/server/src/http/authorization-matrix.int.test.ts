import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { User } from '@coreteam/core';
import { AUTHORIZATION_MATRIX, RESOURCE_READERS } from '../../test/authorization-matrix.js';
import { describeForEachEngine } from '../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import {
  PERSONAS,
  TEAM_PERSONAS,
  createPersonas,
  freshApiFixture,
  listOperations,
  prepareRequest,
  type ApiFixture,
  type Persona,
  type SignedInPersona,
} from '../../test/api-fixture.js';

/** The answers of the access check itself, as opposed to a route's own 401/403/404 (wrong password, unknown token…). */
const DENIAL_CODES: Record<number, string[]> = {
  401: ['unauthenticated'],
  403: ['forbidden', 'csrf_failed', 'session_required', 'token_read_only', 'password_change_required'],
  404: ['team_not_found', ...RESOURCE_READERS.map((resource) => resource.notFoundCode)],
};

function isAccessDenial(response: { statusCode: number; body: string }): boolean {
  const codes = DENIAL_CODES[response.statusCode];
  if (!codes) return false;
  const code = (JSON.parse(response.body) as { error?: { code?: string } }).error?.code ?? '';
  return codes.includes(code);
}

describeForEachEngine('authorization matrix', (engine) => {
  let testApp: TestApp;
  let users: Record<SignedInPersona, User>;
  let operations: string[];

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    users = await createPersonas(testApp);
    operations = await listOperations(testApp);
  });
  afterAll(() => testApp.close());

  it('covers every operation of the API, and nothing that no longer exists', () => {
    expect([...operations].sort()).toEqual(Object.keys(AUTHORIZATION_MATRIX).sort());
  });

  it('lets anonymous callers reach only health, setup and sign-in', () => {
    const open = Object.entries(AUTHORIZATION_MATRIX)
      .filter(([, allowed]) => allowed.includes('anonymous'))
      .map(([operation]) => operation);
    expect(open.sort()).toEqual([
      'GET /api/health',
      'GET /api/setup',
      'POST /api/auth/login',
      'POST /api/setup',
    ]);
  });

  function expectedDenial(persona: Persona, operation: string): number {
    if (persona === 'anonymous') return 401;
    const [, path = ''] = operation.split(' ');
    const resource = RESOURCE_READERS.find((candidate) => path.startsWith(candidate.pathPrefix));
    if (resource) return resource.readers.includes(persona) ? 403 : 404;
    const teamScoped = operation.includes('{teamId}');
    const hasTeamRole = persona in TEAM_PERSONAS;
    if (teamScoped && !hasTeamRole) return 404;
    return 403;
  }

  for (const [operation, allowed] of Object.entries(AUTHORIZATION_MATRIX)) {
    it(`enforces who may call ${operation}`, async () => {
      const outcomes: Record<string, number> = {};
      const expected: Record<string, string> = {};
      // A fresh world after every request that may have changed it: one that got past the
      // access check with an unsafe method (a read changes nothing: the security sweep proves it).
      let fixture: ApiFixture | undefined;
      for (const persona of PERSONAS) {
        fixture ??= await freshApiFixture(testApp, users);
        const prepared = await prepareRequest(testApp, persona, operation, fixture);
        const response = await testApp.app.inject(prepared as InjectOptions);
        if (!operation.startsWith('GET ') && !isAccessDenial(response)) fixture = undefined;
        outcomes[persona] = response.statusCode;
        if (allowed.includes(persona)) {
          expected[persona] =
            isAccessDenial(response) || response.statusCode >= 500
              ? `allowed, got ${response.statusCode} ${response.body}`
              : 'allowed';
        } else {
          const denial = expectedDenial(persona, operation);
          expected[persona] =
            response.statusCode === denial && isAccessDenial(response)
              ? 'denied'
              : `denied with ${denial}, got ${response.statusCode} ${response.body}`;
        }
      }
      const wanted = Object.fromEntries(
        PERSONAS.map((persona) => [persona, allowed.includes(persona) ? 'allowed' : 'denied']),
      );
      expect(expected, JSON.stringify(outcomes)).toEqual(wanted);
    });
  }
});
