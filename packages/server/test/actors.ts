import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TeamRole, User } from '@coreteam/core';
import { createUser } from '../src/modules/users/users.service.js';
import { createTeam, grantTeamAccess } from '../src/modules/teams/teams.service.js';
import type { TestApp } from './test-app.js';

export const DEFAULT_PASSWORD = 'correct horse battery staple';

/** Someone signed in through the API, with what their browser would send back. */
export interface SignedInActor {
  user: User;
  cookie: string;
  csrfToken: string;
}

let counter = 0;

/** An account made directly through the service (as an admin would), ready to sign in. */
export async function anAccount(
  testApp: TestApp,
  overrides: { email?: string; displayName?: string; systemAdmin?: boolean; password?: string } = {},
): Promise<User> {
  counter += 1;
  return createUser(
    testApp.context,
    {
      email: overrides.email ?? `person${counter}-${Date.now()}@example.org`,
      displayName: overrides.displayName ?? `Person ${counter}`,
      temporaryPassword: overrides.password ?? DEFAULT_PASSWORD,
      preferredLanguage: 'en',
      systemAdmin: overrides.systemAdmin ?? false,
      mustChangePassword: false,
    },
    { userId: null, ip: '127.0.0.1' },
  );
}

export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((candidate) => candidate.name.endsWith('coreteam_session'));
  if (!cookie)
    throw new Error(`no session cookie in the response (${response.statusCode}: ${response.body})`);
  return `${cookie.name}=${cookie.value}`;
}

export async function signInAs(
  testApp: TestApp,
  email: string,
  password = DEFAULT_PASSWORD,
): Promise<SignedInActor> {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return { user: body.user, cookie: sessionCookieFrom(response), csrfToken: body.csrfToken };
}

/** A request the way the web app sends it: session cookie, and the CSRF token on unsafe methods. */
export function asActor(actor: SignedInActor | undefined, options: InjectOptions): InjectOptions {
  if (!actor) return options;
  return {
    ...options,
    headers: { ...(options.headers ?? {}), cookie: actor.cookie, 'x-csrf-token': actor.csrfToken },
  };
}

export async function aTeam(testApp: TestApp, overrides: { name?: string; countryCode?: string } = {}) {
  return createTeam(
    testApp.context,
    {
      name: overrides.name ?? 'Mozambique MoH core team',
      countryCode: overrides.countryCode ?? 'MZ',
      description: '',
      baseCurrency: 'MZN',
    },
    { userId: null, ip: '127.0.0.1' },
  );
}

export async function grant(testApp: TestApp, teamId: string, email: string, role: TeamRole): Promise<void> {
  await grantTeamAccess(
    testApp.context,
    teamId,
    { email, role },
    {
      userId: null,
      ip: '127.0.0.1',
      systemAdmin: true,
      rolesInTeam: [],
    },
  );
}
