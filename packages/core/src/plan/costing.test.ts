import { describe, expect, it } from 'vitest';
import type { CostLineInput, ExchangeRate, FundingShareInput } from '../schemas/plan.schema.js';
import { costActivity, type ActivityCostInput, type CostingPlan } from './costing.js';

const rates: ExchangeRate[] = [
  { currency: 'EUR', rate: '1.08', effectiveOn: '2026-01-01' },
  { currency: 'EUR', rate: '1.12', effectiveOn: '2027-01-01' },
  { currency: 'XOF', rate: '0.0017', effectiveOn: '2026-01-01' },
];
const plan: CostingPlan = { startYear: 2026, endYear: 2028, baseCurrency: 'USD', exchangeRates: rates };

const line = (quantity: number, unitCostMinor: number, currency: string): CostLineInput => ({
  kind: 'fees',
  description: '',
  quantity,
  unitCostMinor,
  currency,
});
const share = (
  fundingSourceId: string,
  amountMinor: number,
  status: FundingShareInput['status'],
): FundingShareInput => ({ fundingSourceId, amountMinor, status });

function anActivity(overrides: Partial<ActivityCostInput> = {}): ActivityCostInput {
  return {
    timing: { kind: 'dates', startsOn: '2026-03-10', endsOn: '2026-03-14' },
    status: 'planned',
    costLines: [],
    fundingShares: [],
    ...overrides,
  };
}

