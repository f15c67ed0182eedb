import type { TFunction } from 'i18next';
import type {
  ActivityStatus,
  ActivityTiming,
  ActivityType,
  CostKind,
  CreatePlanActivityRequest,
  ExchangeRate,
  FundingStatus,
  PlanActivity,
} from '@coreteam/core';
import {
  activityStartDate,
  amountInputText,
  convertToBase,
  currencyDigits,
  parseAmount,
  parseWholeNumber,
  type ParsedAmount,
} from './money.js';

/*
 * What the activity editor holds while someone types: amounts and numbers as the typed text, so
 * that nothing is lost or reformatted under their fingers; turned into a request only on save.
 */

export interface CostLineDraft {
  key: string;
  kind: CostKind;
  description: string;
  quantity: string;
  /** In major units of `currency`, as typed. */
  unitCost: string;
  currency: string;
}

export interface FundingShareDraft {
  key: string;
  fundingSourceId: string;
  /** In major units of the plan's base currency, as typed. */
  amount: string;
  status: FundingStatus;
}

export interface ActivityDraft {
  title: string;
  type: ActivityType;
  provider: string;
  timingKind: 'dates' | 'quarter';
  startsOn: string;
  endsOn: string;
  year: string;
  /** '' when the quarter is not known yet. */
  quarter: string;
  status: ActivityStatus;
  outcomeNote: string;
  memberIds: string[];
  gapCategoryKeys: string[];
  costLines: CostLineDraft[];
  fundingShares: FundingShareDraft[];
}

export interface PlanForDraft {
  startYear: number;
  endYear: number;
  baseCurrency: string;
  exchangeRates: readonly ExchangeRate[];
}

let rowCounter = 0;
export function rowKey(): string {
  rowCounter += 1;
  return `row${rowCounter}`;
}

export function newCostLine(currency: string): CostLineDraft {
  return { key: rowKey(), kind: 'fees', description: '', quantity: '1', unitCost: '', currency };
}

export function newFundingShare(fundingSourceId = ''): FundingShareDraft {
  return { key: rowKey(), fundingSourceId, amount: '', status: 'secured' };
}

/** A new activity in the plan's first year (or this year, when it is in the period). */
export function emptyDraft(plan: PlanForDraft, memberIds: string[] = []): ActivityDraft {
  const thisYear = new Date().getFullYear();
  const year = thisYear >= plan.startYear && thisYear <= plan.endYear ? thisYear : plan.startYear;
  return {
    title: '',
    type: 'online-course',
    provider: '',
    timingKind: 'quarter',
    startsOn: '',
    endsOn: '',
    year: String(year),
    quarter: '',
    status: 'planned',
    outcomeNote: '',
    memberIds,
    gapCategoryKeys: [],
    costLines: [newCostLine(plan.baseCurrency)],
    fundingShares: [],
  };
}

export function draftOf(activity: PlanActivity, baseCurrency: string, language: string): ActivityDraft {
  const timing = activity.timing;
  return {
    title: activity.title,
    type: activity.type,
    provider: activity.provider,
    timingKind: timing.kind,
    startsOn: timing.kind === 'dates' ? timing.startsOn : '',
    endsOn: timing.kind === 'dates' ? timing.endsOn : '',
    year: timing.kind === 'quarter' ? String(timing.year) : String(activity.year),
    quarter: timing.kind === 'quarter' && timing.quarter !== null ? String(timing.quarter) : '',
    status: activity.status,
    outcomeNote: activity.outcomeNote,
    memberIds: [...activity.memberIds],
    gapCategoryKeys: [...activity.gapCategoryKeys],
    costLines: activity.costLines.map((line) => ({
      key: rowKey(),
      kind: line.kind,
      description: line.description,
      quantity: String(line.quantity),
      unitCost: amountInputText(line.unitCostMinor, currencyDigits(line.currency), language),
      currency: line.currency,
    })),
    fundingShares: activity.fundingShares.map((share) => ({
      key: rowKey(),
      fundingSourceId: share.fundingSourceId,
      amount: amountInputText(share.amountMinor, currencyDigits(baseCurrency), language),
      status: share.status,
    })),
  };
}

/** The timing the draft describes, when it is complete enough to be one. */
export function draftTiming(draft: ActivityDraft): ActivityTiming | undefined {
  if (draft.timingKind === 'dates') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.startsOn) || !/^\d{4}-\d{2}-\d{2}$/.test(draft.endsOn)) {
      return undefined;
    }
    return { kind: 'dates', startsOn: draft.startsOn, endsOn: draft.endsOn };
  }
  if (!/^\d{4}$/.test(draft.year.trim())) return undefined;
  return {
    kind: 'quarter',
    year: Number(draft.year.trim()),
    quarter: draft.quarter === '' ? null : Number(draft.quarter),
  };
}

