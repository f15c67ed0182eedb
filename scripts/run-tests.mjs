// The whole test suite: unit, integration (once per engine in DIALECTS) and end-to-end journeys
// in headless Chromium. Ends with one plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipEndToEnd = process.env.SKIP_E2E === '1';
const projects = ['unit', 'integration'];

if (!skipEndToEnd) {
  if (!existsSync(chromiumPath)) {
    console.error(
      `The end-to-end journeys need Chromium at ${chromiumPath}. Install it (Debian/Ubuntu: apt-get install chromium), ` +
        'set CHROMIUM_PATH, or run the rest with SKIP_E2E=1.',
    );
    process.exit(1);
  }
  const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  projects.push('e2e');
}

console.log(`Database engines under test: ${process.env.DIALECTS ?? 'sqlite'}`);
mkdirSync('.tmp', { recursive: true });
const resultsFile = '.tmp/test-results.json';
rmSync(resultsFile, { force: true });

const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

if (!existsSync(resultsFile)) {
  console.error('The test runner stopped before reporting results.');
  console.log('0 passed, 1 failed');
  process.exit(vitest.status || 1);
}
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
const passed = results.numPassedTests;
// A file that fails to load counts as a failure even though none of its tests ran.
const failed =
  results.numFailedTests + (results.numFailedTestSuites > 0 && results.numFailedTests === 0 ? 1 : 0);
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || vitest.status !== 0 ? 1 : 0);
