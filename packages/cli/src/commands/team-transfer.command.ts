import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import {
  consoleContext,
  exportTeam,
  importTeam,
  loadConfig,
  migrateToLatest,
  openDatabase,
  type DatabaseHandle,
} from '@coreteam/server';

const CONSOLE_ACTOR = { userId: null, ip: 'console' };

async function withDatabase<T>(
  work: (database: DatabaseHandle, config: ReturnType<typeof loadConfig>) => Promise<T>,
) {
  const config = loadConfig(process.env, process.cwd());
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    return await work(database, config);
  } finally {
    await database.close();
  }
}

export function exportCommand(): Command {
  return new Command('export')
    .description('write everything of a team to a JSON document (to import into another instance)')
    .requiredOption('--team <id>', 'the id of the team')
    .requiredOption('--out <file>', 'the file to write, e.g. team.json')
    .action(async (options: { team: string; out: string }) => {
      await withDatabase(async (database, config) => {
        const document = await exportTeam(consoleContext(database, config), options.team, CONSOLE_ACTOR);
        await writeFile(options.out, `${JSON.stringify(document, null, 2)}\n`, { mode: 0o600 });
        console.log(
          `Exported team "${document.team.name}" (${document.members.length} members, ${document.rounds.length} rounds, ${document.plans.length} plans) to ${options.out}.`,
        );
        console.log('The file holds personal data (names, emails, individual ratings): keep it safe.');
      });
    });
}

export function importCommand(): Command {
  return new Command('import')
    .description('import a team document written by `coreteam export` into this instance')
    .argument('<file>', 'the team document (JSON)')
    .action(async (file: string) => {
      const text = await readFile(file, 'utf8');
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch {
        throw new Error(`${file} is not valid JSON: is it a file written by \`coreteam export\`?`);
      }
      await withDatabase(async (database, config) => {
        const result = await importTeam(consoleContext(database, config), document, CONSOLE_ACTOR, '');
        console.log(
          `Imported team "${result.teamName}" (${result.teamId}): ${result.members} members, ${result.rounds} rounds, ${result.plans} plans.`,
        );
        console.log(
          `${result.accountsCreated} account(s) were created disabled and without a password: a system administrator enables each one and sets a temporary password on the Users page.`,
        );
      });
    });
}
