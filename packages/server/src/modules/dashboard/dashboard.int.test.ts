import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamDashboard, TeamsOverview } from '@coreteam/core';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';
import { aPlanWorld } from '../../../test/api-fixture.js';
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
 * The team (the test clock says 2026-11-28):
 * - Ana (operational lead, implementer – technical), Bruno (implementer – technical), Carla
 *   (implementer – technical, program manager), Dário (trainer, envisioned only).
 * - Baseline (January) self-assessments of area `it`: Ana all 1, Bruno all 2, Carla all 0 → mean 1.
 * - Follow-up (June): Ana all 2, Bruno all 3, Carla all 1 → mean 2; Dário alone on `trainer`
 *   (all 3) and Ana's supervisor alone on `it` (all 3): groups of one, hidden. Dário's supervisor
 *   assessment is not started. A third round opens in December: not the latest yet.
 * - Plan 2026–2028 in USD: in 2026 a completed activity of 1,000.00 fully secured, one in progress
 *   of 400.00 with 100.00 pledged, one cancelled of 9,999.99; in 2027 the fixture's planned
 *   activity of 2,000.00 with 500.00 secured.
 */
const framework = aFrameworkDocument({
  areas: [
    {
      key: 'it',
      name: 'Implementer – Technical',
      roleKey: 'implementer',
      subRoleKey: 'technical',
      categories: [
        { key: 'it.access', name: 'Access control', skills: ['it.access.a', 'it.access.b'] },
        { key: 'it.data', name: 'Data', skills: ['it.data.d', 'it.data.e'] },
      ],
    },
    {
      key: 'trainer',
      name: 'Trainer',
      roleKey: 'trainer',
      categories: [{ key: 'trainer.planning', skills: ['trainer.planning.p', 'trainer.planning.q'] }],
    },
  ],
});
const IT_SKILLS = ['it.access.a', 'it.access.b', 'it.data.d', 'it.data.e'];
const TRAINER_SKILLS = ['trainer.planning.p', 'trainer.planning.q'];
const all = (skills: string[], level: number) => Object.fromEntries(skills.map((skill) => [skill, level]));

