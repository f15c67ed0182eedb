import { Command } from 'commander';
import { loadConfig, migrateToLatest, openDatabase, pendingMigrations } from '@coreteam/server';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('apply pending database migrations and exit')
    .option('--status', 'list pending migrations without applying them')
    .action(async (options: { status?: boolean }) => {
      const config = loadConfig(process.env, process.cwd());
      const database = openDatabase(config.database);
      try {
        if (options.status) {
          const pending = await pendingMigrations(database.db);
          console.log(
            pending.length === 0 ? 'The database is up to date.' : `Pending:\n${pending.join('\n')}`,
          );
          return;
        }
        const applied = await migrateToLatest(database.db);
        console.log(
          applied.length === 0
            ? `The ${database.engine} database is up to date.`
            : `Applied ${applied.length} migration(s) to the ${database.engine} database:\n${applied.join('\n')}`,
        );
      } finally {
        await database.close();
      }
    });
}
