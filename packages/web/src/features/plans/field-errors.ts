import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api/api-client.js';

/** The server's problem (English, for programs) worded for people, in this feature's namespace. */
function problemText(code: string | undefined, problem: string, t: TFunction): string {
  if (code === 'activity_outside_plan_period') return t('fieldErrors.outsidePeriod');
  if (problem === 'must not be empty') return t('fieldErrors.required');
  if (problem.startsWith('must be at most') || problem.startsWith('must have at most')) {
    return t('fieldErrors.tooLong');
  }
  if (problem.includes('negative')) return t('fieldErrors.negative');
  if (problem.includes('whole number')) return t('fieldErrors.wholeNumber');
  if (problem.includes('exchange rate')) return t('fieldErrors.noRate');
  if (problem.includes('ISO 4217')) return t('fieldErrors.currency');
  if (problem.includes('exceed') || problem.includes('more than')) return t('fieldErrors.fundingTooMuch');
  if (problem.startsWith('must be on or after')) return t('fieldErrors.endBeforeStart');
  if (problem.includes('startYear')) return t('fieldErrors.endYearBeforeStart');
  if (problem.includes('ten years')) return t('fieldErrors.periodTooLong');
  if (problem.includes('two rates')) return t('fieldErrors.duplicateRate');
  if (problem.includes('decimal number') || problem.includes('greater than zero'))
    return t('fieldErrors.rate');
  if (problem.includes('a year')) return t('fieldErrors.year');
  if (problem.includes('date')) return t('fieldErrors.date');
  if (problem.includes('twice') || problem.includes('repeat')) return t('fieldErrors.duplicate');
  if (problem.includes('unknown') || problem.includes('not found') || problem.includes('no such')) {
    return t('fieldErrors.unknown');
  }
  return t('fieldErrors.invalid');
}

/**
 * The problems of a 400 or 422 by field, without the `body.` prefix: `title`, `timing`,
 * `costLines.1.unitCostMinor`, `exchangeRates.0.rate`… A field with several shows them together.
 */
export function fieldErrorsOf(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiError) || !error.body) return {};
  const byField: Record<string, string> = {};
  for (const detail of error.body.error.details) {
    const field = detail.field.replace(/^body\.?/, '') || 'body';
    const text = problemText(error.code, detail.problem, t);
    byField[field] = byField[field] && byField[field] !== text ? `${byField[field]} ${text}` : text;
  }
  if (error.code === 'activity_outside_plan_period' && !byField.timing) {
    byField.timing = t('fieldErrors.outsidePeriod');
  }
  return byField;
}

/** The first problem at or under a field (`timing` also covers `timing.startsOn`). */
export function errorAt(errors: Record<string, string>, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const nested = Object.entries(errors).find(([key]) => key.startsWith(`${field}.`));
  return nested?.[1];
}

/** The record as the server has it now, when a write was refused because someone saved first. */
export function currentOnConflict<T>(error: unknown): T | undefined {
  if (error instanceof ApiError && error.code === 'version_conflict' && error.body?.error.current) {
    return error.body.error.current as T;
  }
  return undefined;
}
