import { hash, verify } from '@node-rs/argon2';

/** @node-rs/argon2's `Algorithm.Argon2id` (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

/** OWASP's argon2id parameters (m = 19 MiB, t = 2, p = 1): about 80 ms to hash on our 2-core machines. */
export const ARGON2_PARAMETERS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** True when the hash was made with weaker parameters than today's: rehash at the next sign-in. */
  needsRehash(passwordHash: string): boolean;
}

const PARAMETERS_IN_HASH = `$m=${ARGON2_PARAMETERS.memoryCost},t=${ARGON2_PARAMETERS.timeCost},p=${ARGON2_PARAMETERS.parallelism}$`;

export const argon2PasswordHasher: PasswordHasher = {
  hash: (password) => hash(password.normalize('NFC'), ARGON2_PARAMETERS),
  verify: async (passwordHash, password) => {
    try {
      return await verify(passwordHash, password.normalize('NFC'));
    } catch {
      return false;
    }
  },
  needsRehash: (passwordHash) =>
    !passwordHash.startsWith('$argon2id$') || !passwordHash.includes(PARAMETERS_IN_HASH),
};

/**
 * A hash of a password nobody knows, verified when the email is unknown so that a wrong email
 * takes as long as a wrong password (no account enumeration by timing).
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(hasher: PasswordHasher): Promise<string> {
  return (dummyHash ??= hasher.hash('a password that no account has, used to even out timing'));
}
