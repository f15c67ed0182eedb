import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, asActor, signInAs, type SignedInActor } from '../../../test/actors.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { describe } from 'vitest';
import { DEMO_LEAD_EMAIL, loadDemoTeam, type DemoTeam } from './demo-team.service.js';

// The demo is what `coreteam demo` loads into a new SQLite data directory.
describe('the demo team', () => {
  let testApp: TestApp;
  let demo: DemoTeam;
  let lead: SignedInActor;
  const get = (url: string) => testApp.app.inject(asActor(lead, { method: 'GET', url }));

  beforeAll(async () => {
    testApp = await createTestApp('sqlite');
    demo = await loadDemoTeam(testApp.context, { password: DEFAULT_PASSWORD });
    lead = await signInAs(testApp, DEMO_LEAD_EMAIL);
  });
  afterAll(() => testApp.close());

  it('shows the lead their team of seven across core, contributing and optional roles', async () => {
    const teams = await get('/api/teams');
    expect(teams.json().teams.map((team: { name: string }) => team.name)).toEqual(['Demo HIS Core Team']);
    const members = (await get(`/api/teams/${demo.teamId}/members`)).json().members as {
      assignments: { roleKey: string }[];
    }[];
    expect(members).toHaveLength(7);
    const roles = new Set(
      members.flatMap((member) => member.assignments.map((assignment) => assignment.roleKey)),
    );
    expect(roles).toContain('operational-lead');
    expect(roles).toContain('subject-matter-expert');
    expect(roles).toContain('app-developer');
  });

  it('has a baseline and a follow-up round with submitted results, improved in some categories', async () => {
    const rounds = (await get(`/api/teams/${demo.teamId}/rounds`)).json().rounds as {
      id: string;
      name: string;
    }[];
    expect(rounds.map((round) => round.name).sort()).toEqual(['Baseline assessment', 'Follow-up assessment']);
    const [baselineId, followUpId] = demo.roundIds;
    const results = await get(
      `/api/teams/${demo.teamId}/rounds/${followUpId}/results?compareTo=${baselineId}`,
    );
    expect(results.statusCode, results.body).toBe(200);
    const body = results.json();
    expect(body.team).toHaveLength(1);
    expect(body.team[0]).toMatchObject({ assessedBy: 'self', assessmentCount: 7 });
    const counts = body.comparison.teamCounts[0].categories;
    expect(counts.improved).toBeGreaterThan(5);
    expect(counts.declined).toBe(0);
  });

  it('has a costed 2026–2028 plan in USD with eight activities and two funders', async () => {
    const plans = (await get(`/api/teams/${demo.teamId}/plans`)).json().plans as { id: string }[];
    expect(plans.map((plan) => plan.id)).toEqual([demo.planId]);
    const activities = (await get(`/api/plans/${demo.planId}/activities`)).json().activities as unknown[];
    expect(activities).toHaveLength(8);
    const budget = (await get(`/api/plans/${demo.planId}/budget`)).json();
    expect(budget.baseCurrency).toBe('USD');
    expect(budget.byYear.map((line: { year: number }) => line.year)).toEqual([2026, 2027, 2028]);
    const funders = budget.byFundingSource.filter(
      (line: { fundingSourceId: string | null }) => line.fundingSourceId !== null,
    );
    expect(funders.map((line: { kind: string }) => line.kind).sort()).toEqual(['government', 'partner']);
    expect(budget.totals.securedMinor).toBeGreaterThan(0);
    expect(budget.totals.pledgedMinor).toBeGreaterThan(0);
    expect(budget.totals.unfundedMinor).toBeGreaterThan(0);
    expect(budget.warnings).toEqual([]);
  });

  it('refuses to load a second time', async () => {
    await expect(loadDemoTeam(testApp.context)).rejects.toMatchObject({ code: 'demo_exists' });
  });
});
