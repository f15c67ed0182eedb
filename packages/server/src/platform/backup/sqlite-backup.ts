import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { DatabaseConfig } from '../../config/config.js';
import { BackupError, postgresBackupAdvice } from './backup-errors.js';
import { checkCoreteamDatabaseFile } from './coreteam-database-file.js';
import { removeCompanionFiles, replaceAtomically } from './durable-files.js';

/** The largest step better-sqlite3 passes on: more pages than any database has. */
const ALL_PAGES_IN_ONE_STEP = 0x7fffffff;

export interface BackupReport {
  /** The backup file, as an absolute path. */
  file: string;
  bytes: number;
  /** Migrations the backup has: the schema version it restores to. */
  migrations: number;
}

/**
 * Copies the SQLite database to `outFile` with SQLite's online backup API, so the server may keep
 * running and writing: the copy is the database as it was at one instant, never a mix of before
 * and after a transaction. The copy is written next to `outFile`, checked (integrity, Coreteam
 * schema), switched to a single self-contained file (no -wal), then renamed into place: an
 * interrupted backup leaves no half-written file under the name asked for.
 */
export async function backupSqliteDatabase(
  config: DatabaseConfig,
  outFile: string,
  options: { force?: boolean } = {},
): Promise<BackupReport> {
  if (config.engine !== 'sqlite') throw postgresBackupAdvice('backup');
  const source = path.resolve(config.file);
  const target = path.resolve(outFile);
  if (!existsSync(source)) {
    throw new BackupError('failed', `no database at ${source}: nothing to back up (is DATA_DIR right?)`);
  }
  if (target === source) {
    throw new BackupError('failed', 'the backup file must not be the database itself; choose another --out');
  }
  if (existsSync(target) && !options.force) {
    throw new BackupError(
      'refused',
      `${target} already exists; choose another file, or add --force to replace it`,
    );
  }
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    // A read-write connection (it writes nothing): a read-only one cannot open a WAL database
    // whose shared-memory file is missing, which is the case when the server is stopped.
    const live = new SqliteDatabase(source, { fileMustExist: true, timeout: 5000 });
    try {
      // Every page in one step, within one read transaction: a write by the server between two
      // steps restarts the copy, and a database that grows between steps would outrun a step
      // sized by the previous page count for as long as the writes go on.
      await live.backup(partial, { progress: () => ALL_PAGES_IN_ONE_STEP });
    } finally {
      live.close();
    }
    const copy = new SqliteDatabase(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    removeCompanionFiles(partial);
    let checked;
    try {
      checked = checkCoreteamDatabaseFile(partial, `the copy of ${source}`);
    } catch (error) {
      // The live database itself is the problem: not a backup's fault, but the backup is useless.
      throw new BackupError('failed', error instanceof Error ? error.message : String(error));
    }
    replaceAtomically(partial, target);
    return { file: target, bytes: statSync(target).size, migrations: checked.migrations.length };
  } catch (error) {
    rmSync(partial, { force: true });
    removeCompanionFiles(partial);
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      'failed',
      `backup failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    );
  }
}
