import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TeamRole, User } from '@coreteam/core';
import { describeForEachEngine } from '../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { anAccount } from '../../test/actors.js';
import { startSession } from '../modules/auth/sessions.js';
import { insertTeamAccess } from '../modules/teams/teams.repository.js';
import { aTeam } from '../../test/actors.js';
import { sha256 } from '../modules/auth/secrets.js';

/**
 * Every operation of the OpenAPI document × every kind of caller. A new route that is not in
 * this matrix fails the test, so nobody adds an endpoint without deciding who may call it.
 */
const PERSONAS = [
  'anonymous',
  'systemAdmin',
  'lead',
  'member',
  'assessor',
  'viewer',
  'otherTeamLead',
] as const;
type Persona = (typeof PERSONAS)[number];
const TEAM_PERSONAS: Record<string, TeamRole> = {
  lead: 'lead',
  member: 'member',
  assessor: 'assessor',
  viewer: 'viewer',
};

const EVERYONE_SIGNED_IN: Persona[] = [
  'systemAdmin',
  'lead',
  'member',
  'assessor',
  'viewer',
  'otherTeamLead',
];
const ANYONE: Persona[] = ['anonymous', ...EVERYONE_SIGNED_IN];
const ADMIN: Persona[] = ['systemAdmin'];
const TEAM_ANY_ROLE: Persona[] = ['systemAdmin', 'lead', 'member', 'assessor', 'viewer'];
const TEAM_LEAD: Persona[] = ['systemAdmin', 'lead'];
const ROSTER_READERS: Persona[] = ['systemAdmin', 'lead', 'member', 'assessor'];

export const AUTHORIZATION_MATRIX: Record<string, Persona[]> = {
  'GET /api/health': ANYONE,
  'GET /api/setup': ANYONE,
  'POST /api/setup': ANYONE,
  'POST /api/auth/login': ANYONE,
  'POST /api/auth/logout': EVERYONE_SIGNED_IN,
  'GET /api/me': EVERYONE_SIGNED_IN,
  'PATCH /api/me': EVERYONE_SIGNED_IN,
  'POST /api/me/password': EVERYONE_SIGNED_IN,
  'GET /api/me/tokens': EVERYONE_SIGNED_IN,
  'POST /api/me/tokens': EVERYONE_SIGNED_IN,
  'DELETE /api/me/tokens/{tokenId}': EVERYONE_SIGNED_IN,
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'GET /api/users/{userId}': ADMIN,
  'PATCH /api/users/{userId}': ADMIN,
  'GET /api/teams': EVERYONE_SIGNED_IN,
  'POST /api/teams': ADMIN,
  'GET /api/teams/{teamId}': TEAM_ANY_ROLE,
  'PATCH /api/teams/{teamId}': TEAM_LEAD,
  'DELETE /api/teams/{teamId}': ADMIN,
  'GET /api/teams/{teamId}/access': TEAM_LEAD,
  'POST /api/teams/{teamId}/access': TEAM_LEAD,
  'DELETE /api/teams/{teamId}/access/{userId}': TEAM_LEAD,
  'GET /api/teams/{teamId}/audit': TEAM_LEAD,
  'GET /api/audit': ADMIN,
  'GET /api/roles': EVERYONE_SIGNED_IN,
  'PATCH /api/roles/{roleKey}': ADMIN,
  'GET /api/teams/{teamId}/role-names': TEAM_ANY_ROLE,
  'PUT /api/teams/{teamId}/role-names': TEAM_LEAD,
  'GET /api/teams/{teamId}/members': ROSTER_READERS,
  'POST /api/teams/{teamId}/members': TEAM_LEAD,
  'GET /api/teams/{teamId}/members/{memberId}': ROSTER_READERS,
  'PATCH /api/teams/{teamId}/members/{memberId}': ['systemAdmin', 'lead', 'member'],
  'DELETE /api/teams/{teamId}/members/{memberId}': TEAM_LEAD,
  'PUT /api/teams/{teamId}/members/{memberId}/roles': TEAM_LEAD,
  'GET /api/teams/{teamId}/structure': TEAM_ANY_ROLE,
  'GET /api/teams/{teamId}/members/{memberId}/growth': ROSTER_READERS,
  'POST /api/teams/{teamId}/members/{memberId}/growth': TEAM_LEAD,
  'DELETE /api/teams/{teamId}/members/{memberId}/growth/{opportunityId}': TEAM_LEAD,
};

