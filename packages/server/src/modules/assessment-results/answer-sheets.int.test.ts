import { afterAll, beforeAll, expect, it } from 'vitest';
import { roundResultsSchema } from '@coreteam/core';
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
import { up as addAnswerSheets } from '../../db/migrations/2026-11-29-1000-add-assessment-answer-sheets.js';

/*
 * Round results are computed from the answer sheet stored when an assessment is submitted. These
 * tests answer and submit through the API and check that the sheets give exactly the results the
 * answers themselves give (the way results were read before sheets existed), that reopening and
 * resubmitting keeps them right, and that answers in progress are still left out of round results.
 *
 * Framework (skills in sheet order): it.access a b c · it.data d e · trainer.planning p q.
 *   Ana    self: a3 b2 c N/A d1 e2 → sheet "32n12--"
 *   Bruno  self: a b c N/A d3 e3   → sheet "nnn33--"
 *   Carla  self: a1 b1 c1 d2 e3, p2 q N/A (areas it and trainer) → sheet "111232n"
 *   Dário  self: a3, in progress: no sheet, never in round results.
 * The baseline round's assessments are written straight to the database, without sheets, as
 * assessments submitted before sheets existed were.
 */
const document = aFrameworkDocument({
  areas: [
    {
      key: 'it',
      name: 'Implementer – Technical',
      roleKey: 'implementer',
      subRoleKey: 'technical',
      categories: [
        { key: 'it.access', skills: ['it.access.a', 'it.access.b', 'it.access.c'] },
        { key: 'it.data', skills: ['it.data.d', 'it.data.e'] },
      ],
    },
    {
      key: 'trainer',
      roleKey: 'trainer',
      categories: [{ key: 'trainer.planning', skills: ['trainer.planning.p', 'trainer.planning.q'] }],
    },
  ],
  targets: [
    { roleKey: 'implementer', subRoleKey: 'technical', categoryKey: 'it.access', level: 2 },
    { roleKey: 'implementer', subRoleKey: 'technical', categoryKey: 'it.data', level: 2 },
    { roleKey: 'trainer', categoryKey: 'trainer.planning', level: 2 },
  ],
});

type Answers = Record<string, number | null>;

