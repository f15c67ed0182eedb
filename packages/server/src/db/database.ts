import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseEngine } from '@coreteam/core';
import type { DatabaseConfig } from '../config/config.js';
import type { Database } from './schema.js';

/** PostgreSQL's "terminating connection due to administrator command". */
const ADMIN_SHUTDOWN = '57P01';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: DatabaseEngine;
  /** Closes every connection; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Opens the configured database. SQLite runs in WAL mode with synchronous=FULL so that an
 * acknowledged write survives a killed process, with foreign keys enforced and a busy timeout
 * so that a second process (the CLI during a backup, say) waits instead of failing.
 */
export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.engine === 'sqlite') {
    mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new SqliteDatabase(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    return withIdempotentClose(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
      'sqlite',
    );
  }
  const pool = new pg.Pool({ connectionString: config.connectionString, max: 10 });
  // An idle connection can fail (the server restarted, an administrator ended it); without a
  // listener that error would crash the process. The pool replaces the connection on next use.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code === ADMIN_SHUTDOWN) return;
    process.stderr.write(
      `coreteam: an idle PostgreSQL connection failed and will be replaced: ${error.message}\n`,
    );
  });
  return withIdempotentClose(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), 'postgres');
}

function withIdempotentClose(db: Kysely<Database>, engine: DatabaseEngine): DatabaseHandle {
  let closing: Promise<void> | undefined;
  return {
    db,
    engine,
    close: () => (closing ??= db.destroy()),
  };
}
