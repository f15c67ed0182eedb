import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { anAccount, asActor, DEFAULT_PASSWORD, sessionCookieFrom, signInAs } from '../../../test/actors.js';
import { updateUser } from '../users/users.service.js';

describeForEachEngine('signing in and out', (engine) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(engine);
  });
  afterAll(() => testApp.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    testApp.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });
  const me = (cookie?: string) =>
    testApp.app.inject({ method: 'GET', url: '/api/me', headers: cookie ? { cookie } : {} });

  it('signs in case-insensitively and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await anAccount(testApp, { email: 'Amina.Diallo@Sante.gov.sn' });
    const response = await login('amina.diallo@sante.gov.sn', DEFAULT_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ id: user.id, email: 'Amina.Diallo@Sante.gov.sn' });
    expect(response.json().user).not.toHaveProperty('passwordHash');
    expect(response.json().csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = response.cookies.find((candidate) => candidate.name === 'coreteam_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect((await me(sessionCookieFrom(response))).json().user.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const user = await anAccount(testApp);
    const wrongPassword = await login(user.email, 'not the right password at all');
    const unknownEmail = await login('nobody-here@example.org', 'not the right password at all');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.json().error).toEqual({
      code: 'invalid_credentials',
      message: 'The email or password is incorrect.',
      details: [],
    });
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const user = await anAccount(testApp);
    const time = async (email: string) => {
      const started = performance.now();
      await login(email, 'definitely the wrong password');
      return performance.now() - started;
    };
    await time('warm-up@example.org');
    // The fastest of several tries each, taken in turn, so that a busy machine (other test files
    // run alongside) slows both kinds alike rather than one of them.
    const wrongTimes: number[] = [];
    const unknownTimes: number[] = [];
    // Four wrong passwords: one fewer than locks the account.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      wrongTimes.push(await time(user.email));
      unknownTimes.push(await time(`ghost-${attempt}@example.org`));
    }
    const wrong = Math.min(...wrongTimes);
    const unknown = Math.min(...unknownTimes);
    expect(unknown / wrong).toBeGreaterThan(0.5);
    expect(unknown / wrong).toBeLessThan(2);
  });

  it('gives a new session at every sign-in and kills the one the browser had', async () => {
    const user = await anAccount(testApp);
    const firstLogin = await login(user.email, DEFAULT_PASSWORD);
    const first = sessionCookieFrom(firstLogin);
    const second = sessionCookieFrom(
      await login(user.email, DEFAULT_PASSWORD, {
        cookie: first,
        'x-csrf-token': firstLogin.json().csrfToken,
      }),
    );
    expect(second).not.toBe(first);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('ends the session on the server at logout', async () => {
    const user = await anAccount(testApp);
    const actor = await signInAs(testApp, user.email);
    const logout = await testApp.app.inject(asActor(actor, { method: 'POST', url: '/api/auth/logout' }));
    expect(logout.statusCode).toBe(204);
    expect((await me(actor.cookie)).statusCode).toBe(401);
  });

  it('ends a session left idle for 30 minutes, and any session after 12 hours', async () => {
    const user = await anAccount(testApp);
    const idle = await signInAs(testApp, user.email);
    testApp.clock.advanceMinutes(29);
    expect((await me(idle.cookie)).statusCode).toBe(200);
    testApp.clock.advanceMinutes(31);
    expect((await me(idle.cookie)).statusCode).toBe(401);

    const busy = await signInAs(testApp, user.email);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      testApp.clock.advanceMinutes(20);
      expect((await me(busy.cookie)).statusCode).toBe(200);
    }
    testApp.clock.advanceMinutes(25);
    expect((await me(busy.cookie)).statusCode).toBe(401);
  });

  it('refuses a state change made with the cookie but without the CSRF token, or from another site', async () => {
    const user = await anAccount(testApp);
    const actor = await signInAs(testApp, user.email);
    const rename = (headers: Record<string, string>) =>
      testApp.app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie: actor.cookie, ...headers },
        payload: { version: user.version, displayName: 'Renamed' },
      });
    const withoutToken = await rename({});
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('csrf_failed');
    expect((await rename({ 'x-csrf-token': 'forged' })).statusCode).toBe(403);
    const foreign = await rename({ 'x-csrf-token': actor.csrfToken, origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect((await me(actor.cookie)).json().user.displayName).toBe(user.displayName);

    const allowed = await rename({ 'x-csrf-token': actor.csrfToken, origin: 'http://localhost:80' });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json().user.displayName).toBe('Renamed');
  });

  it('throttles 20 wrong passwords in a row, refusing even the right one until the wait has passed', async () => {
    const user = await anAccount(testApp);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      statuses.push(
        (await login(user.email, `wrong password number ${attempt}`, { 'x-forwarded-for': '1.2.3.4' }))
          .statusCode,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));

    const locked = await login(user.email, DEFAULT_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(locked.json().error.code).toBe('too_many_attempts');

    testApp.clock.advanceMinutes(14);
    expect((await login(user.email, DEFAULT_PASSWORD)).statusCode).toBe(429);
    testApp.clock.advanceMinutes(2);
    expect((await login(user.email, DEFAULT_PASSWORD)).statusCode).toBe(200);
  });

  it('locks an unknown email exactly like a real one, so lockouts reveal nothing', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      statuses.push((await login('never-registered@example.org', 'some wrong password')).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    testApp.clock.advanceMinutes(16);
  });

  it('refuses a deactivated account and ends its sessions', async () => {
    const admin = await anAccount(testApp, { systemAdmin: true });
    const user = await anAccount(testApp);
    const actor = await signInAs(testApp, user.email);
    await updateUser(
      testApp.context,
      user.id,
      { version: user.version, active: false },
      { userId: admin.id, ip: '::1' },
    );
    expect((await me(actor.cookie)).statusCode).toBe(401);
    expect((await login(user.email, DEFAULT_PASSWORD)).statusCode).toBe(401);
  });

  it('lets someone with a temporary password do nothing but change it', async () => {
    const admin = await anAccount(testApp, { systemAdmin: true });
    const user = await anAccount(testApp);
    const updated = await updateUser(
      testApp.context,
      user.id,
      { version: user.version, temporaryPassword: 'a temporary passphrase 42' },
      { userId: admin.id, ip: '::1' },
    );
    expect(updated.mustChangePassword).toBe(true);
    const actor = await signInAs(testApp, user.email, 'a temporary passphrase 42');
    expect(actor.user.mustChangePassword).toBe(true);
    const teams = await testApp.app.inject(asActor(actor, { method: 'GET', url: '/api/teams' }));
    expect(teams.statusCode).toBe(403);
    expect(teams.json().error.code).toBe('password_change_required');

    const change = await testApp.app.inject(
      asActor(actor, {
        method: 'POST',
        url: '/api/me/password',
        payload: { currentPassword: 'a temporary passphrase 42', newPassword: 'my very own passphrase 77' },
      }),
    );
    expect(change.statusCode).toBe(200);
    expect(change.json().user.mustChangePassword).toBe(false);
    const renewed = {
      user: actor.user,
      cookie: sessionCookieFrom(change),
      csrfToken: change.json().csrfToken,
    };
    expect(
      (await testApp.app.inject(asActor(renewed, { method: 'GET', url: '/api/teams' }))).statusCode,
    ).toBe(200);
  });

  it('ends every other session when the password changes, and checks the new password', async () => {
    const user = await anAccount(testApp);
    const laptop = await signInAs(testApp, user.email);
    const phone = await signInAs(testApp, user.email);
    const change = (newPassword: string, currentPassword = DEFAULT_PASSWORD) =>
      testApp.app.inject(
        asActor(laptop, {
          method: 'POST',
          url: '/api/me/password',
          payload: { currentPassword, newPassword },
        }),
      );
    const weak = await change('password1234');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details).toEqual([
      {
        field: 'body.newPassword',
        problem: 'is too common: choose a password that others are unlikely to use',
      },
    ]);
    const wrongCurrent = await change('a brand new passphrase', 'not my password at all');
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.details[0].field).toBe('body.currentPassword');

    const changed = await change('a brand new passphrase');
    expect(changed.statusCode).toBe(200);
    expect((await me(phone.cookie)).statusCode).toBe(401);
    expect((await me(laptop.cookie)).statusCode).toBe(401);
    expect((await me(sessionCookieFrom(changed))).statusCode).toBe(200);
    expect((await login(user.email, 'a brand new passphrase')).statusCode).toBe(200);
  });
});
