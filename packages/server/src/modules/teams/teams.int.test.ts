import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';

describeForEachEngine('teams, access and audit', (engine) => {
  let testApp: TestApp;
  let admin: SignedInActor;
  beforeAll(async () => {
    testApp = await createTestApp(engine);
    admin = await signInAs(
      testApp,
      (await anAccount(testApp, { systemAdmin: true, displayName: 'Admin' })).email,
    );
  });
  afterAll(() => testApp.close());

  const call = (
    actor: SignedInActor,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));

  it('creates a team and names each bad field', async () => {
    const bad = await call(admin, 'POST', '/api/teams', { name: '', countryCode: 'XX', baseCurrency: 'usd' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      { field: 'body.name', problem: 'must not be empty' },
      { field: 'body.countryCode', problem: 'must be an ISO 3166-1 alpha-2 country code such as MZ' },
      { field: 'body.baseCurrency', problem: 'must be an ISO 4217 currency code such as USD' },
    ]);
    const unknownField = await call(admin, 'POST', '/api/teams', {
      name: 'Senegal',
      countryCode: 'SN',
      baseCurrency: 'XOF',
      id: 'mine',
    });
    expect(unknownField.statusCode).toBe(400);
    const created = await call(admin, 'POST', '/api/teams', {
      name: 'Senegal MoH core team',
      countryCode: 'SN',
      baseCurrency: 'XOF',
      description: 'HMIS unit',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Senegal MoH core team',
      countryCode: 'SN',
      baseCurrency: 'XOF',
      version: 1,
    });
  });

  it('refuses a stale version with 409 and the current team, overwriting nothing', async () => {
    const team = await aTeam(testApp);
    const first = await call(admin, 'PATCH', `/api/teams/${team.id}`, { version: 1, name: 'Renamed once' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await call(admin, 'PATCH', `/api/teams/${team.id}`, {
      version: 1,
      name: 'Renamed from an old tab',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.current).toMatchObject({ name: 'Renamed once', version: 2 });
  });

  it('refuses a duplicate email with 409, whatever its case', async () => {
    const payload = {
      email: 'Fatima@Moh.gov.mz',
      displayName: 'Fatima',
      temporaryPassword: 'a temporary passphrase',
    };
    expect((await call(admin, 'POST', '/api/users', payload)).statusCode).toBe(201);
    const duplicate = await call(admin, 'POST', '/api/users', { ...payload, email: 'fatima@moh.gov.mz' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.details).toEqual([
      { field: 'body.email', problem: 'is already used by another account' },
    ]);
    const invalid = await call(admin, 'POST', '/api/users', { ...payload, email: 'fatima-at-moh' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details[0].field).toBe('body.email');
  });

  it('lets a lead grant and revoke roles, but never leave the team without a lead', async () => {
    const team = await aTeam(testApp);
    const leadUser = await anAccount(testApp, { displayName: 'Lead' });
    const member = await anAccount(testApp, { displayName: 'Member' });
    await grant(testApp, team.id, leadUser.email, 'lead');
    const lead = await signInAs(testApp, leadUser.email);

    const granted = await call(lead, 'POST', `/api/teams/${team.id}/access`, {
      email: member.email.toUpperCase(),
      role: 'member',
    });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().access).toEqual([
      expect.objectContaining({ userId: leadUser.id, roles: ['lead'] }),
      expect.objectContaining({ userId: member.id, roles: ['member'] }),
    ]);
    const unknownRole = await call(lead, 'POST', `/api/teams/${team.id}/access`, {
      email: member.email,
      role: 'owner',
    });
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.json().error.details[0].field).toBe('body.role');
    const nobody = await call(lead, 'POST', `/api/teams/${team.id}/access`, {
      email: 'ghost@example.org',
      role: 'member',
    });
    expect(nobody.statusCode).toBe(422);

    const lastLead = await call(lead, 'DELETE', `/api/teams/${team.id}/access/${leadUser.id}`);
    expect(lastLead.statusCode).toBe(409);
    expect(lastLead.json().error.code).toBe('last_lead');
    expect((await call(lead, 'DELETE', `/api/teams/${team.id}/access/${member.id}`)).statusCode).toBe(204);

    const audit = await call(lead, 'GET', `/api/teams/${team.id}/audit`);
    expect(audit.json().events.map((event: { action: string }) => event.action)).toEqual([
      'team_access.revoked',
      'team_access.granted',
      'team_access.granted',
      'team.created',
    ]);
    expect(audit.json().events[0]).toMatchObject({
      actor: { userId: leadUser.id, displayName: 'Lead' },
      changes: { userId: member.id, roles: ['member'] },
    });
  });

  it('shows a lead only their own teams, and another team answers 404', async () => {
    const mine = await aTeam(testApp, { name: 'Mine' });
    const theirs = await aTeam(testApp, { name: 'Theirs', countryCode: 'LA' });
    const leadUser = await anAccount(testApp);
    await grant(testApp, mine.id, leadUser.email, 'lead');
    const lead = await signInAs(testApp, leadUser.email);
    const list = await call(lead, 'GET', '/api/teams');
    expect(list.json().teams.map((team: { id: string }) => team.id)).toEqual([mine.id]);
    const other = await call(lead, 'GET', `/api/teams/${theirs.id}`);
    expect(other.statusCode).toBe(404);
    const missing = await call(lead, 'GET', '/api/teams/6f1c1a7e-0000-4000-8000-000000000000');
    expect(missing.json()).toEqual(other.json());
    const me = await call(lead, 'GET', '/api/me');
    expect(me.json().teams).toEqual([{ id: mine.id, name: 'Mine', countryCode: 'MZ', roles: ['lead'] }]);
  });

  it('records every write in the instance audit log, without secrets', async () => {
    const events = (await call(admin, 'GET', '/api/audit?limit=500')).json().events;
    const actions = new Set(events.map((event: { action: string }) => event.action));
    expect(actions).toEqual(
      new Set(['user.created', 'team.created', 'team.updated', 'team_access.granted', 'team_access.revoked']),
    );
    expect(JSON.stringify(events)).not.toMatch(/passphrase|argon2/);
  });
});
