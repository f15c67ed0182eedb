import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.js';

const commonPasswords = new Set(['password', 'sunshine', 'qwertyuiopasdf', '1qaz2wsx3edc']);

describe('passwordProblems', () => {
  it('accepts a long passphrase in any script, with no composition rules', () => {
    expect(passwordProblems({ password: 'mango trees by the river', commonPasswords })).toEqual([]);
    expect(passwordProblems({ password: 'ندى الصباح على النافذة', commonPasswords })).toEqual([]);
  });

  it('counts characters, not bytes: 12 accented letters are enough, 11 are not', () => {
    expect(passwordProblems({ password: 'éèêëàâäôöûüç', commonPasswords })).toEqual([]);
    expect(passwordProblems({ password: 'éèêëàâäôöûü', commonPasswords })).toEqual(['too_short']);
  });

  it('refuses common passwords, also with digits or symbols added to reach the length', () => {
    expect(passwordProblems({ password: '1qaz2wsx3edc', commonPasswords })).toEqual(['common']);
    expect(passwordProblems({ password: 'Password2026!', commonPasswords })).toEqual(['common']);
    expect(passwordProblems({ password: '!!Sunshine1234', commonPasswords })).toEqual(['common']);
  });

  it('refuses a single repeated character and a password built on the email address', () => {
    expect(passwordProblems({ password: 'aaaaaaaaaaaaaa', commonPasswords })).toEqual(['one_character']);
    expect(
      passwordProblems({
        password: 'amina.diallo-2026',
        email: 'amina.diallo@sante.gov.sn',
        commonPasswords,
      }),
    ).toEqual(['contains_email']);
  });

  it('refuses passwords beyond the maximum length instead of truncating them', () => {
    expect(passwordProblems({ password: 'ab'.repeat(129), commonPasswords })).toEqual(['too_long']);
  });
});
