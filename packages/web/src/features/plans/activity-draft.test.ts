import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  activityBody,
  emptyDraft,
  liveCosting,
  newCostLine,
  newFundingShare,
  type ActivityDraft,
} from './activity-draft.js';

const t = ((key: string) => key) as unknown as TFunction;
const plan = {
  startYear: 2026,
  endYear: 2028,
  baseCurrency: 'USD',
  exchangeRates: [
    { currency: 'EUR', rate: '1.08', effectiveOn: '2026-01-01' },
    { currency: 'XOF', rate: '0.0017', effectiveOn: '2026-01-01' },
  ],
};

function draft(changes: Partial<ActivityDraft>): ActivityDraft {
  return { ...emptyDraft(plan, ['m1']), title: 'Server academy', year: '2026', ...changes };
}

describe('activityBody', () => {
  it('sends integer minor units read exactly from what was typed, in each line’s currency', () => {
    const result = activityBody(
      draft({
        costLines: [
          { ...newCostLine('EUR'), quantity: '2', unitCost: '1,250.55' },
          { ...newCostLine('XOF'), kind: 'per-diem', quantity: '5', unitCost: '40000' },
        ],
        fundingShares: [{ ...newFundingShare('f1'), amount: '100.10', status: 'pledged' }],
      }),
      'USD',
      'en',
      t,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body.costLines.map((line) => [line.quantity, line.unitCostMinor, line.currency])).toEqual([
      [2, 125055, 'EUR'],
      [5, 40000, 'XOF'],
    ]);
    expect(result.body.fundingShares).toEqual([
      { fundingSourceId: 'f1', amountMinor: 10010, status: 'pledged' },
    ]);
    expect(result.body.timing).toEqual({ kind: 'quarter', year: 2026, quarter: null });
  });

  it('names the fields it cannot read with the server’s field names', () => {
    const result = activityBody(
      draft({
        title: ' ',
        costLines: [{ ...newCostLine('USD'), quantity: '-1', unitCost: '1.234' }],
        fundingShares: [{ ...newFundingShare(''), amount: 'abc' }],
      }),
      'USD',
      'en',
      t,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'costLines.0.quantity',
      'costLines.0.unitCostMinor',
      'fundingShares.0.amountMinor',
      'fundingShares.0.fundingSourceId',
      'title',
    ]);
  });
});

describe('liveCosting', () => {
  it('converts each line at the rate in force and sums the rounded lines', () => {
    const costing = liveCosting(
      draft({
        costLines: [
          { ...newCostLine('EUR'), quantity: '1', unitCost: '1500' },
          { ...newCostLine('XOF'), quantity: '5', unitCost: '40000' },
        ],
        fundingShares: [{ ...newFundingShare('f1'), amount: '1000' }],
      }),
      plan,
      'en',
    );
    // 1 500 EUR × 1.08 = 1 620 USD; 200 000 XOF × 0.0017 = 340 USD.
    expect(costing.totalMinor).toBe(196000);
    expect(costing.uncoveredMinor).toBe(96000);
    expect(costing.missingRates).toEqual([]);
  });

  it('says which currency lacks a rate instead of guessing a total', () => {
    const costing = liveCosting(
      draft({ costLines: [{ ...newCostLine('GBP'), unitCost: '10' }] }),
      plan,
      'en',
    );
    expect(costing.totalMinor).toBeUndefined();
    expect(costing.missingRates).toEqual(['GBP']);
  });
});
