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
 *   max(1, ceil(budget / 10,000)) minor units; costs are rounded up to whole cells, so a selection
 *   never exceeds the budget, and it is exact at that granularity (to the minor unit for budgets
 *   up to 10,000 minor units).
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

interface StateNode {
  cost: number;
  /** Gap bits in the low part, bits of needed chosen items above them. */
  key: bigint;
  prev: StateNode | null;
  /** Index (in the group's order) of the item taken to reach this state; -1 for the start. */
  item: number;
}

interface FrontOption {
  cells: number;
  cost: number;
  value: number;
  node: StateNode;
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
  const gapBit = new Map<string, bigint>();
  const weightOfBit: number[] = [];
  for (const gap of gaps) {
    if (gapBit.has(gap.key)) continue;
    gapBit.set(gap.key, 1n << BigInt(weightOfBit.length));
    weightOfBit.push(gap.weight);
  }
  const gapCount = BigInt(weightOfBit.length);
  const position = new Map(items.map((item, index) => [item.key, index]));
  // An item another item requires gets a bit while some later item may still need it.
  const lastNeededAt = new Map<number, number>();
  items.forEach((item, index) => {
    for (const key of item.requires) lastNeededAt.set(position.get(key)!, index);
  });
  const neededBit = new Map<number, bigint>();
  [...lastNeededAt.keys()].forEach((itemIndex, order) => {
    neededBit.set(itemIndex, 1n << (gapCount + BigInt(order)));
  });
  const expiring = new Map<number, bigint>();
  for (const [itemIndex, last] of lastNeededAt) {
    expiring.set(last, (expiring.get(last) ?? 0n) | neededBit.get(itemIndex)!);
  }

  let states = new Map<bigint, StateNode>([[0n, { cost: 0, key: 0n, prev: null, item: -1 }]]);
  items.forEach((item, index) => {
    let gapMask = 0n;
    for (const key of item.gapKeys) gapMask |= gapBit.get(key) ?? 0n;
    let requiredMask = 0n;
    for (const key of item.requires) requiredMask |= neededBit.get(position.get(key)!)!;
    const ownBit = neededBit.get(index) ?? 0n;
    const next = new Map(states);
    for (const node of states.values()) {
      if ((node.key & requiredMask) !== requiredMask) continue;
      const key = node.key | gapMask | ownBit;
      if (key === node.key) continue;
      const cost = node.cost + item.costMinor;
      if (Math.ceil(cost / cell) > capacity) continue;
      const existing = next.get(key);
      if (!existing || cost < existing.cost) next.set(key, { cost, key, prev: node, item: index });
    }
    const expire = expiring.get(index);
    if (expire !== undefined) {
      const merged = new Map<bigint, StateNode>();
      for (const node of next.values()) {
        const key = node.key & ~expire;
        const existing = merged.get(key);
        if (!existing || node.cost < existing.cost) merged.set(key, { ...node, key });
      }
      states = merged;
    } else {
      states = next;
    }
  });

  const gapMaskAll = (1n << gapCount) - 1n;
  const valueOf = (key: bigint): number => {
    let value = 0;
    let mask = key & gapMaskAll;
    let bit = 0;
    while (mask > 0n) {
      if (mask & 1n) value += weightOfBit[bit]!;
      mask >>= 1n;
      bit += 1;
    }
    return value;
  };
  const options = [...states.values()]
    .map((node, order) => ({
      cells: Math.ceil(node.cost / cell),
      cost: node.cost,
      value: valueOf(node.key),
      node,
      order,
    }))
    .sort((a, b) => a.cells - b.cells || b.value - a.value || a.cost - b.cost || a.order - b.order);
  const front: FrontOption[] = [];
  for (const option of options) {
    if (front.length === 0 || option.value > front[front.length - 1]!.value) {
      front.push({ cells: option.cells, cost: option.cost, value: option.value, node: option.node });
    }
  }
  return { items: [...items], front };
}

function chosenIndexes(node: StateNode): number[] {
  const indexes: number[] = [];
  for (let current: StateNode | null = node; current; current = current.prev) {
    if (current.item >= 0) indexes.push(current.item);
  }
  return indexes.sort((a, b) => a - b);
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

  // Multiple-choice knapsack: best[b] = the most value with at most b cells.
  let best = new Float64Array(capacity + 1);
  const choices: Int32Array[] = [];
  for (const plan of plans) {
    const next = new Float64Array(capacity + 1);
    const choice = new Int32Array(capacity + 1);
    const { front } = plan;
    for (let b = 0; b <= capacity; b += 1) {
      let top = -1;
      let pick = 0;
      // The front is sorted by cells, so the first option that does not fit ends the search.
      for (let index = 0; index < front.length; index += 1) {
        const option = front[index]!;
        if (option.cells > b) break;
        const value = best[b - option.cells]! + option.value;
        if (value > top) {
          top = value;
          pick = index;
        }
      }
      next[b] = top;
      choice[b] = pick;
    }
    choices.push(choice);
    best = next;
  }
  // The fewest cells that reach the best value.
  let b = capacity;
  while (b > 0 && best[b - 1] === best[capacity]) b -= 1;

  const picked: FrontOption[] = new Array<FrontOption>(plans.length);
  for (let index = plans.length - 1; index >= 0; index -= 1) {
    const option = plans[index]!.front[choices[index]![b]!]!;
    picked[index] = option;
    b -= option.cells;
  }

  const chosenKeys: string[] = [];
  let costMinor = 0;
  let value = 0;
  plans.forEach((plan, index) => {
    const option = picked[index]!;
    costMinor += option.cost;
    value += option.value;
    for (const itemIndex of chosenIndexes(option.node)) chosenKeys.push(plan.items[itemIndex]!.key);
  });
  return { chosenKeys, costMinor, value, cellMinor: cell, infeasibleKeys };
}
