import { Command } from 'commander';
import { backupSqliteDatabase, loadConfig } from '@coreteam/server';

export function backupCommand(): Command {
  return new Command('backup')
    .description('copy the SQLite database to a file, safely while the server runs')
    .requiredOption('--out <file>', 'the backup file to write')
    .option('--force', 'replace the file if it exists')
    .addHelpText(
      'after',
      `
The copy uses SQLite's online backup API: the server may keep running and writing. The file is a
single SQLite database, checked before it is put in place. For PostgreSQL (DATABASE_URL), use
pg_dump -Fc instead (see the README).
Exit codes: 0 written; 1 failed (configuration, PostgreSQL, files); 2 refused (the file exists).`,
    )
    .action(async (options: { out: string; force?: boolean }) => {
      const config = loadConfig(process.env, process.cwd());
      const report = await backupSqliteDatabase(config.database, options.out, {
        force: options.force ?? false,
      });
      console.log(
        `Backed up ${config.database.engine === 'sqlite' ? config.database.file : 'the database'} to ${report.file} ` +
          `(${formatBytes(report.bytes)}, schema at migration ${report.migrations}).`,
      );
    });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