describeForEachEngine('results from answer sheets', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let versionId: string;
  let roundId: string;
  let baselineId: string;
  let lead: SignedInActor;
  let viewer: SignedInActor;
  const people: Record<string, SignedInActor> = {};
  const memberIds: Record<string, string> = {};
  const assessmentIds: Record<string, string> = {};

  const call = (actor: SignedInActor, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const day = (offset: number) =>
    new Date(testApp.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const results = async (actor: SignedInActor, query = '') => {
    const response = await call(actor, 'GET', `/api/teams/${teamId}/rounds/${roundId}/results${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const answer = async (name: string, answers: Answers) => {
    const response = await call(people[name]!, 'PUT', `/api/assessments/${assessmentIds[name]}/ratings`, {
      ratings: Object.entries(answers).map(([skillKey, level]) => ({ skillKey, level })),
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  const submit = async (name: string) => {
    const response = await call(people[name]!, 'POST', `/api/assessments/${assessmentIds[name]}/submit`);
    expect(response.statusCode, response.body).toBe(200);
  };
  const sheets = async () =>
    Object.fromEntries(
      (
        await testApp.database.db
          .selectFrom('assessment_answer_sheet')
          .select(['assessment_id', 'framework_version_id', 'answers'])
          .execute()
      ).map((row) => [row.assessment_id, row]),
    );
  /** Every kind of round results: what they are with the stored sheets. */
  const everyView = async () => ({
    lead: await results(lead),
    viewer: await results(viewer),
    leadComparison: await results(lead, `?compareTo=${baselineId}`),
    viewerComparison: await results(viewer, `?compareTo=${baselineId}`),
    export: (await call(lead, 'GET', `/api/teams/${teamId}/rounds/${roundId}/export?format=csv`)).body,
  });
  /** The same, computed from the answers: the sheets are put aside for the time of the reads. */
  const everyViewFromAnswers = async () => {
    const db = testApp.database.db;
    const stored = await db.selectFrom('assessment_answer_sheet').selectAll().execute();
    await db.deleteFrom('assessment_answer_sheet').execute();
    try {
      return await everyView();
    } finally {
      if (stored.length > 0) await db.insertInto('assessment_answer_sheet').values(stored).execute();
    }
  };
  const rowOf = (body: { members: { memberName: string }[] }, name: string) =>
    body.members.find((member) => member.memberName === name) as
      | { areas: { areaKey: string; score: number | null; categories: { categoryKey: string }[] }[] }
      | undefined;
  const categoryOf = (row: ReturnType<typeof rowOf>, key: string) =>
    row!.areas.flatMap((area) => area.categories).find((category) => category.categoryKey === key);

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const db = testApp.database.db;
    teamId = (await aTeam(testApp)).id;
    const leadAccount = await anAccount(testApp, { displayName: 'Lead' });
    const viewerAccount = await anAccount(testApp, { displayName: 'Funder' });
    await grant(testApp, teamId, leadAccount.email, 'lead');
    await grant(testApp, teamId, viewerAccount.email, 'viewer');
    lead = await signInAs(testApp, leadAccount.email);
    viewer = await signInAs(testApp, viewerAccount.email);

    versionId = (await aFramework(db, teamId, [document])).versionIds[0]!;
    baselineId = await aRound(db, {
      teamId,
      frameworkVersionId: versionId,
      name: 'Baseline',
      opensOn: day(-90),
      closesOn: day(-60),
    });
    const created = await call(lead, 'POST', `/api/teams/${teamId}/rounds`, {
      name: 'Follow-up',
      frameworkVersionId: versionId,
      opensOn: day(0),
      closesOn: day(30),
    });
    expect(created.statusCode, created.body).toBe(201);
    roundId = created.json().id;

    const technical = [{ roleKey: 'implementer', subRoleKey: 'technical' }];
    for (const name of ['Ana', 'Bruno', 'Carla', 'Dário']) {
      const account = await anAccount(testApp, { displayName: name });
      await grant(testApp, teamId, account.email, 'member');
      people[name] = await signInAs(testApp, account.email);
      memberIds[name] = await aRosterMember(db, {
        teamId,
        name,
        userId: account.id,
        assignments: technical,
      });
      const assessment = await call(lead, 'POST', `/api/teams/${teamId}/rounds/${roundId}/assessments`, {
        memberId: memberIds[name],
        mode: 'self',
        areaKeys: name === 'Carla' ? ['it', 'trainer'] : ['it'],
      });
      expect(assessment.statusCode, assessment.body).toBe(201);
      assessmentIds[name] = assessment.json().id;
    }
    await answer('Ana', {
      'it.access.a': 3,
      'it.access.b': 2,
      'it.access.c': null,
      'it.data.d': 1,
      'it.data.e': 2,
    });
    await answer('Bruno', {
      'it.access.a': null,
      'it.access.b': null,
      'it.access.c': null,
      'it.data.d': 3,
      'it.data.e': 3,
    });
    await answer('Carla', {
      'it.access.a': 1,
      'it.access.b': 1,
      'it.access.c': 1,
      'it.data.d': 2,
      'it.data.e': 3,
      'trainer.planning.p': 2,
      'trainer.planning.q': null,
    });
    await answer('Dário', { 'it.access.a': 3 });
    for (const name of ['Ana', 'Bruno', 'Carla']) await submit(name);

    const baseline = (name: string, ratings: Answers) =>
      anAssessment(db, {
        roundId: baselineId,
        memberId: memberIds[name]!,
        mode: 'self',
        areaKeys: ['it'],
        ratings,
      });
    await baseline('Ana', {
      'it.access.a': 2,
      'it.access.b': 2,
      'it.access.c': 1,
      'it.data.d': 1,
      'it.data.e': 1,
    });
    await baseline('Bruno', {
      'it.access.a': 1,
      'it.access.b': null,
      'it.access.c': 2,
      'it.data.d': 3,
      'it.data.e': 2,
    });
    await baseline('Carla', {
      'it.access.a': 1,
      'it.access.b': 2,
      'it.access.c': 1,
      'it.data.d': 2,
      'it.data.e': 2,
    });
  });
  afterAll(() => testApp.close());

  it('stores each submitted assessment’s answers as one sheet in framework order, and none for answers in progress', async () => {
    const stored = await sheets();
    expect(stored[assessmentIds.Ana!]).toEqual({
      assessment_id: assessmentIds.Ana,
      framework_version_id: versionId,
      answers: '32n12--',
    });
    expect(stored[assessmentIds.Bruno!]?.answers).toBe('nnn33--');
    expect(stored[assessmentIds.Carla!]?.answers).toBe('111232n');
    expect(stored[assessmentIds.Dário!]).toBeUndefined();
    // The baseline's assessments were written without the submit route: they have none.
    expect(Object.keys(stored)).toHaveLength(3);
  });

  it('gives exactly the results the answers themselves give, for leads and viewers, with and without a baseline', async () => {
    const fromSheets = await everyView();
    expect(fromSheets).toEqual(await everyViewFromAnswers());
    expect(fromSheets.export.split('\n').length).toBeGreaterThan(15);

    // And the hand-computed figures.
    const { lead: body } = fromSheets;
    expect(body.members.map((member: { memberName: string }) => member.memberName)).toEqual([
      'Ana',
      'Bruno',
      'Carla',
    ]);
    expect(categoryOf(rowOf(body, 'Ana'), 'it.access')).toEqual({
      categoryKey: 'it.access',
      score: 2.5,
      rated: 2,
      notApplicable: 1,
      unanswered: 0,
    });
    expect(rowOf(body, 'Bruno')!.areas[0]!.score).toBe(3);
    expect(categoryOf(rowOf(body, 'Carla'), 'trainer.planning')).toMatchObject({
      score: 2,
      notApplicable: 1,
    });
    const access = body.team[0].areas[0].categories[0];
    expect(access).toMatchObject({ memberCount: 2, mean: 1.75, min: 1, max: 2.5, atOrAboveTarget: 1 });
    // Ana's it.access 5/3 → 2.5; Bruno's 1.5 → null; Carla's 4/3 → 1.
    const [ana] = fromSheets.leadComparison.comparison.members;
    expect(ana.areas[0].categories[0]).toMatchObject({ baseline: 5 / 3, current: 2.5 });
    expect(fromSheets.viewerComparison.comparison.members).toBeNull();
  });

  it('answers leads and viewers exactly what the response schema lets through', async () => {
    const views = await everyView();
    const { export: _file, ...bodies } = views;
    for (const body of Object.values(bodies)) expect(roundResultsSchema.parse(body)).toEqual(body);
  });

  it('leaves answers in progress out of round results, as before, and still scores them for the member’s own results', async () => {
    const body = await results(lead);
    expect(rowOf(body, 'Dário')).toBeUndefined();
    expect(body.team[0].assessmentCount).toBe(3);
    const dario = await call(
      lead,
      'GET',
      `/api/teams/${teamId}/members/${memberIds.Dário}/results?roundId=${roundId}`,
    );
    expect(dario.statusCode, dario.body).toBe(200);
    expect(dario.json().assessments[0]).toMatchObject({ status: 'in-progress' });
    expect(dario.json().assessments[0].areas[0].categories[0]).toMatchObject({ score: 3, rated: 1 });
  });

  it('does not trust a stored sheet that does not fit the round’s framework version', async () => {
    const before = await everyView();
    const db = testApp.database.db;
    const otherVersionId = (await aFramework(db, teamId, [{ ...document, key: 'other' }])).versionIds[0]!;
    await db
      .updateTable('assessment_answer_sheet')
      .set({ framework_version_id: otherVersionId })
      .where('assessment_id', '=', assessmentIds.Ana!)
      .execute();
    await db
      .updateTable('assessment_answer_sheet')
      .set({ answers: '33333' })
      .where('assessment_id', '=', assessmentIds.Bruno!)
      .execute();
    try {
      expect(await everyView()).toEqual(before);
    } finally {
      await db
        .updateTable('assessment_answer_sheet')
        .set({ framework_version_id: versionId })
        .where('assessment_id', '=', assessmentIds.Ana!)
        .execute();
      await db
        .updateTable('assessment_answer_sheet')
        .set({ answers: 'nnn33--' })
        .where('assessment_id', '=', assessmentIds.Bruno!)
        .execute();
    }
  });

  it('forgets the sheet when a lead reopens, and shows a changed rating once it is submitted again', async () => {
    const reopened = await call(lead, 'POST', `/api/assessments/${assessmentIds.Ana}/reopen`);
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect((await sheets())[assessmentIds.Ana!]).toBeUndefined();
    // In progress again: out of the round's results until submitted.
    expect(rowOf(await results(lead), 'Ana')).toBeUndefined();

    await answer('Ana', { 'it.access.c': 0 });
    await submit('Ana');
    expect((await sheets())[assessmentIds.Ana!]?.answers).toBe('32012--');
    const body = await results(lead);
    // it.access: (3 + 2 + 0) / 3 = 5/3, where it was 2.5 with c N/A.
    expect(categoryOf(rowOf(body, 'Ana'), 'it.access')).toMatchObject({
      score: 5 / 3,
      rated: 3,
      notApplicable: 0,
    });
    expect(body.team[0].areas[0].categories[0]).toMatchObject({ memberCount: 2, min: 1, max: 5 / 3 });
    expect(await everyView()).toEqual(await everyViewFromAnswers());
  });

  it('writes, when migrating, the sheets of assessments submitted before sheets existed', async () => {
    const db = testApp.database.db;
    const written = await sheets();
    await db.schema.dropTable('assessment_answer_sheet').execute();
    await addAnswerSheets(db);

    const migrated = await sheets();
    // The same sheets the submit route wrote, and the baseline's assessments now have theirs.
    for (const [id, sheet] of Object.entries(written)) expect(migrated[id]).toEqual(sheet);
    const baselineSheets = await db
      .selectFrom('assessment_answer_sheet')
      .innerJoin('assessment', 'assessment.id', 'assessment_answer_sheet.assessment_id')
      .innerJoin('team_member', 'team_member.id', 'assessment.member_id')
      .select(['team_member.name', 'assessment_answer_sheet.answers'])
      .where('assessment.round_id', '=', baselineId)
      .orderBy('team_member.name')
      .execute();
    expect(baselineSheets).toEqual([
      { name: 'Ana', answers: '22111--' },
      { name: 'Bruno', answers: '1n232--' },
      { name: 'Carla', answers: '12122--' },
    ]);
    expect(Object.keys(migrated)).toHaveLength(6);
    expect(migrated[assessmentIds.Dário!]).toBeUndefined();
  });
});
