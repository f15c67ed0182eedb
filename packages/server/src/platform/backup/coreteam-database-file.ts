import SqliteDatabase from 'better-sqlite3';
import { migrations } from '../../db/migrations/index.js';
import { APP_VERSION } from '../../version.js';
import { BackupError } from './backup-errors.js';

/** The table Kysely's migrator records applied migrations in. */
const MIGRATION_TABLE = 'kysely_migration';
/** Integrity problems quoted in a refusal: enough to recognise the damage, not a page of it. */
const PROBLEMS_QUOTED = 3;

export interface CoreteamDatabaseFile {
  /** Migrations the file has, oldest first. */
  migrations: string[];
  /** Migrations this version knows and the file has not had yet (they run after a restore). */
  pending: string[];
}

function invalid(message: string): BackupError {
  return new BackupError('invalidBackup', message);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/**
 * Checks that an SQLite file is sound (`PRAGMA integrity_check` answers "ok") and is a Coreteam
 * database this version can run: it has the migrations table, and no migration this version
 * does not know (a backup from a newer release). Throws BackupError('invalidBackup') naming
 * the first problem found, as `described` (the file as the person at the terminal named it).
 */
export function checkCoreteamDatabaseFile(file: string, described: string): CoreteamDatabaseFile {
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file, { fileMustExist: true });
  } catch (error) {
    throw invalid(`cannot open ${described}: ${firstLine(error)}`);
  }
  try {
    let problems: string[];
    try {
      problems = sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[];
    } catch (error) {
      throw invalid(`${described} is not a sound SQLite database: ${firstLine(error)}`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw invalid(
        `${described} failed SQLite's integrity check: ${problems.slice(0, PROBLEMS_QUOTED).join('; ')}`,
      );
    }
    const hasMigrationTable = sqlite
      .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
      .get(MIGRATION_TABLE);
    if (!hasMigrationTable) {
      throw invalid(
        `${described} is an SQLite database, but not a Coreteam one (no ${MIGRATION_TABLE} table)`,
      );
    }
    const applied = sqlite
      .prepare(`select name from ${MIGRATION_TABLE} order by name`)
      .pluck()
      .all() as string[];
    const known = Object.keys(migrations);
    if (applied.length === 0 || !applied.some((name) => known.includes(name))) {
      throw invalid(
        `${described} is an SQLite database, but not a Coreteam one (no Coreteam migration recorded)`,
      );
    }
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw invalid(
        `${described} comes from a newer Coreteam than this one (${APP_VERSION}): it has ${unknown.length} ` +
          `migration(s) this version does not know (${unknown.slice(0, PROBLEMS_QUOTED).join(', ')}); ` +
          'upgrade Coreteam, then restore',
      );
    }
    return { migrations: applied, pending: known.filter((name) => !applied.includes(name)) };
  } finally {
    sqlite.close();
  }
}

/**
 * Whether a database file holds something a restore would destroy: an account or a team. A
 * database that was only migrated (or started once and never set up) holds nothing of anyone's.
 * A file that cannot be read as a database counts as holding data: nobody knows what it is.
 */
export function holdsData(sqlite: SqliteDatabase.Database): boolean {
  try {
    const tables = new Set(
      sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
    );
    if (!tables.has(MIGRATION_TABLE)) {
      return [...tables].some((name) => !name.startsWith('sqlite_'));
    }
    return ['user_account', 'team'].some(
      (table) => tables.has(table) && sqlite.prepare(`select 1 from ${table} limit 1`).get() !== undefined,
    );
  } catch {
    return true;
  }
}