describeForEachEngine('governance dashboard', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let otherTeamId: string;
  let planId: string;
  const memberIds: string[] = [];
  const actors = {} as Record<
    'lead' | 'member' | 'assessor' | 'viewer' | 'systemAdmin' | 'otherTeamLead',
    SignedInActor
  >;
  const get = (actor: SignedInActor | undefined, url: string) =>
    testApp.app.inject(asActor(actor, { method: 'GET', url }));
  const dashboardUrl = () => `/api/teams/${teamId}/dashboard`;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const db = testApp.database.db;
    teamId = (await aTeam(testApp, { name: 'Mozambique core team' })).id;
    otherTeamId = (await aTeam(testApp, { name: 'Lao core team', countryCode: 'LA' })).id;
    const accounts = {
      lead: await anAccount(testApp, { displayName: 'Lead' }),
      member: await anAccount(testApp, { displayName: 'Ana' }),
      assessor: await anAccount(testApp, { displayName: 'Supervisor' }),
      viewer: await anAccount(testApp, { displayName: 'Funder' }),
      systemAdmin: await anAccount(testApp, { displayName: 'Admin', systemAdmin: true }),
      otherTeamLead: await anAccount(testApp, { displayName: 'Other lead' }),
    };
    for (const role of ['lead', 'member', 'assessor', 'viewer'] as const) {
      await grant(testApp, teamId, accounts[role].email, role);
    }
    await grant(testApp, otherTeamId, accounts.otherTeamLead.email, 'lead');
    for (const [name, account] of Object.entries(accounts)) {
      actors[name as keyof typeof actors] = await signInAs(testApp, account.email);
    }

    const technical = { roleKey: 'implementer', subRoleKey: 'technical' };
    const ana = await aRosterMember(db, {
      teamId,
      name: 'Ana',
      userId: accounts.member.id,
      assignments: [{ roleKey: 'operational-lead' }, technical],
    });
    const bruno = await aRosterMember(db, { teamId, name: 'Bruno', assignments: [technical] });
    const carla = await aRosterMember(db, {
      teamId,
      name: 'Carla',
      assignments: [technical, { roleKey: 'program-manager' }],
    });
    const dario = await aRosterMember(db, {
      teamId,
      name: 'Dário',
      assignments: [{ roleKey: 'trainer', status: 'envisioned' }],
    });
    memberIds.push(ana, bruno, carla, dario);

    const { versionIds } = await aFramework(db, teamId, [framework]);
    const round = (name: string, opensOn: string, closesOn: string) =>
      aRound(db, { teamId, frameworkVersionId: versionIds[0]!, name, opensOn, closesOn });
    const baseline = await round('Baseline 2026', '2026-01-10', '2026-02-10');
    const followUp = await round('Follow-up 2026', '2026-06-01', '2026-06-30');
    await round('Baseline 2027', '2026-12-10', '2027-01-10');
    const self = (roundId: string, memberId: string, areaKey: string, ratings: Record<string, number>) =>
      anAssessment(db, { roundId, memberId, mode: 'self', areaKeys: [areaKey], ratings });
    await self(baseline, ana, 'it', all(IT_SKILLS, 1));
    await self(baseline, bruno, 'it', all(IT_SKILLS, 2));
    await self(baseline, carla, 'it', all(IT_SKILLS, 0));
    await self(followUp, ana, 'it', all(IT_SKILLS, 2));
    await self(followUp, bruno, 'it', all(IT_SKILLS, 3));
    await self(followUp, carla, 'it', all(IT_SKILLS, 1));
    await self(followUp, dario, 'trainer', all(TRAINER_SKILLS, 3));
    await anAssessment(db, {
      roundId: followUp,
      memberId: ana,
      mode: 'supervisor',
      assessorUserId: accounts.assessor.id,
      areaKeys: ['it'],
      ratings: all(IT_SKILLS, 3),
    });
    await anAssessment(db, {
      roundId: followUp,
      memberId: dario,
      mode: 'supervisor',
      assessorUserId: accounts.assessor.id,
      areaKeys: ['trainer'],
      status: 'not-started',
    });

    const world = await aPlanWorld(testApp, { teamId, memberId: ana });
    planId = world.planId;
    const activity = async (
      status: string,
      amountMinor: number,
      share?: { amountMinor: number; status: string },
    ) => {
      const response = await testApp.app.inject(
        asActor(actors.lead, {
          method: 'POST',
          url: `/api/plans/${planId}/activities`,
          payload: {
            title: `An activity ${status}`,
            type: 'mentoring',
            status,
            timing: { kind: 'quarter', year: 2026, quarter: 3 },
            memberIds: [bruno],
            costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: amountMinor, currency: 'USD' }],
            fundingShares: share ? [{ fundingSourceId: world.fundingSourceId, ...share }] : [],
          },
        }),
      );
      expect(response.statusCode, response.body).toBe(201);
    };
    await activity('completed', 100_000, { amountMinor: 100_000, status: 'secured' });
    await activity('in-progress', 40_000, { amountMinor: 10_000, status: 'pledged' });
    await activity('cancelled', 999_999);
  });
  afterAll(() => testApp.close());

  describe('a team’s dashboard', () => {
    let dashboard: TeamDashboard;
    beforeAll(async () => {
      const response = await get(actors.viewer, dashboardUrl());
      expect(response.statusCode, response.body).toBe(200);
      dashboard = response.json();
    });

    it('says which team and day the figures are for', () => {
      expect(dashboard.team).toEqual({
        id: teamId,
        name: 'Mozambique core team',
        countryCode: 'MZ',
        baseCurrency: expect.any(String),
      });
      expect(dashboard.asOf).toBe('2026-11-28');
    });

    it('counts the roles filled per kind, and how many hold each role', () => {
      expect(dashboard.structure.rolesFilled).toEqual([
        { kind: 'core', filled: 2, total: 5 },
        { kind: 'contributing', filled: 1, total: 4 },
        { kind: 'optional', filled: 0, total: 2 },
      ]);
      const role = (key: string) => dashboard.structure.roles.find((entry) => entry.roleKey === key);
      expect(role('implementer')).toEqual({
        roleKey: 'implementer',
        kind: 'core',
        currentHolders: 3,
        envisionedHolders: 0,
      });
      expect(role('trainer')).toMatchObject({ currentHolders: 0, envisionedHolders: 1 });
    });

    it('lists the structure check’s open findings without the people they are about', async () => {
      const structure = (await get(actors.lead, `/api/teams/${teamId}/structure`)).json();
      expect(dashboard.structure.findings).toEqual(
        structure.findings.map(({ memberIds: _memberIds, ...finding }: { memberIds: string[] }) => finding),
      );
      expect(dashboard.structure.findings[0]).toEqual({
        code: 'core-position-unfilled',
        severity: 'critical',
        roleKeys: ['trainer'],
        params: { buildOrder: expect.any(Number) },
      });
      expect(dashboard.structure.findings.map((finding) => finding.code)).toContain(
        'core-position-single-holder',
      );
    });

    it('reports the latest round that has opened, against the team’s first round', () => {
      expect(dashboard.assessment).toMatchObject({
        latestRound: { name: 'Follow-up 2026', status: 'closed', opensOn: '2026-06-01' },
        baselineRound: { name: 'Baseline 2026', status: 'closed' },
        participation: { planned: 6, submitted: 5, inProgress: 0, notStarted: 1 },
      });
    });

    it('gives the team average per area against the baseline, hiding groups under 3', () => {
      const [self, supervisor] = dashboard.assessment!.pointsOfView;
      expect(self).toEqual({
        assessedBy: 'self',
        assessmentCount: 4,
        areas: [
          {
            areaKey: 'it',
            name: 'Implementer – Technical',
            latest: { suppressed: false, memberCount: 3, mean: 2 },
            sinceBaseline: { suppressed: false, memberCount: 3, baselineMean: 1, currentMean: 2, delta: 1 },
          },
          {
            areaKey: 'trainer',
            name: 'Trainer',
            latest: { suppressed: true, memberCount: null, mean: null },
            sinceBaseline: {
              suppressed: true,
              memberCount: null,
              baselineMean: null,
              currentMean: null,
              delta: null,
            },
          },
        ],
      });
      expect(supervisor!.assessedBy).toBe('supervisor');
      expect(supervisor!.areas.every((area) => area.latest.suppressed && area.latest.mean === null)).toBe(
        true,
      );
    });

    it('counts the plan’s activities per status and year', () => {
      const plan = dashboard.plan!;
      expect(plan).toMatchObject({ id: planId, startYear: 2026, endYear: 2028, baseCurrency: 'USD' });
      expect(plan.progress).toEqual({
        planned: 1,
        approved: 0,
        inProgress: 1,
        completed: 1,
        cancelled: 1,
        completionPercent: 33,
      });
      expect(plan.progressByYear).toEqual([
        {
          year: 2026,
          planned: 0,
          approved: 0,
          inProgress: 1,
          completed: 1,
          cancelled: 1,
          completionPercent: 50,
        },
        {
          year: 2027,
          planned: 1,
          approved: 0,
          inProgress: 0,
          completed: 0,
          cancelled: 0,
          completionPercent: 0,
        },
        {
          year: 2028,
          planned: 0,
          approved: 0,
          inProgress: 0,
          completed: 0,
          cancelled: 0,
          completionPercent: null,
        },
      ]);
    });

    it('gives the budget secured, pledged and unfunded per year in the plan’s base currency', () => {
      const plan = dashboard.plan!;
      expect(plan.budget).toEqual({
        totalMinor: 340_000,
        securedMinor: 150_000,
        pledgedMinor: 10_000,
        unfundedMinor: 180_000,
      });
      expect(plan.budgetByYear).toEqual([
        {
          year: 2026,
          totalMinor: 140_000,
          securedMinor: 100_000,
          pledgedMinor: 10_000,
          unfundedMinor: 30_000,
        },
        { year: 2027, totalMinor: 200_000, securedMinor: 50_000, pledgedMinor: 0, unfundedMinor: 150_000 },
        { year: 2028, totalMinor: 0, securedMinor: 0, pledgedMinor: 0, unfundedMinor: 0 },
      ]);
    });

    it('shows no person, no individual score and no money per member, to anyone', async () => {
      const text = JSON.stringify(dashboard);
      for (const id of memberIds) expect(text).not.toContain(id);
      for (const name of ['Ana', 'Bruno', 'Carla', 'Dário', 'Supervisor']) expect(text).not.toContain(name);
      expect(text).not.toMatch(/memberIds|memberName|byMember|byRole|userId/);
      // The lone scores of 3 (Dário's trainer area, Ana's supervisor) appear nowhere as a mean.
      expect(text).not.toMatch(/"mean":3\b/);
      // Leads, members, assessors and system admins get exactly the same aggregates.
      for (const actor of [actors.lead, actors.member, actors.assessor, actors.systemAdmin]) {
        const response = await get(actor, dashboardUrl());
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual(dashboard);
      }
    });

    it('names the areas in the reader’s language when the framework is the built-in one', async () => {
      const response = await testApp.app.inject(
        asActor(actors.viewer, { method: 'GET', url: dashboardUrl(), headers: { 'accept-language': 'fr' } }),
      );
      expect(response.statusCode).toBe(200);
      // A team's own framework keeps the names it was written with.
      expect(response.json().assessment.pointsOfView[0].areas[0].name).toBe('Implementer – Technical');
    });
  });

  it('is empty but complete for a team with no round and no plan', async () => {
    const response = await get(actors.otherTeamLead, `/api/teams/${otherTeamId}/dashboard`);
    expect(response.statusCode, response.body).toBe(200);
    const dashboard: TeamDashboard = response.json();
    expect(dashboard.assessment).toBeNull();
    expect(dashboard.plan).toBeNull();
    expect(dashboard.structure.rolesFilled[0]).toEqual({ kind: 'core', filled: 0, total: 5 });
  });

  it('refuses callers outside the team, and the overview to anyone but system admins', async () => {
    expect((await get(undefined, dashboardUrl())).statusCode).toBe(401);
    const outsider = await get(actors.otherTeamLead, dashboardUrl());
    expect(outsider.statusCode).toBe(404);
    expect(outsider.json().error.code).toBe('team_not_found');
    const unknown = await get(
      actors.systemAdmin,
      '/api/teams/00000000-0000-4000-8000-000000000000/dashboard',
    );
    expect(unknown.statusCode).toBe(404);
    // The team is looked up before anything else: a malformed id is no team either.
    const badId = await get(actors.lead, '/api/teams/not-an-id/dashboard');
    expect(badId.statusCode).toBe(404);
    expect(badId.json().error.code).toBe('team_not_found');
    for (const actor of [actors.lead, actors.viewer, actors.member]) {
      expect((await get(actor, '/api/dashboard/teams')).statusCode).toBe(403);
    }
    expect((await get(undefined, '/api/dashboard/teams')).statusCode).toBe(401);
  });

  it('gives system admins one line per team', async () => {
    const response = await get(actors.systemAdmin, '/api/dashboard/teams');
    expect(response.statusCode, response.body).toBe(200);
    const overview: TeamsOverview = response.json();
    expect(overview.asOf).toBe('2026-11-28');
    const mine = overview.teams.find((row) => row.teamId === teamId)!;
    const structure = (await get(actors.lead, `/api/teams/${teamId}/structure`)).json();
    expect(mine).toEqual({
      teamId,
      name: 'Mozambique core team',
      countryCode: 'MZ',
      baseCurrency: expect.any(String),
      coreRolesFilled: 2,
      coreRolesTotal: 5,
      openFindings: structure.findings.length,
      criticalFindings: structure.findings.filter(
        (finding: { severity: string }) => finding.severity === 'critical',
      ).length,
      latestRound: expect.objectContaining({ name: 'Follow-up 2026', planned: 6, submitted: 5 }),
      plan: { id: planId, title: 'Capacity building plan 2026–2028', completionPercent: 33 },
      budgetThisYear: {
        year: 2026,
        currency: 'USD',
        totalMinor: 140_000,
        securedMinor: 100_000,
        pledgedMinor: 10_000,
        unfundedMinor: 30_000,
      },
    });
    const other = overview.teams.find((row) => row.teamId === otherTeamId)!;
    expect(other).toMatchObject({
      name: 'Lao core team',
      countryCode: 'LA',
      coreRolesFilled: 0,
      latestRound: null,
      plan: null,
      budgetThisYear: null,
    });
    expect(JSON.stringify(overview)).not.toMatch(/Ana|Bruno|memberIds/);
  });
});
