import type { TFunction } from 'i18next';
import { PASSWORD_MIN_LENGTH, passwordLength } from '@coreteam/core';

/**
 * What we can tell before asking the server: the length. Whether a password is too common
 * only the server knows (it keeps the list).
 */
export function newPasswordProblem(password: string, t: TFunction): string | undefined {
  if (password === '') return t('errors.required');
  if (passwordLength(password) < PASSWORD_MIN_LENGTH) {
    return t('password.problems.too_short', { min: PASSWORD_MIN_LENGTH });
  }
  return undefined;
}

export function passwordHint(t: TFunction): string {
  return t('password.hint', { min: PASSWORD_MIN_LENGTH });
}
