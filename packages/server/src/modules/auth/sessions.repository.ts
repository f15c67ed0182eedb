import type { Executor } from '../../db/transaction.js';
import type { UserSessionRow } from '../../db/schema.js';

export async function insertSession(db: Executor, row: UserSessionRow): Promise<void> {
  await db.insertInto('user_session').values(row).execute();
}

export async function findSession(db: Executor, idHash: string): Promise<UserSessionRow | undefined> {
  return db.selectFrom('user_session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

export async function touchSession(db: Executor, idHash: string, lastSeenAt: string): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: lastSeenAt })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('user_session').where('expires_at', '<=', now).execute();
}
