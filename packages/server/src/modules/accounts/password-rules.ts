import { InvalidInputError, PASSWORD_PROBLEM_MESSAGES, passwordProblems } from '@coreteam/core';
import { loadCommonPasswords } from './common-passwords.js';

/** Throws a 400 naming `field` when the password breaks the policy. */
export function assertAcceptablePassword(field: string, password: string, email?: string): void {
  const problems = passwordProblems({ password, email, commonPasswords: loadCommonPasswords() });
  if (problems.length === 0) return;
  const details = problems.map((problem) => ({ field, problem: PASSWORD_PROBLEM_MESSAGES[problem] }));
  throw new InvalidInputError(
    `The password ${details.map((detail) => detail.problem).join('; ')}.`,
    details,
    'weak_password',
  );
}
