import { afterAll, beforeAll, expect, it } from 'vitest';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

describeForEachEngine('funding sources', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let lead: SignedInActor;
  let viewer: SignedInActor;
  let sourceId: string;

  const call = (actor: SignedInActor, method: Method, url: string, payload?: object) =>
    testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const sourcesUrl = () => `/api/teams/${teamId}/funding-sources`;
  const countSources = async () =>
    Number(
      (
        await testApp.database.db
          .selectFrom('funding_source')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    teamId = (await aTeam(testApp)).id;
    const account = async (name: string, role: 'lead' | 'viewer') => {
      const user = await anAccount(testApp, { displayName: name });
      await grant(testApp, teamId, user.email, role);
      return signInAs(testApp, user.email);
    };
    lead = await account('Lead', 'lead');
    viewer = await account('Funder', 'viewer');
  });
  afterAll(() => testApp.close());

  it('lets a lead add a funding source that everyone in the team sees', async () => {
    const response = await call(lead, 'POST', sourcesUrl(), {
      kind: 'government',
      name: 'MoH budget line 4.2.1',
    });
    expect(response.statusCode, response.body).toBe(201);
    sourceId = response.json().id;
    expect(response.json()).toMatchObject({ teamId, kind: 'government', notes: '', version: 1 });
    const list = await call(viewer, 'GET', sourcesUrl());
    expect(list.json().fundingSources.map((source: { id: string }) => source.id)).toEqual([sourceId]);
    expect((await call(viewer, 'POST', sourcesUrl(), { kind: 'other', name: 'Mine' })).statusCode).toBe(403);
  });

  it('renames a source, and refuses a stale version with 409 and the source as it is now', async () => {
    const renamed = await call(lead, 'PATCH', `${sourcesUrl()}/${sourceId}`, {
      version: 1,
      name: 'MoH line 4.2.2',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'MoH line 4.2.2', kind: 'government', version: 2 });
    const stale = await call(lead, 'PATCH', `${sourcesUrl()}/${sourceId}`, { version: 1, name: 'Stale' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      current: { id: sourceId, name: 'MoH line 4.2.2', version: 2 },
    });
  });

  it('refuses to delete a source an activity uses (409 funding_source_in_use), and deletes it once unused', async () => {
    const plan = await call(lead, 'POST', `/api/teams/${teamId}/plans`, {
      title: 'Plan',
      startYear: 2026,
      endYear: 2026,
      baseCurrency: 'USD',
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const activity = await call(lead, 'POST', `/api/plans/${plan.json().id}/activities`, {
      title: 'Coaching',
      type: 'on-the-job-coaching',
      timing: { kind: 'quarter', year: 2026, quarter: 1 },
      memberIds: [],
      costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 1_000, currency: 'USD' }],
      fundingShares: [{ fundingSourceId: sourceId, amountMinor: 1_000, status: 'secured' }],
    });
    expect(activity.statusCode, activity.body).toBe(201);

    const inUse = await call(lead, 'DELETE', `${sourcesUrl()}/${sourceId}?version=2`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('funding_source_in_use');
    expect(await countSources()).toBe(1);

    const stale = await call(lead, 'DELETE', `${sourcesUrl()}/${sourceId}?version=1`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');

    const freed = await call(lead, 'PATCH', `/api/plans/${plan.json().id}/activities/${activity.json().id}`, {
      version: 1,
      fundingShares: [],
    });
    expect(freed.statusCode, freed.body).toBe(200);
    const deleted = await call(lead, 'DELETE', `${sourcesUrl()}/${sourceId}?version=2`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(await countSources()).toBe(0);
  });
});
