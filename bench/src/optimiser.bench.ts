// How long the plan optimiser (issue #7) takes on 1,000 candidate activities with a budget of
// 200,000 in the plan currency (20,000,000 US cents): the exact selection alone, and the whole
// proposal (recommendations for a team, then selection and explanations). Baseline measured in the
// same run: a greedy pass over the same candidates (sort by value per cost, take what fits), which
// is what a non-exact optimiser would do; its value is printed next to the exact one.
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_COURSES,
  DEFAULT_FRAMEWORK,
  optimiseSelection,
  proposePlan,
  recommendLearning,
  type ProposalMember,
  type SelectionGap,
  type SelectionItem,
} from '../../packages/core/src/index.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BUDGET_MINOR = 20_000_000;
const CANDIDATES = 1_000;

/** A small deterministic generator (mulberry32), so every run measures the same instance. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** 80 members with 6 gaps each and 12–13 candidates each: courses (some needing another), mentoring. */
function syntheticInstance(): { items: SelectionItem[]; gaps: SelectionGap[] } {
  const next = random(7);
  const members = 80;
  const items: SelectionItem[] = [];
  const gaps: SelectionGap[] = [];
  for (let member = 0; member < members; member += 1) {
    const group = `m${member}`;
    for (let gap = 0; gap < 6; gap += 1) {
      gaps.push({ key: `${group}.g${gap}`, group, weight: 500 + Math.floor(next() * 2_500) });
    }
    const count = Math.floor(CANDIDATES / members) + (member < CANDIDATES % members ? 1 : 0);
    const own: SelectionItem[] = [];
    for (let index = 0; index < count; index += 1) {
      const kind = next();
      const costMinor =
        kind < 0.15
          ? 0
          : kind < 0.6
            ? 25_000 + Math.floor(next() * 25_000)
            : 280_000 + Math.floor(next() * 120_000);
      const gapKeys = [
        ...new Set(
          Array.from({ length: 1 + Math.floor(next() * 3) }, () => `${group}.g${Math.floor(next() * 6)}`),
        ),
      ];
      const requires = own.length > 0 && next() < 0.3 ? [own[Math.floor(next() * own.length)]!.key] : [];
      const item = { key: `${group}.i${index}`, group, costMinor, gapKeys, requires };
      own.push(item);
      items.push(item);
    }
  }
  return { items, gaps };
}

