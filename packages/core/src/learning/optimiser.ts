/*
 * The plan optimiser's exact core: choose items (activities) of several groups (members) to
 * maximise the total weight of the gaps they cover, within a budget, where an item may require
 * other items of its group. See docs/adr/0005-plan-optimiser.md.
 *
 * - A gap belongs to one group and counts once however many chosen items cover it (a union).
 * - Groups are independent, so each is solved on its own: a dynamic programme over the group's
 *   items in prerequisite order whose states are (gaps covered, chosen items a later item still
 *   needs), keeping the cheapest way to reach each state. Its final states give the group's
 *   Pareto front of (cost, value).
 * - The fronts are combined with a multiple-choice knapsack over the budget, in cells of
 *   max(1, ceil(budget / 10,000)) minor units; each group's cost is rounded up to whole cells, so a
 *   selection never exceeds the budget, and it is exact at that granularity (to the minor unit for
 *   budgets up to 10,000 minor units).
 * - Ties go to fewer cells, then to the first option met, in input order: the same input always
 *   gives the same answer.
 */

export interface SelectionItem {
  key: string;
  /** The group (member) the item belongs to; `requires` and gaps stay within it. */
  group: string;
  /** Cost in minor units, a non-negative integer. */
  costMinor: number;
  /** Keys of the gaps it covers. */
  gapKeys: readonly string[];
  /** Keys of items of the same group that must be chosen with it. */
  requires: readonly string[];
}

export interface SelectionGap {
  key: string;
  group: string;
  /** A non-negative integer (e.g. thousandths of a rating level). */
  weight: number;
}

export interface SelectionResult {
  /** Chosen item keys, groups in input order, within a group in prerequisite order. */
  chosenKeys: string[];
  costMinor: number;
  value: number;
  cellMinor: number;
  /** Items that can never be chosen: they require an unknown item or go round a cycle. */
  infeasibleKeys: string[];
}

export const OPTIMISER_CELLS = 10_000;

export function budgetCell(budgetMinor: number): number {
  return Math.max(1, Math.ceil(budgetMinor / OPTIMISER_CELLS));
}

/**
 * Bit sets over a group's gaps (low bits) and the items a later item still needs (high bits):
 * plain numbers while they fit in 31 bits, which is nearly always, BigInt beyond.
 */
interface BitOps<K> {
  zero: K;
  bit(index: number): K;
  or(a: K, b: K): K;
  and(a: K, b: K): K;
  without(a: K, b: K): K;
  isZero(a: K): boolean;
  has(a: K, index: number): boolean;
}

const NUMBER_BITS: BitOps<number> = {
  zero: 0,
  bit: (index) => 2 ** index,
  or: (a, b) => a | b,
  and: (a, b) => a & b,
  without: (a, b) => a & ~b,
  isZero: (a) => a === 0,
  has: (a, index) => (a & (2 ** index)) !== 0,
};

const BIGINT_BITS: BitOps<bigint> = {
  zero: 0n,
  bit: (index) => 1n << BigInt(index),
  or: (a, b) => a | b,
  and: (a, b) => a & b,
  without: (a, b) => a & ~b,
  isZero: (a) => a === 0n,
  has: (a, index) => (a & (1n << BigInt(index))) !== 0n,
};

interface StateNode<K> {
  cost: number;
  key: K;
  prev: StateNode<K> | null;
  /** Index (in the group's order) of the item taken to reach this state; -1 for none. */
  item: number;
}

interface FrontOption {
  cells: number;
  cost: number;
  value: number;
  /** Indexes (in the group's order) of the items chosen. */
  chosen: number[];
}

interface GroupPlan {
  items: SelectionItem[];
  front: FrontOption[];
}

/** Items in an order where each comes after the items it requires (input order otherwise); drops the infeasible. */
function prerequisiteOrder(items: readonly SelectionItem[]): {
  ordered: SelectionItem[];
  infeasible: string[];
} {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const feasible = new Map<string, boolean>();
  const state = new Map<string, 'visiting' | 'done'>();
  const check = (item: SelectionItem): boolean => {
    const known = feasible.get(item.key);
    if (known !== undefined) return known;
    if (state.get(item.key) === 'visiting') return false;
    state.set(item.key, 'visiting');
    let ok = true;
    for (const key of item.requires) {
      const required = byKey.get(key);
      if (!required || !check(required)) ok = false;
    }
    state.set(item.key, 'done');
    feasible.set(item.key, ok);
    return ok;
  };
  const ordered: SelectionItem[] = [];
  const placed = new Set<string>();
  const place = (item: SelectionItem) => {
    if (placed.has(item.key)) return;
    placed.add(item.key);
    for (const key of item.requires) place(byKey.get(key)!);
    ordered.push(item);
  };
  const infeasible: string[] = [];
  for (const item of items) {
    if (check(item)) place(item);
    else infeasible.push(item.key);
  }
  return { ordered, infeasible };
}

