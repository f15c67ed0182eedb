import { describe, expect, it } from 'vitest';
import type { FundingShareInput, PlanTotals } from '../schemas/plan.schema.js';
import { planTotals, summariseBudget, type BudgetActivity, type BudgetInput } from './budget.js';

const share = (
  fundingSourceId: string,
  amountMinor: number,
  status: FundingShareInput['status'],
): FundingShareInput => ({ fundingSourceId, amountMinor, status });

function anActivity(overrides: Partial<BudgetActivity> & { id: string }): BudgetActivity {
  return {
    type: 'online-course',
    status: 'planned',
    year: 2026,
    memberIds: [],
    totalMinor: 0,
    fundingShares: [],
    uncoveredMinor: 0,
    ...overrides,
  };
}

const line = (
  totalMinor: number,
  securedMinor: number,
  pledgedMinor: number,
  unfundedMinor: number,
): PlanTotals => ({
  totalMinor,
  securedMinor,
  pledgedMinor,
  unfundedMinor,
});

/*
 * a1: an academy for three members, 1,000.01 USD; 500.00 secured, 300.01 pledged, 200.00 uncovered.
 * a2: an online course for m2 in 2027, 400.00; shares of 450.00 secured and 50.00 pledged exceed it.
 * a3: an online course for nobody in particular, 123.45; 23.45 marked unfunded, 100.00 uncovered.
 * a4: cancelled: counts nowhere.
 */
const activities: BudgetActivity[] = [
  anActivity({
    id: 'a1',
    type: 'academy-in-person',
    memberIds: ['m1', 'm2', 'm3'],
    totalMinor: 100_001,
    fundingShares: [share('s1', 50_000, 'secured'), share('s2', 30_001, 'pledged')],
    uncoveredMinor: 20_000,
  }),
  anActivity({
    id: 'a2',
    year: 2027,
    memberIds: ['m2'],
    totalMinor: 40_000,
    fundingShares: [share('s1', 45_000, 'secured'), share('s2', 5_000, 'pledged')],
  }),
  anActivity({
    id: 'a3',
    totalMinor: 12_345,
    fundingShares: [share('s2', 2_345, 'unfunded')],
    uncoveredMinor: 10_000,
  }),
  anActivity({
    id: 'a4',
    type: 'conference',
    status: 'cancelled',
    memberIds: ['m1'],
    totalMinor: 99_999,
    fundingShares: [share('s3', 99_999, 'secured')],
  }),
];

function aBudgetInput(overrides: Partial<BudgetInput> = {}): BudgetInput {
  return {
    plan: { id: 'p1', startYear: 2026, endYear: 2028, baseCurrency: 'USD' },
    activities,
    fundingSources: [
      { id: 's3', name: 'Unused fund', kind: 'other' },
      { id: 's1', name: 'Ministry budget line 4.2.1', kind: 'government' },
      { id: 's2', name: 'Partner', kind: 'partner' },
    ],
    members: [
      { id: 'm1', name: 'Amina', roleKey: 'trainer' },
      { id: 'm2', name: 'Bruno', roleKey: 'implementer' },
      { id: 'm3', name: 'Chen', roleKey: null },
      { id: 'm4', name: 'Dina', roleKey: 'server-administrator' },
    ],
    visibility: 'full',
    labels: { uncovered: 'Not yet funded' },
    ...overrides,
  };
}

function sum(lines: readonly PlanTotals[]): PlanTotals {
  return lines.reduce(
    (total, l) =>
      line(
        total.totalMinor + l.totalMinor,
        total.securedMinor + l.securedMinor,
        total.pledgedMinor + l.pledgedMinor,
        total.unfundedMinor + l.unfundedMinor,
      ),
    line(0, 0, 0, 0),
  );
}

const amounts = (l: PlanTotals): PlanTotals =>
  line(l.totalMinor, l.securedMinor, l.pledgedMinor, l.unfundedMinor);

