import { dictionary } from '@zxcvbn-ts/language-common';

let commonPasswords: ReadonlySet<string> | undefined;

/**
 * The ~49,000 most common passwords from breach corpora (shipped in @zxcvbn-ts/language-common),
 * lower-cased. Loaded once, on first use.
 */
export function loadCommonPasswords(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    (dictionary['passwords-common'] as readonly string[]).map((password) => password.toLowerCase()),
  );
  return commonPasswords;
}
