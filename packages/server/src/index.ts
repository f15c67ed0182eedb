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
export { consoleContext } from './console-context.js';
export { exportTeam, importTeam } from './modules/team-transfer/team-transfer.service.js';
export { DEMO_LEAD_EMAIL, loadDemoTeam, type DemoTeam } from './modules/demo/demo-team.service.js';
