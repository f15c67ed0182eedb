import { Command } from 'commander';
import { consoleContext, loadConfig, loadDemoTeam, migrateToLatest, openDatabase } from '@coreteam/server';

export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'load a fictional demo team (7 people, two assessment rounds, a costed plan); refuses to run twice',
    )
    .action(async () => {
      const config = loadConfig(process.env, process.cwd());
      const database = openDatabase(config.database);
      try {
        await migrateToLatest(database.db);
        const demo = await loadDemoTeam(consoleContext(database, config));
        console.log(`Loaded the demo team "${demo.teamName}" (${demo.teamId}).`);
        console.log('');
        console.log('Start the server (`npx coreteam serve`) and sign in as the team lead:');
        console.log(`  email:    ${demo.accounts[0]!.email}`);
        console.log(`  password: ${demo.password}`);
        console.log('');
        console.log('The other demo people sign in with the same password:');
        for (const account of demo.accounts.slice(1)) {
          console.log(`  ${account.email.padEnd(36)} ${account.displayName} (${account.teamRole})`);
        }
      } finally {
        await database.close();
      }
    });
}
