import type { DatabaseHandle } from './db/database.js';

/** What every route plugin is given: the database, and later the clock and other services. */
export interface AppContext {
  database: DatabaseHandle;
}
