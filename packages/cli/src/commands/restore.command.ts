import { Command } from 'commander';
import { loadConfig, restoreSqliteDatabase } from '@coreteam/server';

export function restoreCommand(): Command {
  return new Command('restore')
    .description('replace the SQLite database with a backup (stop the server first)')
    .argument('<file>', 'a file written by `coreteam backup`')
    .option('--force', 'replace a database that holds accounts or teams')
    .option('--no-migrate', 'leave pending migrations for `coreteam migrate` or the next start')
    .addHelpText(
      'after',
      `
The backup is checked first (SQLite integrity check, a Coreteam database no newer than this
version); nothing changes unless it passes. The database is then replaced in one step and pending
migrations run. For PostgreSQL (DATABASE_URL), use pg_restore --clean instead (see the README).
Exit codes: 0 restored; 1 failed (configuration, PostgreSQL, files); 2 refused (the database holds
data and --force is missing, or the server is running); 3 the file is not a usable Coreteam backup.`,
    )
    .action(async (file: string, options: { force?: boolean; migrate: boolean }) => {
      const config = loadConfig(process.env, process.cwd());
      const report = await restoreSqliteDatabase(config.database, file, {
        force: options.force ?? false,
        migrate: options.migrate,
      });
      console.log(
        `Restored ${file} into ${report.file}${report.replacedData ? ', replacing the database that was there' : ''}.`,
      );
      if (!options.migrate) {
        console.log('Migrations were not run: run `coreteam migrate` (or start the server) before use.');
      } else if (report.applied.length > 0) {
        console.log(
          `Applied ${report.applied.length} migration(s) the backup did not have:\n${report.applied.join('\n')}`,
        );
      } else {
        console.log('The database is up to date.');
      }
    });
}
