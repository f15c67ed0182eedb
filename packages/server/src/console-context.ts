import type { AppContext } from './app-context.js';
import type { AppConfig } from './config/config.js';
import type { DatabaseHandle } from './db/database.js';
import { argon2PasswordHasher } from './modules/accounts/password-hasher.js';
import { systemClock } from './platform/clock.js';

/** What a service needs when the `coreteam` command calls it from the server's console. */
export function consoleContext(database: DatabaseHandle, config: Pick<AppConfig, 'sessions'>): AppContext {
  return { database, clock: systemClock, sessions: config.sessions, passwordHasher: argon2PasswordHasher };
}
