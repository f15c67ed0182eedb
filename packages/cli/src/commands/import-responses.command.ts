import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { ResponseImportProblem, ResponseImportRow } from '@coreteam/core';
import {
  consoleContext,
  importResponses,
  loadConfig,
  migrateToLatest,
  openDatabase,
  previewResponseImport,
  teamOfRound,
} from '@coreteam/server';

const CONSOLE_ACTOR = { userId: null, ip: 'console' };
/** Above this many rows, the import prints how far it has got. */
const PROGRESS_FROM_ROWS = 200;

function describeProblem(problem: ResponseImportProblem): string {
  const where = [
    problem.row === null ? 'mapping' : `row ${problem.row}`,
    problem.column && `"${problem.column}"`,
  ]
    .filter(Boolean)
    .join(', ');
  return `  ${where}: ${problem.message}`;
}

function printReport(rows: readonly ResponseImportRow[], mappingProblems: readonly ResponseImportProblem[]) {
  for (const problem of mappingProblems) console.log(describeProblem(problem));
  for (const row of rows) {
    const who = row.memberName ?? (row.email || row.name || '(nobody)');
    console.log(`row ${row.row}: ${row.status === 'valid' ? 'ok' : 'INVALID'} — ${who}`);
    for (const problem of row.problems) console.log(describeProblem(problem));
  }
}

export function importResponsesCommand(): Command {
  return new Command('import-responses')
    .description(
      'import form responses (a Google Form exported as CSV) into a round as submitted self-assessments',
    )
    .requiredOption('--round <id>', 'the id of the assessment round')
    .requiredOption(
      '--mapping <file>',
      'the mapping of CSV columns to skills (YAML or JSON, see docs/response-import.md)',
    )
    .option('--skip-invalid', 'import the valid rows and leave out the invalid ones', false)
    .option('--dry-run', 'only check the rows and print the report', false)
    .argument('<responses>', 'the CSV file of responses')
    .action(
      async (
        responses: string,
        options: { round: string; mapping: string; skipInvalid: boolean; dryRun: boolean },
      ) => {
        const csv = await readFile(responses, 'utf8');
        const mapping = await readFile(options.mapping, 'utf8');
        const config = loadConfig(process.env, process.cwd());
        const database = openDatabase(config.database);
        try {
          await migrateToLatest(database.db);
          const context = consoleContext(database, config);
          const teamId = await teamOfRound(context, options.round);
          const preview = await previewResponseImport(context, teamId, options.round, { csv, mapping });
          printReport(preview.rows, preview.mappingProblems);
          console.log(
            `${preview.counts.rows} row(s): ${preview.counts.valid} valid, ${preview.counts.invalid} invalid.`,
          );
          if (options.dryRun) return;
          if (preview.mappingProblems.length > 0) {
            throw new Error(
              `Nothing was imported: the mapping has ${preview.mappingProblems.length} problem(s), listed above.`,
            );
          }
          if (preview.counts.invalid > 0 && !options.skipInvalid) {
            throw new Error(
              `Nothing was imported: ${preview.counts.invalid} row(s) are invalid, listed above. Fix them, or pass --skip-invalid.`,
            );
          }
          if (preview.counts.valid === 0) throw new Error('Nothing was imported: no row is valid.');
          const total = preview.counts.valid;
          const result = await importResponses(
            context,
            teamId,
            options.round,
            { csv, mapping, skipInvalidRows: options.skipInvalid },
            CONSOLE_ACTOR,
            total >= PROGRESS_FROM_ROWS
              ? (done) => console.log(`Imported ${done} of ${total} row(s)…`)
              : undefined,
          );
          console.log(
            `Imported ${result.imported} response(s) as submitted self-assessments${result.skipped > 0 ? `; skipped ${result.skipped} invalid row(s)` : ''}.`,
          );
        } finally {
          await database.close();
        }
      },
    );
}
