import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { AppConfig } from './config/config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrator.js';
import { argon2PasswordHasher } from './modules/accounts/password-hasher.js';
import { prepareFirstRunSetup } from './modules/auth/auth.service.js';
import { systemClock } from './platform/clock.js';

export const DEFAULT_WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens the database, applies pending migrations, and listens. The returned `stop` closes the
 * HTTP server (finishing requests in flight) and then the database.
 */
export async function startServer(
  config: AppConfig,
  webDistDir = DEFAULT_WEB_DIST_DIR,
): Promise<RunningServer> {
  const database = openDatabase(config.database);
  let app: FastifyInstance | undefined;
  try {
    const applied = await migrateToLatest(database.db);
    app = await buildApp({ config, database, webDistDir });
    if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated');
    const address = await app.listen({ port: config.port, host: config.host });
    app.log.info(
      { database: database.engine, dataDir: config.dataDir },
      `Coreteam is listening on ${address}`,
    );
    const setupToken = await prepareFirstRunSetup({
      database,
      clock: systemClock,
      sessions: config.sessions,
      passwordHasher: argon2PasswordHasher,
    });
    if (setupToken) announceSetupLink(address, config.host, setupToken);
    const running = app;
    return { app: running, url: address, stop: () => running.close() };
  } catch (error) {
    if (app) await app.close();
    else await database.close();
    throw error;
  }
}

/**
 * Stops the server on SIGTERM or SIGINT: in-flight requests finish, new ones get 503, the
 * database is closed. A second signal, or a stop that takes longer than `graceMs`, exits at once.
 */
export function stopOnSignals(server: RunningServer, graceMs = 10_000): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      server.app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, graceMs);
    timer.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * Printed once per start while the instance has no account: whoever can read the server's
 * output can create the first administrator, nobody else. The token travels in the URL
 * fragment, which browsers never send to the server, so it stays out of access logs.
 */
function announceSetupLink(address: string, host: string, token: string): void {
  const url = new URL(address);
  if (host === '0.0.0.0' || host === '::') url.hostname = 'localhost';
  process.stdout.write(
    `\nCoreteam has no account yet. Create the first administrator at:\n\n    ${url.origin}/setup#token=${token}\n\n` +
      `(or run: npx coreteam create-admin --email <email> --name <name> --password-stdin)\n\n`,
  );
}
