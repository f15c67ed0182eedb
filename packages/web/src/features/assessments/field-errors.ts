import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api/api-client.js';

/** The server's problem (English, for programs) worded for people, in this feature's namespace. */
function problemText(problem: string, t: TFunction): string {
  if (problem === 'must not be empty') return t('fieldErrors.required');
  if (problem.startsWith('must be at most')) return t('fieldErrors.tooLong');
  if (problem.startsWith('must be on or after')) return t('fieldErrors.closesBeforeOpens');
  if (problem.startsWith('must be a date')) return t('fieldErrors.date');
  return t('fieldErrors.invalid');
}

/** The problems of a 400, by field without its `body.` prefix: `name`, `closesOn`, `areaKeys`… */
export function fieldErrorsOf(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiError) || !error.body) return {};
  const byField: Record<string, string> = {};
  for (const detail of error.body.error.details) {
    const field = detail.field.replace(/^body\./, '').replace(/\.\d+$/, '');
    const text = problemText(detail.problem, t);
    byField[field] = byField[field] && byField[field] !== text ? `${byField[field]} ${text}` : text;
  }
  return byField;
}
