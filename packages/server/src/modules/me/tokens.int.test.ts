import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { anAccount, asActor, signInAs, type SignedInActor } from '../../../test/actors.js';

describeForEachEngine('personal access tokens', (engine) => {
  let testApp: TestApp;
  let actor: SignedInActor;
  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const user = await anAccount(testApp, { systemAdmin: true });
    actor = await signInAs(testApp, user.email);
  });
  afterAll(() => testApp.close());

  const createToken = (payload: object) =>
    testApp.app.inject(asActor(actor, { method: 'POST', url: '/api/me/tokens', payload }));
  const withBearer = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    testApp.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  it('shows the secret once, lists tokens without it, and stores only its hash', async () => {
    const created = await createToken({ name: 'DHIS2 sync script', scope: 'read' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^ctpat_[\w-]{43}$/);
    const list = await testApp.app.inject(asActor(actor, { method: 'GET', url: '/api/me/tokens' }));
    expect(list.json().tokens).toEqual([
      expect.objectContaining({ id, name: 'DHIS2 sync script', scope: 'read', lastUsedAt: null }),
    ]);
    expect(list.body).not.toContain(token);
    const stored = await testApp.database.db.selectFrom('personal_access_token').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('lets a read token read, refuses it writes, and needs no CSRF token', async () => {
    const { token } = (await createToken({ name: 'reader', scope: 'read' })).json();
    const me = await withBearer(token, 'GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBeNull();
    const write = await withBearer(token, 'POST', '/api/teams', {
      name: 'X',
      countryCode: 'MZ',
      baseCurrency: 'MZN',
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('token_read_only');
  });

  it('lets a read-write token write, but never manage tokens or the password', async () => {
    const { token } = (await createToken({ name: 'writer', scope: 'read-write' })).json();
    const team = await withBearer(token, 'POST', '/api/teams', {
      name: 'Laos core team',
      countryCode: 'LA',
      baseCurrency: 'LAK',
    });
    expect(team.statusCode).toBe(201);
    const another = await withBearer(token, 'POST', '/api/me/tokens', {
      name: 'sneaky',
      scope: 'read-write',
    });
    expect(another.statusCode).toBe(403);
    expect(another.json().error.code).toBe('session_required');
  });

  it('stops working once revoked or expired', async () => {
    const revocable = (await createToken({ name: 'revocable', scope: 'read' })).json();
    const revoke = await testApp.app.inject(
      asActor(actor, { method: 'DELETE', url: `/api/me/tokens/${revocable.id}` }),
    );
    expect(revoke.statusCode).toBe(204);
    const refused = await withBearer(revocable.token, 'GET', '/api/me');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('invalid_token');

    const shortLived = (await createToken({ name: 'one day', scope: 'read', expiresInDays: 1 })).json();
    expect((await withBearer(shortLived.token, 'GET', '/api/me')).statusCode).toBe(200);
    testApp.clock.advanceMinutes(24 * 60 + 1);
    expect((await withBearer(shortLived.token, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('refuses a made-up token', async () => {
    expect((await withBearer('ctpat_made-up', 'GET', '/api/me')).statusCode).toBe(401);
  });
});
