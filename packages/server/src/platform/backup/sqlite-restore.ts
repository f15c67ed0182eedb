import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { DatabaseConfig } from '../../config/config.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrator.js';
import { BackupError, postgresBackupAdvice } from './backup-errors.js';
import { checkCoreteamDatabaseFile, holdsData } from './coreteam-database-file.js';
import { removeCompanionFiles, replaceAtomically } from './durable-files.js';

export interface RestoreReport {
  /** The database file that now holds the backup's content. */
  file: string;
  /** An existing database (with data, hence --force) was replaced. */
  replacedData: boolean;
  /** Migrations the backup had. */
  migrationsInBackup: number;
  /** Migrations applied after the restore, because the backup came from an older release. */
  applied: string[];
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/**
 * Replaces the SQLite database with a backup. Nothing changes unless every check passes: the
 * backup is copied next to the database and checked there (integrity, a Coreteam schema no newer
 * than this release); an existing database holding accounts or teams is replaced only with
 * `force`; a database still open elsewhere (a running server) is never replaced. The checked copy
 * is then renamed over the database in one step, stale -wal/-shm files are gone, and pending
 * migrations run (unless `migrate` is false).
 */
export async function restoreSqliteDatabase(
  config: DatabaseConfig,
  backupFile: string,
  options: { force?: boolean; migrate?: boolean } = {},
): Promise<RestoreReport> {
  if (config.engine !== 'sqlite') throw postgresBackupAdvice('restore');
  const backup = path.resolve(backupFile);
  const target = path.resolve(config.file);
  if (!existsSync(backup) || !statSync(backup).isFile()) {
    throw new BackupError('failed', `no backup file at ${backup}`);
  }
  if (backup === target) {
    throw new BackupError('failed', `${backup} is the database itself; name a backup file to restore from`);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  const incoming = `${target}.restoring-${process.pid}`;
  let replacedData = false;
  let checked;
  try {
    rmSync(incoming, { force: true });
    // Checked as a private copy: the bytes checked are the bytes put in place, and opening the
    // person's backup file could leave -wal/-shm files next to it.
    copyFileSync(backup, incoming);
    checked = checkCoreteamDatabaseFile(incoming, backupFile);
    removeCompanionFiles(incoming);
    if (existsSync(target)) replacedData = releaseExistingDatabase(target, options.force ?? false);
    removeCompanionFiles(target);
    replaceAtomically(incoming, target);
  } catch (error) {
    rmSync(incoming, { force: true });
    removeCompanionFiles(incoming);
    if (error instanceof BackupError) throw error;
    throw new BackupError('failed', `restore failed: ${firstLine(error)}`);
  }
  let applied: string[] = [];
  if (options.migrate ?? true) {
    const database = openDatabase(config);
    try {
      applied = await migrateToLatest(database.db);
    } finally {
      await database.close();
    }
  }
  return { file: target, replacedData, migrationsInBackup: checked.migrations.length, applied };
}

/**
 * Makes sure the database about to be replaced may go: refused when it holds data and `force` is
 * not given, or when another connection has it open. On the way out it is switched out of WAL mode,
 * which folds the WAL into the file and removes it; SQLite allows that only to the last connection,
 * which is how a running server is detected. Returns whether it held data.
 */
function releaseExistingDatabase(target: string, force: boolean): boolean {
  let existing: SqliteDatabase.Database;
  try {
    existing = new SqliteDatabase(target, { fileMustExist: true, timeout: 1000 });
  } catch (error) {
    if (!force) {
      throw new BackupError(
        'refused',
        `cannot read the existing database at ${target} (${firstLine(error)}); add --force to replace it`,
      );
    }
    return true;
  }
  try {
    const hasData = holdsData(existing);
    if (hasData && !force) {
      throw new BackupError(
        'refused',
        `the database at ${target} holds accounts or teams; restoring would replace them. ` +
          'Back it up first if it matters, then add --force',
      );
    }
    let mode: unknown;
    try {
      mode = existing.pragma('journal_mode = DELETE', { simple: true });
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw databaseInUse(target);
      // Not readable as a database at all, and --force was given (holdsData said "data"): replace it.
      return hasData;
    }
    if (mode !== 'delete') throw databaseInUse(target);
    return hasData;
  } finally {
    existing.close();
  }
}

function databaseInUse(target: string): BackupError {
  return new BackupError(
    'refused',
    `the database at ${target} is in use (is the Coreteam server running?); stop it, then restore`,
  );
}