describe('summariseBudget', () => {
  const budget = summariseBudget(aBudgetInput());

  it('totals every activity that is not cancelled, capping shares at the activity total', () => {
    // 1,000.01 + 400.00 + 123.45; secured 500.00 + 400.00; unfunded 200.00 + 123.45
    expect(budget.totals).toEqual(line(152_346, 90_000, 30_001, 32_345));
    expect(budget).toMatchObject({ planId: 'p1', baseCurrency: 'USD', year: null, visibility: 'full' });
  });

  it('has a line for every year of the period, empty years included', () => {
    expect(budget.byYear).toEqual([
      { year: 2026, ...line(112_346, 50_000, 30_001, 32_345) },
      { year: 2027, ...line(40_000, 40_000, 0, 0) },
      { year: 2028, ...line(0, 0, 0, 0) },
    ]);
  });

  it('has a line per funding source with shares, in the sources order, then the uncovered part', () => {
    expect(budget.byFundingSource).toEqual([
      {
        fundingSourceId: 's1',
        name: 'Ministry budget line 4.2.1',
        kind: 'government',
        ...line(90_000, 90_000, 0, 0),
      },
      { fundingSourceId: 's2', name: 'Partner', kind: 'partner', ...line(32_346, 0, 30_001, 2_345) },
      { fundingSourceId: null, name: 'Not yet funded', kind: null, ...line(30_000, 0, 0, 30_000) },
    ]);
  });

  it('has a line per activity type that has activities, in the order of the types', () => {
    expect(budget.byActivityType).toEqual([
      { type: 'academy-in-person', ...line(100_001, 50_000, 30_001, 20_000) },
      { type: 'online-course', ...line(52_345, 40_000, 0, 12_345) },
    ]);
  });

  it('splits an activity for several members evenly, remainders to the first members, for each status too', () => {
    // a1's 100,001 → 33,334 / 33,334 / 33,333; secured 50,000 → 16,667 / 16,667 / 16,666;
    // pledged 30,001 → the extra unit goes on from the third member; uncovered 20,000 → 6,667 / 6,667 / 6,666.
    expect(budget.byMember).toEqual([
      { memberId: 'm1', name: 'Amina', ...line(33_334, 16_667, 10_000, 6_667) },
      { memberId: 'm2', name: 'Bruno', ...line(73_334, 56_667, 10_000, 6_667) },
      { memberId: 'm3', name: 'Chen', ...line(33_333, 16_666, 10_001, 6_666) },
      { memberId: 'm4', name: 'Dina', ...line(0, 0, 0, 0) },
    ]);
  });

  it('counts members under their role, and activities without members under no role', () => {
    expect(budget.byRole).toEqual([
      { roleKey: 'implementer', ...line(73_334, 56_667, 10_000, 6_667) },
      { roleKey: 'trainer', ...line(33_334, 16_667, 10_000, 6_667) },
      // Chen has no role (33,333) and a3 names no member (12,345).
      { roleKey: null, ...line(45_678, 16_666, 10_001, 19_011) },
    ]);
  });

  it('warns about shares that exceed their activity', () => {
    expect(budget.warnings).toEqual([
      {
        activityId: 'a2',
        problem:
          'Its funding shares add up to 500.00 USD, more than it costs (400.00 USD); they are counted only up to its cost.',
      },
    ]);
  });

  it('adds up the same way in every breakdown', () => {
    const memberless = line(12_345, 0, 0, 12_345);
    expect(sum(budget.byYear.map(amounts))).toEqual(budget.totals);
    expect(sum(budget.byFundingSource.map(amounts))).toEqual(budget.totals);
    expect(sum(budget.byActivityType.map(amounts))).toEqual(budget.totals);
    expect(sum(budget.byRole.map(amounts))).toEqual(budget.totals);
    expect(sum([...(budget.byMember ?? []).map(amounts), memberless])).toEqual(budget.totals);
  });

  it('leaves out per-member lines for those who may only see totals', () => {
    const totalsOnly = summariseBudget(aBudgetInput({ visibility: 'totals' }));
    expect(totalsOnly.visibility).toBe('totals');
    expect('byMember' in totalsOnly).toBe(false);
    expect(totalsOnly.byRole).toEqual(budget.byRole);
  });

  it('summarises one year when asked', () => {
    const year = summariseBudget(aBudgetInput({ year: 2027 }));
    expect(year.year).toBe(2027);
    expect(year.totals).toEqual(line(40_000, 40_000, 0, 0));
    expect(year.byYear).toEqual([{ year: 2027, ...line(40_000, 40_000, 0, 0) }]);
    expect(year.byFundingSource).toEqual([
      {
        fundingSourceId: 's1',
        name: 'Ministry budget line 4.2.1',
        kind: 'government',
        ...line(40_000, 40_000, 0, 0),
      },
      { fundingSourceId: 's2', name: 'Partner', kind: 'partner', ...line(0, 0, 0, 0) },
    ]);
    expect(year.byActivityType).toEqual([{ type: 'online-course', ...line(40_000, 40_000, 0, 0) }]);
    expect(year.byRole).toEqual([{ roleKey: 'implementer', ...line(40_000, 40_000, 0, 0) }]);
    expect(year.byMember?.map((m) => m.totalMinor)).toEqual([0, 40_000, 0, 0]);
  });

  it('gives an empty plan a line of zeros per year and nothing else', () => {
    const empty = summariseBudget(aBudgetInput({ activities: [] }));
    expect(empty.totals).toEqual(line(0, 0, 0, 0));
    expect(empty.byYear).toHaveLength(3);
    expect(empty.byFundingSource).toEqual([]);
    expect(empty.byActivityType).toEqual([]);
    expect(empty.byRole).toEqual([]);
    expect(empty.warnings).toEqual([]);
  });

  it('counts an activity that starts outside the period in its own year, with a warning', () => {
    const outside = summariseBudget(
      aBudgetInput({ activities: [anActivity({ id: 'late', year: 2029, totalMinor: 500 })] }),
    );
    expect(outside.byYear.map((y) => [y.year, y.totalMinor])).toEqual([
      [2026, 0],
      [2027, 0],
      [2028, 0],
      [2029, 500],
    ]);
    expect(outside.warnings).toEqual([
      { activityId: 'late', problem: 'It starts in 2029, outside the plan period (2026–2028).' },
    ]);
  });

  it('keeps every breakdown exact for many awkward amounts', () => {
    let seed = 42;
    const next = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % max;
    };
    const statuses = ['secured', 'pledged', 'unfunded'] as const;
    const many: BudgetActivity[] = Array.from({ length: 200 }, (_, index) => {
      const totalMinor = next(1_000_000);
      const memberIds = ['m1', 'm2', 'm3', 'm4'].slice(0, next(5));
      const fundingShares = ['s1', 's2', 's3']
        .slice(0, next(4))
        .map((id) => share(id, next(600_000), statuses[next(3)] ?? 'secured'));
      return anActivity({
        id: `x${index}`,
        year: 2026 + next(3),
        type: index % 2 === 0 ? 'mentoring' : 'conference',
        status: next(10) === 0 ? 'cancelled' : 'planned',
        memberIds,
        totalMinor,
        fundingShares,
      });
    });
    const result = summariseBudget(aBudgetInput({ activities: many }));
    const memberless = sum(
      many.filter((a) => a.status !== 'cancelled' && a.memberIds.length === 0).map((a) => planTotals([a])),
    );
    expect(sum(result.byYear.map(amounts))).toEqual(result.totals);
    expect(sum(result.byFundingSource.map(amounts))).toEqual(result.totals);
    expect(sum(result.byActivityType.map(amounts))).toEqual(result.totals);
    expect(sum(result.byRole.map(amounts))).toEqual(result.totals);
    expect(sum([...(result.byMember ?? []).map(amounts), memberless])).toEqual(result.totals);
    expect(planTotals(many)).toEqual(result.totals);
    for (const l of [result.totals, ...(result.byMember ?? []), ...result.byFundingSource]) {
      expect(l.securedMinor + l.pledgedMinor + l.unfundedMinor).toBe(l.totalMinor);
    }
  });
});

describe('planTotals', () => {
  it('adds up the activities that are not cancelled', () => {
    expect(planTotals(activities)).toEqual(line(152_346, 90_000, 30_001, 32_345));
  });

  it('is zero for no activities', () => {
    expect(planTotals([])).toEqual(line(0, 0, 0, 0));
  });
});
