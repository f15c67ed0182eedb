import type {
  ActivityStatus,
  ActivityType,
  FundingShareInput,
  FundingSourceKind,
  PlanBudget,
  PlanTotals,
} from '../schemas/plan.schema.js';
import { formatMinorUnits, splitEvenly, splitEvenlyFrom } from './money.js';
import { ACTIVITY_TYPES } from './plan-vocabulary.js';
import { CORE_POSITION_KEYS } from './terms-of-reference.js';

/*
 * Budget summaries. Every line is a sum of integers taken from the activities, so each breakdown
 * adds up to the totals exactly: per year, per funding source (plus the uncovered line), per
 * activity type, per role, and per member plus the part of activities that name no member.
 */

export interface BudgetActivity {
  id: string;
  type: ActivityType;
  status: ActivityStatus;
  year: number;
  memberIds: readonly string[];
  totalMinor: number;
  fundingShares: readonly FundingShareInput[];
  /** As stored; the summary recomputes it from the total and the (capped) shares. */
  uncoveredMinor: number;
}

type Line = PlanTotals;

function emptyLine(): Line {
  return { totalMinor: 0, securedMinor: 0, pledgedMinor: 0, unfundedMinor: 0 };
}

function addTo(target: Line, amount: Line): void {
  target.totalMinor += amount.totalMinor;
  target.securedMinor += amount.securedMinor;
  target.pledgedMinor += amount.pledgedMinor;
  target.unfundedMinor += amount.unfundedMinor;
}

interface CountedShare {
  share: FundingShareInput;
  /** The share's amount, capped so that the shares never count for more than the activity. */
  countedMinor: number;
}

interface ActivityFunding {
  line: Line;
  shares: CountedShare[];
  uncoveredMinor: number;
  /** True when the shares as entered add up to more than the activity's total. */
  overfunded: boolean;
}

/** How an activity's total divides into secured, pledged and unfunded, shares capped in order. */
function fundActivity(activity: BudgetActivity): ActivityFunding {
  const line: Line = { ...emptyLine(), totalMinor: activity.totalMinor };
  let left = activity.totalMinor;
  let overfunded = false;
  const shares = activity.fundingShares.map((share) => {
    const countedMinor = Math.max(0, Math.min(share.amountMinor, left));
    if (countedMinor < share.amountMinor) overfunded = true;
    left -= countedMinor;
    if (share.status === 'secured') line.securedMinor += countedMinor;
    else if (share.status === 'pledged') line.pledgedMinor += countedMinor;
    else line.unfundedMinor += countedMinor;
    return { share, countedMinor };
  });
  const uncoveredMinor = Math.max(0, left);
  line.unfundedMinor += uncoveredMinor;
  return { line, shares, uncoveredMinor, overfunded };
}

/**
 * Each member's part of an activity: the total split evenly (remainder to the first members), and
 * within it secured, pledged and unfunded split the same way, each continuing the remainder where
 * the previous one stopped, so that both each member's line and each status add up exactly.
 */
function splitBetweenMembers(line: Line, members: number): Line[] {
  const parts = Array.from({ length: members }, emptyLine);
  let firstPart = 0;
  for (const key of ['securedMinor', 'pledgedMinor', 'unfundedMinor'] as const) {
    const split = splitEvenlyFrom({ amount: line[key], parts: members, firstPart });
    split.forEach((amount, index) => {
      const part = parts[index];
      if (part) part[key] = amount;
    });
    firstPart = (firstPart + (line[key] % members)) % members;
  }
  const totals = splitEvenly(line.totalMinor, members);
  totals.forEach((amount, index) => {
    const part = parts[index];
    if (part) part.totalMinor = amount;
  });
  return parts;
}

function isCounted(activity: BudgetActivity): boolean {
  return activity.status !== 'cancelled';
}

/** The plan's headline figures: every activity that is not cancelled. */
export function planTotals(activities: readonly BudgetActivity[]): PlanTotals {
  const totals = emptyLine();
  for (const activity of activities) {
    if (isCounted(activity)) addTo(totals, fundActivity(activity).line);
  }
  return totals;
}

export interface BudgetInput {
  plan: { id: string; startYear: number; endYear: number; baseCurrency: string };
  activities: readonly BudgetActivity[];
  fundingSources: readonly { id: string; name: string; kind: FundingSourceKind }[];
  /** Team members in the order they are listed; roleKey is each member's first current role. */
  members: readonly { id: string; name: string; roleKey: string | null }[];
  /** Only this year's activities; every year of the period when left out. */
  year?: number;
  visibility: 'full' | 'totals';
  labels: { uncovered: string };
}

/**
 * The plan's budget: totals and their breakdowns. Cancelled activities count nowhere. Funding
 * shares that exceed their activity's total (possible after a rate change) are counted only up to
 * the total, in share order, with a warning.
 */
