import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api/api-client.js';

/** The server's problem (English, for programs) worded for people, in this feature's namespace. */
function problemText(field: string, problem: string, t: TFunction): string {
  if (problem === 'must not be empty') return t('fieldErrors.required');
  if (problem.startsWith('must be at most')) return t('fieldErrors.tooLong');
  if (problem === 'must not be before the start date') return t('fieldErrors.endBeforeStart');
  if (problem.startsWith('must be a date')) return t('fieldErrors.date');
  if (field === 'timeSharePercent') return t('fieldErrors.timeShare');
  if (problem === 'is not a role key') return t('fieldErrors.unknownRole');
  if (field.endsWith('.subRoleKey')) return t('fieldErrors.subRole');
  if (problem === 'repeats an earlier assignment') return t('fieldErrors.repeatedAssignment');
  if (problem === 'does not belong to any account') return t('fieldErrors.unknownAccount');
  if (problem === 'can only be changed by a team lead') return t('fieldErrors.leadOnly');
  return t('fieldErrors.invalid');
}

/**
 * The problems of a 400, by field without its `body.` prefix: `timeSharePercent`,
 * `assignments.0.subRoleKey`, `roleNames.trainer`…
 */
export function fieldErrorsOf(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiError) || !error.body) return {};
  const byField: Record<string, string> = {};
  for (const detail of error.body.error.details) {
    const field = detail.field.replace(/^body\./, '');
    const text = problemText(field, detail.problem, t);
    byField[field] = byField[field] && byField[field] !== text ? `${byField[field]} ${text}` : text;
  }
  return byField;
}
