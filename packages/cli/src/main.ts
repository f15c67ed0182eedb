import { CommanderError } from 'commander';
import { BackupError } from '@coreteam/server';
import { buildProgram } from './program.js';
import { describeFailure } from './describe-failure.js';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its one-line message (or the help / version text).
    process.exit(error.exitCode);
  }
  console.error(`coreteam: ${describeFailure(error)}`);
  process.exit(error instanceof BackupError ? error.exitCode : 1);
}
