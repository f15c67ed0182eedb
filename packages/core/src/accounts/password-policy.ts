/**
 * Password rules after OWASP ASVS 5 (V6.2): at least 12 characters, any Unicode, no
 * composition rules, no truncation, and not one of the common passwords (or one of them
 * with digits and symbols added to reach the length).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_email' | 'one_character';

export interface PasswordPolicyInput {
  password: string;
  email?: string;
  /** Lower-case common passwords, e.g. from a breach corpus shipped with the server. */
  commonPasswords: ReadonlySet<string>;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
  common: 'is too common: choose a password that others are unlikely to use',
  contains_email: 'must not contain your email address',
  one_character: 'must not repeat a single character',
};

/** Length counted in Unicode code points, so "é" or an emoji counts once. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

export function passwordProblems({
  password,
  email,
  commonPasswords,
}: PasswordPolicyInput): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const lower = password.normalize('NFC').toLowerCase();
  if (new Set(lower).size === 1 && length > 0) problems.push('one_character');
  const core = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (commonPasswords.has(lower) || (core.length >= 4 && commonPasswords.has(core))) problems.push('common');
  const localPart = email?.toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) problems.push('contains_email');
  return problems;
}
