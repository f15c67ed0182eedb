import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { sessionCookieFrom } from '../../../test/actors.js';
import { prepareFirstRunSetup } from './auth.service.js';

describeForEachEngine('first-run setup', (engine) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(engine);
  });
  afterAll(() => testApp.close());

  const setup = (token: string, email = 'admin@moh.gov.mz') =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token, email, displayName: 'Ana Mabunda', password: 'a strong first passphrase' },
    });

  it('creates the first administrator only with the token printed at start, and only once', async () => {
    expect((await testApp.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      setupRequired: true,
    });
    const token = (await prepareFirstRunSetup(testApp.context))!;
    expect(token).toMatch(/^[\w-]{43}$/);

    const guessed = await setup('not-the-token');
    expect(guessed.statusCode).toBe(403);
    expect(guessed.json().error.code).toBe('invalid_setup_token');

    const created = await setup(token);
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({
      email: 'admin@moh.gov.mz',
      systemAdmin: true,
      mustChangePassword: false,
    });
    const me = await testApp.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: sessionCookieFrom(created) },
    });
    expect(me.json().user.systemAdmin).toBe(true);

    const again = await setup(token, 'intruder@example.org');
    expect(again.statusCode).toBe(403);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      setupRequired: false,
    });
    expect(await prepareFirstRunSetup(testApp.context)).toBeUndefined();
  });
});

describeForEachEngine('first-run setup with bad input', (engine) => {
  let testApp: TestApp;
  let token: string;
  beforeAll(async () => {
    testApp = await createTestApp(engine);
    token = (await prepareFirstRunSetup(testApp.context))!;
  });
  afterAll(() => testApp.close());

  it('names the fields at fault and leaves the instance unclaimed', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token, email: 'not-an-email', displayName: '', password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.details.map((detail: { field: string }) => detail.field)
        .sort(),
    ).toEqual(['body.displayName', 'body.email']);
    const weak = await testApp.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token, email: 'admin@moh.gov.mz', displayName: 'Ana', password: 'qwertyuiop123' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].field).toBe('body.password');
    expect((await testApp.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      setupRequired: true,
    });
  });
});
