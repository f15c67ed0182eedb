import { Command } from 'commander';
import { createSystemAdmin, loadConfig, migrateToLatest, openDatabase } from '@coreteam/server';

async function readStandardInput(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new Error(
      '--password-stdin reads the password from standard input; pipe it in, e.g. `cat pw.txt | …`',
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is what `echo` and files add; it is not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function createAdminCommand(): Command {
  return new Command('create-admin')
    .description('create a system administrator (the first one, or another)')
    .requiredOption('--email <email>', 'their email address, used to sign in')
    .requiredOption('--name <name>', 'their display name')
    .requiredOption('--password-stdin', 'read the password from standard input')
    .action(async (options: { email: string; name: string }) => {
      const password = await readStandardInput();
      const config = loadConfig(process.env, process.cwd());
      const database = openDatabase(config.database);
      try {
        await migrateToLatest(database.db);
        const user = await createSystemAdmin(database, config, {
          email: options.email,
          displayName: options.name,
          password,
        });
        console.log(`Created system administrator ${user.email} (${user.id}).`);
      } finally {
        await database.close();
      }
    });
}
