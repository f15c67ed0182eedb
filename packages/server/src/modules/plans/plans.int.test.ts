import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { formatMoney } from './plan-document.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type PlanTable =
  | 'capacity_plan'
  | 'plan_activity'
  | 'plan_activity_member'
  | 'plan_cost_line'
  | 'plan_funding_share'
  | 'plan_revision'
  | 'audit_event';

/*
 * The plan used throughout, with every figure worked out by hand. Base currency USD (2 digits);
 * XOF has 0 digits: 1 XOF = 0.0016 USD from 2026-01-01, 0.00165 USD from 2027-01-01; 1 EUR = 1.08 USD.
 *
 *   A  in-person training, 10–14 March 2026, for Amélie and Bruno:
 *        fees 2 × 1,500.00 USD                          = 300,000 minor
 *        travel 3 × 250,000 XOF = 750,000 × 0.0016 × 100 = 120,000 minor
 *        total 420,000; MoH secured 200,000, partner pledged 150,001; 69,999 uncovered.
 *   B  online course, Q2 2027, for Amélie:
 *        fees 1 × 800.00 USD                            =  80,000
 *        materials 3 × 7,500 XOF = 22,500 × 0.00165 × 100 = 3,712.5 → 3,712 (half to even)
 *        total 83,712; partner share marked unfunded 10,000; 73,712 uncovered.
 *   C  conference, 2028 (no quarter), no members: 1 × 1,000.00 EUR × 1.08 = 108,000; no shares.
 *
 *   Plan: 611,712 = secured 200,000 + pledged 150,001 + unfunded 261,711 (69,999 + 83,712 + 108,000).
 */
const RATES = [
  { currency: 'XOF', rate: '0.0016', effectiveOn: '2026-01-01' },
  { currency: 'XOF', rate: '0.00165', effectiveOn: '2027-01-01' },
  { currency: 'EUR', rate: '1.08', effectiveOn: '2026-01-01' },
];

