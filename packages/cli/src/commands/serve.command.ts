import { Command } from 'commander';
import { loadConfig, startServer, stopOnSignals } from '@coreteam/server';

export function serveCommand(): Command {
  return new Command('serve')
    .description('apply pending migrations, then serve the API and the web app')
    .action(async () => {
      const config = loadConfig(process.env, process.cwd());
      const server = await startServer(config);
      stopOnSignals(server);
    });
}