/** A team whose members have gaps in random default-framework categories, with the seeded catalogue. */
function realisticTeam(): ProposalMember[] {
  const next = random(11);
  const categories = DEFAULT_FRAMEWORK.areas.flatMap((area) =>
    area.categories.map((category) => category.key),
  );
  const ids = Array.from(
    { length: 120 },
    (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  );
  const colleagues = ids.map((memberId, index) => ({
    memberId,
    name: `Member ${index}`,
    // Experts are rare: about one category in 200 per colleague.
    categoryScores: new Map(categories.filter(() => next() < 0.005).map((key) => [key, 3])),
  }));
  const team: ProposalMember[] = [];
  let candidates = 0;
  for (const [index, memberId] of ids.entries()) {
    if (candidates >= CANDIDATES) break;
    const gaps = categories
      .filter(() => next() < 0.2)
      .map((categoryKey) => ({ categoryKey, gap: 0.25 * (1 + Math.floor(next() * 8)) }));
    const member: ProposalMember = {
      memberId,
      memberName: `Member ${index}`,
      gaps,
      candidates: recommendLearning({
        memberId,
        gaps,
        courses: DEFAULT_COURSES,
        records: next() < 0.5 ? [{ courseKey: 'introduction-to-dhis2', completed: true }] : [],
        colleagues,
        showMentorNames: true,
        categoryNames: new Map(),
        pricing: { currency: 'USD', baseCurrency: 'USD', rates: [], on: '2027-01-01' },
        year: 2027,
      }),
    };
    candidates += member.candidates.length;
    team.push(member);
  }
  return team;
}

/** Greedy: best value per cost first, taking an item (with its prerequisites) while it fits. */
function greedy({ items, gaps }: { items: SelectionItem[]; gaps: SelectionGap[] }): number {
  const weight = new Map(gaps.map((gap) => [gap.key, gap.weight]));
  const byKey = new Map(items.map((item) => [item.key, item]));
  const ratio = (item: SelectionItem) =>
    item.gapKeys.reduce((sum, key) => sum + (weight.get(key) ?? 0), 0) / Math.max(1, item.costMinor);
  const chosen = new Set<string>();
  const covered = new Set<string>();
  let left = BUDGET_MINOR;
  for (const item of [...items].sort((a, b) => ratio(b) - ratio(a))) {
    const bundle = [item, ...item.requires.map((key) => byKey.get(key)!)].filter(
      (entry) => !chosen.has(entry.key),
    );
    const cost = bundle.reduce((sum, entry) => sum + entry.costMinor, 0);
    if (
      cost > left ||
      bundle.some((entry) =>
        entry.requires.some((key) => !chosen.has(key) && !bundle.includes(byKey.get(key)!)),
      )
    )
      continue;
    left -= cost;
    for (const entry of bundle) {
      chosen.add(entry.key);
      entry.gapKeys.forEach((key) => covered.add(key));
    }
  }
  return [...covered].reduce((sum, key) => sum + (weight.get(key) ?? 0), 0);
}

function time(work: () => unknown): { first: number; median: number; p95: number } {
  const started = performance.now();
  work();
  const first = performance.now() - started;
  const durations: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    work();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  const at = (share: number) =>
    durations[Math.min(durations.length - 1, Math.floor(share * durations.length))]!;
  return { first, median: at(0.5), p95: at(0.95) };
}

const synthetic = syntheticInstance();
const team = realisticTeam();
const teamCandidates = team.reduce((sum, member) => sum + member.candidates.length, 0);

const baseline = time(() => greedy(synthetic));
const exact = time(() => optimiseSelection({ ...synthetic, budgetMinor: BUDGET_MINOR }));
const proposal = time(() => proposePlan({ members: team, budgetMinor: BUDGET_MINOR, currency: 'USD' }));
// The same team with a quarter of what covering everything would cost: the knapsack has to choose.
const TIGHT_MINOR = 2_000_000;
const tight = time(() => proposePlan({ members: team, budgetMinor: TIGHT_MINOR, currency: 'USD' }));

const exactValue = optimiseSelection({ ...synthetic, budgetMinor: BUDGET_MINOR }).value;
const greedyValue = greedy(synthetic);
const teamProposal = proposePlan({ members: team, budgetMinor: BUDGET_MINOR, currency: 'USD' });

console.log(
  `Node ${process.version}; budget ${BUDGET_MINOR} minor units (200,000.00 USD); ${RUNS} warm runs after a first one\n`,
);
console.log(
  `${'run'.padEnd(48)} ${'first ms'.padStart(9)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'× greedy'.padStart(9)}`,
);
const line = (name: string, figures: { first: number; median: number; p95: number }) =>
  console.log(
    [
      name.padEnd(48),
      figures.first.toFixed(1).padStart(9),
      figures.median.toFixed(1).padStart(10),
      figures.p95.toFixed(1).padStart(8),
      (figures.median / baseline.median).toFixed(1).padStart(9),
    ].join(' '),
  );
line(`greedy pass, ${synthetic.items.length} candidates (baseline)`, baseline);
line(`exact selection, ${synthetic.items.length} candidates, 80 members`, exact);
line(`whole proposal, ${teamCandidates} candidates, ${team.length} members`, proposal);
line(`same, budget 20,000.00 USD (binding)`, tight);
console.log(
  `\nvalue covered, synthetic instance: exact ${exactValue}, greedy ${greedyValue} (${(((exactValue - greedyValue) / Math.max(1, greedyValue)) * 100).toFixed(1)}% more)`,
);
console.log(
  `team proposal: ${teamProposal.activities.length} activities, ${teamProposal.totalCostMinor} of ${BUDGET_MINOR} minor units, value ${teamProposal.value} of ${teamProposal.possibleValue}`,
);
console.log(
  `target: median under 100 ms for 1,000 candidates — ${exact.median < 100 && proposal.median < 100 ? 'met' : 'NOT met'}`,
);
