import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, anAccount, asActor, signInAs, type SignedInActor } from '../../../test/actors.js';
import { anAssessmentWorld, anEmptyTeamDocument } from '../../../test/api-fixture.js';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { DEMO_LEAD_EMAIL, loadDemoTeam } from '../demo/demo-team.service.js';

type Document = Record<string, unknown> & {
  exportedAt: string;
  team: { id: string; name: string };
  accounts: { id: string; email: string }[];
  members: { id: string; userId: string | null; affiliation: string; learningRecords: object[] }[];
  rounds: { frameworkVersion: object; assessments: unknown[] }[];
  frameworks: unknown[];
  plans: { activities: { courseKey: string | null }[]; revisions: unknown[] }[];
  fundingSources: unknown[];
  roleNames: unknown[];
  termsOfReference: unknown[];
};

describeForEachEngine('team export and import', (engine) => {
  let source: TestApp;
  let target: TestApp;
  let sourceLead: SignedInActor;
  let targetAdmin: SignedInActor;
  let teamId: string;
  let exported: Document;

  const count = async (testApp: TestApp, table: 'team' | 'user_account' | 'team_member') =>
    Number(
      (
        await testApp.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const importInto = (testApp: TestApp, actor: SignedInActor, payload: object) =>
    testApp.app.inject(asActor(actor, { method: 'POST', url: '/api/teams/import', payload }));

  beforeAll(async () => {
    source = await createTestApp(engine);
    target = await createTestApp(engine);
    const demo = await loadDemoTeam(source.context, { password: DEFAULT_PASSWORD });
    teamId = demo.teamId;
    sourceLead = await signInAs(source, DEMO_LEAD_EMAIL);
    // What the demo does not make: a framework of the team's own with a round on it, a local
    // role name, a growth opportunity and edited terms of reference.
    const db = source.database.db;
    const member = await db
      .selectFrom('team_member')
      .select('id')
      .where('team_id', '=', teamId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await anAssessmentWorld(source, { teamId, memberId: member.id, assessorUserId: sourceLead.user.id });
    const at = source.clock.now().toISOString();
    await db
      .insertInto('team_role_name')
      .values({ team_id: teamId, role_key: 'operational-lead', local_name: 'HIS Coordinator' })
      .execute();
    await db
      .insertInto('growth_opportunity')
      .values({
        id: randomUUID(),
        member_id: member.id,
        kind: 'academy',
        occurred_on: '2026-05-10',
        note: 'Integration',
        created_at: at,
      })
      .execute();
    // A course taken, recorded from a plan activity that is that course.
    const activity = await db
      .selectFrom('plan_activity')
      .innerJoin('capacity_plan', 'capacity_plan.id', 'plan_activity.plan_id')
      .select('plan_activity.id')
      .where('capacity_plan.team_id', '=', teamId)
      .orderBy('plan_activity.id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('plan_activity')
      .set({ course_key: 'data-quality' })
      .where('id', '=', activity.id)
      .execute();
    await db
      .insertInto('learning_record')
      .values({
        id: randomUUID(),
        member_id: member.id,
        course_key: 'data-quality',
        taken_on: '2026-06-12',
        completed: 1,
        certificate: 1,
        plan_activity_id: activity.id,
        note: 'Regional academy, Maputo',
        created_by: sourceLead.user.id,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
    await db
      .insertInto('team_terms_of_reference')
      .values({
        team_id: teamId,
        role_key: 'server-administrator',
        purpose: 'Keeps the national instance safe.',
        responsibilities: JSON.stringify(['Patch monthly.']),
        required_competencies: JSON.stringify([]),
        reporting_line: 'HIS Coordinator',
        updated_by: sourceLead.user.id,
        updated_at: at,
        version: 2,
      })
      .execute();
    const admin = await anAccount(target, { systemAdmin: true });
    targetAdmin = await signInAs(target, admin.email);
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('lets a lead download everything of the team as one document, and audits it', async () => {
    const response = await source.app.inject(
      asActor(sourceLead, { method: 'GET', url: `/api/teams/${teamId}/export` }),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="coreteam-demo-his-core-team-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    exported = response.json();
    expect(exported).toMatchObject({ format: 'coreteam-team', version: 1, team: { id: teamId } });
    expect(exported.accounts).toHaveLength(7);
    expect(exported.members).toHaveLength(7);
    expect(exported.rounds).toHaveLength(3);
    expect(exported.rounds.filter((round) => 'sharedFrameworkKey' in round.frameworkVersion)).toHaveLength(2);
    expect(exported.frameworks).toHaveLength(1);
    expect(exported.plans[0]!.activities).toHaveLength(8);
    expect(exported.plans[0]!.revisions).toHaveLength(1);
    expect(exported.fundingSources).toHaveLength(2);
    expect(exported.roleNames).toHaveLength(1);
    expect(exported.termsOfReference).toHaveLength(1);
    expect(exported.members.flatMap((member) => member.learningRecords)).toMatchObject([
      { courseKey: 'data-quality', completed: true, certificate: true, note: 'Regional academy, Maputo' },
    ]);
    expect(
      exported.plans[0]!.activities.filter((activity) => activity.courseKey === 'data-quality'),
    ).toHaveLength(1);
    // No secrets of any kind: no hash, and no field that could hold one.
    expect(response.body).not.toMatch(/\$argon2|"(password|totp|csrf|token|recovery|session)\w*":/i);
    expect(JSON.stringify(exported.accounts[0])).toMatch(
      /^\{"id":"[^"]+","email":"[^"]+","displayName":"[^"]+","preferredLanguage":"en"\}$/,
    );
    const audit = await source.database.db
      .selectFrom('audit_event')
      .select(['actor_user_id', 'team_id'])
      .where('action', '=', 'team.exported')
      .execute();
    expect(audit).toEqual([{ actor_user_id: sourceLead.user.id, team_id: teamId }]);
  });

  it('imports the document into an empty instance, and exporting it there gives the same document', async () => {
    const response = await importInto(target, targetAdmin, exported);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({
      teamId,
      teamName: 'Demo HIS Core Team',
      accountsCreated: 7,
      members: 7,
      rounds: 3,
      plans: 1,
    });
    const again = await target.app.inject(
      asActor(targetAdmin, { method: 'GET', url: `/api/teams/${teamId}/export` }),
    );
    expect(again.statusCode, again.body).toBe(200);
    expect({ ...again.json(), exportedAt: 'x' }).toEqual({ ...exported, exportedAt: 'x' });
  });

  it('creates the team’s people as disabled accounts without a password', async () => {
    const accounts = await target.database.db
      .selectFrom('user_account')
      .select(['email', 'is_active', 'is_system_admin', 'must_change_password', 'totp_secret'])
      .where('email', 'like', '%@demo.coreteam.example')
      .execute();
    expect(accounts).toHaveLength(7);
    for (const account of accounts) {
      expect(account).toMatchObject({
        is_active: 0,
        is_system_admin: 0,
        must_change_password: 1,
        totp_secret: null,
      });
    }
    const signIn = await target.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: DEMO_LEAD_EMAIL, password: DEFAULT_PASSWORD },
    });
    expect(signIn.statusCode).toBe(401);
  });

  it('shows the imported results and budget as they were', async () => {
    const roundsUrl = `/api/teams/${teamId}/rounds`;
    const [before, after] = await Promise.all([
      source.app.inject(asActor(sourceLead, { method: 'GET', url: roundsUrl })),
      target.app.inject(asActor(targetAdmin, { method: 'GET', url: roundsUrl })),
    ]);
    const names = (response: { json(): { rounds: { name: string; id: string }[] } }) =>
      response
        .json()
        .rounds.map((round) => [round.id, round.name])
        .sort();
    expect(names(after)).toEqual(names(before));
    const planId = (exported.plans[0] as unknown as { id: string }).id;
    const budgets = await Promise.all([
      source.app.inject(asActor(sourceLead, { method: 'GET', url: `/api/plans/${planId}/budget` })),
      target.app.inject(asActor(targetAdmin, { method: 'GET', url: `/api/plans/${planId}/budget` })),
    ]);
    expect(budgets[1].statusCode, budgets[1].body).toBe(200);
    expect(budgets[1].json().totals).toEqual(budgets[0].json().totals);
  });

  it('refuses a team that is already there with 409, writing nothing', async () => {
    const teams = await count(target, 'team');
    const response = await importInto(target, targetAdmin, exported);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'team_exists',
      details: [{ field: 'body.team.id', problem: 'is the id of an existing team' }],
    });
    expect(await count(target, 'team')).toBe(teams);
  });

  it('refuses a document whose people already have accounts here with 409', async () => {
    const renamed = { ...exported, team: { ...exported.team, id: randomUUID() } };
    const response = await importInto(target, targetAdmin, renamed);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('account_exists');
    expect(response.json().error.details[0].field).toMatch(/^body\.accounts\.\d+\.email$/);
  });

  it('answers 400 naming the JSON path of a malformed field, and writes nothing', async () => {
    const fresh = await createTestApp(engine);
    try {
      const admin = await signInAs(fresh, (await anAccount(fresh, { systemAdmin: true })).email);
      const accounts = await count(fresh, 'user_account');
      const badValue = structuredClone(exported);
      badValue.members[2]!.affiliation = 'alien';
      const invalid = await importInto(fresh, admin, badValue);
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().error.details[0]).toMatchObject({ field: 'body.members.2.affiliation' });

      const badReference = structuredClone(exported);
      badReference.members[3]!.userId = randomUUID();
      const dangling = await importInto(fresh, admin, badReference);
      expect(dangling.statusCode).toBe(400);
      expect(dangling.json().error).toMatchObject({
        code: 'invalid_team_document',
        details: [{ field: 'body.members.3.userId', problem: 'is not one of the accounts in the document' }],
      });

      const laterVersion = { ...exported, version: 2 };
      const unknown = await importInto(fresh, admin, laterVersion);
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.details[0].field).toBe('body.version');

      expect(await count(fresh, 'team')).toBe(0);
      expect(await count(fresh, 'user_account')).toBe(accounts);
      expect(await count(fresh, 'team_member')).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('imports the smallest document: a team with nothing in it yet', async () => {
    const document = anEmptyTeamDocument();
    const response = await importInto(target, targetAdmin, document);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ teamName: 'Imported team', accountsCreated: 0, members: 0 });
  });

  it('does not let a team lead import a team (creating teams is for system admins)', async () => {
    const response = await importInto(source, sourceLead, anEmptyTeamDocument());
    expect(response.statusCode).toBe(403);
  });
});
