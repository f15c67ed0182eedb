import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';

describeForEachEngine('team structure', (engine) => {
  let testApp: TestApp;
  let lead: SignedInActor;
  let viewer: SignedInActor;
  let memberActor: SignedInActor;
  let teamId: string;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const team = await aTeam(testApp);
    teamId = team.id;
    const leadUser = await anAccount(testApp, { displayName: 'Lead' });
    const viewerUser = await anAccount(testApp, { displayName: 'Funder' });
    const memberUser = await anAccount(testApp, { displayName: 'Joana' });
    await grant(testApp, teamId, leadUser.email, 'lead');
    await grant(testApp, teamId, viewerUser.email, 'viewer');
    await grant(testApp, teamId, memberUser.email, 'member');
    lead = await signInAs(testApp, leadUser.email);
    viewer = await signInAs(testApp, viewerUser.email);
    memberActor = await signInAs(testApp, memberUser.email);
  });
  afterAll(() => testApp.close());

  const call = (
    actor: SignedInActor,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const aPerson = (overrides: object = {}) => ({
    name: 'Amina',
    affiliation: 'ministry',
    basedInCountry: true,
    timeSharePercent: 100,
    funding: 'government',
    ...overrides,
  });
  const countRows = async () =>
    Number(
      (
        await testApp.database.db
          .selectFrom('team_member')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('serves the seeded roles catalogue in build order', async () => {
    const roles = (await call(lead, 'GET', '/api/roles')).json().roles;
    expect(roles.map((role: { key: string }) => role.key)).toEqual([
      'operational-lead',
      'implementer',
      'trainer',
      'integration-expert',
      'server-administrator',
      'subject-matter-expert',
      'program-manager',
      'security-manager',
      'data-scientist',
      'app-developer',
      'security-expert',
    ]);
    expect(roles[1]).toMatchObject({ kind: 'core', subRoles: [{ key: 'program' }, { key: 'technical' }] });
  });

  it('serves the catalogue in the language asked for, English by default', async () => {
    const french = (await call(lead, 'GET', '/api/roles?lang=fr')).json().roles;
    expect(french[0].name).toBe('Responsable opérationnel');
    expect(french[1].subRoles.map((subRole: { name: string }) => subRole.name)).toEqual([
      'Programme',
      'Technique',
    ]);
    const spanish = (await call(lead, 'GET', '/api/roles?lang=es')).json().roles;
    expect(spanish.find((role: { key: string }) => role.key === 'data-scientist').name).toBe(
      'Científico de datos',
    );
    expect((await call(lead, 'GET', '/api/roles')).json().roles[0].name).toBe('Operational Lead');
    expect((await call(lead, 'GET', '/api/roles?lang=de')).statusCode).toBe(400);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await countRows();
    const cases: [object, string, number][] = [
      [{ assignments: [{ roleKey: 'wizard', status: 'current' }] }, 'body.assignments.0.roleKey', 400],
      [
        { assignments: [{ roleKey: 'trainer', subRoleKey: 'general', status: 'current' }] },
        'body.assignments.0.subRoleKey',
        400,
      ],
      [
        { assignments: [{ roleKey: 'operational-lead', subRoleKey: 'program', status: 'current' }] },
        'body.assignments.0.subRoleKey',
        400,
      ],
      [{ timeSharePercent: 120 }, 'body.timeSharePercent', 400],
      [{ timeSharePercent: -1 }, 'body.timeSharePercent', 400],
      [{ startDate: '2026-05-01', endDate: '2026-04-30' }, 'body.endDate', 400],
      [{ affiliation: 'consultant' }, 'body.affiliation', 400],
      [{ userId: '6f1c1a7e-0000-4000-8000-000000000000' }, 'body.userId', 400],
    ];
    for (const [overrides, field, status] of cases) {
      const response = await call(lead, 'POST', `/api/teams/${teamId}/members`, aPerson(overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(status);
      expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toContain(field);
    }
    expect(await countRows()).toBe(before);
  });

  it('builds a roster and moves the next-position advice on as roles are assigned', async () => {
    const structure = async () => (await call(lead, 'GET', `/api/teams/${teamId}/structure`)).json();
    expect((await structure()).nextPositionToFill).toBe('operational-lead');

    const amina = (
      await call(
        lead,
        'POST',
        `/api/teams/${teamId}/members`,
        aPerson({
          assignments: [{ roleKey: 'operational-lead', status: 'current', since: '2025-01-01' }],
        }),
      )
    ).json();
    expect((await structure()).nextPositionToFill).toBe('implementer');

    const joao = (await call(lead, 'POST', `/api/teams/${teamId}/members`, aPerson({ name: 'João' }))).json();
    const assigned = await call(lead, 'PUT', `/api/teams/${teamId}/members/${joao.id}/roles`, {
      version: joao.version,
      assignments: [
        { roleKey: 'implementer', subRoleKey: 'technical', status: 'current' },
        { roleKey: 'trainer', subRoleKey: 'technical', status: 'envisioned' },
      ],
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().assignments).toEqual([
      { roleKey: 'implementer', subRoleKey: 'technical', status: 'current', since: null },
      { roleKey: 'trainer', subRoleKey: 'technical', status: 'envisioned', since: null },
    ]);
    const after = await structure();
    expect(after.nextPositionToFill).toBe('trainer');
    const trainer = after.coverage.find((entry: { roleKey: string }) => entry.roleKey === 'trainer');
    expect(trainer.holders).toEqual([
      { memberId: joao.id, memberName: 'João', subRoleKey: 'technical', status: 'envisioned' },
    ]);
    expect(after.findings.map((finding: { code: string }) => finding.code)).toContain('small-team');

    const stale = await call(lead, 'PUT', `/api/teams/${teamId}/members/${joao.id}/roles`, {
      version: joao.version,
      assignments: [],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.assignments).toHaveLength(2);
    void amina;
  });

  it('shows a viewer how roles are filled, but never by whom', async () => {
    const response = await call(viewer, 'GET', `/api/teams/${teamId}/structure`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toMatch(/Amina|João/);
    expect(
      response.json().coverage.find((entry: { roleKey: string }) => entry.roleKey === 'operational-lead')
        .holders,
    ).toHaveLength(1);
    expect((await call(viewer, 'GET', `/api/teams/${teamId}/members`)).statusCode).toBe(403);
  });

  it('lets a member edit their own profile only', async () => {
    const own = (
      await call(
        lead,
        'POST',
        `/api/teams/${teamId}/members`,
        aPerson({ name: 'Joana', userId: memberActor.user.id }),
      )
    ).json();
    const other = (await call(lead, 'GET', `/api/teams/${teamId}/members`))
      .json()
      .members.find((m: { name: string }) => m.name === 'Amina');
    const mine = await call(memberActor, 'PATCH', `/api/teams/${teamId}/members/${own.id}`, {
      version: own.version,
      timeSharePercent: 60,
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().timeSharePercent).toBe(60);
    const theirs = await call(memberActor, 'PATCH', `/api/teams/${teamId}/members/${other.id}`, {
      version: other.version,
      timeSharePercent: 10,
    });
    expect(theirs.statusCode).toBe(403);
    const roles = await call(memberActor, 'PUT', `/api/teams/${teamId}/members/${own.id}/roles`, {
      version: 2,
      assignments: [],
    });
    expect(roles.statusCode).toBe(403);
  });

  it('lets a system admin move the Integration Expert to the optional roles, which changes the advice', async () => {
    const admin = await signInAs(testApp, (await anAccount(testApp, { systemAdmin: true })).email);
    const before = (await call(lead, 'GET', `/api/teams/${teamId}/structure`)).json();
    expect(
      before.findings.some(
        (f: { code: string; roleKeys: string[] }) =>
          f.code === 'core-position-unfilled' && f.roleKeys[0] === 'integration-expert',
      ),
    ).toBe(true);
    const role = (await call(admin, 'GET', '/api/roles'))
      .json()
      .roles.find((r: { key: string }) => r.key === 'integration-expert');
    const moved = await call(admin, 'PATCH', '/api/roles/integration-expert', {
      version: role.version,
      kind: 'optional',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().kind).toBe('optional');
    const after = (await call(lead, 'GET', `/api/teams/${teamId}/structure`)).json();
    expect(after.findings.some((f: { roleKeys: string[] }) => f.roleKeys[0] === 'integration-expert')).toBe(
      false,
    );
    expect(
      (await call(lead, 'PATCH', '/api/roles/integration-expert', { version: 2, kind: 'core' })).statusCode,
    ).toBe(403);
    const stale = await call(admin, 'PATCH', '/api/roles/integration-expert', {
      version: role.version,
      kind: 'core',
    });
    expect(stale.statusCode).toBe(409);
    await call(admin, 'PATCH', '/api/roles/integration-expert', { version: role.version + 1, kind: 'core' });
  });

  it('keeps local role names per team and refuses names for unknown roles', async () => {
    const saved = await call(lead, 'PUT', `/api/teams/${teamId}/role-names`, {
      roleNames: {
        'operational-lead': 'Coordenador SIS',
        'server-administrator': 'Administrador de sistemas',
      },
    });
    expect(saved.json().roleNames).toEqual({
      'operational-lead': 'Coordenador SIS',
      'server-administrator': 'Administrador de sistemas',
    });
    const unknown = await call(lead, 'PUT', `/api/teams/${teamId}/role-names`, {
      roleNames: { wizard: 'Mago' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(
      (await call(viewer, 'GET', `/api/teams/${teamId}/role-names`)).json().roleNames['operational-lead'],
    ).toBe('Coordenador SIS');
  });

  it('records growth opportunities per member, newest first', async () => {
    const person = (
      await call(lead, 'POST', `/api/teams/${teamId}/members`, aPerson({ name: 'Grower' }))
    ).json();
    const url = `/api/teams/${teamId}/members/${person.id}/growth`;
    expect(
      (
        await call(lead, 'POST', url, {
          kind: 'academy',
          occurredOn: '2025-10-06',
          note: 'Tracker academy, Maputo',
        })
      ).statusCode,
    ).toBe(201);
    const mentoring = (await call(lead, 'POST', url, { kind: 'mentoring', occurredOn: '2026-03-01' })).json();
    const bad = await call(lead, 'POST', url, { kind: 'holiday', occurredOn: '2026-13-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((detail: { field: string }) => detail.field)).toEqual([
      'body.kind',
      'body.occurredOn',
    ]);
    const list = (await call(lead, 'GET', url)).json().opportunities;
    expect(list.map((entry: { kind: string }) => entry.kind)).toEqual(['mentoring', 'academy']);
    expect((await call(lead, 'DELETE', `${url}/${mentoring.id}`)).statusCode).toBe(204);
    expect((await call(lead, 'GET', url)).json().opportunities).toHaveLength(1);
  });

  it('records a departure with its reason, and counts it in the turnover', async () => {
    const leaving = (
      await call(
        lead,
        'POST',
        `/api/teams/${teamId}/members`,
        aPerson({ name: 'Leaving', startDate: '2020-01-01' }),
      )
    ).json();
    const left = await call(lead, 'PATCH', `/api/teams/${teamId}/members/${leaving.id}`, {
      version: leaving.version,
      endDate: '2026-09-30',
      leavingReason: 'Joined an international NGO',
    });
    expect(left.statusCode).toBe(200);
    const badEnd = await call(lead, 'PATCH', `/api/teams/${teamId}/members/${leaving.id}`, {
      version: 2,
      endDate: '2019-12-31',
    });
    expect(badEnd.statusCode).toBe(400);
    expect(badEnd.json().error.details[0].field).toBe('body.endDate');
    const turnover = (await call(lead, 'GET', `/api/teams/${teamId}/structure`)).json().turnover;
    expect(turnover.departures).toBe(1);
  });
});
