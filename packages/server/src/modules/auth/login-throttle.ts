import type { Executor } from '../../db/transaction.js';
import { deleteThrottle, findThrottle, saveThrottle } from './login-throttle.repository.js';

/** DHIS2's rule: 5 failures within 15 minutes lock the account for 15 minutes. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Many accounts tried from one address: a wider limit, so one office behind a NAT is not locked out by one person. */
export const ADDRESS_FAILURE_LIMIT = 20;
export const THROTTLE_WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export const accountKey = (emailKey: string) => `account:${emailKey}`;
export const addressKey = (ip: string) => `address:${ip}`;

/** Seconds until the key may try again, or 0 when it is not locked. */
export async function secondsLocked(db: Executor, key: string, now: Date): Promise<number> {
  const row = await findThrottle(db, key);
  if (!row?.locked_until) return 0;
  const remaining = new Date(row.locked_until).getTime() - now.getTime();
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

export async function recordFailure(db: Executor, key: string, limit: number, now: Date): Promise<void> {
  const row = await findThrottle(db, key);
  const windowStart = row ? new Date(row.window_started_at) : now;
  const windowOpen = now.getTime() - windowStart.getTime() < THROTTLE_WINDOW_MINUTES * 60_000;
  const lockExpired = row?.locked_until ? new Date(row.locked_until) <= now : true;
  const failures = row && windowOpen && lockExpired ? row.failure_count + 1 : 1;
  const started = row && windowOpen && lockExpired ? row.window_started_at : now.toISOString();
  await saveThrottle(db, {
    key,
    failure_count: failures,
    window_started_at: started,
    locked_until: failures >= limit ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null,
  });
}

export async function clearFailures(db: Executor, key: string): Promise<void> {
  await deleteThrottle(db, key);
}
