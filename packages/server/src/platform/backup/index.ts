export { BACKUP_EXIT_CODES, BackupError, type BackupFailureKind } from './backup-errors.js';
export { backupSqliteDatabase, type BackupReport } from './sqlite-backup.js';
export { restoreSqliteDatabase, type RestoreReport } from './sqlite-restore.js';
