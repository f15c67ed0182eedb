import type { User } from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';
import type { NewUserAccountRow, UserAccountRow, UserAccountUpdate } from '../../db/schema.js';
import { isSupportedLanguage } from '@coreteam/core';

export interface UserRecord extends User {
  passwordHash: string;
  totpSecret: string | null;
  totpLastStep: number | null;
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function toUserRecord(row: UserAccountRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    preferredLanguage: isSupportedLanguage(row.preferred_language) ? row.preferred_language : 'en',
    active: Number(row.is_active) === 1,
    systemAdmin: Number(row.is_system_admin) === 1,
    mustChangePassword: Number(row.must_change_password) === 1,
    createdAt: row.created_at,
    version: Number(row.version),
    twoFactorEnabled: row.totp_enabled_at !== null,
    passwordHash: row.password_hash,
    totpSecret: row.totp_enabled_at !== null ? row.totp_secret : null,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
  };
}

/** The public face of a user: never the password hash. */
export function toUser(record: UserRecord): User {
  const {
    passwordHash: _passwordHash,
    totpSecret: _totpSecret,
    totpLastStep: _totpLastStep,
    ...user
  } = record;
  return user;
}

export async function findUserById(db: Executor, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUserRecord(row);
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('user_account')
    .selectAll()
    .where('email_key', '=', emailKey(email))
    .executeTakeFirst();
  return row && toUserRecord(row);
}

export async function listUsers(db: Executor): Promise<UserRecord[]> {
  const rows = await db
    .selectFrom('user_account')
    .selectAll()
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return rows.map(toUserRecord);
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('user_account')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertUser(db: Executor, row: NewUserAccountRow): Promise<void> {
  await db.insertInto('user_account').values(row).execute();
}

/**
 * Updates a user only if they are still at `expectedVersion`; returns false when someone else
 * changed them first (the caller answers 409).
 */
export async function updateUserIfVersion(
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Omit<UserAccountUpdate, 'version' | 'id'>,
): Promise<boolean> {
  const result = await db
    .updateTable('user_account')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** For changes that are not edits of the record by a person (a rehash at sign-in). */
export async function setPasswordHash(db: Executor, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('user_account').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}