/** The answers of the access check itself, as opposed to a route's own 401/403/404 (wrong password, unknown token…). */
const DENIAL_CODES: Record<number, string[]> = {
  401: ['unauthenticated'],
  403: ['forbidden', 'csrf_failed', 'session_required', 'token_read_only', 'password_change_required'],
  404: ['team_not_found'],
};

function isAccessDenial(response: { statusCode: number; body: string }): boolean {
  const codes = DENIAL_CODES[response.statusCode];
  if (!codes) return false;
  const code = (JSON.parse(response.body) as { error?: { code?: string } }).error?.code ?? '';
  return codes.includes(code);
}

interface Fixture {
  teamId: string;
  /** A roster entry linked to the `member` persona's account (their own profile). */
  memberId: string;
  opportunityId: string;
  users: Record<Exclude<Persona, 'anonymous'>, User>;
  target: User;
}

/** A body that passes validation, so an allowed caller gets a success rather than a 400. */
function exampleBody(operation: string, fixture: Fixture, persona: Persona): object | undefined {
  const unique = randomUUID().slice(0, 8);
  const bodies: Record<string, object> = {
    'POST /api/setup': {
      token: 'wrong',
      email: `setup-${unique}@example.org`,
      displayName: 'X',
      password: 'a long setup passphrase',
    },
    'POST /api/auth/login': { email: `nobody-${unique}@example.org`, password: 'wrong password' },
    'PATCH /api/me': { version: 1, displayName: 'Renamed' },
    'POST /api/me/password': { currentPassword: 'not my password', newPassword: 'a new long passphrase' },
    'POST /api/me/tokens': { name: 'script', scope: 'read' },
    'POST /api/users': {
      email: `new-${unique}@example.org`,
      displayName: 'New',
      temporaryPassword: 'a temporary passphrase',
    },
    'PATCH /api/users/{userId}': { version: fixture.target.version, displayName: 'Renamed' },
    'POST /api/teams': { name: 'New team', countryCode: 'SN', baseCurrency: 'XOF' },
    'PATCH /api/teams/{teamId}': { version: 1, description: 'Edited' },
    'POST /api/teams/{teamId}/access': { email: fixture.target.email, role: 'viewer' },
    'PATCH /api/roles/{roleKey}': { version: 1, description: 'Edited' },
    'PUT /api/teams/{teamId}/role-names': { roleNames: { 'operational-lead': 'HMIS Coordinator' } },
    'POST /api/teams/{teamId}/members': {
      name: 'New member',
      affiliation: 'ministry',
      basedInCountry: true,
      timeSharePercent: 100,
      funding: 'government',
    },
    'PATCH /api/teams/{teamId}/members/{memberId}': { version: 1, organisation: 'HMIS unit' },
    'POST /api/teams/{teamId}/members/{memberId}/growth': { kind: 'academy', occurredOn: '2026-06-15' },
    'PUT /api/teams/{teamId}/members/{memberId}/roles': {
      version: 1,
      assignments: [{ roleKey: 'implementer', subRoleKey: 'technical', status: 'current' }],
    },
  };
  void persona;
  return bodies[operation];
}

