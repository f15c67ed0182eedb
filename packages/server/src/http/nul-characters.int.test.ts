import { afterAll, beforeAll, expect, it } from 'vitest';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../test/actors.js';
import { describeForEachEngine } from '../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** PostgreSQL cannot store U+0000 in text; found by the fuzzer as 500s. Both engines refuse it alike. */
describeForEachEngine('text holding a NUL character', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let lead: SignedInActor;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    teamId = (await aTeam(testApp)).id;
    const user = await anAccount(testApp, { displayName: 'Lead' });
    await grant(testApp, teamId, user.email, 'lead');
    lead = await signInAs(testApp, user.email);
  });
  afterAll(() => testApp.close());

  it('is refused in a path parameter with 400 naming it, before the team is looked up', async () => {
    const response = await testApp.app.inject(
      asActor(lead, { method: 'GET', url: '/api/teams/%00/structure' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { field: 'params.teamId', problem: 'must not contain the NUL character (U+0000)' },
    ]);
  });

  it('is refused anywhere in a JSON body with 400 naming the field, and nothing is written', async () => {
    const response = await testApp.app.inject(
      asActor(lead, {
        method: 'POST',
        url: `/api/teams/${teamId}/funding-sources`,
        payload: { kind: 'partner', name: 'Fund\u0000 for health' },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { field: 'body.name', problem: 'must not contain the NUL character (U+0000)' },
    ]);
    const sources = await testApp.database.db.selectFrom('funding_source').selectAll().execute();
    expect(sources).toEqual([]);
  });

  it('answers a path parameter longer than the router takes with a JSON 414', async () => {
    const response = await testApp.app.inject(
      asActor(lead, { method: 'GET', url: `/api/plans/${'x'.repeat(600)}/activities` }),
    );
    expect(response.statusCode).toBe(414);
    expect(response.json().error.code).toBe('path_too_long');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