function solveGroup(
  items: readonly SelectionItem[],
  gaps: readonly SelectionGap[],
  capacity: number,
  cell: number,
): GroupPlan {
  const position = new Map(items.map((item, index) => [item.key, index]));
  const weightOf = new Map<string, number>();
  for (const gap of gaps) if (!weightOf.has(gap.key)) weightOf.set(gap.key, gap.weight);

  // A free item that needs nothing and covers a gap is always worth taking: it costs nothing and a
  // union never shrinks. Taking those first removes their gaps from the search.
  const freeChosen: number[] = [];
  const freeCovered = new Set<string>();
  items.forEach((item, index) => {
    if (item.costMinor !== 0 || item.requires.length > 0) return;
    const fresh = item.gapKeys.filter((key) => weightOf.has(key) && !freeCovered.has(key));
    if (fresh.length === 0) return;
    fresh.forEach((key) => freeCovered.add(key));
    freeChosen.push(index);
  });
  const taken = new Set(freeChosen);

  // Bits: the gaps still open that some item covers, then the items that others require.
  const gapIndex = new Map<string, number>();
  const weightOfBit: number[] = [];
  items.forEach((item, index) => {
    if (taken.has(index)) return;
    for (const key of item.gapKeys) {
      const weight = weightOf.get(key);
      if (weight === undefined || freeCovered.has(key) || gapIndex.has(key)) continue;
      gapIndex.set(key, weightOfBit.length);
      weightOfBit.push(weight);
    }
  });
  const lastNeededAt = new Map<number, number>();
  items.forEach((item, index) => {
    for (const key of item.requires) {
      const required = position.get(key)!;
      if (!taken.has(required)) lastNeededAt.set(required, index);
    }
  });
  const bitCount = weightOfBit.length + lastNeededAt.size;
  const solve = <K>(ops: BitOps<K>): GroupPlan => {
    const neededBit = new Map<number, K>();
    [...lastNeededAt.keys()].forEach((itemIndex, order) => {
      neededBit.set(itemIndex, ops.bit(weightOfBit.length + order));
    });
    const expiring = new Map<number, K>();
    for (const [itemIndex, last] of lastNeededAt) {
      expiring.set(last, ops.or(expiring.get(last) ?? ops.zero, neededBit.get(itemIndex)!));
    }
    let states = new Map<K, StateNode<K>>([[ops.zero, { cost: 0, key: ops.zero, prev: null, item: -1 }]]);
    items.forEach((item, index) => {
      if (taken.has(index)) return;
      let gapMask = ops.zero;
      for (const key of item.gapKeys) {
        const bit = gapIndex.get(key);
        if (bit !== undefined) gapMask = ops.or(gapMask, ops.bit(bit));
      }
      let requiredMask = ops.zero;
      for (const key of item.requires) {
        const needed = neededBit.get(position.get(key)!);
        if (needed !== undefined) requiredMask = ops.or(requiredMask, needed);
      }
      const ownBit = neededBit.get(index) ?? ops.zero;
      const addition = ops.or(gapMask, ownBit);
      if (ops.isZero(addition)) return;
      const next = new Map(states);
      for (const node of states.values()) {
        if (ops.and(node.key, requiredMask) !== requiredMask) continue;
        const key = ops.or(node.key, addition);
        if (key === node.key) continue;
        const cost = node.cost + item.costMinor;
        if (Math.ceil(cost / cell) > capacity) continue;
        const existing = next.get(key);
        if (!existing || cost < existing.cost) next.set(key, { cost, key, prev: node, item: index });
      }
      const expire = expiring.get(index);
      if (expire !== undefined) {
        const merged = new Map<K, StateNode<K>>();
        for (const node of next.values()) {
          const key = ops.without(node.key, expire);
          const existing = merged.get(key);
          if (!existing || node.cost < existing.cost) merged.set(key, { ...node, key });
        }
        states = merged;
      } else {
        states = next;
      }
    });

    const valueOf = (key: K): number => {
      let value = 0;
      for (let bit = 0; bit < weightOfBit.length; bit += 1) if (ops.has(key, bit)) value += weightOfBit[bit]!;
      return value;
    };
    const freeValue = [...freeCovered].reduce((sum, key) => sum + weightOf.get(key)!, 0);
    const options = [...states.values()]
      .map((node, order) => ({
        cells: Math.ceil(node.cost / cell),
        cost: node.cost,
        value: freeValue + valueOf(node.key),
        node,
        order,
      }))
      .sort((a, b) => a.cells - b.cells || b.value - a.value || a.cost - b.cost || a.order - b.order);
    const front: FrontOption[] = [];
    for (const option of options) {
      if (front.length === 0 || option.value > front[front.length - 1]!.value) {
        const chosen = [...freeChosen];
        for (let node: StateNode<K> | null = option.node; node; node = node.prev) {
          if (node.item >= 0) chosen.push(node.item);
        }
        front.push({
          cells: option.cells,
          cost: option.cost,
          value: option.value,
          chosen: chosen.sort((a, b) => a - b),
        });
      }
    }
    return { items: [...items], front };
  };
  return bitCount <= 30 ? solve(NUMBER_BITS) : solve(BIGINT_BITS);
}

