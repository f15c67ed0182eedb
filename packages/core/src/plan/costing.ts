import type {
  ActivityStatus,
  ActivityTiming,
  CostLineInput,
  ExchangeRate,
  FundingShareInput,
} from '../schemas/plan.schema.js';
import { convertToBaseExact, formatMinorUnits } from './money.js';
import { MAX_MINOR_UNITS } from './plan-vocabulary.js';
import { activityStartDate, isWithinPlanPeriod } from './timing.js';

/*
 * Pricing one activity: each cost line is multiplied out in its own currency, converted to the
 * plan's base currency at the rate in force on the activity's start (rounded half to even per
 * line), and the activity's total is the sum of those integers. Funding shares, in the base
 * currency, may cover part of it; what they leave uncovered counts as unfunded.
 */

export interface ActivityCostInput {
  timing: ActivityTiming;
  /** Carried for callers' convenience; the price does not depend on it (budgets skip cancelled ones). */
  status: ActivityStatus;
  costLines: readonly CostLineInput[];
  fundingShares: readonly FundingShareInput[];
}

export interface CostedActivity {
  /** One per cost line, in the same order. */
  costLines: { totalMinor: number; baseTotalMinor: number }[];
  totalMinor: number;
  uncoveredMinor: number;
  securedMinor: number;
  pledgedMinor: number;
  /** Shares marked unfunded plus what no share covers. */
  unfundedMinor: number;
}

/** Why an activity cannot be priced; `field` is relative to the activity body (prefix `body.`). */
export interface CostingProblem {
  field: string;
  /** A phrase completing the field's name, e.g. "has no exchange rate in this plan". */
  problem: string;
  status: 400 | 422;
  /** The error code to answer with. */
  code: 'invalid_request' | 'activity_outside_plan_period';
  /** What kind of problem it is, for callers that word it their own way. */
  reason: CostingProblemReason;
}

export type CostingProblemReason =
  'outside_plan_period' | 'no_rate' | 'too_large' | 'not_a_whole_amount' | 'shares_exceed_total';

export interface CostingPlan {
  startYear: number;
  endYear: number;
  baseCurrency: string;
  exchangeRates: readonly ExchangeRate[];
}

const MAX = BigInt(MAX_MINOR_UNITS);

function invalid(field: string, problem: string, reason: CostingProblemReason): CostingProblem {
  return { field, problem, status: 400, code: 'invalid_request', reason };
}

function isAmount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/**
 * Prices an activity, or returns the problems (field paths relative to the activity body, e.g.
 * `costLines.2.currency`, `fundingShares`, `timing`), each with the HTTP status it deserves.
 */
export function costActivity(input: {
  activity: ActivityCostInput;
  plan: CostingPlan;
}): { ok: true; costed: CostedActivity } | { ok: false; problems: CostingProblem[] } {
  const { activity, plan } = input;
  const problems: CostingProblem[] = [];

  if (!isWithinPlanPeriod(activity.timing, plan)) {
    problems.push({
      field: 'timing',
      problem: `must fall within the plan period (${plan.startYear}–${plan.endYear})`,
      status: 422,
      code: 'activity_outside_plan_period',
      reason: 'outside_plan_period',
    });
  }

  const on = activityStartDate(activity.timing);
  const lines: { totalMinor: number; baseTotalMinor: number }[] = [];
  let total = 0n;
  let linesPriced = true;
  activity.costLines.forEach((line, index) => {
    const at = `costLines.${index}`;
    if (!isAmount(line.quantity)) {
      problems.push(invalid(`${at}.quantity`, 'must be a whole number, not negative', 'not_a_whole_amount'));
      linesPriced = false;
      return;
    }
    if (!isAmount(line.unitCostMinor)) {
      problems.push(
        invalid(
          `${at}.unitCostMinor`,
          'must be a whole number of minor units, not negative',
          'not_a_whole_amount',
        ),
      );
      linesPriced = false;
      return;
    }
    const lineTotal = BigInt(line.quantity) * BigInt(line.unitCostMinor);
    if (lineTotal > MAX) {
      problems.push(
        invalid(
          `${at}.unitCostMinor`,
          'makes the line cost more than the largest amount accepted',
          'too_large',
        ),
      );
      linesPriced = false;
      return;
    }
    const converted = convertToBaseExact({
      amountMinor: lineTotal,
      currency: line.currency,
      baseCurrency: plan.baseCurrency,
      rates: plan.exchangeRates,
      on,
    });
    if ('problem' in converted) {
      problems.push(
        invalid(
          `${at}.currency`,
          `has no exchange rate to ${plan.baseCurrency} in this plan; add one first`,
          'no_rate',
        ),
      );
      linesPriced = false;
      return;
    }
    if (converted.baseMinor > MAX) {
      problems.push(
        invalid(`${at}.currency`, 'converts to more than the largest amount accepted', 'too_large'),
      );
      linesPriced = false;
      return;
    }
    total += converted.baseMinor;
    lines.push({ totalMinor: Number(lineTotal), baseTotalMinor: Number(converted.baseMinor) });
  });

  if (linesPriced && total > MAX) {
    problems.push(invalid('costLines', 'add up to more than the largest amount accepted', 'too_large'));
    linesPriced = false;
  }

  let secured = 0;
  let pledged = 0;
  let unfundedShares = 0;
  let sharesValid = true;
  activity.fundingShares.forEach((share, index) => {
    if (!isAmount(share.amountMinor) || share.amountMinor > MAX_MINOR_UNITS) {
      problems.push(
        invalid(
          `fundingShares.${index}.amountMinor`,
          'must be a whole number of minor units, not negative',
          'not_a_whole_amount',
        ),
      );
      sharesValid = false;
      return;
    }
    if (share.status === 'secured') secured += share.amountMinor;
    else if (share.status === 'pledged') pledged += share.amountMinor;
    else unfundedShares += share.amountMinor;
  });
  const shared = secured + pledged + unfundedShares;
  const totalMinor = Number(total);
  if (linesPriced && sharesValid && shared > totalMinor) {
    problems.push(
      invalid(
        'fundingShares',
        `add up to ${formatMinorUnits(shared, plan.baseCurrency)}, more than the activity costs (${formatMinorUnits(totalMinor, plan.baseCurrency)})`,
        'shares_exceed_total',
      ),
    );
  }

  if (problems.length > 0) return { ok: false, problems };
  const uncoveredMinor = totalMinor - shared;
  return {
    ok: true,
    costed: {
      costLines: lines,
      totalMinor,
      uncoveredMinor,
      securedMinor: secured,
      pledgedMinor: pledged,
      unfundedMinor: unfundedShares + uncoveredMinor,
    },
  };
}
