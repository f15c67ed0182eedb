import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import {
  anAccount,
  asActor,
  DEFAULT_PASSWORD,
  sessionCookieFrom,
  signInAs,
  type SignedInActor,
} from '../../../test/actors.js';
import { currentTotpCode } from './totp.js';

describeForEachEngine('two-factor sign-in', (engine) => {
  let testApp: TestApp;
  let admin: SignedInActor;
  beforeAll(async () => {
    testApp = await createTestApp(engine);
    admin = await signInAs(testApp, (await anAccount(testApp, { systemAdmin: true })).email);
  });
  afterAll(() => testApp.close());

  const call = (actor: SignedInActor, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const login = (email: string, code?: string, password = DEFAULT_PASSWORD) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password, ...(code ? { code } : {}) },
    });

  async function enrol(actor: SignedInActor): Promise<{ secret: string; recoveryCodes: string[] }> {
    const started = await call(actor, 'POST', '/api/me/two-factor/enrolment');
    expect(started.statusCode).toBe(200);
    const { secret, otpauthUri, qrCodeSvg } = started.json();
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrCodeSvg).toMatch(/^<svg/);
    const wrong = await call(actor, 'POST', '/api/me/two-factor/enrolment/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await call(actor, 'POST', '/api/me/two-factor/enrolment/confirm', {
      code: currentTotpCode(secret, testApp.clock.now()),
    });
    expect(confirmed.statusCode).toBe(200);
    return { secret, recoveryCodes: confirmed.json().recoveryCodes };
  }

  it('sends a system admin without a second factor to enrolment, and lets them do nothing else', async () => {
    const newAdmin = await anAccount(testApp, { systemAdmin: true, twoFactor: false });
    const actor = await signInAs(testApp, newAdmin.email);
    expect(actor.user.twoFactorEnabled).toBe(false);
    expect((await call(actor, 'GET', '/api/me')).json().twoFactorEnrolmentRequired).toBe(true);
    const teams = await call(actor, 'GET', '/api/teams');
    expect(teams.statusCode).toBe(403);
    expect(teams.json().error.code).toBe('two_factor_enrolment_required');
    expect((await call(actor, 'GET', '/api/me/two-factor')).json()).toEqual({
      enabled: false,
      required: true,
      recoveryCodesLeft: 0,
    });
    const { recoveryCodes } = await enrol(actor);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await call(actor, 'GET', '/api/teams')).statusCode).toBe(200);
    expect((await call(actor, 'GET', '/api/me/two-factor')).json()).toEqual({
      enabled: true,
      required: true,
      recoveryCodesLeft: 10,
    });
    const disable = await call(actor, 'POST', '/api/me/two-factor/disable', {
      password: DEFAULT_PASSWORD,
      code: recoveryCodes[0],
    });
    expect(disable.statusCode).toBe(409);
  });

  it('asks for the code after the password, accepts each code once, and each recovery code once', async () => {
    const user = await anAccount(testApp);
    const actor = await signInAs(testApp, user.email);
    const { secret, recoveryCodes } = await enrol(actor);

    const noCode = await login(user.email);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('two_factor_required');
    expect(noCode.cookies).toHaveLength(0);

    testApp.clock.advance(30_000);
    const code = currentTotpCode(secret, testApp.clock.now());
    expect((await login(user.email, code)).statusCode).toBe(200);
    const replay = await login(user.email, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('invalid_two_factor_code');
    const wrongPasswordRightCode = await login(user.email, code, 'not the password at all');
    expect(wrongPasswordRightCode.json().error.code).toBe('invalid_credentials');

    const recovery = recoveryCodes[3]!;
    expect((await login(user.email, recovery.toUpperCase())).statusCode).toBe(200);
    expect((await login(user.email, recovery)).statusCode).toBe(401);
    testApp.clock.advanceMinutes(16);
  });

  it('lets a person turn it off with their password and a code, unless it is required', async () => {
    const user = await anAccount(testApp);
    const actor = await signInAs(testApp, user.email);
    const { secret } = await enrol(actor);
    testApp.clock.advance(30_000);
    const wrongPassword = await call(actor, 'POST', '/api/me/two-factor/disable', {
      password: 'not my password',
      code: currentTotpCode(secret, testApp.clock.now()),
    });
    expect(wrongPassword.statusCode).toBe(400);
    const off = await call(actor, 'POST', '/api/me/two-factor/disable', {
      password: DEFAULT_PASSWORD,
      code: currentTotpCode(secret, testApp.clock.now()),
    });
    expect(off.statusCode).toBe(204);
    expect((await login(user.email)).statusCode).toBe(200);
  });

  it('lets a system admin reset someone’s second factor, ending their sessions, on the record', async () => {
    const user = await anAccount(testApp);
    const actor = await signInAs(testApp, user.email);
    await enrol(actor);
    const reset = await call(admin, 'POST', `/api/users/${user.id}/two-factor/reset`);
    expect(reset.statusCode).toBe(204);
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: actor.cookie } }))
        .statusCode,
    ).toBe(401);
    expect((await login(user.email)).statusCode).toBe(200);
    const audit = (await call(admin, 'GET', '/api/audit')).json().events;
    expect(audit[0]).toMatchObject({
      action: 'user.two_factor_reset',
      entityId: user.id,
      actor: { userId: admin.user.id },
    });
  });

  it('can be required for everyone by a system setting', async () => {
    const user = await anAccount(testApp);
    const on = await call(admin, 'PUT', '/api/settings/security', { twoFactorRequiredForEveryone: true });
    expect(on.json()).toEqual({ twoFactorRequiredForEveryone: true });
    const signedIn = await login(user.email);
    expect(signedIn.statusCode).toBe(200);
    const actor = {
      user: signedIn.json().user,
      cookie: sessionCookieFrom(signedIn),
      csrfToken: signedIn.json().csrfToken,
    };
    expect((await call(actor, 'GET', '/api/teams')).json().error.code).toBe('two_factor_enrolment_required');
    await call(admin, 'PUT', '/api/settings/security', { twoFactorRequiredForEveryone: false });
    expect((await call(actor, 'GET', '/api/teams')).statusCode).toBe(200);
  });
});
