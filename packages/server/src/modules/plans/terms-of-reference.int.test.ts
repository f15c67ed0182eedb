import { afterAll, beforeAll, expect, it } from 'vitest';
import { CORE_POSITION_KEYS, DEFAULT_TERMS_OF_REFERENCE } from '@coreteam/core';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

type Method = 'GET' | 'PUT';

describeForEachEngine('terms of reference', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let lead: SignedInActor;
  let member: SignedInActor;

  const call = (actor: SignedInActor, method: Method, url: string, payload?: object) =>
    testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const torUrl = (roleKey: string) => `/api/teams/${teamId}/tors/${roleKey}`;
  const edited = {
    purpose: 'Keeps the national DHIS2 instance running, safe and fast.',
    responsibilities: ['Apply security updates every month.', 'Test the backups every quarter.'],
    requiredCompetencies: ['Linux administration'],
    reportingLine: 'Reports to the Operational Lead.',
  };

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    teamId = (await aTeam(testApp)).id;
    const account = async (name: string, role: 'lead' | 'member') => {
      const user = await anAccount(testApp, { displayName: name });
      await grant(testApp, teamId, user.email, role);
      return signInAs(testApp, user.email);
    };
    lead = await account('Lead', 'lead');
    member = await account('Member', 'member');
  });
  afterAll(() => testApp.close());

  it('lists the default terms of every core position until the team edits them', async () => {
    const response = await call(member, 'GET', `/api/teams/${teamId}/tors`);
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json().termsOfReference;
    expect(list.map((tor: { roleKey: string }) => tor.roleKey)).toEqual([...CORE_POSITION_KEYS]);
    expect(
      list.every((tor: { isDefault: boolean; version: number }) => tor.isDefault && tor.version === 0),
    ).toBe(true);
  });

  it('gives a position’s default (version 0), and a PUT of version 0 makes version 1', async () => {
    const before = await call(member, 'GET', torUrl('server-administrator'));
    expect(before.json()).toMatchObject({
      roleKey: 'server-administrator',
      isDefault: true,
      version: 0,
      updatedAt: null,
      purpose: DEFAULT_TERMS_OF_REFERENCE['server-administrator'].purpose,
    });
    const saved = await call(lead, 'PUT', torUrl('server-administrator'), { version: 0, ...edited });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...edited, isDefault: false, version: 1, teamId });
    expect((await call(member, 'GET', torUrl('server-administrator'))).json().version).toBe(1);
    const again = await call(lead, 'PUT', torUrl('server-administrator'), {
      version: 1,
      ...edited,
      reportingLine: 'Reports to the HMIS unit head.',
    });
    expect(again.json()).toMatchObject({ version: 2, reportingLine: 'Reports to the HMIS unit head.' });
  });

  it('refuses a stale version with 409 and the terms as they are now', async () => {
    const response = await call(lead, 'PUT', torUrl('server-administrator'), { version: 0, ...edited });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'version_conflict', current: { version: 2 } });
  });

  it('refuses members an edit (403) and answers 404 for a role that does not exist', async () => {
    expect((await call(member, 'PUT', torUrl('trainer'), { version: 0, ...edited })).statusCode).toBe(403);
    const unknown = await call(lead, 'GET', torUrl('astronaut'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('role_not_found');
  });
});
