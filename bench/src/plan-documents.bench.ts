// How long a lead waits for the plan's PDF and budget workbook (issue #6): rendering only, from a
// realistic plan report (4 members, 5 activities over two years, two currencies, two funders, the
// five terms of reference), in English and in French. Baseline: the same report as JSON.
import { performance } from 'node:perf_hooks';
import { renderPlanDocumentPdf } from '../../packages/server/src/modules/plans/plan-document.js';
import { aPlanReport } from '../../packages/server/src/modules/plans/plan-report.test-data.js';
import { renderBudgetWorkbook } from '../../packages/server/src/modules/plans/plan-workbook.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

async function time(
  render: () => Promise<unknown> | unknown,
): Promise<{ first: number; median: number; p95: number }> {
  const started = performance.now();
  await render();
  const first = performance.now() - started;
  const durations: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await render();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  const at = (share: number) =>
    durations[Math.min(durations.length - 1, Math.floor(share * durations.length))]!;
  return { first, median: at(0.5), p95: at(0.95) };
}

const english = aPlanReport();
const french = { ...aPlanReport(), language: 'fr' as const };
const baseline = await time(() => JSON.stringify(english));
console.log(`Node ${process.version}; ${RUNS} warm runs after a first one\n`);
console.log(
  `${'render'.padEnd(22)} ${'first ms'.padStart(9)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'× JSON'.padStart(8)}`,
);
const line = (name: string, figures: { first: number; median: number; p95: number }) =>
  console.log(
    [
      name.padEnd(22),
      figures.first.toFixed(1).padStart(9),
      figures.median.toFixed(1).padStart(10),
      figures.p95.toFixed(1).padStart(8),
      (figures.median / baseline.median).toFixed(0).padStart(8),
    ].join(' '),
  );
line('JSON (baseline)', baseline);
line('plan PDF, en', await time(() => renderPlanDocumentPdf(english)));
line('plan PDF, fr', await time(() => renderPlanDocumentPdf(french)));
line('budget XLSX, en', await time(() => renderBudgetWorkbook(english)));
line('budget XLSX, fr', await time(() => renderBudgetWorkbook(french)));
