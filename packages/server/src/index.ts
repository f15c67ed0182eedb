export { buildApp, type BuildAppOptions } from './app.js';
export { ConfigError, loadConfig, type AppConfig, type DatabaseConfig } from './config/config.js';
export { openDatabase, type DatabaseHandle } from './db/database.js';
export { MigrationFailedError, migrateToLatest, pendingMigrations } from './db/migrator.js';
export { DEFAULT_WEB_DIST_DIR, startServer, stopOnSignals, type RunningServer } from './server.js';
export { APP_VERSION } from './version.js';
export { createSystemAdmin } from './modules/users/create-system-admin.js';
export {
  BACKUP_EXIT_CODES,
  BackupError,
  backupSqliteDatabase,
  restoreSqliteDatabase,
  type BackupReport,
  type RestoreReport,
} from './platform/backup/index.js';