describeForEachEngine('capacity building plans', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let otherTeamId: string;
  let lead: SignedInActor;
  let bruno: SignedInActor;
  let assessor: SignedInActor;
  let viewer: SignedInActor;
  let systemAdmin: SignedInActor;
  let otherTeamLead: SignedInActor;
  let amelieId: string;
  let brunoId: string;
  let otherTeamMemberId: string;
  let mohId: string;
  let partnerId: string;
  let otherTeamSourceId: string;
  let planId: string;

  const call = (actor: SignedInActor, method: Method, url: string, payload?: object) =>
    testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const count = async (table: PlanTable) =>
    Number(
      (
        await testApp.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => ({
    plans: await count('capacity_plan'),
    activities: await count('plan_activity'),
    members: await count('plan_activity_member'),
    lines: await count('plan_cost_line'),
    shares: await count('plan_funding_share'),
    revisions: await count('plan_revision'),
    audit: await count('audit_event'),
  });

  async function aMember(team: string, body: object): Promise<string> {
    const response = await call(
      team === teamId ? lead : otherTeamLead,
      'POST',
      `/api/teams/${team}/members`,
      {
        affiliation: 'ministry',
        basedInCountry: true,
        timeSharePercent: 100,
        funding: 'government',
        ...body,
      },
    );
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }

  async function aSource(actor: SignedInActor, team: string, body: object): Promise<string> {
    const response = await call(actor, 'POST', `/api/teams/${team}/funding-sources`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }

  const activityA = () => ({
    title: 'DHIS2 Academy (Level 1)',
    type: 'in-person-training',
    timing: { kind: 'dates', startsOn: '2026-03-10', endsOn: '2026-03-14' },
    memberIds: [amelieId, brunoId],
    costLines: [
      { kind: 'fees', quantity: 2, unitCostMinor: 150_000, currency: 'USD' },
      { kind: 'travel', description: 'Bus fares', quantity: 3, unitCostMinor: 250_000, currency: 'XOF' },
    ],
    fundingShares: [
      { fundingSourceId: mohId, amountMinor: 200_000, status: 'secured' },
      { fundingSourceId: partnerId, amountMinor: 150_001, status: 'pledged' },
    ],
  });
  const activityB = () => ({
    title: 'Online course: data quality',
    type: 'online-course',
    timing: { kind: 'quarter', year: 2027, quarter: 2 },
    memberIds: [amelieId],
    costLines: [
      { kind: 'fees', quantity: 1, unitCostMinor: 80_000, currency: 'USD' },
      { kind: 'materials', quantity: 3, unitCostMinor: 7_500, currency: 'XOF' },
    ],
    fundingShares: [{ fundingSourceId: partnerId, amountMinor: 10_000, status: 'unfunded' }],
  });
  const activityC = () => ({
    title: 'Regional conference',
    type: 'conference',
    timing: { kind: 'quarter', year: 2028, quarter: null },
    memberIds: [],
    costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 100_000, currency: 'EUR' }],
  });

  const activitiesUrl = () => `/api/plans/${planId}/activities`;
  const addActivity = (body: object) => call(lead, 'POST', activitiesUrl(), body);
  const planVersion = async () => (await call(lead, 'GET', `/api/plans/${planId}`)).json().version as number;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    teamId = (await aTeam(testApp)).id;
    otherTeamId = (await aTeam(testApp, { name: 'Other team', countryCode: 'LA' })).id;
    const account = async (name: string, role?: 'lead' | 'member' | 'assessor' | 'viewer', admin = false) => {
      const user = await anAccount(testApp, { displayName: name, systemAdmin: admin });
      if (role) await grant(testApp, teamId, user.email, role);
      return signInAs(testApp, user.email);
    };
    lead = await account('Lead', 'lead');
    bruno = await account('Bruno', 'member');
    assessor = await account('Assessor', 'assessor');
    viewer = await account('Funder', 'viewer');
    systemAdmin = await account('Admin', undefined, true);
    otherTeamLead = await account('Other lead');
    await grant(testApp, otherTeamId, otherTeamLead.user.email, 'lead');

    amelieId = await aMember(teamId, {
      name: 'Amélie',
      assignments: [
        { roleKey: 'trainer', subRoleKey: null, status: 'envisioned' },
        { roleKey: 'implementer', subRoleKey: 'technical', status: 'current' },
      ],
    });
    brunoId = await aMember(teamId, {
      name: 'Bruno',
      userId: bruno.user.id,
      assignments: [{ roleKey: 'trainer', subRoleKey: null, status: 'current' }],
    });
    otherTeamMemberId = await aMember(otherTeamId, { name: 'Elsewhere' });
    mohId = await aSource(lead, teamId, { kind: 'government', name: 'MoH budget line 4.2.1' });
    partnerId = await aSource(lead, teamId, { kind: 'partner', name: 'HISP WCA' });
    otherTeamSourceId = await aSource(otherTeamLead, otherTeamId, { kind: 'partner', name: 'Not ours' });
  });
  afterAll(() => testApp.close());

  describe('plans', () => {
    it('lets a lead start a plan for a period', async () => {
      const response = await call(lead, 'POST', `/api/teams/${teamId}/plans`, {
        title: 'Capacity building plan 2026–2028',
        startYear: 2026,
        endYear: 2028,
        baseCurrency: 'USD',
        exchangeRates: RATES,
      });
      expect(response.statusCode, response.body).toBe(201);
      const plan = response.json();
      planId = plan.id;
      expect(plan).toMatchObject({
        teamId,
        startYear: 2026,
        endYear: 2028,
        baseCurrency: 'USD',
        summary: '',
        activityCount: 0,
        revisionCount: 0,
        totals: { totalMinor: 0, securedMinor: 0, pledgedMinor: 0, unfundedMinor: 0 },
        version: 1,
        revisions: [],
        unrevisedChanges: { added: [], removed: [], changed: [] },
      });
      expect(plan.exchangeRates).toHaveLength(3);
      const list = await call(viewer, 'GET', `/api/teams/${teamId}/plans`);
      expect(list.json().plans.map((listed: { id: string }) => listed.id)).toEqual([planId]);
    });

    it('refuses a second plan for the same period with 409 plan_exists_for_period', async () => {
      const before = await counts();
      const response = await call(lead, 'POST', `/api/teams/${teamId}/plans`, {
        title: 'Duplicate',
        startYear: 2026,
        endYear: 2028,
        baseCurrency: 'USD',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('plan_exists_for_period');
      expect(await counts()).toEqual(before);
    });

    it('refuses a plan with a stale version with 409 and the plan as it is now', async () => {
      const response = await call(lead, 'PATCH', `/api/plans/${planId}`, { version: 99, title: 'Stale' });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('version_conflict');
      expect(response.json().error.current).toMatchObject({ id: planId, version: 1 });
    });

    it('hides a plan from a lead of another team (404 plan_not_found)', async () => {
      const response = await call(otherTeamLead, 'GET', `/api/plans/${planId}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('plan_not_found');
    });
  });

  describe('activities and their costs', () => {
    let activityAId: string;

    it('prices cost lines in two currencies exactly and keeps the uncovered part', async () => {
      const response = await addActivity(activityA());
      expect(response.statusCode, response.body).toBe(201);
      const activity = response.json();
      activityAId = activity.id;
      expect(activity.costLines.map((line: { totalMinor: number }) => line.totalMinor)).toEqual([
        300_000, 750_000,
      ]);
      expect(activity.costLines.map((line: { baseTotalMinor: number }) => line.baseTotalMinor)).toEqual([
        300_000, 120_000,
      ]);
      expect(activity).toMatchObject({ year: 2026, totalMinor: 420_000, uncoveredMinor: 69_999, version: 1 });
      expect(activity.memberIds).toEqual([amelieId, brunoId]);
      expect(activity.fundingShares.map((share: { amountMinor: number }) => share.amountMinor)).toEqual([
        200_000, 150_001,
      ]);
    });

    it('rounds a conversion half to even at the base currency’s minor unit', async () => {
      const response = await addActivity(activityB());
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().costLines[1].baseTotalMinor).toBe(3_712);
      expect(response.json()).toMatchObject({ year: 2027, totalMinor: 83_712, uncoveredMinor: 73_712 });
      const c = await addActivity(activityC());
      expect(c.statusCode, c.body).toBe(201);
      expect(c.json()).toMatchObject({ year: 2028, totalMinor: 108_000, uncoveredMinor: 108_000 });
    });

    const refusals: [string, () => object, number, string, string][] = [
      [
        'a negative quantity',
        () => ({
          ...activityA(),
          costLines: [{ kind: 'fees', quantity: -1, unitCostMinor: 1, currency: 'USD' }],
        }),
        400,
        'validation_failed',
        'body.costLines.0.quantity',
      ],
      [
        'an unknown currency',
        () => ({
          ...activityA(),
          costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 1, currency: 'ZZZ' }],
        }),
        400,
        'validation_failed',
        'body.costLines.0.currency',
      ],
      [
        'a currency the plan has no rate for',
        () => ({
          ...activityA(),
          fundingShares: [],
          costLines: [
            { kind: 'fees', quantity: 1, unitCostMinor: 1, currency: 'USD' },
            { kind: 'fees', quantity: 1, unitCostMinor: 1, currency: 'GBP' },
          ],
        }),
        400,
        'invalid_request',
        'body.costLines.1.currency',
      ],
      [
        'shares worth more than the activity',
        () => ({
          ...activityA(),
          fundingShares: [{ fundingSourceId: mohId, amountMinor: 420_001, status: 'secured' }],
        }),
        400,
        'invalid_request',
        'body.fundingShares',
      ],
      [
        'a member of another team',
        () => ({ ...activityA(), memberIds: [amelieId, otherTeamMemberId] }),
        400,
        'invalid_request',
        'body.memberIds.1',
      ],
      [
        'a funding source of another team',
        () => ({
          ...activityA(),
          fundingShares: [{ fundingSourceId: otherTeamSourceId, amountMinor: 1, status: 'secured' }],
        }),
        400,
        'invalid_request',
        'body.fundingShares.0.fundingSourceId',
      ],
      [
        'dates outside the plan period',
        () => ({ ...activityA(), timing: { kind: 'dates', startsOn: '2029-01-05', endsOn: '2029-01-09' } }),
        422,
        'activity_outside_plan_period',
        'body.timing',
      ],
      [
        'a year outside the plan period',
        () => ({ ...activityA(), timing: { kind: 'quarter', year: 2025, quarter: 4 } }),
        422,
        'activity_outside_plan_period',
        'body.timing',
      ],
    ];
    for (const [what, body, status, code, field] of refusals) {
      it(`refuses an activity with ${what} (${status} naming ${field}) and writes nothing`, async () => {
        const before = await counts();
        const response = await addActivity(body());
        expect(response.statusCode, response.body).toBe(status);
        expect(response.json().error.code).toBe(code);
        expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toContain(
          field,
        );
        expect(await counts()).toEqual(before);
      });
    }

    it('refuses an activity edit or deletion with a stale version, sending the activity as it is now', async () => {
      const before = await counts();
      const patch = await call(lead, 'PATCH', `${activitiesUrl()}/${activityAId}`, {
        version: 7,
        title: 'Stale',
      });
      expect(patch.statusCode).toBe(409);
      expect(patch.json().error).toMatchObject({
        code: 'version_conflict',
        current: { id: activityAId, version: 1 },
      });
      const remove = await call(lead, 'DELETE', `${activitiesUrl()}/${activityAId}?version=7`);
      expect(remove.statusCode).toBe(409);
      expect(remove.json().error.current.title).toBe('DHIS2 Academy (Level 1)');
      expect(await counts()).toEqual(before);
    });

    it('keeps an edit that fails validation from changing anything', async () => {
      const before = await counts();
      const response = await call(lead, 'PATCH', `${activitiesUrl()}/${activityAId}`, {
        version: 1,
        title: 'Renamed',
        costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 100, currency: 'GBP' }],
      });
      expect(response.statusCode).toBe(400);
      const activity = (await call(lead, 'GET', `${activitiesUrl()}/${activityAId}`)).json();
      expect(activity).toMatchObject({ title: 'DHIS2 Academy (Level 1)', version: 1, totalMinor: 420_000 });
      expect(await counts()).toEqual(before);
    });
  });

  describe('budget', () => {
    it('adds up per year, source, type, role and member to the same totals, to the minor unit', async () => {
      const response = await call(lead, 'GET', `/api/plans/${planId}/budget`);
      expect(response.statusCode, response.body).toBe(200);
      const budget = response.json();
      expect(budget).toMatchObject({ baseCurrency: 'USD', year: null, visibility: 'full', warnings: [] });
      expect(budget.totals).toEqual({
        totalMinor: 611_712,
        securedMinor: 200_000,
        pledgedMinor: 150_001,
        unfundedMinor: 261_711,
      });
      expect(budget.byYear).toEqual([
        {
          year: 2026,
          totalMinor: 420_000,
          securedMinor: 200_000,
          pledgedMinor: 150_001,
          unfundedMinor: 69_999,
        },
        { year: 2027, totalMinor: 83_712, securedMinor: 0, pledgedMinor: 0, unfundedMinor: 83_712 },
        { year: 2028, totalMinor: 108_000, securedMinor: 0, pledgedMinor: 0, unfundedMinor: 108_000 },
      ]);
      const bySource = Object.fromEntries(
        budget.byFundingSource.map((line: { fundingSourceId: string | null }) => [
          line.fundingSourceId,
          line,
        ]),
      );
      expect(bySource[mohId]).toMatchObject({
        totalMinor: 200_000,
        securedMinor: 200_000,
        kind: 'government',
      });
      expect(bySource[partnerId]).toMatchObject({
        totalMinor: 160_001,
        pledgedMinor: 150_001,
        unfundedMinor: 10_000,
      });
      expect(bySource.null).toMatchObject({ totalMinor: 251_711, unfundedMinor: 251_711, kind: null });
      const byType = Object.fromEntries(
        budget.byActivityType.map((line: { type: string; totalMinor: number }) => [
          line.type,
          line.totalMinor,
        ]),
      );
      expect(byType).toEqual({ 'in-person-training': 420_000, 'online-course': 83_712, conference: 108_000 });
      // Amélie's first current role is implementer (her envisioned trainer role comes first but is not current).
      const byRole = Object.fromEntries(
        budget.byRole.map((line: { roleKey: string | null; totalMinor: number }) => [
          line.roleKey,
          line.totalMinor,
        ]),
      );
      expect(byRole).toEqual({ implementer: 210_000 + 83_712, trainer: 210_000, null: 108_000 });
      const byMember = Object.fromEntries(
        budget.byMember.map((line: { memberId: string }) => [line.memberId, line]),
      );
      expect(byMember[amelieId].totalMinor).toBe(293_712);
      expect(byMember[brunoId].totalMinor).toBe(210_000);
      for (const part of ['totalMinor', 'securedMinor', 'pledgedMinor', 'unfundedMinor'] as const) {
        const sum = (lines: Record<string, number>[]) =>
          lines.reduce((total, line) => total + line[part]!, 0);
        expect(sum(budget.byYear)).toBe(budget.totals[part]);
        expect(sum(budget.byFundingSource)).toBe(budget.totals[part]);
        expect(sum(budget.byActivityType)).toBe(budget.totals[part]);
        expect(sum(budget.byRole)).toBe(budget.totals[part]);
        // Members plus the activity without members (C, all unfunded).
        const memberless = { totalMinor: 108_000, securedMinor: 0, pledgedMinor: 0, unfundedMinor: 108_000 };
        expect(sum(budget.byMember) + memberless[part]).toBe(budget.totals[part]);
      }
    });

    it('gives one year’s budget with ?year=', async () => {
      const budget = (await call(lead, 'GET', `/api/plans/${planId}/budget?year=2027`)).json();
      expect(budget.year).toBe(2027);
      expect(budget.totals).toEqual({
        totalMinor: 83_712,
        securedMinor: 0,
        pledgedMinor: 0,
        unfundedMinor: 83_712,
      });
      expect(budget.byYear.map((line: { year: number }) => line.year)).toEqual([2027]);
      const outside = await call(lead, 'GET', `/api/plans/${planId}/budget?year=2031`);
      expect(outside.statusCode).toBe(400);
    });

    it('shows others only the totals, without a line per member', async () => {
      for (const actor of [viewer, bruno, assessor]) {
        const budget = (await call(actor, 'GET', `/api/plans/${planId}/budget`)).json();
        expect(budget.visibility).toBe('totals');
        expect(budget.byMember).toBeUndefined();
        expect(budget.totals.totalMinor).toBe(611_712);
      }
      expect((await call(systemAdmin, 'GET', `/api/plans/${planId}/budget`)).json().visibility).toBe('full');
    });
  });

  describe('who sees which activities', () => {
    it('shows a member only the activities they take part in, and hides the others (404)', async () => {
      const all = (await call(lead, 'GET', activitiesUrl())).json();
      expect(all.visibility).toBe('all');
      expect(all.activities).toHaveLength(3);
      const own = (await call(bruno, 'GET', activitiesUrl())).json();
      expect(own.visibility).toBe('own');
      expect(own.activities.map((activity: { title: string }) => activity.title)).toEqual([
        'DHIS2 Academy (Level 1)',
      ]);
      const notHis = all.activities.find(
        (activity: { title: string }) => activity.title === 'Regional conference',
      );
      const response = await call(bruno, 'GET', `${activitiesUrl()}/${notHis.id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('activity_not_found');
      expect((await call(assessor, 'GET', activitiesUrl())).json().activities).toEqual([]);
    });

    it('refuses viewers the activities (403): they see totals only', async () => {
      const response = await call(viewer, 'GET', activitiesUrl());
      expect(response.statusCode).toBe(403);
    });

    it('refuses members any change to the plan (403)', async () => {
      const response = await call(bruno, 'POST', activitiesUrl(), activityC());
      expect(response.statusCode).toBe(403);
      expect(
        (await call(bruno, 'PATCH', `/api/plans/${planId}`, { version: 1, title: 'Mine' })).statusCode,
      ).toBe(403);
    });
  });

  describe('exchange rates', () => {
    it('re-prices every activity when a rate changes', async () => {
      const rates = RATES.map((rate) =>
        rate.effectiveOn === '2026-01-01' && rate.currency === 'XOF' ? { ...rate, rate: '0.0017' } : rate,
      );
      const response = await call(lead, 'PATCH', `/api/plans/${planId}`, {
        version: await planVersion(),
        exchangeRates: rates,
      });
      expect(response.statusCode, response.body).toBe(200);
      // A's travel: 750,000 XOF × 0.0017 = 1,275.00 USD; B (2027 rate) and C are unchanged.
      expect(response.json().totals.totalMinor).toBe(611_712 + 7_500);
      const activities = (await call(lead, 'GET', activitiesUrl())).json().activities;
      const a = activities.find(
        (activity: { title: string }) => activity.title === 'DHIS2 Academy (Level 1)',
      );
      expect(a.costLines[1].baseTotalMinor).toBe(127_500);
      expect(a).toMatchObject({ totalMinor: 427_500, uncoveredMinor: 77_499, version: 1 });
    });

    it('refuses rates that leave a cost line without a rate (400 on exchangeRates) and changes nothing', async () => {
      const before = await counts();
      const version = await planVersion();
      const response = await call(lead, 'PATCH', `/api/plans/${planId}`, {
        version,
        exchangeRates: RATES.filter((rate) => rate.currency !== 'EUR'),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toContain(
        'body.exchangeRates',
      );
      const plan = (await call(lead, 'GET', `/api/plans/${planId}`)).json();
      expect(plan).toMatchObject({ version, totals: { totalMinor: 619_212 } });
      expect(plan.exchangeRates).toHaveLength(3);
      expect(await counts()).toEqual(before);
    });

    it('refuses a rate that would price a cost line beyond the largest amount, saying so', async () => {
      const before = await counts();
      const response = await call(lead, 'PATCH', `/api/plans/${planId}`, {
        version: await planVersion(),
        exchangeRates: RATES.map((rate) =>
          rate.currency === 'XOF' ? { ...rate, rate: '999999999999' } : rate,
        ),
      });
      expect(response.statusCode).toBe(400);
      const problems = response
        .json()
        .error.details.map((detail: { field: string; problem: string }) => detail);
      expect(problems.every((detail: { field: string }) => detail.field === 'body.exchangeRates')).toBe(true);
      expect(problems.map((detail: { problem: string }) => detail.problem).join(' ')).toContain(
        'largest amount',
      );
      expect(problems.map((detail: { problem: string }) => detail.problem).join(' ')).not.toContain(
        'no rate',
      );
      expect(await counts()).toEqual(before);
    });

    it('refuses a period that would leave activities outside it (422)', async () => {
      const response = await call(lead, 'PATCH', `/api/plans/${planId}`, {
        version: await planVersion(),
        endYear: 2027,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('activity_outside_plan_period');
    });
  });

  describe('revisions', () => {
    it('records the first revision against an empty plan', async () => {
      const before = (await call(lead, 'GET', `/api/plans/${planId}`)).json();
      expect(before.unrevisedChanges.added).toHaveLength(3);
      const response = await call(lead, 'POST', `/api/plans/${planId}/revisions`, {
        note: 'Approved by the HMIS unit',
        version: before.version,
      });
      expect(response.statusCode, response.body).toBe(201);
      const plan = response.json();
      expect(plan.revisionCount).toBe(1);
      expect(plan.revisions[0]).toMatchObject({
        number: 1,
        note: 'Approved by the HMIS unit',
        createdBy: { userId: lead.user.id },
      });
      expect(plan.revisions[0].changes.added).toHaveLength(3);
      expect(plan.revisions[0].changes.totalsBefore.totalMinor).toBe(0);
      expect(plan.revisions[0].changes.totalsAfter.totalMinor).toBe(619_212);
      expect(plan.unrevisedChanges).toMatchObject({ added: [], removed: [], changed: [] });
    });

    it('refuses a revision of a plan that changed since it was read (409)', async () => {
      const response = await call(lead, 'POST', `/api/plans/${planId}/revisions`, {
        note: 'Stale',
        version: 1,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.current.revisionCount).toBe(1);
    });

    it('records what was added, removed and changed, and the totals before and after', async () => {
      const activities = (await call(lead, 'GET', activitiesUrl())).json().activities;
      const byTitle = (title: string) =>
        activities.find((activity: { title: string }) => activity.title === title);
      const b = byTitle('Online course: data quality');
      const c = byTitle('Regional conference');
      const edited = await call(lead, 'PATCH', `${activitiesUrl()}/${b.id}`, {
        version: b.version,
        costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 90_000, currency: 'USD' }],
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({ totalMinor: 90_000, uncoveredMinor: 80_000, version: 2 });
      expect((await call(lead, 'DELETE', `${activitiesUrl()}/${c.id}?version=${c.version}`)).statusCode).toBe(
        204,
      );
      const added = await addActivity({ ...activityC(), title: 'Mentoring visit', type: 'mentoring' });
      expect(added.statusCode).toBe(201);

      const pending = (await call(lead, 'GET', `/api/plans/${planId}`)).json();
      const response = await call(lead, 'POST', `/api/plans/${planId}/revisions`, {
        note: 'Annual review',
        version: pending.version,
      });
      expect(response.statusCode, response.body).toBe(201);
      const { changes } = response.json().revisions[1];
      expect(changes.added).toEqual([
        { activityId: added.json().id, title: 'Mentoring visit', totalMinor: 108_000 },
      ]);
      expect(changes.removed).toEqual([
        { activityId: c.id, title: 'Regional conference', totalMinor: 108_000 },
      ]);
      expect(changes.changed).toEqual([
        {
          activityId: b.id,
          title: 'Online course: data quality',
          // The uncovered part changed with the cost, so the funding picture changed too.
          fields: ['costs', 'funding'],
          totalBeforeMinor: 83_712,
          totalAfterMinor: 90_000,
        },
      ]);
      expect(changes.totalsBefore.totalMinor).toBe(619_212);
      expect(changes.totalsAfter.totalMinor).toBe(619_212 - 83_712 + 90_000);
    });
  });

  describe('files', () => {
    it('serves the plan document as a PDF attachment named after the plan', async () => {
      const response = await call(lead, 'GET', `/api/plans/${planId}/document.pdf`);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="capacity-building-plan-2026-2028.pdf"',
      );
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('serves the budget workbook as XLSX', async () => {
      const response = await call(systemAdmin, 'GET', `/api/plans/${planId}/workbook.xlsx`);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toContain('capacity-building-plan-2026-2028.xlsx');
      expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
    });

    const inFrench = (actor: SignedInActor, url: string) =>
      testApp.app.inject(
        asActor(actor, { method: 'GET', url, headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } }),
      );

    it('writes the plan document in the language the request accepts', async () => {
      const response = await inFrench(lead, `/api/plans/${planId}/document.pdf`);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers['content-language']).toBe('fr');
      const parser = new PDFParse({ data: new Uint8Array(response.rawPayload) });
      const text = (await parser.getText()).text.replace(/\s+/g, ' ');
      await parser.destroy();
      const budget = (await call(lead, 'GET', `/api/plans/${planId}/budget`)).json();
      const usd = (minor: number) => formatMoney(minor, 'USD', 2, 'fr').replace(/\s+/g, ' ');
      for (const words of [
        'Équipe centrale DHIS2 · Plan de renforcement des capacités',
        'Déficit de financement',
        'Activités par membre',
        'Termes de référence',
        // The seeded roles catalogue and default terms of reference, in French.
        'Responsable opérationnel',
        'Page 1 sur',
        `Total ${usd(budget.totals.totalMinor)}`,
      ]) {
        expect(text).toContain(words);
      }
      expect(text).not.toContain('Funding gap');
      expect(text).not.toContain('Operational Lead');
    });

    it('writes the budget workbook in the language the request accepts, sheet names unchanged', async () => {
      const response = await inFrench(lead, `/api/plans/${planId}/workbook.xlsx`);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers['content-language']).toBe('fr');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Summary',
        'Activities',
        'Cost lines',
        'Funding shares',
        'Member shares',
      ]);
      const activities = workbook.getWorksheet('Activities')!;
      expect(activities.getRow(1).getCell(2).value).toBe('Activité');
      expect(activities.getRow(2).getCell('I').numFmt).toBe('#,##0.00" USD"');
      expect(workbook.getWorksheet('Summary')!.getRow(5).getCell(1).value).toBe('Par année');
    });

    it('keeps the files from members (403)', async () => {
      expect((await call(bruno, 'GET', `/api/plans/${planId}/document.pdf`)).statusCode).toBe(403);
      expect((await call(viewer, 'GET', `/api/plans/${planId}/workbook.xlsx`)).statusCode).toBe(403);
    });
  });

  describe('several activities at once', () => {
    let batchPlanId: string;
    const batchUrl = () => `/api/plans/${batchPlanId}/activities/batch`;
    const prerequisite = () => ({
      title: 'Introduction to DHIS2',
      type: 'online-course',
      timing: { kind: 'quarter', year: 2031, quarter: 1 },
      memberIds: [amelieId],
      courseKey: 'introduction-to-dhis2',
    });
    const course = () => ({
      title: 'Tracker Configuration',
      type: 'online-course',
      timing: { kind: 'quarter', year: 2031, quarter: 2 },
      memberIds: [amelieId],
      gapCategoryKeys: ['implementer-program.tracker-design'],
      costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 45_000, currency: 'USD' }],
      fundingShares: [{ fundingSourceId: partnerId, amountMinor: 20_000, status: 'pledged' }],
    });

    beforeAll(async () => {
      const response = await call(lead, 'POST', `/api/teams/${teamId}/plans`, {
        title: 'Plan 2031–2032',
        startYear: 2031,
        endYear: 2032,
        baseCurrency: 'USD',
      });
      expect(response.statusCode, response.body).toBe(201);
      batchPlanId = response.json().id;
    });

    it('adds a course and its prerequisite in the order given, priced like one at a time', async () => {
      const response = await call(lead, 'POST', batchUrl(), { activities: [prerequisite(), course()] });
      expect(response.statusCode, response.body).toBe(201);
      const { activities } = response.json();
      expect(activities.map((activity: { title: string }) => activity.title)).toEqual([
        'Introduction to DHIS2',
        'Tracker Configuration',
      ]);
      expect(activities[0]).toMatchObject({ courseKey: 'introduction-to-dhis2', totalMinor: 0, year: 2031 });
      expect(activities[1]).toMatchObject({
        totalMinor: 45_000,
        uncoveredMinor: 25_000,
        planId: batchPlanId,
      });
      const plan = (await call(lead, 'GET', `/api/plans/${batchPlanId}`)).json();
      expect(plan).toMatchObject({
        activityCount: 2,
        totals: { totalMinor: 45_000, pledgedMinor: 20_000, unfundedMinor: 25_000 },
      });
      const listed = (await call(lead, 'GET', `/api/plans/${batchPlanId}/activities`)).json().activities;
      expect(listed.map((activity: { id: string }) => activity.id)).toEqual(
        activities.map((activity: { id: string }) => activity.id),
      );
    });

    it('adds none when one is refused, naming the activity and its field', async () => {
      const before = await counts();
      const response = await call(lead, 'POST', batchUrl(), {
        activities: [prerequisite(), { ...course(), memberIds: [amelieId, otherTeamMemberId] }],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'invalid_request',
        details: [{ field: 'body.activities.1.memberIds.1', problem: 'is not a member of this team' }],
      });
      expect(response.json().error.message).toMatch(/^Activity 2: .* Nothing was added\.$/);
      expect(await counts()).toEqual(before);
    });

    it('adds none when one falls outside the plan period (422 naming its timing)', async () => {
      const before = await counts();
      const response = await call(lead, 'POST', batchUrl(), {
        activities: [{ ...prerequisite(), timing: { kind: 'quarter', year: 2030, quarter: 4 } }, course()],
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('activity_outside_plan_period');
      expect(response.json().error.details[0].field).toBe('body.activities.0.timing');
      expect(await counts()).toEqual(before);
    });

    const invalidLists: [string, () => object, string][] = [
      ['an empty list', () => ({ activities: [] }), 'body.activities'],
      [
        'more than 20 activities',
        () => ({ activities: Array.from({ length: 21 }, () => prerequisite()) }),
        'body.activities',
      ],
      [
        'an activity without a title',
        () => ({ activities: [{ ...course(), title: '' }] }),
        'body.activities.0.title',
      ],
      ['an unknown field', () => ({ activities: [course()], planId: batchPlanId }), 'body'],
    ];
    for (const [what, body, field] of invalidLists) {
      it(`refuses ${what} (400 naming ${field}) and writes nothing`, async () => {
        const before = await counts();
        const response = await call(lead, 'POST', batchUrl(), body());
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toContain(
          field,
        );
        expect(await counts()).toEqual(before);
      });
    }

    it('lets only the team’s leads add them', async () => {
      const before = await counts();
      const body = { activities: [course()] };
      expect((await call(bruno, 'POST', batchUrl(), body)).statusCode).toBe(403);
      expect((await call(viewer, 'POST', batchUrl(), body)).statusCode).toBe(403);
      expect((await call(otherTeamLead, 'POST', batchUrl(), body)).statusCode).toBe(404);
      expect(await counts()).toEqual(before);
    });
  });
});
