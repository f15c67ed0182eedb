import type { Executor } from '../../db/transaction.js';
import type { LoginThrottleRow } from '../../db/schema.js';

export async function findThrottle(db: Executor, key: string): Promise<LoginThrottleRow | undefined> {
  return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function saveThrottle(db: Executor, row: LoginThrottleRow): Promise<void> {
  await db
    .insertInto('login_throttle')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        failure_count: row.failure_count,
        window_started_at: row.window_started_at,
        locked_until: row.locked_until,
      }),
    )
    .execute();
}

export async function deleteThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
