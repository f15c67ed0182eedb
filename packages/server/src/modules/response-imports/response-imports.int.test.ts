import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';
import {
  aFramework,
  aFrameworkDocument,
  anAssessment,
  aRosterMember,
  aRound,
} from '../../../test/assessment-results-data.js';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { importResponses } from './response-imports.service.js';

/*
 * Framework: area `it` with `it.access` (a, b) and `it.data` (c); area `trainer` (p). The form
 * asks the three `it` skills. Ana and Bruno have accounts; Carla has none; Dora already submitted.
 */
const framework = aFrameworkDocument({
  areas: [
    {
      key: 'it',
      roleKey: 'implementer',
      subRoleKey: 'technical',
      categories: [
        { key: 'it.access', skills: ['it.access.a', 'it.access.b'] },
        { key: 'it.data', skills: ['it.data.c'] },
      ],
    },
    {
      key: 'trainer',
      roleKey: 'trainer',
      categories: [{ key: 'trainer.planning', skills: ['trainer.planning.p'] }],
    },
  ],
});
const MAPPING = `
columns:
  timestamp: Timestamp
  name: Full name
  email: Email Address
  role: Role
questions:
  "1. User roles": it.access.a
  "2. Sharing": it.access.b
  "3. Data quality": it.data.c
roles:
  Implementer: implementer
`;
const HEADER = 'Timestamp,Full name,Email Address,Role,1. User roles,2. Sharing,3. Data quality';

