import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetCell, optimiseSelection, type SelectionGap, type SelectionItem } from './optimiser.js';

const item = (key: string, costMinor: number, gapKeys: string[], requires: string[] = [], group = 'm1') => ({
  key,
  group,
  costMinor,
  gapKeys,
  requires,
});
const gap = (key: string, weight: number, group = 'm1'): SelectionGap => ({ key, group, weight });

describe('optimiseSelection', () => {
  it('takes the set that covers most, not the best value per cost first (where greedy goes wrong)', () => {
    // Greedy by value/cost takes "a" (3 for 1) and then cannot afford "b"; the optimum is b + c.
    const result = optimiseSelection({
      items: [item('a', 1, ['g1']), item('b', 5, ['g2']), item('c', 5, ['g3'])],
      gaps: [gap('g1', 3), gap('g2', 10), gap('g3', 10)],
      budgetMinor: 10,
    });
    expect(result).toMatchObject({ chosenKeys: ['b', 'c'], costMinor: 10, value: 20, cellMinor: 1 });
  });

  it('counts a gap once even when two chosen activities develop it', () => {
    const result = optimiseSelection({
      items: [item('a', 4, ['g1', 'g2']), item('b', 4, ['g2', 'g3']), item('c', 4, ['g3'])],
      gaps: [gap('g1', 5), gap('g2', 5), gap('g3', 5)],
      budgetMinor: 8,
    });
    // a + b covers g1, g2, g3 (15); a + c the same; the first found wins the tie.
    expect(result.value).toBe(15);
    expect(result.chosenKeys).toEqual(['a', 'b']);
  });

  it('chooses a course only with its prerequisite, and drops what requires something unknown', () => {
    const result = optimiseSelection({
      items: [
        item('config', 50, ['g1'], ['capture']),
        item('capture', 30, []),
        item('orphan', 1, ['g2'], ['missing']),
      ],
      gaps: [gap('g1', 10), gap('g2', 100)],
      budgetMinor: 79,
    });
    expect(result).toMatchObject({ chosenKeys: [], value: 0, infeasibleKeys: ['orphan'] });
    const affordable = optimiseSelection({
      items: [item('config', 50, ['g1'], ['capture']), item('capture', 30, [])],
      gaps: [gap('g1', 10)],
      budgetMinor: 80,
    });
    expect(affordable.chosenKeys).toEqual(['capture', 'config']);
  });

  it('solves members independently and shares the budget between them', () => {
    const result = optimiseSelection({
      items: [
        item('ana-academy', 300, ['a1', 'a2'], [], 'ana'),
        item('ana-online', 100, ['a1'], [], 'ana'),
        item('ben-academy', 300, ['b1'], [], 'ben'),
        item('ben-mentoring', 0, ['b2'], [], 'ben'),
      ],
      gaps: [gap('a1', 4, 'ana'), gap('a2', 1, 'ana'), gap('b1', 3, 'ben'), gap('b2', 2, 'ben')],
      budgetMinor: 400,
    });
    expect(result).toMatchObject({
      chosenKeys: ['ana-online', 'ben-academy', 'ben-mentoring'],
      costMinor: 400,
      value: 9,
    });
  });

  it('works in cells of a ten-thousandth of the budget, rounding costs up, so it never overspends', () => {
    expect(budgetCell(10_000)).toBe(1);
    expect(budgetCell(20_000_000)).toBe(2_000);
    // Two members' 999,999 + 1 fit to the minor unit, but each total is rounded up to cells of
    // 100: 10,000 cells + 1 cell is more than the 10,000 the budget has.
    const result = optimiseSelection({
      items: [item('a', 999_999, ['g1']), item('b', 1, ['g2'], [], 'm2')],
      gaps: [gap('g1', 10), gap('g2', 1, 'm2')],
      budgetMinor: 1_000_000,
    });
    expect(result.cellMinor).toBe(100);
    expect(result.costMinor).toBeLessThanOrEqual(1_000_000);
    expect(result.chosenKeys).toEqual(['a']);
  });

  it('prefers the cheaper of two equally good choices', () => {
    const result = optimiseSelection({
      items: [item('dear', 500, ['g1']), item('cheap', 200, ['g1'])],
      gaps: [gap('g1', 7)],
      budgetMinor: 1_000,
    });
    expect(result).toMatchObject({ chosenKeys: ['cheap'], costMinor: 200 });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties on random small instances, against a brute-force search over every subset.

interface Instance {
  items: SelectionItem[];
  gaps: SelectionGap[];
  budgetMinor: number;
}

const instance = (maxCost: number, maxBudget: number): fc.Arbitrary<Instance> =>
  fc
    .record({
      groups: fc.array(fc.array(fc.integer({ min: 0, max: 3_000 }), { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: 3,
      }),
      items: fc.array(
        fc.record({
          group: fc.nat(),
          cost: fc.integer({ min: 0, max: maxCost }),
          gapPicks: fc.array(fc.nat(), { maxLength: 3 }),
          requirePicks: fc.array(fc.nat(), { maxLength: 2 }),
        }),
        { maxLength: 9 },
      ),
      budgetMinor: fc.integer({ min: 0, max: maxBudget }),
    })
    .map(({ groups, items, budgetMinor }) => {
      const gaps = groups.flatMap((weights, group) =>
        weights.map((weight, index) => gap(`g${group}.${index}`, weight, `m${group}`)),
      );
      const built: SelectionItem[] = [];
      items.forEach((spec, index) => {
        const group = spec.group % groups.length;
        const earlier = built.filter((candidate) => candidate.group === `m${group}`);
        built.push(
          item(
            `i${index}`,
            spec.cost,
            [...new Set(spec.gapPicks.map((pick) => `g${group}.${pick % groups[group]!.length}`))],
            earlier.length === 0
              ? []
              : [...new Set(spec.requirePicks.map((pick) => earlier[pick % earlier.length]!.key))],
            `m${group}`,
          ),
        );
      });
      return { items: built, gaps, budgetMinor };
    });

const valueOf = (chosen: readonly SelectionItem[], gaps: readonly SelectionGap[]) => {
  const covered = new Set(chosen.flatMap((candidate) => candidate.gapKeys));
  return gaps.filter((entry) => covered.has(entry.key)).reduce((sum, entry) => sum + entry.weight, 0);
};

/** The best value over every subset that respects prerequisites and fits in the budget's cells. */
function bruteForce({ items, gaps, budgetMinor }: Instance): number {
  const cell = budgetCell(budgetMinor);
  const capacity = Math.floor(budgetMinor / cell);
  let best = 0;
  for (let mask = 0; mask < 1 << items.length; mask += 1) {
    const chosen = items.filter((_, index) => mask & (1 << index));
    const keys = new Set(chosen.map((candidate) => candidate.key));
    if (!chosen.every((candidate) => candidate.requires.every((key) => keys.has(key)))) continue;
    const byGroup = new Map<string, number>();
    for (const candidate of chosen)
      byGroup.set(candidate.group, (byGroup.get(candidate.group) ?? 0) + candidate.costMinor);
    const cells = [...byGroup.values()].reduce((sum, cost) => sum + Math.ceil(cost / cell), 0);
    if (cells > capacity) continue;
    best = Math.max(best, valueOf(chosen, gaps));
  }
  return best;
}

function checkAgainstBruteForce(candidate: Instance): void {
  const result = optimiseSelection(candidate);
  const chosen = candidate.items.filter((entry) => result.chosenKeys.includes(entry.key));
  const keys = new Set(result.chosenKeys);
  expect(result.value).toBe(bruteForce(candidate));
  expect(result.value).toBe(valueOf(chosen, candidate.gaps));
  expect(result.costMinor).toBe(chosen.reduce((sum, entry) => sum + entry.costMinor, 0));
  expect(result.costMinor).toBeLessThanOrEqual(candidate.budgetMinor);
  for (const entry of chosen) for (const required of entry.requires) expect(keys.has(required)).toBe(true);
}

describe('optimiseSelection, property-based', () => {
  it('finds the brute-force optimum, within the budget, never without a prerequisite (budgets ≤ 10,000: exact to the minor unit)', () => {
    fc.assert(fc.property(instance(4_000, 10_000), checkAgainstBruteForce), { numRuns: 400 });
  });

  it('finds the brute-force optimum at the cell granularity of large budgets, never overspending', () => {
    fc.assert(fc.property(instance(40_000_000, 100_000_000), checkAgainstBruteForce), { numRuns: 300 });
  });

  it('gives the same answer for the same input', () => {
    fc.assert(
      fc.property(instance(4_000, 10_000), (candidate) => {
        expect(optimiseSelection(candidate)).toEqual(optimiseSelection(candidate));
      }),
      { numRuns: 100 },
    );
  });
});
