import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TeamRole, User } from '@coreteam/core';
import { createUser } from '../src/modules/users/users.service.js';
import { findUserByEmail } from '../src/modules/users/users.repository.js';
import { currentTotpCode, newTotpSecret } from '../src/modules/two-factor/totp.js';
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

/** TOTP secrets of the accounts made here with two-factor sign-in, by user id. */
const totpSecrets = new Map<string, string>();

/** Turns two-factor sign-in on for an account, as if they had enrolled an authenticator app. */
export async function enrolTwoFactor(testApp: TestApp, userId: string): Promise<string> {
  const secret = newTotpSecret();
  await testApp.database.db
    .updateTable('user_account')
    .set({ totp_secret: secret, totp_enabled_at: testApp.clock.now().toISOString(), totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  totpSecrets.set(userId, secret);
  return secret;
}

/**
 * An account made directly through the service (as an admin would), ready to sign in. System
 * admins come with two-factor sign-in on, as the server requires.
 */
export async function anAccount(
  testApp: TestApp,
  overrides: {
    email?: string;
    displayName?: string;
    systemAdmin?: boolean;
    password?: string;
    twoFactor?: boolean;
  } = {},
): Promise<User> {
  counter += 1;
  const user = await createUser(
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
  if (overrides.twoFactor ?? overrides.systemAdmin ?? false) {
    await enrolTwoFactor(testApp, user.id);
    return { ...user, twoFactorEnabled: true };
  }
  return user;
}

/** The code the person's authenticator app shows now; moves the clock to a fresh 30-second step first. */
export function nextTotpCode(testApp: TestApp, userId: string): string | undefined {
  const secret = totpSecrets.get(userId);
  if (!secret) return undefined;
  testApp.clock.advance(30_000);
  return currentTotpCode(secret, testApp.clock.now());
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
  const account = await findUserByEmail(testApp.database.db, email);
  const code = account ? nextTotpCode(testApp, account.id) : undefined;
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password, ...(code ? { code } : {}) },
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
