import type { FastifyInstance } from 'fastify';
import type { DatabaseEngine } from '@coreteam/core';
import { buildApp } from '../src/app.js';
import type { AppContext } from '../src/app-context.js';
import { openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { argon2PasswordHasher } from '../src/modules/accounts/password-hasher.js';
import { FakeClock } from '../src/platform/clock.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from './database-engines.js';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  clock: FakeClock;
  /** The same context the routes get, for calling services directly in test set-up. */
  context: AppContext;
  /** Closes the app and drops its database. */
  close(): Promise<void>;
}

export const TEST_SESSIONS = { idleMinutes: 30, absoluteHours: 12 };

/** A fully wired app on a fresh, migrated database of the given engine, with a fake clock. */
export async function createTestApp(
  engine: DatabaseEngine,
  options: { webDistDir?: string; addRoutes?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const throwaway: ThrowawayDatabase = await createThrowawayDatabase(engine);
  const database = openDatabase(throwaway.config);
  const clock = new FakeClock();
  let app: FastifyInstance;
  try {
    await migrateToLatest(database.db);
    app = await buildApp({
      config: { logLevel: 'silent', trustProxy: false, production: true, sessions: TEST_SESSIONS },
      database,
      clock,
      ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
    });
    options.addRoutes?.(app);
    await app.ready();
  } catch (error) {
    // An app that cannot start (as some tests intend) still leaves no database behind.
    await database.close();
    await throwaway.drop();
    throw error;
  }
  return {
    app,
    database,
    clock,
    context: { database, clock, sessions: TEST_SESSIONS, passwordHasher: argon2PasswordHasher },
    close: async () => {
      await app.close();
      await throwaway.drop();
    },
  };
}