function amountProblem(parsed: ParsedAmount, t: TFunction): string | undefined {
  if (parsed.ok) return undefined;
  switch (parsed.problem) {
    case 'empty':
      return t('fieldErrors.required');
    case 'tooManyDecimals':
      return t('fieldErrors.tooManyDecimals');
    case 'tooLarge':
      return t('fieldErrors.tooLarge');
    default:
      return t('fieldErrors.amount');
  }
}

/**
 * The request body for the draft, or the problems found before asking the server, by the same
 * field names the server uses (`costLines.1.unitCostMinor`), so both show in the same place.
 */
export function activityBody(
  draft: ActivityDraft,
  baseCurrency: string,
  language: string,
  t: TFunction,
): { ok: true; body: CreatePlanActivityRequest } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (draft.title.trim() === '') errors.title = t('fieldErrors.required');
  const timing = draftTiming(draft);
  if (!timing) {
    if (draft.timingKind === 'dates') {
      if (!draft.startsOn) errors['timing.startsOn'] = t('fieldErrors.date');
      if (!draft.endsOn) errors['timing.endsOn'] = t('fieldErrors.date');
    } else {
      errors['timing.year'] = t('fieldErrors.year');
    }
  }
  const costLines = draft.costLines.map((line, index) => {
    const quantity = parseWholeNumber(line.quantity);
    if (quantity === undefined) errors[`costLines.${index}.quantity`] = t('fieldErrors.wholeNumber');
    const unitCost = parseAmount(line.unitCost, currencyDigits(line.currency), language);
    const problem = amountProblem(unitCost, t);
    if (problem) errors[`costLines.${index}.unitCostMinor`] = problem;
    return {
      kind: line.kind,
      description: line.description.trim(),
      quantity: quantity ?? 0,
      unitCostMinor: unitCost.ok ? unitCost.minor : 0,
      currency: line.currency,
    };
  });
  const fundingShares = draft.fundingShares.map((share, index) => {
    if (!share.fundingSourceId) errors[`fundingShares.${index}.fundingSourceId`] = t('fieldErrors.required');
    const amount = parseAmount(share.amount, currencyDigits(baseCurrency), language);
    const problem = amountProblem(amount, t);
    if (problem) errors[`fundingShares.${index}.amountMinor`] = problem;
    return {
      fundingSourceId: share.fundingSourceId,
      amountMinor: amount.ok ? amount.minor : 0,
      status: share.status,
    };
  });
  if (Object.keys(errors).length > 0 || !timing) return { ok: false, errors };
  return {
    ok: true,
    body: {
      title: draft.title.trim(),
      type: draft.type,
      provider: draft.provider.trim(),
      timing,
      status: draft.status,
      outcomeNote: draft.outcomeNote.trim(),
      memberIds: draft.memberIds,
      gapCategoryKeys: draft.gapCategoryKeys,
      costLines,
      fundingShares,
    },
  };
}

export interface LiveCosting {
  /** Per cost line: its total in its own currency, when quantity and unit cost can be read. */
  lineTotals: Array<number | undefined>;
  /** In the base currency; undefined while a line cannot be read or a currency lacks a rate. */
  totalMinor: number | undefined;
  /** Currencies used by the lines that the plan has no exchange rate for. */
  missingRates: string[];
  sharesMinor: number;
  /** What the funding shares leave uncovered (negative when they exceed the total). */
  uncoveredMinor: number | undefined;
}

/** The activity's cost as the server will compute it, shown while editing. */
export function liveCosting(draft: ActivityDraft, plan: PlanForDraft, language: string): LiveCosting {
  const timing = draftTiming(draft);
  const on = timing ? activityStartDate(timing) : `${plan.startYear}-01-01`;
  const missing = new Set<string>();
  let total: number | undefined = 0;
  const lineTotals = draft.costLines.map((line) => {
    const quantity = parseWholeNumber(line.quantity);
    const unitCost = parseAmount(line.unitCost, currencyDigits(line.currency), language);
    if (quantity === undefined || !unitCost.ok) {
      total = undefined;
      return undefined;
    }
    const lineTotal = Number(BigInt(quantity) * BigInt(unitCost.minor));
    const base = convertToBase({
      amountMinor: lineTotal,
      currency: line.currency,
      baseCurrency: plan.baseCurrency,
      rates: plan.exchangeRates,
      on,
    });
    if (base === undefined) missing.add(line.currency);
    if (base === undefined || total === undefined) total = undefined;
    else total += base;
    return lineTotal;
  });
  const sharesMinor = draft.fundingShares.reduce((sum, share) => {
    const amount = parseAmount(share.amount, currencyDigits(plan.baseCurrency), language);
    return amount.ok ? sum + amount.minor : sum;
  }, 0);
  const totalMinor: number | undefined = total;
  return {
    lineTotals,
    totalMinor,
    missingRates: [...missing].sort(),
    sharesMinor,
    uncoveredMinor: totalMinor === undefined ? undefined : totalMinor - sharesMinor,
  };
}
