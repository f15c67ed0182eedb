import type { SessionSettings } from './config/config.js';
import type { DatabaseHandle } from './db/database.js';
import type { PasswordHasher } from './modules/accounts/password-hasher.js';
import type { Clock } from './platform/clock.js';

/** What every route plugin is given. */
export interface AppContext {
  database: DatabaseHandle;
  clock: Clock;
  sessions: SessionSettings;
  passwordHasher: PasswordHasher;
}
