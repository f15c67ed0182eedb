import type { FastifyInstance } from 'fastify';
import type { DatabaseEngine } from '@coreteam/core';
import { buildApp } from '../src/app.js';
import { openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from './database-engines.js';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** Closes the app and drops its database. */
  close(): Promise<void>;
}

/** A fully wired app on a fresh, migrated database of the given engine, driven with `app.inject()`. */
export async function createTestApp(
  engine: DatabaseEngine,
  options: { webDistDir?: string; addRoutes?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const throwaway: ThrowawayDatabase = await createThrowawayDatabase(engine);
  const database = openDatabase(throwaway.config);
  await migrateToLatest(database.db);
  const app = await buildApp({
    config: { logLevel: 'silent', trustProxy: false, production: true },
    database,
    ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
  });
  options.addRoutes?.(app);
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await throwaway.drop();
    },
  };
}
