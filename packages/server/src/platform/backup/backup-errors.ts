/**
 * Why a backup or a restore did not happen, with the exit code the `coreteam` command ends with,
 * so that a script can tell "fix the command" from "this file is not a usable backup".
 */
export const BACKUP_EXIT_CODES = {
  /** Bad configuration, a PostgreSQL database, a file that cannot be read or written. */
  failed: 1,
  /** Data would be overwritten, or the database is in use: nothing was changed. */
  refused: 2,
  /** The file is not a sound Coreteam database this version can use: nothing was changed. */
  invalidBackup: 3,
} as const;

export type BackupFailureKind = keyof typeof BACKUP_EXIT_CODES;

export class BackupError extends Error {
  readonly exitCode: number;

  constructor(
    readonly kind: BackupFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
    this.exitCode = BACKUP_EXIT_CODES[kind];
  }
}

/** The PostgreSQL tools do this job better than Coreteam could: say which, in one message. */
export function postgresBackupAdvice(command: 'backup' | 'restore'): BackupError {
  return new BackupError(
    'failed',
    command === 'backup'
      ? 'backup copies SQLite databases only; for PostgreSQL (DATABASE_URL is set) use ' +
          'pg_dump -Fc "$DATABASE_URL" -f coreteam.dump (see "Backup and restore" in the README)'
      : 'restore replaces SQLite databases only; for PostgreSQL (DATABASE_URL is set) use ' +
          'pg_restore --clean --if-exists -d "$DATABASE_URL" coreteam.dump (see "Backup and restore" in the README)',
  );
}
