import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/*
 * The framework: area `it` (implementer / technical) with `it.access` (a, b, c) and `it.data`
 * (d, e); area `trainer` with two categories. Version 2 drops it.access.c and adds it.data.f.
 *
 * Round 1 (version 1), submitted:      it.access        it.data        area it
 *   Ana self        a3 b2 c N/A        → 2.5            d1 e2 → 1.5    → 2
 *   Ana supervisor  a2 b2 c2           → 2              d1 e1 → 1      → 1.5
 *   Bruno self      all N/A            → null (not 0)   d3 e3 → 3      → 3
 *   Carla self      a1 b1 c1           → 1              d2 e3 → 2.5    → 1.75
 *   Dário self      in progress (a3): never counted in round results.
 * Round 2 (version 2), submitted self: Ana a3 b3 / d2 e2 f0; Bruno a N/A b2 / d3 e2 f3;
 * Carla a1 b1 / d2 e3 f1.
 */
const SKILL_B = { key: 'it.access.b', name: '=SUM(A1)' };
const version1 = aFrameworkDocument({
  areas: [
    {
      key: 'it',
      name: 'Implementer – Technical',
      roleKey: 'implementer',
      subRoleKey: 'technical',
      categories: [
        { key: 'it.access', name: 'Access control', skills: ['it.access.a', SKILL_B, 'it.access.c'] },
        { key: 'it.data', name: 'Data', skills: ['it.data.d', 'it.data.e'] },
      ],
    },
    {
      key: 'trainer',
      name: 'Trainer',
      roleKey: 'trainer',
      categories: [
        { key: 'trainer.planning', skills: ['trainer.planning.p', 'trainer.planning.q'] },
        { key: 'trainer.delivery', skills: ['trainer.delivery.r', 'trainer.delivery.s'] },
      ],
    },
  ],
  targets: [
    { roleKey: 'implementer', subRoleKey: 'technical', categoryKey: 'it.access', level: 2 },
    { roleKey: 'implementer', subRoleKey: 'technical', categoryKey: 'it.data', level: 3 },
    { roleKey: 'trainer', categoryKey: 'trainer.planning', level: 2 },
  ],
});
const version2 = {
  ...version1,
  areas: version1.areas.map((area) =>
    area.key !== 'it'
      ? area
      : {
          ...area,
          categories: [
            { ...area.categories[0]!, skills: area.categories[0]!.skills.slice(0, 2) },
            {
              ...area.categories[1]!,
              skills: [...area.categories[1]!.skills, { key: 'it.data.f', name: 'Skill f', description: '' }],
            },
          ],
        },
  ),
};

