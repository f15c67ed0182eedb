import type { PersonalAccessToken, TokenScope } from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';
import type { PersonalAccessTokenRow } from '../../db/schema.js';

export function toPersonalAccessToken(row: PersonalAccessTokenRow): PersonalAccessToken {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope as TokenScope,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
  };
}

export async function insertToken(db: Executor, row: PersonalAccessTokenRow): Promise<void> {
  await db.insertInto('personal_access_token').values(row).execute();
}

export async function findActiveTokenByHash(
  db: Executor,
  tokenHash: string,
): Promise<PersonalAccessTokenRow | undefined> {
  return db
    .selectFrom('personal_access_token')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function listActiveTokens(db: Executor, userId: string): Promise<PersonalAccessTokenRow[]> {
  return db
    .selectFrom('personal_access_token')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeToken(
  db: Executor,
  userId: string,
  tokenId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('personal_access_token')
    .set({ revoked_at: now })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markTokenUsed(db: Executor, tokenId: string, now: string): Promise<void> {
  await db
    .updateTable('personal_access_token')
    .set({ last_used_at: now })
    .where('id', '=', tokenId)
    .execute();
}
