import type {
  PlanActivity,
  ActivityStatus,
  ActivityTiming,
  ActivityType,
  CostLineInput,
  FundingShareInput,
  PlanRevisionChanges,
  PlanTotals,
} from '../schemas/plan.schema.js';
import { planTotals } from './budget.js';

/*
 * Plan revisions: a revision keeps a snapshot of every activity and of the plan's totals; what
 * changed is worked out by comparing two snapshots, activity by activity (matched by id).
 */

export interface ActivitySnapshot {
  id: string;
  title: string;
  type: ActivityType;
  timing: ActivityTiming;
  status: ActivityStatus;
  provider: string;
  outcomeNote: string;
  memberIds: string[];
  gapCategoryKeys: string[];
  costLines: CostLineInput[];
  fundingShares: FundingShareInput[];
  totalMinor: number;
  uncoveredMinor: number;
  year: number;
}

export interface PlanSnapshot {
  activities: ActivitySnapshot[];
  totals: PlanTotals;
}

/** The plan before anything was added to it: what the first revision is compared with. Frozen. */
export const EMPTY_PLAN_SNAPSHOT: PlanSnapshot = Object.freeze({
  activities: Object.freeze([]) as unknown as ActivitySnapshot[],
  totals: Object.freeze({ totalMinor: 0, securedMinor: 0, pledgedMinor: 0, unfundedMinor: 0 }),
}) as PlanSnapshot;

/** An activity as a revision keeps it (record ids and timestamps left out). */
export function snapshotActivity(activity: PlanActivity): ActivitySnapshot {
  return {
    id: activity.id,
    title: activity.title,
    type: activity.type,
    timing: { ...activity.timing },
    status: activity.status,
    provider: activity.provider,
    outcomeNote: activity.outcomeNote,
    memberIds: [...activity.memberIds],
    gapCategoryKeys: [...activity.gapCategoryKeys],
    costLines: activity.costLines.map(({ kind, description, quantity, unitCostMinor, currency }) => ({
      kind,
      description,
      quantity,
      unitCostMinor,
      currency,
    })),
    fundingShares: activity.fundingShares.map(({ fundingSourceId, amountMinor, status }) => ({
      fundingSourceId,
      amountMinor,
      status,
    })),
    totalMinor: activity.totalMinor,
    uncoveredMinor: activity.uncoveredMinor,
    year: activity.year,
  };
}

/** The whole plan as a revision keeps it: every activity and the plan's totals (cancelled ones excluded from the totals). */
export function snapshotPlan(activities: readonly PlanActivity[]): PlanSnapshot {
  const snapshots = activities.map(snapshotActivity);
  return {
    activities: snapshots,
    totals: planTotals(snapshots),
  };
}

/** The names of what can change about an activity, in the order they are reported. */
export const ACTIVITY_CHANGE_FIELDS = [
  'title',
  'type',
  'provider',
  'timing',
  'status',
  'outcome',
  'members',
  'gaps',
  'costs',
  'funding',
] as const;
export type ActivityChangeField = (typeof ACTIVITY_CHANGE_FIELDS)[number];

// Each comparison lists the properties it looks at, so that key order or extra properties in a
// stored snapshot never show up as a change.
function timingKey(timing: ActivityTiming): string {
  return timing.kind === 'dates'
    ? JSON.stringify(['dates', timing.startsOn, timing.endsOn])
    : JSON.stringify(['quarter', timing.year, timing.quarter]);
}

function costsKey(activity: ActivitySnapshot): string {
  return JSON.stringify([
    activity.totalMinor,
    activity.costLines.map((line) => [
      line.kind,
      line.description,
      line.quantity,
      line.unitCostMinor,
      line.currency,
    ]),
  ]);
}

function fundingKey(activity: ActivitySnapshot): string {
  return JSON.stringify([
    activity.uncoveredMinor,
    activity.fundingShares.map((share) => [share.fundingSourceId, share.amountMinor, share.status]),
  ]);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);
const sameSet = (a: readonly string[], b: readonly string[]) => sameList([...a].sort(), [...b].sort());

/** What differs between two versions of the same activity, in the order of ACTIVITY_CHANGE_FIELDS. */
export function changedActivityFields(
  before: ActivitySnapshot,
  after: ActivitySnapshot,
): ActivityChangeField[] {
  const differs: Record<ActivityChangeField, boolean> = {
    title: before.title !== after.title,
    type: before.type !== after.type,
    provider: before.provider !== after.provider,
    timing: timingKey(before.timing) !== timingKey(after.timing),
    status: before.status !== after.status,
    outcome: before.outcomeNote !== after.outcomeNote,
    // Order matters for members: it decides who gets the remainder when the cost is split.
    members: !sameList(before.memberIds, after.memberIds),
    gaps: !sameSet(before.gapCategoryKeys, after.gapCategoryKeys),
    costs: costsKey(before) !== costsKey(after),
    funding: fundingKey(before) !== fundingKey(after),
  };
  return ACTIVITY_CHANGE_FIELDS.filter((field) => differs[field]);
}

function byTitleThenId(
  a: { title: string; activityId: string },
  b: { title: string; activityId: string },
): number {
  const byTitle = a.title.localeCompare(b.title, 'en');
  if (byTitle !== 0) return byTitle;
  return a.activityId < b.activityId ? -1 : a.activityId > b.activityId ? 1 : 0;
}

/** What changed from one snapshot to the next: activities added, removed and changed, and the totals. */
export function diffPlanSnapshots(before: PlanSnapshot, after: PlanSnapshot): PlanRevisionChanges {
  const beforeById = new Map(before.activities.map((activity) => [activity.id, activity]));
  const afterIds = new Set(after.activities.map((activity) => activity.id));
  const changes: PlanRevisionChanges = {
    added: [],
    removed: [],
    changed: [],
    totalsBefore: { ...before.totals },
    totalsAfter: { ...after.totals },
  };
  for (const activity of after.activities) {
    const previous = beforeById.get(activity.id);
    if (!previous) {
      changes.added.push({ activityId: activity.id, title: activity.title, totalMinor: activity.totalMinor });
      continue;
    }
    const fields = changedActivityFields(previous, activity);
    if (fields.length > 0) {
      changes.changed.push({
        activityId: activity.id,
        title: activity.title,
        fields,
        totalBeforeMinor: previous.totalMinor,
        totalAfterMinor: activity.totalMinor,
      });
    }
  }
  for (const activity of before.activities) {
    if (!afterIds.has(activity.id)) {
      changes.removed.push({
        activityId: activity.id,
        title: activity.title,
        totalMinor: activity.totalMinor,
      });
    }
  }
  changes.added.sort(byTitleThenId);
  changes.removed.sort(byTitleThenId);
  changes.changed.sort(byTitleThenId);
  return changes;
}

/** True when the diff records no change at all (nothing added, removed or changed, same totals). */
export function isEmptyPlanDiff(changes: PlanRevisionChanges): boolean {
  const sameTotals = (Object.keys(changes.totalsBefore) as (keyof PlanTotals)[]).every(
    (key) => changes.totalsBefore[key] === changes.totalsAfter[key],
  );
  return (
    changes.added.length === 0 && changes.removed.length === 0 && changes.changed.length === 0 && sameTotals
  );
}
