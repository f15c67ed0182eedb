import { Command } from 'commander';
import { APP_VERSION } from '@coreteam/server';
import { backupCommand } from './commands/backup.command.js';
import { createAdminCommand } from './commands/create-admin.command.js';
import { demoCommand } from './commands/demo.command.js';
import { migrateCommand } from './commands/migrate.command.js';
import { restoreCommand } from './commands/restore.command.js';
import { serveCommand } from './commands/serve.command.js';
import { exportCommand, importCommand } from './commands/team-transfer.command.js';

export function buildProgram(): Command {
  const program = new Command('coreteam')
    .description('Coreteam: capacity building for DHIS2 core teams.')
    .version(APP_VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error:/, 'coreteam:')) });
  program.addHelpText(
    'after',
    `
Configuration comes from environment variables: PORT (8080), HOST (0.0.0.0), DATA_DIR (./data),
DATABASE_URL (unset: SQLite in DATA_DIR; postgres://… for PostgreSQL), LOG_LEVEL (info), TRUST_PROXY (false).`,
  );
  program.addCommand(serveCommand());
  program.addCommand(migrateCommand());
  program.addCommand(createAdminCommand());
  program.addCommand(backupCommand());
  program.addCommand(restoreCommand());
  program.addCommand(exportCommand());
  program.addCommand(importCommand());
  program.addCommand(demoCommand());
  return program;
}