describeForEachEngine('importing form responses', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let roundId: string;
  const emails: Record<string, string> = {};
  const members: Record<string, string> = {};
  const actors = {} as Record<'lead' | 'viewer' | 'ana', SignedInActor>;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const db = testApp.database.db;
    teamId = (await aTeam(testApp)).id;
    const accounts = {
      lead: await anAccount(testApp, { displayName: 'Lead' }),
      viewer: await anAccount(testApp, { displayName: 'Viewer' }),
      ana: await anAccount(testApp, { displayName: 'Ana' }),
      bruno: await anAccount(testApp, { displayName: 'Bruno' }),
      dora: await anAccount(testApp, { displayName: 'Dora' }),
    };
    await grant(testApp, teamId, accounts.lead.email, 'lead');
    await grant(testApp, teamId, accounts.viewer.email, 'viewer');
    await grant(testApp, teamId, accounts.ana.email, 'member');
    for (const name of ['lead', 'viewer', 'ana'] as const) {
      actors[name] = await signInAs(testApp, accounts[name].email);
    }
    for (const name of ['ana', 'bruno', 'dora'] as const) emails[name] = accounts[name].email;
    const { versionIds } = await aFramework(db, teamId, [framework]);
    roundId = await aRound(db, {
      teamId,
      frameworkVersionId: versionIds[0]!,
      name: 'Baseline from the Google Form',
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
    });
    members.ana = await aRosterMember(db, { teamId, name: 'Ana Silva', userId: accounts.ana.id });
    members.bruno = await aRosterMember(db, { teamId, name: 'Bruno Costa', userId: accounts.bruno.id });
    members.carla = await aRosterMember(db, { teamId, name: 'Carla Nunes' });
    members.dora = await aRosterMember(db, { teamId, name: 'Dora Lima', userId: accounts.dora.id });
    await anAssessment(db, {
      roundId,
      memberId: members.dora,
      mode: 'self',
      areaKeys: ['it'],
      ratings: { 'it.access.a': 1, 'it.access.b': 1, 'it.data.c': 1 },
    });
  });
  afterAll(() => testApp.close());

  const post = (actor: SignedInActor, path: string, payload: object) =>
    testApp.app.inject(
      asActor(actor, {
        method: 'POST',
        url: `/api/teams/${teamId}/rounds/${roundId}/response-imports${path}`,
        payload,
      }),
    );
  const selfAssessments = () =>
    testApp.database.db
      .selectFrom('assessment')
      .select(['member_id', 'status', 'submitted_at', 'area_keys'])
      .where('round_id', '=', roundId)
      .where('mode', '=', 'self')
      .orderBy('member_id')
      .execute();
  const csvOf = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

  it('previews each row with its member, status and problems, writing nothing', async () => {
    const before = await selfAssessments();
    const response = await post(actors.lead, '/preview', {
      csv: csvOf(
        `2026/11/02 10:00:00,Ana Silva,${emails.ana!.toUpperCase()},Implementer,3,2,N/A`,
        `11/3/2026 2:15:00 PM,Bruno Costa,,Implementer,1,7,`,
        `,Carla Nunes,,Implementer,1,1,1`,
        `,Dora Lima,${emails.dora},Implementer,1,1,1`,
      ),
      mapping: MAPPING,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.mappingProblems).toEqual([]);
    expect(body.areaKeys).toEqual(['it']);
    expect(body.counts).toEqual({ rows: 4, valid: 1, invalid: 3 });
    expect(
      body.rows.map((row: { row: number; status: string; memberId: string; answeredAt: string }) => [
        row.row,
        row.status,
        row.memberId,
        row.answeredAt,
      ]),
    ).toEqual([
      [2, 'valid', members.ana, '2026-11-02T10:00:00.000Z'],
      [3, 'invalid', members.bruno, '2026-11-03T14:15:00.000Z'],
      [4, 'invalid', members.carla, null],
      [5, 'invalid', members.dora, null],
    ]);
    expect(
      body.rows.flatMap((row: { problems: { row: number; column: string | null; code: string }[] }) =>
        row.problems.map((problem) => `${problem.row}/${problem.column}/${problem.code}`),
      ),
    ).toEqual([
      '3/2. Sharing/invalid_answer',
      '3/3. Data quality/missing_answer',
      '4/Email Address/member_without_account',
      '5/null/already_submitted',
    ]);
    expect(await selfAssessments()).toEqual(before);
  });

  it('refuses the whole import with the row/column report when a row is invalid, writing nothing', async () => {
    const before = await selfAssessments();
    const response = await post(actors.lead, '', {
      csv: csvOf(
        `,Ana Silva,${emails.ana},Implementer,3,2,1`,
        `,Bruno Costa,${emails.bruno},Implementer,1,x,2`,
      ),
      mapping: MAPPING,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'responses_invalid',
      details: [{ field: 'body.csv.row.3', problem: 'column "2. Sharing": "x" is not 0, 1, 2, 3 or N/A.' }],
    });
    expect(await selfAssessments()).toEqual(before);
  });

  it('refuses a mapping that names a column the CSV does not have, or is not YAML', async () => {
    const unknown = await post(actors.lead, '', {
      csv: csvOf(`,Ana Silva,${emails.ana},Implementer,3,2,1`),
      mapping: MAPPING.replace('email: Email Address', 'email: E-mail'),
      skipInvalidRows: true,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details).toEqual([
      {
        field: 'body.mapping',
        problem: 'column "E-mail": The email column "E-mail" is not in the CSV header line.',
      },
    ]);
    const shapeless = await post(actors.lead, '/preview', { csv: HEADER, mapping: 'columns: [1' });
    expect(shapeless.statusCode).toBe(400);
    expect(shapeless.json().error.details[0].field).toBe('body.mapping');
  });

  it('refuses viewers and members', async () => {
    const payload = { csv: csvOf(`,Ana Silva,${emails.ana},Implementer,3,2,1`), mapping: MAPPING };
    expect((await post(actors.viewer, '', payload)).statusCode).toBe(403);
    expect((await post(actors.ana, '/preview', payload)).statusCode).toBe(403);
  });

  it('imports only the valid rows when asked to skip the invalid ones, submitted and shown in the results', async () => {
    const response = await post(actors.lead, '', {
      csv: csvOf(
        `2026/11/02 10:00:00,Ana Silva,${emails.ana},Implementer,3,2,N/A`,
        `,Bruno Costa,${emails.bruno},Implementer,1,x,2`,
      ),
      mapping: MAPPING,
      skipInvalidRows: true,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ imported: 1, skipped: 1 });
    const stored = (await selfAssessments()).find((row) => row.member_id === members.ana)!;
    expect(stored).toMatchObject({
      status: 'submitted',
      submitted_at: '2026-11-02T10:00:00.000Z',
      area_keys: '["it"]',
    });
    expect((await selfAssessments()).some((row) => row.member_id === members.bruno)).toBe(false);

    const results = await testApp.app.inject(
      asActor(actors.lead, { method: 'GET', url: `/api/teams/${teamId}/rounds/${roundId}/results` }),
    );
    expect(results.statusCode).toBe(200);
    const ana = results.json().members.find((row: { memberId: string }) => row.memberId === members.ana);
    const scoreOf = (key: string) =>
      ana.areas
        .flatMap((area: { categories: { categoryKey: string; score: number | null }[] }) => area.categories)
        .find((category: { categoryKey: string }) => category.categoryKey === key)?.score;
    expect([scoreOf('it.access'), scoreOf('it.data')]).toEqual([2.5, null]);

    const audit = await testApp.database.db
      .selectFrom('audit_event')
      .select(['action', 'entity_id'])
      .where('action', '=', 'assessment.responses-imported')
      .execute();
    expect(audit).toEqual([{ action: 'assessment.responses-imported', entity_id: roundId }]);
  });

  it('submits a self-assessment the member had started with the imported answers and areas', async () => {
    const started = await anAssessment(testApp.database.db, {
      roundId,
      memberId: members.bruno!,
      mode: 'self',
      areaKeys: ['trainer'],
      status: 'in-progress',
      ratings: { 'trainer.planning.p': 1 },
    });
    const response = await post(actors.lead, '', {
      csv: csvOf(`2026/11/04 08:00:00,Bruno Costa,${emails.bruno},Implementer,0,1,2`),
      mapping: MAPPING,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ imported: 1, skipped: 0, assessmentIds: [started] });
    const stored = await testApp.database.db
      .selectFrom('assessment')
      .select(['status', 'submitted_at', 'area_keys'])
      .where('id', '=', started)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      status: 'submitted',
      submitted_at: '2026-11-04T08:00:00.000Z',
      area_keys: '["it"]',
    });
    const again = await post(actors.lead, '/preview', {
      csv: csvOf(`,Bruno Costa,${emails.bruno},Implementer,0,1,2`),
      mapping: MAPPING,
    });
    expect(again.json().rows[0].problems.map((problem: { code: string }) => problem.code)).toEqual([
      'already_submitted',
    ]);
  });

  it('imports 2,000 rows in one transaction within a few seconds', async () => {
    const db = testApp.database.db;
    const { versionIds } = await aFramework(db, teamId, [{ ...framework, key: 'bulk-framework' }]);
    const bulkRound = await aRound(db, {
      teamId,
      frameworkVersionId: versionIds[0]!,
      name: 'Regional roll-out',
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
    });
    const rows: string[] = [];
    for (let index = 0; index < 2000; index += 1) {
      const account = await db
        .insertInto('user_account')
        .values({
          id: randomUUID(),
          email: `bulk${index}@example.org`,
          email_key: `bulk${index}@example.org`,
          display_name: `Bulk ${index}`,
          password_hash: 'not-a-hash',
          preferred_language: 'en',
          is_active: 1,
          is_system_admin: 0,
          must_change_password: 0,
          created_at: '2026-11-01T00:00:00.000Z',
          updated_at: '2026-11-01T00:00:00.000Z',
          version: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await aRosterMember(db, { teamId, name: `Bulk ${index}`, userId: account.id });
      rows.push(`2026/11/05 08:00:00,Bulk ${index},bulk${index}@example.org,Implementer,${index % 4},2,N/A`);
    }
    const progress: number[] = [];
    const started = performance.now();
    const result = await importResponses(
      testApp.context,
      teamId,
      bulkRound,
      { csv: csvOf(...rows), mapping: MAPPING },
      { userId: actors.lead.user.id, ip: '127.0.0.1' },
      (done) => progress.push(done),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(result.imported).toBe(2000);
    expect(progress.at(-1)).toBe(2000);
    expect(progress).toHaveLength(20);
    const submitted = await db
      .selectFrom('assessment_answer_sheet')
      .innerJoin('assessment', 'assessment.id', 'assessment_answer_sheet.assessment_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('assessment.round_id', '=', bulkRound)
      .executeTakeFirstOrThrow();
    expect(Number(submitted.n)).toBe(2000);
    console.log(`[${engine}] 2,000 form responses imported in ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(15);
  }, 120_000);
});