describeForEachEngine('assessment results', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let round1: string;
  let round2: string;
  let otherTeamRound: string;
  const members: Record<string, string> = {};
  const actors = {} as Record<
    'lead' | 'viewer' | 'ana' | 'bruno' | 'assessor' | 'systemAdmin',
    SignedInActor
  >;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const db = testApp.database.db;
    teamId = (await aTeam(testApp)).id;
    const accounts = {
      lead: await anAccount(testApp, { displayName: 'Lead' }),
      viewer: await anAccount(testApp, { displayName: 'Funder' }),
      ana: await anAccount(testApp, { displayName: 'Ana' }),
      bruno: await anAccount(testApp, { displayName: 'Bruno' }),
      assessor: await anAccount(testApp, { displayName: 'Supervisor' }),
      systemAdmin: await anAccount(testApp, { displayName: 'Admin', systemAdmin: true }),
    };
    await grant(testApp, teamId, accounts.lead.email, 'lead');
    await grant(testApp, teamId, accounts.viewer.email, 'viewer');
    await grant(testApp, teamId, accounts.ana.email, 'member');
    await grant(testApp, teamId, accounts.bruno.email, 'member');
    await grant(testApp, teamId, accounts.assessor.email, 'assessor');
    for (const [name, account] of Object.entries(accounts)) {
      actors[name as keyof typeof actors] = await signInAs(testApp, account.email);
    }

    const { versionIds } = await aFramework(db, teamId, [version1, version2]);
    round1 = await aRound(db, {
      teamId,
      frameworkVersionId: versionIds[0]!,
      name: 'Baseline 2026 (São Tomé)',
      opensOn: '2026-01-10',
      closesOn: '2026-02-10',
    });
    round2 = await aRound(db, {
      teamId,
      frameworkVersionId: versionIds[1]!,
      name: 'Follow-up 2026',
      opensOn: '2026-06-01',
      closesOn: '2026-06-30',
    });
    const technical = [{ roleKey: 'implementer', subRoleKey: 'technical' }];
    members.ana = await aRosterMember(db, {
      teamId,
      name: 'Ana',
      userId: accounts.ana.id,
      assignments: technical,
    });
    members.bruno = await aRosterMember(db, {
      teamId,
      name: 'Bruno',
      userId: accounts.bruno.id,
      assignments: technical,
    });
    members.carla = await aRosterMember(db, { teamId, name: 'Carla', assignments: technical });
    members.dario = await aRosterMember(db, { teamId, name: 'Dário', assignments: technical });

    const it = ['it'];
    const self = (memberId: string, roundId: string, ratings: Record<string, number | null>) =>
      anAssessment(db, { roundId, memberId, mode: 'self', areaKeys: it, ratings });
    await self(members.ana, round1, {
      'it.access.a': 3,
      'it.access.b': 2,
      'it.access.c': null,
      'it.data.d': 1,
      'it.data.e': 2,
    });
    await anAssessment(db, {
      roundId: round1,
      memberId: members.ana,
      mode: 'supervisor',
      assessorUserId: accounts.assessor.id,
      areaKeys: it,
      ratings: { 'it.access.a': 2, 'it.access.b': 2, 'it.access.c': 2, 'it.data.d': 1, 'it.data.e': 1 },
      comments: { 'it.data': 'Needs practice with analytics tables.' },
    });
    await self(members.bruno, round1, {
      'it.access.a': null,
      'it.access.b': null,
      'it.access.c': null,
      'it.data.d': 3,
      'it.data.e': 3,
    });
    await self(members.carla, round1, {
      'it.access.a': 1,
      'it.access.b': 1,
      'it.access.c': 1,
      'it.data.d': 2,
      'it.data.e': 3,
    });
    await anAssessment(db, {
      roundId: round1,
      memberId: members.dario,
      mode: 'self',
      areaKeys: it,
      status: 'in-progress',
      ratings: { 'it.access.a': 3 },
    });
    await self(members.ana, round2, {
      'it.access.a': 3,
      'it.access.b': 3,
      'it.data.d': 2,
      'it.data.e': 2,
      'it.data.f': 0,
    });
    await self(members.bruno, round2, {
      'it.access.a': null,
      'it.access.b': 2,
      'it.data.d': 3,
      'it.data.e': 2,
      'it.data.f': 3,
    });
    await self(members.carla, round2, {
      'it.access.a': 1,
      'it.access.b': 1,
      'it.data.d': 2,
      'it.data.e': 3,
      'it.data.f': 1,
    });

    const otherTeam = (await aTeam(testApp, { name: 'Other team', countryCode: 'LA' })).id;
    const other = await aFramework(db, otherTeam, [{ ...version1, key: 'other-framework' }]);
    otherTeamRound = await aRound(db, {
      teamId: otherTeam,
      frameworkVersionId: other.versionIds[0]!,
      name: 'Elsewhere',
      opensOn: '2026-01-01',
      closesOn: '2026-01-31',
    });
  });
  afterAll(() => testApp.close());

  const get = (actor: SignedInActor, url: string) =>
    testApp.app.inject(asActor(actor, { method: 'GET', url }));
  const roundResults = (actor: SignedInActor, roundId: string, query = '') =>
    get(actor, `/api/teams/${teamId}/rounds/${roundId}/results${query}`);
  const memberResults = (actor: SignedInActor, memberId: string, query = '') =>
    get(actor, `/api/teams/${teamId}/members/${memberId}/results${query}`);

  type Scores = {
    areaKey: string;
    score: number | null;
    categories: { categoryKey: string; score: number | null }[];
  };
  const categoryOf = (areas: Scores[], key: string) =>
    areas.flatMap((area) => area.categories).find((category) => category.categoryKey === key)!;
  const areaOf = <T extends { areaKey: string }>(areas: T[], key: string) =>
    areas.find((area) => area.areaKey === key)!;

  describe('round results', () => {
    it('gives a lead every submitted assessment as a heatmap row, in roster order, scored by hand-checked rules', async () => {
      const response = await roundResults(actors.lead, round1);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.visibility).toBe('individual');
      expect(body.round).toMatchObject({
        id: round1,
        name: 'Baseline 2026 (São Tomé)',
        opensOn: '2026-01-10',
      });
      expect(body.framework.areas.map((area: { key: string }) => area.key)).toEqual(['it', 'trainer']);
      expect(body.framework.areas[0].categories[0].skills[1]).toEqual({
        key: 'it.access.b',
        name: '=SUM(A1)',
      });
      expect(
        body.members.map(
          (row: { memberName: string; assessedBy: string }) => `${row.memberName}/${row.assessedBy}`,
        ),
      ).toEqual(['Ana/self', 'Ana/supervisor', 'Bruno/self', 'Carla/self']);

      const [anaSelf, anaSupervisor, bruno, carla] = body.members;
      expect(anaSelf.status).toBe('submitted');
      expect(categoryOf(anaSelf.areas, 'it.access').score).toBe(2.5);
      expect(categoryOf(anaSelf.areas, 'it.data').score).toBe(1.5);
      expect(areaOf(anaSelf.areas as Scores[], 'it').score).toBe(2);
      expect(areaOf(anaSupervisor.areas as Scores[], 'it').score).toBe(1.5);
      expect(categoryOf(bruno.areas, 'it.access')).toEqual({
        categoryKey: 'it.access',
        score: null,
        rated: 0,
        notApplicable: 3,
        unanswered: 0,
      });
      expect(areaOf(bruno.areas as Scores[], 'it').score).toBe(3);
      expect(areaOf(carla.areas as Scores[], 'it').score).toBe(1.75);
      expect(areaOf(carla.areas as Scores[], 'trainer').score).toBeNull();

      const self = body.team.find((team: { assessedBy: string }) => team.assessedBy === 'self');
      expect(self.assessmentCount).toBe(3);
      const access = categoryOf(self.areas, 'it.access');
      expect(access).toEqual({
        categoryKey: 'it.access',
        suppressed: false,
        memberCount: 2,
        mean: 1.75,
        min: 1,
        max: 2.5,
        target: 2,
        atOrAboveTarget: 1,
      });
      const data = categoryOf(self.areas, 'it.data') as unknown as Record<string, number>;
      expect(data.mean).toBeCloseTo(7 / 3, 10);
      expect(data.atOrAboveTarget).toBe(1);
      expect(areaOf(self.areas as { areaKey: string; mean: number }[], 'it').mean).toBe(2.25);
      expect(body.team.map((team: { assessedBy: string }) => team.assessedBy)).toEqual([
        'self',
        'supervisor',
      ]);
      expect(body.comparison).toBeNull();
    });

    it('gives viewers, members, assessors and system admins aggregates only, hiding figures about fewer than 3 people', async () => {
      for (const actor of [actors.viewer, actors.ana, actors.assessor, actors.systemAdmin]) {
        const response = await roundResults(actor, round1);
        expect(response.statusCode).toBe(200);
        const body = response.json();
        expect(body.visibility).toBe('aggregate');
        expect(body.members).toBeNull();
        expect(JSON.stringify(body)).not.toContain('Ana');
        const self = body.team.find((team: { assessedBy: string }) => team.assessedBy === 'self');
        expect(categoryOf(self.areas, 'it.access')).toEqual({
          categoryKey: 'it.access',
          suppressed: true,
          memberCount: null,
          mean: null,
          min: null,
          max: null,
          target: 2,
          atOrAboveTarget: null,
        });
        const data = categoryOf(self.areas, 'it.data') as unknown as Record<string, unknown>;
        expect(data.suppressed).toBe(false);
        expect(data.memberCount).toBe(3);
        expect(data.mean as number).toBeCloseTo(7 / 3, 10);
        const supervisor = body.team.find((team: { assessedBy: string }) => team.assessedBy === 'supervisor');
        expect(
          areaOf(supervisor.areas as { areaKey: string; suppressed: boolean; mean: null }[], 'it'),
        ).toMatchObject({
          suppressed: true,
          mean: null,
        });
      }
    });

    it('compares with a baseline on another framework version, skill by skill through the keys', async () => {
      const response = await roundResults(actors.lead, round2, `?compareTo=${round1}`);
      expect(response.statusCode).toBe(200);
      const comparison = response.json().comparison;
      expect(comparison.baseline.id).toBe(round1);
      expect(comparison.addedSkillKeys).toEqual(['it.data.f']);
      expect(comparison.removedSkillKeys).toEqual(['it.access.c']);
      expect(
        comparison.members.map((member: { memberName: string; assessedBy: string }) => member.memberName),
      ).toEqual(['Ana', 'Bruno', 'Carla']);

      const [ana, bruno, carla] = comparison.members;
      const anaIt = areaOf(ana.areas as { areaKey: string }[], 'it') as Record<string, unknown>;
      expect(anaIt).toMatchObject({ baseline: 2, current: 2.5, delta: 0.5 });
      const anaAccess = (anaIt.categories as { categoryKey: string }[])[0];
      expect(anaAccess).toMatchObject({ categoryKey: 'it.access', baseline: 2.5, current: 3, delta: 0.5 });
      expect((anaAccess as unknown as { skills: unknown[] }).skills).toEqual([
        { skillKey: 'it.access.a', baseline: 3, current: 3, delta: 0 },
        { skillKey: 'it.access.b', baseline: 2, current: 3, delta: 1 },
      ]);
      expect(ana.counts.skills).toEqual({ improved: 2, declined: 0, unchanged: 2, notComparable: 4 });
      expect(ana.counts.categories).toEqual({ improved: 2, declined: 0, unchanged: 0, notComparable: 2 });
      expect(bruno.counts.categories).toEqual({ improved: 0, declined: 1, unchanged: 0, notComparable: 3 });
      expect(areaOf(bruno.areas as { areaKey: string }[], 'it')).toMatchObject({
        baseline: 3,
        current: 2.25,
        delta: -0.75,
      });
      expect(carla.counts.areas).toEqual({ improved: 0, declined: 0, unchanged: 1, notComparable: 1 });

      const team = comparison.team.find((entry: { assessedBy: string }) => entry.assessedBy === 'self');
      const teamIt = areaOf(team.areas as { areaKey: string }[], 'it') as Record<string, unknown>;
      expect(teamIt).toMatchObject({
        suppressed: false,
        memberCount: 3,
        baselineMean: 2.25,
        improved: 1,
        declined: 1,
        unchanged: 1,
      });
      expect(teamIt.delta as number).toBeCloseTo(6.5 / 3 - 2.25, 10);
      expect(categoryOf(team.areas, 'it.data')).toMatchObject({
        delta: 0,
        improved: 1,
        declined: 1,
        unchanged: 1,
      });
      expect(comparison.teamCounts).toEqual([
        {
          assessedBy: 'self',
          categories: { improved: 1, declined: 0, unchanged: 1, notComparable: 2 },
          areas: { improved: 0, declined: 1, unchanged: 0, notComparable: 1 },
        },
      ]);
    });

    it('gives viewers the team comparison only, with small groups hidden and left out of the counts', async () => {
      const body = (await roundResults(actors.viewer, round2, `?compareTo=${round1}`)).json();
      expect(body.comparison.members).toBeNull();
      const team = body.comparison.team[0];
      expect(categoryOf(team.areas, 'it.access')).toMatchObject({
        suppressed: true,
        delta: null,
        improved: null,
      });
      expect(categoryOf(team.areas, 'it.data')).toMatchObject({
        suppressed: false,
        memberCount: 3,
        delta: 0,
      });
      expect(body.comparison.teamCounts[0].categories).toEqual({
        improved: 0,
        declined: 0,
        unchanged: 1,
        notComparable: 3,
      });
    });

    it('refuses a compareTo that is not another round of this team, naming compareTo', async () => {
      for (const compareTo of [otherTeamRound, randomUUID(), round1]) {
        const response = await roundResults(actors.lead, round1, `?compareTo=${compareTo}`);
        expect(response.statusCode).toBe(400);
        const [detail] = response.json().error.details;
        expect(detail.field).toBe('querystring.compareTo');
      }
      const fromOtherTeam = (await roundResults(actors.lead, round1, `?compareTo=${otherTeamRound}`)).json();
      expect(fromOtherTeam.error.details[0].problem).toBe('is not a round of this team');
      const invalid = await roundResults(actors.lead, round1, '?compareTo=not-an-id');
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().error.details[0].field).toBe('querystring.compareTo');
    });

    it('gives a lead the heatmap a page of members at a time, each with all their points of view, and team figures for everyone', async () => {
      const whole = (await roundResults(actors.lead, round2, `?compareTo=${round1}`)).json();
      expect(whole.memberPage).toEqual({ offset: 0, limit: 100, total: 3 });

      const first = (await roundResults(actors.lead, round1, '?memberLimit=1')).json();
      expect(first.memberPage).toEqual({ offset: 0, limit: 1, total: 3 });
      expect(first.members.map((row: { memberName: string; assessedBy: string }) => row.assessedBy)).toEqual([
        'self',
        'supervisor',
      ]);
      expect(new Set(first.members.map((row: { memberName: string }) => row.memberName))).toEqual(
        new Set(['Ana']),
      );
      expect(first.team).toEqual((await roundResults(actors.lead, round1)).json().team);

      const second = (
        await roundResults(actors.lead, round2, `?compareTo=${round1}&memberOffset=1&memberLimit=1`)
      ).json();
      expect(second.memberPage).toEqual({ offset: 1, limit: 1, total: 3 });
      expect(second.members.map((row: { memberName: string }) => row.memberName)).toEqual(['Bruno']);
      expect(second.comparison.members.map((member: { memberName: string }) => member.memberName)).toEqual([
        'Bruno',
      ]);
      expect(second.comparison.team).toEqual(whole.comparison.team);

      const beyond = (await roundResults(actors.lead, round1, '?memberOffset=3')).json();
      expect(beyond.members).toEqual([]);
      expect(beyond.memberPage.total).toBe(3);

      const viewer = (await roundResults(actors.viewer, round1, '?memberLimit=1')).json();
      expect(viewer.memberPage).toBeNull();

      for (const query of ['?memberLimit=0', '?memberLimit=1001', '?memberOffset=-1', '?memberLimit=two']) {
        const refused = await roundResults(actors.lead, round1, query);
        expect(refused.statusCode, query).toBe(400);
        expect(refused.json().error.details[0].field).toMatch(/^querystring\.member(Limit|Offset)$/);
      }
    });

    it('answers 404 for a round that is not the team’s', async () => {
      for (const roundId of [otherTeamRound, randomUUID()]) {
        const response = await roundResults(actors.lead, roundId);
        expect(response.statusCode).toBe(404);
        expect(response.json().error.code).toBe('round_not_found');
      }
    });
  });

  describe('member results', () => {
    it('shows the member their self and supervisor assessments side by side, never averaged', async () => {
      const response = await memberResults(actors.ana, members.ana!, `?roundId=${round1}`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.member).toEqual({ id: members.ana, name: 'Ana' });
      expect(body.assessments.map((assessment: { assessedBy: string }) => assessment.assessedBy)).toEqual([
        'self',
        'supervisor',
      ]);
      expect(body.assessments[0].areas.map((area: { areaKey: string }) => area.areaKey)).toEqual(['it']);
      expect(body.assessments[1].comments).toEqual([
        { categoryKey: 'it.data', comment: 'Needs practice with analytics tables.' },
      ]);
      expect(body.sideBySide.assessorKind).toBe('supervisor');
      expect(body.sideBySide.areas).toEqual([
        {
          areaKey: 'it',
          self: 2,
          assessor: 1.5,
          difference: -0.5,
          categories: [
            { categoryKey: 'it.access', self: 2.5, assessor: 2, difference: -0.5 },
            { categoryKey: 'it.data', self: 1.5, assessor: 1, difference: -0.5 },
          ],
        },
      ]);
      expect(JSON.stringify(body.sideBySide)).not.toMatch(/average|1\.75/);
      expect(body.gapsFrom).toBe('supervisor');
      expect(body.gaps).toEqual([
        {
          categoryKey: 'it.data',
          areaKey: 'it',
          roleKey: 'implementer',
          subRoleKey: 'technical',
          status: 'current',
          target: 3,
          score: 1,
          gap: 2,
          skillsBelowTarget: [
            { skillKey: 'it.data.d', rating: 1 },
            { skillKey: 'it.data.e', rating: 1 },
          ],
        },
      ]);
      expect(body.targets).toEqual([
        { categoryKey: 'it.access', level: 2 },
        { categoryKey: 'it.data', level: 3 },
      ]);
    });

    it('defaults to the latest round the member was assessed in', async () => {
      const body = (await memberResults(actors.ana, members.ana!)).json();
      expect(body.round.id).toBe(round2);
      expect(body.sideBySide).toBeNull();
      expect(body.gapsFrom).toBe('self');
    });

    it('lets a lead see answers in progress, scored from the answers so far', async () => {
      const body = (await memberResults(actors.lead, members.dario!, `?roundId=${round1}`)).json();
      expect(body.assessments).toHaveLength(1);
      expect(body.assessments[0].status).toBe('in-progress');
      expect(categoryOf(body.assessments[0].areas, 'it.access')).toMatchObject({
        score: 3,
        rated: 1,
        unanswered: 2,
      });
      expect(body.gapsFrom).toBe('self');
    });

    it('shows an assessor only the assessment they give', async () => {
      const response = await memberResults(actors.assessor, members.ana!);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.round.id).toBe(round1);
      expect(body.assessments.map((assessment: { assessedBy: string }) => assessment.assessedBy)).toEqual([
        'supervisor',
      ]);
      expect(body.sideBySide).toBeNull();
      expect(JSON.stringify(body)).not.toContain('2.5');
    });

    it('refuses a member reading another member’s results, and an assessor reading someone they do not assess', async () => {
      for (const [actor, memberId] of [
        [actors.bruno, members.ana],
        [actors.assessor, members.bruno],
        [actors.viewer, members.ana],
      ] as const) {
        const response = await memberResults(actor, memberId!, `?roundId=${round1}`);
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
    });

    it('answers 404 for an unknown member or round', async () => {
      expect((await memberResults(actors.lead, randomUUID())).json().error.code).toBe('member_not_found');
      const response = await memberResults(actors.lead, members.ana!, `?roundId=${otherTeamRound}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('round_not_found');
    });
  });

  describe('export', () => {
    const exportOf = (actor: SignedInActor, query: string) =>
      get(actor, `/api/teams/${teamId}/rounds/${round1}/export${query}`);

    it('downloads a CSV of one row per member × skill of each submitted assessment, CSV by default', async () => {
      const response = await exportOf(actors.lead, '');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="baseline-2026-sao-tome-results.csv"',
      );
      expect(response.headers['cache-control']).toBe('no-store');
      const workbook = new ExcelJS.Workbook();
      const text = response.rawPayload.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const sheet = await workbook.csv.read(Readable.from([text.slice(1)]), {
        parserOptions: { delimiter: ',' },
        map: (value: string) => value,
      } as never);
      const rows = sheet.getSheetValues().slice(1) as unknown as unknown[][];
      const values = rows.map((row) => row.slice(1));
      expect(values[0]).toEqual([
        'Member',
        'Assessed by',
        'Area',
        'Category',
        'Skill key',
        'Skill',
        'Rating',
        'Category score',
        'Area score',
      ]);
      expect(values).toHaveLength(1 + 4 * 5);
      expect(values[1]).toEqual([
        'Ana',
        'self',
        'Implementer – Technical',
        'Access control',
        'it.access.a',
        'Skill it.access.a',
        '3',
        '2.5',
        '2',
      ]);
      expect(values[2]![5]).toBe("'=SUM(A1)");
      expect(values[3]!.slice(4, 7)).toEqual(['it.access.c', 'Skill it.access.c', 'N/A']);
      expect(values.map((row) => row[0])).not.toContain('Dário');
      expect(
        values.filter((row) => row[0] === 'Bruno' && row[3] === 'Access control').map((row) => row[7]),
      ).toEqual(['', '', '']);
    });

    it('downloads an XLSX with a Ratings sheet and a Summary sheet', async () => {
      const response = await exportOf(actors.lead, '?format=xlsx');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toContain('baseline-2026-sao-tome-results.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ratings', 'Summary']);

      const ratings = workbook.getWorksheet('Ratings')!;
      expect(ratings.rowCount).toBe(21);
      expect(ratings.getRow(1).getCell(1).value).toBe('Member');
      expect(ratings.getRow(1).font?.bold).toBe(true);
      expect(ratings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ratings.autoFilter).toBeTruthy();
      expect((ratings.getRow(2).values as unknown[]).slice(1)).toEqual([
        'Ana',
        'self',
        'Implementer – Technical',
        'Access control',
        'it.access.a',
        'Skill it.access.a',
        3,
        2.5,
        2,
      ]);
      const skillName = ratings.getRow(3).getCell(6);
      expect(skillName.value).toBe('=SUM(A1)');
      expect(skillName.type).toBe(ExcelJS.ValueType.String);

      const summary = workbook.getWorksheet('Summary')!;
      const summaryRows = Array.from(summary.getSheetValues().slice(1) as unknown[][], (row) =>
        (row ?? []).slice(1),
      );
      expect(summaryRows[0]).toEqual(['Member', 'Assessed by', 'Area', 'Area score']);
      expect(summaryRows.slice(1, 5)).toEqual([
        ['Ana', 'self', 'Implementer – Technical', 2],
        ['Ana', 'supervisor', 'Implementer – Technical', 1.5],
        ['Bruno', 'self', 'Implementer – Technical', 3],
        ['Carla', 'self', 'Implementer – Technical', 1.75],
      ]);
      const teamHeader = summaryRows.findIndex((row) => row[0] === 'Assessed by');
      expect(summaryRows[teamHeader]).toEqual([
        'Assessed by',
        'Area',
        'Category',
        'Members',
        'Mean',
        'Min',
        'Max',
        'Target',
        'At or above target',
      ]);
      expect(summaryRows[teamHeader + 2]).toEqual([
        'self',
        'Implementer – Technical',
        'Data',
        3,
        2.33,
        1.5,
        3,
        3,
        1,
      ]);
    });

    const inPortuguese = (query: string) =>
      testApp.app.inject(
        asActor(actors.lead, {
          method: 'GET',
          url: `/api/teams/${teamId}/rounds/${round1}/export${query}`,
          headers: { 'accept-language': 'pt-PT' },
        }),
      );

    it('writes the XLSX headers and points of view in the reader’s language, sheet names unchanged', async () => {
      const response = await inPortuguese('?format=xlsx');
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ratings', 'Summary']);
      const ratings = workbook.getWorksheet('Ratings')!;
      expect((ratings.getRow(1).values as unknown[]).slice(1)).toEqual([
        'Membro',
        'Ponto de vista',
        'Área',
        'Categoria',
        'Chave da competência',
        'Competência',
        'Classificação',
        'Pontuação da categoria',
        'Pontuação da área',
      ]);
      // The team's own framework text is shown as written; scores are the same in every language.
      expect((ratings.getRow(2).values as unknown[]).slice(1)).toEqual([
        'Ana',
        'autoavaliação',
        'Implementer – Technical',
        'Access control',
        'it.access.a',
        'Skill it.access.a',
        3,
        2.5,
        2,
      ]);
      const summaryRows = Array.from(
        workbook.getWorksheet('Summary')!.getSheetValues().slice(1) as unknown[][],
        (row) => (row ?? []).slice(1),
      );
      expect(summaryRows[0]).toEqual(['Membro', 'Ponto de vista', 'Área', 'Pontuação da área']);
      expect(summaryRows[2]).toEqual(['Ana', 'supervisor', 'Implementer – Technical', 1.5]);
      expect(summaryRows).toContainEqual([
        'Ponto de vista',
        'Área',
        'Categoria',
        'Membros',
        'Média',
        'Mais baixa',
        'Mais alta',
        'Meta',
        'Na meta ou acima',
      ]);
    });

    it('keeps the CSV header and points of view as English keys whatever the language', async () => {
      const response = await inPortuguese('');
      expect(response.statusCode).toBe(200);
      const [header, first] = response.rawPayload.toString('utf8').slice(1).split(/\r?\n/);
      expect(header).toBe(
        'Member,Assessed by,Area,Category,Skill key,Skill,Rating,Category score,Area score',
      );
      expect(first).toBe(
        'Ana,self,Implementer – Technical,Access control,it.access.a,Skill it.access.a,3,2.5,2',
      );
    });

    it('refuses another format, naming format', async () => {
      const response = await exportOf(actors.lead, '?format=pdf');
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe('querystring.format');
    });

    it('is for leads only', async () => {
      for (const actor of [actors.viewer, actors.ana, actors.assessor]) {
        expect((await exportOf(actor, '')).statusCode).toBe(403);
      }
    });
  });
});