/** The items that cover the most gap weight within the budget, exactly at the budget's granularity. */
export function optimiseSelection(input: {
  items: readonly SelectionItem[];
  gaps: readonly SelectionGap[];
  budgetMinor: number;
}): SelectionResult {
  const budgetMinor = Math.max(0, Math.floor(input.budgetMinor));
  const cell = budgetCell(budgetMinor);
  const capacity = Math.floor(budgetMinor / cell);

  const groups: string[] = [];
  const itemsOf = new Map<string, SelectionItem[]>();
  const gapsOf = new Map<string, SelectionGap[]>();
  const groupOf = (key: string) => {
    if (!itemsOf.has(key)) {
      groups.push(key);
      itemsOf.set(key, []);
      gapsOf.set(key, []);
    }
  };
  for (const item of input.items) {
    groupOf(item.group);
    itemsOf.get(item.group)!.push(item);
  }
  for (const gap of input.gaps) {
    groupOf(gap.group);
    gapsOf.get(gap.group)!.push(gap);
  }

  const infeasibleKeys: string[] = [];
  const plans = groups.map((group) => {
    const { ordered, infeasible } = prerequisiteOrder(itemsOf.get(group)!);
    infeasibleKeys.push(...infeasible);
    return solveGroup(ordered, gapsOf.get(group)!, capacity, cell);
  });

  // Multiple-choice knapsack: best[b] = the most value with at most b cells. Each member's front
  // is tried option by option over every capacity (a sequential sweep, friendly to the CPU cache);
  // an option replaces another only when strictly better, so the cheaper one wins ties.
  // A budget that pays for every member's best option needs no knapsack: take them all (each is
  // the fewest cells for its member's most value, so the answer is the one the knapsack would give).
  const everything = plans.reduce((sum, plan) => sum + plan.front[plan.front.length - 1]!.cells, 0);
  if (everything <= capacity) {
    return collect(plans.map((plan) => plan.front[plan.front.length - 1]!));
  }

  // Past `reach` (the most cells the groups so far could ever use) nothing changes, so a budget
  // larger than everything costs is not swept in full.
  let best = new Float64Array(capacity + 1);
  let reach = 0;
  const choices: Int32Array[] = [];
  const reaches: number[] = [];
  for (const plan of plans) {
    const { front } = plan;
    reach = Math.min(capacity, reach + front[front.length - 1]!.cells);
    const next = new Float64Array(capacity + 1).fill(-1);
    const choice = new Int32Array(reach + 1);
    for (let index = 0; index < front.length; index += 1) {
      const { cells, value } = front[index]!;
      for (let b = cells; b <= reach; b += 1) {
        const candidate = best[b - cells]! + value;
        if (candidate > next[b]!) {
          next[b] = candidate;
          choice[b] = index;
        }
      }
    }
    next.fill(next[reach]!, reach + 1);
    choices.push(choice);
    reaches.push(reach);
    best = next;
  }
  // The fewest cells that reach the best value.
  let b = capacity;
  while (b > 0 && best[b - 1] === best[capacity]) b -= 1;

  const picked: FrontOption[] = new Array<FrontOption>(plans.length);
  for (let index = plans.length - 1; index >= 0; index -= 1) {
    b = Math.min(b, reaches[index]!);
    const option = plans[index]!.front[choices[index]![b]!]!;
    picked[index] = option;
    b -= option.cells;
  }

  return collect(picked);

  function collect(options: readonly FrontOption[]): SelectionResult {
    const chosenKeys: string[] = [];
    let costMinor = 0;
    let value = 0;
    plans.forEach((plan, index) => {
      const option = options[index]!;
      costMinor += option.cost;
      value += option.value;
      for (const itemIndex of option.chosen) chosenKeys.push(plan.items[itemIndex]!.key);
    });
    return { chosenKeys, costMinor, value, cellMinor: cell, infeasibleKeys };
  }
}
