import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/transaction.js';
import { newSecret, sha256 } from './secrets.js';
import { insertSession } from './sessions.repository.js';

export interface NewSession {
  token: string;
  csrfToken: string;
}

/** A fresh session: the token goes into the cookie, only its hash into the database. */
export async function startSession(
  context: AppContext,
  db: Executor,
  userId: string,
  client: { ip: string; userAgent: string },
): Promise<NewSession> {
  const token = newSecret();
  const csrfToken = newSecret();
  const now = context.clock.now();
  await insertSession(db, {
    id_hash: sha256(token),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + context.sessions.absoluteHours * 3_600_000).toISOString(),
    ip: client.ip.slice(0, 64),
    user_agent: client.userAgent.slice(0, 300),
  });
  return { token, csrfToken };
}
