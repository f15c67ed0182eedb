import type { TFunction } from 'i18next';
import { PASSWORD_PROBLEM_MESSAGES, type PasswordProblem } from '@coreteam/core';
import { ApiError } from './api-client.js';
import { formatRelativeWait } from '../format/intl.js';

/**
 * The server writes its messages in English for programs and logs; people read ours, in their
 * language, chosen from the stable error `code` (and, for fields, from the problem reported).
 */
export function errorMessage(error: unknown, t: TFunction, language: string): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  switch (error.code) {
    case 'invalid_credentials':
      return t('errors.invalidCredentials');
    case 'too_many_attempts':
      return t('errors.tooManyAttempts', {
        wait: formatRelativeWait(error.retryAfterSeconds ?? 15 * 60, language),
      });
    case 'invalid_two_factor_code':
      return t('errors.invalidTwoFactorCode');
    case 'invalid_setup_token':
      return t('errors.invalidSetupToken');
    case 'version_conflict':
      return t('errors.versionConflict');
    case 'last_lead':
      return t('errors.lastLead');
    case 'cannot_change_self':
      return t('errors.cannotChangeSelf');
    case 'cannot_grant_role':
      return t('errors.cannotGrantRole');
    case 'unknown_user':
      return t('errors.unknownUser');
    case 'email_taken':
      return t('errors.emailTaken');
    case 'csrf_failed':
      return t('errors.csrfFailed');
    case 'password_change_required':
      return t('errors.passwordChangeRequired');
    case 'unauthenticated':
      return t('errors.signedOut');
    case 'forbidden':
      return t('errors.forbidden');
    case 'team_not_found':
    case 'user_not_found':
    case 'token_not_found':
    case 'access_not_found':
    case 'not_found':
      return t('errors.notFound');
    case 'validation_failed':
    case 'weak_password':
    case 'wrong_current_password':
    case 'password_unchanged':
      return t('errors.checkFields');
  }
  if (error.status >= 500) return t('errors.server');
  return t('errors.unexpected');
}

const PROBLEM_BY_MESSAGE = new Map<string, PasswordProblem>(
  Object.entries(PASSWORD_PROBLEM_MESSAGES).map(([problem, message]) => [
    message,
    problem as PasswordProblem,
  ]),
);

function fieldProblem(code: string | undefined, problem: string, t: TFunction): string {
  switch (code) {
    case 'wrong_current_password':
      return t('errors.wrongCurrentPassword');
    case 'password_unchanged':
      return t('errors.passwordUnchanged');
    case 'email_taken':
      return t('errors.emailTaken');
    case 'unknown_user':
      return t('errors.unknownUser');
  }
  const passwordProblem = PROBLEM_BY_MESSAGE.get(problem);
  if (passwordProblem) return t(`password.problems.${passwordProblem}`);
  if (problem === 'must not be empty') return t('errors.required');
  if (problem.startsWith('must be at most')) return t('errors.tooLong');
  if (problem.includes('valid email')) return t('errors.invalidEmail');
  return t('errors.invalidValue');
}

/**
 * The problems the server found, by field name without its `body.` prefix, e.g. `{ email: "…" }`.
 * A field with several problems shows them together.
 */
export function fieldErrors(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiError) || !error.body) return {};
  const byField: Record<string, string> = {};
  for (const detail of error.body.error.details) {
    const field = detail.field.replace(/^body\./, '');
    const text = fieldProblem(error.code, detail.problem, t);
    byField[field] = byField[field] && byField[field] !== text ? `${byField[field]} ${text}` : text;
  }
  return byField;
}