describeForEachEngine('authorization matrix', (engine) => {
  let testApp: TestApp;
  let users: Fixture['users'];
  let operations: string[];

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const make = (name: string, systemAdmin = false) =>
      anAccount(testApp, { displayName: name, systemAdmin });
    users = {
      systemAdmin: await make('System admin', true),
      lead: await make('Lead'),
      member: await make('Member'),
      assessor: await make('Assessor'),
      viewer: await make('Viewer'),
      otherTeamLead: await make('Lead of another team'),
    };
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) =>
        Object.keys(item)
          .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map((method) => `${method.toUpperCase()} ${path}`),
    );
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

  /** Fresh teams per request, so one caller's write cannot change what the next one meets. */
  async function freshFixture(): Promise<Fixture> {
    const team = await aTeam(testApp);
    const otherTeam = await aTeam(testApp, { name: 'Other team', countryCode: 'LA' });
    const now = testApp.clock.now().toISOString();
    for (const [persona, role] of Object.entries(TEAM_PERSONAS)) {
      const user = users[persona as keyof typeof users];
      await insertTeamAccess(testApp.database.db, {
        teamId: team.id,
        userId: user.id,
        role,
        grantedBy: null,
        grantedAt: now,
      });
    }
    await insertTeamAccess(testApp.database.db, {
      teamId: otherTeam.id,
      userId: users.otherTeamLead.id,
      role: 'lead',
      grantedBy: null,
      grantedAt: now,
    });
    const target = await anAccountFast();
    await insertTeamAccess(testApp.database.db, {
      teamId: team.id,
      userId: target.id,
      role: 'member',
      grantedBy: null,
      grantedAt: now,
    });
    const memberId = randomUUID();
    await testApp.database.db
      .insertInto('team_member')
      .values({
        id: memberId,
        team_id: team.id,
        user_id: users.member.id,
        name: 'Member',
        organisation: '',
        affiliation: 'ministry',
        based_in_country: 1,
        time_share_percent: 100,
        funding: 'government',
        partner_funding_ends_on: null,
        start_date: null,
        end_date: null,
        leaving_reason: null,
        phase: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    const opportunityId = randomUUID();
    await testApp.database.db
      .insertInto('growth_opportunity')
      .values({
        id: opportunityId,
        member_id: memberId,
        kind: 'mentoring',
        occurred_on: '2026-01-10',
        note: '',
        created_at: now,
      })
      .execute();
    return { teamId: team.id, memberId, opportunityId, users, target };
  }

  let targetCounter = 0;
  async function anAccountFast(): Promise<User> {
    targetCounter += 1;
    const id = randomUUID();
    const now = testApp.clock.now().toISOString();
    await testApp.database.db
      .insertInto('user_account')
      .values({
        id,
        email: `target-${targetCounter}@example.org`,
        email_key: `target-${targetCounter}@example.org`,
        display_name: 'Target',
        password_hash: 'not-a-hash',
        preferred_language: 'en',
        is_active: 1,
        is_system_admin: 0,
        must_change_password: 0,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    return {
      id,
      email: `target-${targetCounter}@example.org`,
      displayName: 'Target',
      preferredLanguage: 'en',
      active: true,
      systemAdmin: false,
      mustChangePassword: false,
      createdAt: now,
      version: 1,
    };
  }

  async function requestAs(persona: Persona, operation: string, fixture: Fixture) {
    const [method, template] = operation.split(' ') as [string, string];
    const headers: Record<string, string> = {};
    let tokenId = randomUUID();
    if (persona !== 'anonymous') {
      const user = users[persona];
      const session = await startSession(testApp.context, testApp.database.db, user.id, {
        ip: '127.0.0.1',
        userAgent: 'matrix',
      });
      headers.cookie = `coreteam_session=${session.token}`;
      headers['x-csrf-token'] = session.csrfToken;
      tokenId = randomUUID();
      await testApp.database.db
        .insertInto('personal_access_token')
        .values({
          id: tokenId,
          user_id: user.id,
          name: 'matrix',
          token_hash: sha256(tokenId),
          scope: 'read',
          created_at: testApp.clock.now().toISOString(),
          last_used_at: null,
          expires_at: null,
          revoked_at: null,
        })
        .execute();
      // PATCH /api/me needs the caller's own current version.
      if (operation === 'PATCH /api/me') {
        const row = await testApp.database.db
          .selectFrom('user_account')
          .select('version')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow();
        headers['x-matrix-version'] = String(row.version);
      }
    }
    const url = template
      .replace('{teamId}', fixture.teamId)
      .replace('{userId}', fixture.target.id)
      .replace('{memberId}', fixture.memberId)
      .replace('{roleKey}', 'security-expert')
      .replace('{opportunityId}', fixture.opportunityId)
      .replace('{tokenId}', tokenId);
    let payload = exampleBody(operation, fixture, persona);
    if (operation === 'PATCH /api/me' && headers['x-matrix-version']) {
      payload = { version: Number(headers['x-matrix-version']), displayName: 'Renamed' };
    }
    return testApp.app.inject({ method: method as 'GET', url, headers, ...(payload ? { payload } : {}) });
  }

  function expectedDenial(persona: Persona, operation: string): number {
    if (persona === 'anonymous') return 401;
    const teamScoped = operation.includes('{teamId}');
    const hasTeamRole = persona in TEAM_PERSONAS;
    if (teamScoped && !hasTeamRole) return 404;
    return 403;
  }

  for (const [operation, allowed] of Object.entries(AUTHORIZATION_MATRIX)) {
    it(`enforces who may call ${operation}`, async () => {
      const outcomes: Record<string, number> = {};
      const expected: Record<string, string> = {};
      for (const persona of PERSONAS) {
        const fixture = await freshFixture();
        const response = await requestAs(persona, operation, fixture);
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