describe('costActivity', () => {
  it('prices lines in several currencies and splits the funding by status', () => {
    const result = costActivity({
      plan,
      activity: anActivity({
        costLines: [
          line(2, 150_000, 'EUR'), // EUR 3,000.00 × 1.08 = USD 3,240.00
          line(5, 35_000, 'XOF'), // XOF 175,000 × 0.0017 = USD 297.50
          line(1, 85_050, 'USD'), // USD 850.50
        ],
        fundingShares: [
          share('ministry', 200_000, 'secured'),
          share('partner', 150_000, 'pledged'),
          share('other', 50_000, 'unfunded'),
        ],
      }),
    });
    expect(result).toEqual({
      ok: true,
      costed: {
        costLines: [
          { totalMinor: 300_000, baseTotalMinor: 324_000 },
          { totalMinor: 175_000, baseTotalMinor: 29_750 },
          { totalMinor: 85_050, baseTotalMinor: 85_050 },
        ],
        totalMinor: 438_800,
        uncoveredMinor: 38_800,
        securedMinor: 200_000,
        pledgedMinor: 150_000,
        unfundedMinor: 88_800, // 50,000 marked unfunded + 38,800 no share covers
      },
    });
  });

  it('rounds each line to the cent, half to even, and adds the rounded lines', () => {
    // XOF 50 × 0.0017 = 8.5 cents → 8; XOF 150 = 25.5 cents → 26. Converted together, XOF 100 would be 17.
    const result = costActivity({
      plan,
      activity: anActivity({ costLines: [line(1, 50, 'XOF'), line(1, 50, 'XOF'), line(3, 50, 'XOF')] }),
    });
    expect(result.ok && result.costed.costLines.map((l) => l.baseTotalMinor)).toEqual([8, 8, 26]);
    expect(result.ok && result.costed.totalMinor).toBe(42);
    expect(result.ok && result.costed.unfundedMinor).toBe(42);
  });

  it('converts at the rate in force on the first day of the quarter', () => {
    const result = costActivity({
      plan,
      activity: anActivity({
        timing: { kind: 'quarter', year: 2027, quarter: 2 },
        costLines: [line(1, 10_000, 'EUR')],
      }),
    });
    expect(result.ok && result.costed.totalMinor).toBe(11_200);
  });

  it('converts a year-only activity at the rate of 1 January', () => {
    const result = costActivity({
      plan: {
        ...plan,
        exchangeRates: [...rates, { currency: 'EUR', rate: '1.30', effectiveOn: '2027-01-02' }],
      },
      activity: anActivity({
        timing: { kind: 'quarter', year: 2027, quarter: null },
        costLines: [line(1, 10_000, 'EUR')],
      }),
    });
    expect(result.ok && result.costed.totalMinor).toBe(11_200);
  });

  it('uses the earliest rate for an activity starting before every rate of its currency', () => {
    const result = costActivity({
      plan: { ...plan, exchangeRates: [{ currency: 'EUR', rate: '1.10', effectiveOn: '2026-06-01' }] },
      activity: anActivity({ costLines: [line(1, 10_000, 'EUR')] }),
    });
    expect(result.ok && result.costed.totalMinor).toBe(11_000);
  });

  it('prices an activity without cost lines at zero, all of it covered', () => {
    expect(costActivity({ plan, activity: anActivity() })).toEqual({
      ok: true,
      costed: {
        costLines: [],
        totalMinor: 0,
        uncoveredMinor: 0,
        securedMinor: 0,
        pledgedMinor: 0,
        unfundedMinor: 0,
      },
    });
  });

  it('accepts shares that cover the cost exactly', () => {
    const result = costActivity({
      plan,
      activity: anActivity({
        costLines: [line(3, 33_333, 'USD')],
        fundingShares: [share('ministry', 49_999, 'secured'), share('partner', 50_000, 'pledged')],
      }),
    });
    expect(result.ok && result.costed).toMatchObject({
      totalMinor: 99_999,
      uncoveredMinor: 0,
      unfundedMinor: 0,
    });
  });

  it('refuses shares that add up to more than the activity costs', () => {
    const result = costActivity({
      plan,
      activity: anActivity({
        costLines: [line(1, 10_000, 'USD')],
        fundingShares: [share('ministry', 6_000, 'secured'), share('partner', 4_001, 'pledged')],
      }),
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'fundingShares',
          problem: 'add up to 100.01 USD, more than the activity costs (100.00 USD)',
          status: 400,
          code: 'invalid_request',
          reason: 'shares_exceed_total',
        },
      ],
    });
  });

  it('names the cost line whose currency has no rate in the plan', () => {
    const result = costActivity({
      plan,
      activity: anActivity({ costLines: [line(1, 100, 'USD'), line(1, 100, 'GBP')] }),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        field: 'costLines.1.currency',
        status: 400,
        code: 'invalid_request',
        reason: 'no_rate',
      }),
    ]);
  });

  it('refuses an activity outside the plan period with 422, alongside other problems', () => {
    const result = costActivity({
      plan,
      activity: anActivity({
        timing: { kind: 'dates', startsOn: '2028-12-30', endsOn: '2029-01-03' },
        costLines: [line(1, 100, 'GBP')],
      }),
    });
    expect(!result.ok && result.problems.map((p) => [p.field, p.status, p.code])).toEqual([
      ['timing', 422, 'activity_outside_plan_period'],
      ['costLines.0.currency', 400, 'invalid_request'],
    ]);
  });

  it('refuses a year outside the plan period', () => {
    const result = costActivity({
      plan,
      activity: anActivity({ timing: { kind: 'quarter', year: 2025, quarter: 4 } }),
    });
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['timing']);
  });

  it('refuses a line whose total is beyond the largest amount accepted', () => {
    const result = costActivity({
      plan,
      activity: anActivity({ costLines: [line(1_000_000, 90_000_000_000_000, 'USD')] }),
    });
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['costLines.0.unitCostMinor']);
  });

  it('refuses negative or fractional numbers that slipped past validation', () => {
    const result = costActivity({
      plan,
      activity: anActivity({
        costLines: [line(-1, 100, 'USD'), line(1, 10.5, 'USD')],
        fundingShares: [share('ministry', -5, 'secured')],
      }),
    });
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual([
      'costLines.0.quantity',
      'costLines.1.unitCostMinor',
      'fundingShares.0.amountMinor',
    ]);
  });

  it('prices a cancelled activity like any other (budgets leave it out)', () => {
    const result = costActivity({
      plan,
      activity: anActivity({ status: 'cancelled', costLines: [line(1, 100, 'USD')] }),
    });
    expect(result.ok && result.costed.totalMinor).toBe(100);
  });
});
