import type { FastifyInstance } from 'fastify';
import type { DatabaseEngine } from '@coreteam/core';
import { buildApp } from '../src/app.js';
import type { AppContext } from '../src/app-context.js';
import { openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { hash, verify } from '@node-rs/argon2';
import { argon2PasswordHasher, type PasswordHasher } from '../src/modules/accounts/password-hasher.js';
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

/**
 * argon2id at its smallest cost, for suites that sign in and change passwords thousands of times
 * (the fuzzer) and do not test hashing itself.
 */
export const quickPasswordHasher: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: 2, memoryCost: 64, timeCost: 1, parallelism: 1 }),
  verify: async (passwordHash, password) => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  },
  needsRehash: () => false,
};

export const TEST_SESSIONS = { idleMinutes: 30, absoluteHours: 12 };

/** A fully wired app on a fresh, migrated database of the given engine, with a fake clock. */
export async function createTestApp(
  engine: DatabaseEngine,
  options: {
    webDistDir?: string;
    addRoutes?: (app: FastifyInstance) => void;
    passwordHasher?: PasswordHasher;
  } = {},
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
      passwordHasher: options.passwordHasher ?? argon2PasswordHasher,
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
    context: {
      database,
      clock,
      sessions: TEST_SESSIONS,
      passwordHasher: options.passwordHasher ?? argon2PasswordHasher,
    },
    close: async () => {
      await app.close();
      await throwaway.drop();
    },
  };
}