export function summariseBudget(input: BudgetInput): PlanBudget {
  const { plan } = input;
  const year = input.year ?? null;
  const counted = input.activities.filter(
    (activity) => isCounted(activity) && (year === null || activity.year === year),
  );

  const totals = emptyLine();
  const byYear = new Map<number, Line>();
  if (year === null) {
    for (let y = plan.startYear; y <= plan.endYear; y += 1) byYear.set(y, emptyLine());
  } else {
    byYear.set(year, emptyLine());
  }
  const bySource = new Map<string, Line>();
  const uncovered = emptyLine();
  const byType = new Map<ActivityType, Line>();
  const byRole = new Map<string | null, Line>();
  const byMember = new Map<string, Line>();
  for (const member of input.members) byMember.set(member.id, emptyLine());
  const roleOf = new Map(input.members.map((member) => [member.id, member.roleKey]));
  const warnings: PlanBudget['warnings'] = [];

  const lineIn = <K>(map: Map<K, Line>, key: K): Line => {
    let line = map.get(key);
    if (!line) {
      line = emptyLine();
      map.set(key, line);
    }
    return line;
  };

  for (const activity of counted) {
    const funding = fundActivity(activity);
    if (funding.overfunded) {
      const shared = activity.fundingShares.reduce((sum, share) => sum + share.amountMinor, 0);
      warnings.push({
        activityId: activity.id,
        problem: `Its funding shares add up to ${formatMinorUnits(shared, plan.baseCurrency)}, more than it costs (${formatMinorUnits(activity.totalMinor, plan.baseCurrency)}); they are counted only up to its cost.`,
      });
    }
    if (activity.year < plan.startYear || activity.year > plan.endYear) {
      warnings.push({
        activityId: activity.id,
        problem: `It starts in ${activity.year}, outside the plan period (${plan.startYear}–${plan.endYear}).`,
      });
    }

    addTo(totals, funding.line);
    addTo(lineIn(byYear, activity.year), funding.line);
    addTo(lineIn(byType, activity.type), funding.line);

    for (const { share, countedMinor } of funding.shares) {
      const line = lineIn(bySource, share.fundingSourceId);
      line.totalMinor += countedMinor;
      if (share.status === 'secured') line.securedMinor += countedMinor;
      else if (share.status === 'pledged') line.pledgedMinor += countedMinor;
      else line.unfundedMinor += countedMinor;
    }
    uncovered.totalMinor += funding.uncoveredMinor;
    uncovered.unfundedMinor += funding.uncoveredMinor;

    if (activity.memberIds.length === 0) {
      addTo(lineIn(byRole, null), funding.line);
      continue;
    }
    const parts = splitBetweenMembers(funding.line, activity.memberIds.length);
    activity.memberIds.forEach((memberId, index) => {
      const part = parts[index];
      if (!part) return;
      addTo(lineIn(byMember, memberId), part);
      addTo(lineIn(byRole, roleOf.get(memberId) ?? null), part);
    });
  }

  const sourceLines: PlanBudget['byFundingSource'] = [];
  const knownSources = new Set<string>();
  for (const source of input.fundingSources) {
    knownSources.add(source.id);
    const line = bySource.get(source.id);
    if (line) sourceLines.push({ fundingSourceId: source.id, name: source.name, kind: source.kind, ...line });
  }
  for (const [id, line] of bySource) {
    if (!knownSources.has(id)) sourceLines.push({ fundingSourceId: id, name: id, kind: null, ...line });
  }
  if (uncovered.totalMinor > 0) {
    sourceLines.push({ fundingSourceId: null, name: input.labels.uncovered, kind: null, ...uncovered });
  }

  const budget: PlanBudget = {
    planId: plan.id,
    baseCurrency: plan.baseCurrency,
    year,
    visibility: input.visibility,
    totals,
    byYear: [...byYear.entries()].sort(([a], [b]) => a - b).map(([y, line]) => ({ year: y, ...line })),
    byFundingSource: sourceLines,
    byActivityType: ACTIVITY_TYPES.filter((type) => byType.has(type)).map((type) => ({
      type,
      ...(byType.get(type) ?? emptyLine()),
    })),
    byRole: orderRoles([...byRole.keys()], input.members).map((roleKey) => ({
      roleKey,
      ...(byRole.get(roleKey) ?? emptyLine()),
    })),
    warnings,
  };
  if (input.visibility === 'full') {
    const names = new Map(input.members.map((member) => [member.id, member.name]));
    budget.byMember = [...byMember.entries()].map(([memberId, line]) => ({
      memberId,
      name: names.get(memberId) ?? '',
      ...line,
    }));
  }
  return budget;
}

/** Core positions in their usual order, then other roles as the members list them, then "no role". */
function orderRoles(
  roles: readonly (string | null)[],
  members: readonly { roleKey: string | null }[],
): (string | null)[] {
  const present = new Set(roles);
  const order: (string | null)[] = [];
  const add = (role: string | null) => {
    if (present.has(role) && !order.includes(role)) order.push(role);
  };
  CORE_POSITION_KEYS.forEach(add);
  members.forEach((member) => add(member.roleKey));
  roles.forEach((role) => {
    if (role !== null) add(role);
  });
  add(null);
  return order;
}
