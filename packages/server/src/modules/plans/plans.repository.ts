import type {
  ActivityStatus,
  ActivityTiming,
  ActivityType,
  CostKind,
  ExchangeRate,
  FundingStatus,
  PlanActivity,
  PlanRevisionChanges,
} from '@coreteam/core';
import type { PlanSnapshot } from '@coreteam/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { CapacityPlanTable, PlanActivityTable } from '../../db/schema.js';
import type { Executor } from '../../db/transaction.js';

/** A plan as stored, without its activities. */
export interface StoredPlan {
  id: string;
  teamId: string;
  title: string;
  startYear: number;
  endYear: number;
  baseCurrency: string;
  summary: string;
  exchangeRates: ExchangeRate[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface StoredRevision {
  id: string;
  number: number;
  note: string;
  changes: PlanRevisionChanges;
  snapshot: PlanSnapshot;
  createdBy: { userId: string; displayName: string } | null;
  createdAt: string;
}

/** The one place a money column becomes a number: pg reads `bigint` as a string. */
const minor = (value: number | string): number => Number(value);

// ---------------------------------------------------------------------------------------------
// Plans

function toPlan(row: Selectable<CapacityPlanTable>): StoredPlan {
  return {
    id: row.id,
    teamId: row.team_id,
    title: row.title,
    startYear: Number(row.start_year),
    endYear: Number(row.end_year),
    baseCurrency: row.base_currency,
    summary: row.summary,
    exchangeRates: JSON.parse(row.exchange_rates) as ExchangeRate[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export async function findPlan(db: Executor, planId: string): Promise<StoredPlan | undefined> {
  const row = await db.selectFrom('capacity_plan').selectAll().where('id', '=', planId).executeTakeFirst();
  return row ? toPlan(row) : undefined;
}

/** A team's plans, the most recent period first. */
export async function listPlansOfTeam(db: Executor, teamId: string): Promise<StoredPlan[]> {
  const rows = await db
    .selectFrom('capacity_plan')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('start_year', 'desc')
    .orderBy('end_year', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toPlan);
}

export async function findPlanForPeriod(
  db: Executor,
  teamId: string,
  period: { startYear: number; endYear: number },
): Promise<StoredPlan | undefined> {
  const row = await db
    .selectFrom('capacity_plan')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('start_year', '=', period.startYear)
    .where('end_year', '=', period.endYear)
    .executeTakeFirst();
  return row ? toPlan(row) : undefined;
}

/** Inserts the plan unless the team already has one for the same period. */
export async function insertPlanUnlessExists(db: Executor, row: CapacityPlanTable): Promise<boolean> {
  const result = await db
    .insertInto('capacity_plan')
    .values(row)
    .onConflict((conflict) => conflict.columns(['team_id', 'start_year', 'end_year']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updatePlanIfVersion(
  db: Executor,
  planId: string,
  expectedVersion: number,
  changes: Partial<Omit<CapacityPlanTable, 'id' | 'team_id' | 'version' | 'created_at' | 'created_by'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('capacity_plan')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', planId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records that something in the plan changed (an activity was written): bumps its version, so a
 * revision made from an older reading of the plan is refused. Done first in a write, so on
 * PostgreSQL it also locks the plan against a concurrent write to it.
 */
export async function touchPlan(db: Executor, planId: string, at: string): Promise<void> {
  await db
    .updateTable('capacity_plan')
    .set((eb) => ({ updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', planId)
    .execute();
}

export async function countRevisions(db: Executor, planIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(planIds.map((id) => [id, 0]));
  if (planIds.length === 0) return counts;
  const rows = await db
    .selectFrom('plan_revision')
    .select((eb) => ['plan_id', eb.fn.countAll().as('count')])
    .where('plan_id', 'in', planIds)
    .groupBy('plan_id')
    .execute();
  for (const row of rows) counts.set(row.plan_id, Number(row.count));
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Activities

/** An activity as stored: the API's shape plus its place in the plan. */
export type StoredActivity = PlanActivity & { position: number };

function toActivity(
  row: Selectable<PlanActivityTable>,
): Omit<StoredActivity, 'memberIds' | 'costLines' | 'fundingShares'> {
  return {
    id: row.id,
    planId: row.plan_id,
    title: row.title,
    type: row.type as ActivityType,
    provider: row.provider,
    timing: JSON.parse(row.timing) as ActivityTiming,
    year: Number(row.year),
    status: row.status as ActivityStatus,
    outcomeNote: row.outcome_note,
    gapCategoryKeys: JSON.parse(row.gap_category_keys) as string[],
    courseKey: row.course_key ?? null,
    totalMinor: minor(row.total_minor),
    uncoveredMinor: minor(row.uncovered_minor),
    position: Number(row.position),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Activities of some plans (or one activity), with their members, cost lines and funding shares,
 * in four queries whatever their number; in plan order (position).
 */
export async function listActivities(
  db: Executor,
  filter: { planIds: readonly string[]; activityId?: string },
): Promise<StoredActivity[]> {
  if (filter.planIds.length === 0) return [];
  let query = db.selectFrom('plan_activity').selectAll().where('plan_id', 'in', filter.planIds);
  if (filter.activityId !== undefined) query = query.where('id', '=', filter.activityId);
  const rows = await query.orderBy('position').orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [members, lines, shares] = await Promise.all([
    db
      .selectFrom('plan_activity_member')
      .selectAll()
      .where('activity_id', 'in', ids)
      .orderBy('position')
      .execute(),
    db.selectFrom('plan_cost_line').selectAll().where('activity_id', 'in', ids).orderBy('position').execute(),
    db
      .selectFrom('plan_funding_share')
      .selectAll()
      .where('activity_id', 'in', ids)
      .orderBy('position')
      .execute(),
  ]);
  const byActivity = new Map(
    rows.map((row) => [
      row.id,
      { ...toActivity(row), memberIds: [] as string[], costLines: [], fundingShares: [] } as StoredActivity,
    ]),
  );
  for (const member of members) byActivity.get(member.activity_id)?.memberIds.push(member.member_id);
  for (const line of lines) {
    byActivity.get(line.activity_id)?.costLines.push({
      id: line.id,
      kind: line.kind as CostKind,
      description: line.description,
      quantity: Number(line.quantity),
      unitCostMinor: minor(line.unit_cost_minor),
      currency: line.currency,
      totalMinor: minor(line.total_minor),
      baseTotalMinor: minor(line.base_total_minor),
    });
  }
  for (const share of shares) {
    byActivity.get(share.activity_id)?.fundingShares.push({
      id: share.id,
      fundingSourceId: share.funding_source_id,
      amountMinor: minor(share.amount_minor),
      status: share.status as FundingStatus,
    });
  }
  return [...byActivity.values()];
}

export async function findActivity(
  db: Executor,
  planId: string,
  activityId: string,
): Promise<StoredActivity | undefined> {
  return (await listActivities(db, { planIds: [planId], activityId }))[0];
}

export async function nextActivityPosition(db: Executor, planId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_activity')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

export async function insertActivity(db: Executor, row: Insertable<PlanActivityTable>): Promise<void> {
  await db.insertInto('plan_activity').values(row).execute();
}

export async function updateActivityIfVersion(
  db: Executor,
  activityId: string,
  expectedVersion: number,
  changes: Omit<Updateable<PlanActivityTable>, 'id' | 'plan_id' | 'version' | 'created_at' | 'created_by'>,
): Promise<boolean> {
  const result = await db
    .updateTable('plan_activity')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', activityId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Re-priced amounts of an activity and of the cost lines whose base total moved (after an exchange-rate change); its version stays. */
export async function updateActivityPrices(
  db: Executor,
  activityId: string,
  prices: { totalMinor: number; uncoveredMinor: number; lines: { id: string; baseTotalMinor: number }[] },
): Promise<void> {
  await db
    .updateTable('plan_activity')
    .set({ total_minor: prices.totalMinor, uncovered_minor: prices.uncoveredMinor })
    .where('id', '=', activityId)
    .execute();
  for (const line of prices.lines) {
    await db
      .updateTable('plan_cost_line')
      .set({ base_total_minor: line.baseTotalMinor })
      .where('id', '=', line.id)
      .execute();
  }
}

export async function deleteActivityIfVersion(
  db: Executor,
  activityId: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('plan_activity')
    .where('id', '=', activityId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export interface ActivityParts {
  memberIds: readonly string[];
  costLines: readonly {
    id: string;
    kind: string;
    description: string;
    quantity: number;
    unitCostMinor: number;
    currency: string;
    totalMinor: number;
    baseTotalMinor: number;
  }[];
  fundingShares: readonly { id: string; fundingSourceId: string; amountMinor: number; status: string }[];
}

/** Replaces an activity's members, cost lines and funding shares with the given lists. */
export async function replaceActivityParts(
  db: Executor,
  activityId: string,
  parts: ActivityParts,
): Promise<void> {
  await db.deleteFrom('plan_activity_member').where('activity_id', '=', activityId).execute();
  await db.deleteFrom('plan_cost_line').where('activity_id', '=', activityId).execute();
  await db.deleteFrom('plan_funding_share').where('activity_id', '=', activityId).execute();
  if (parts.memberIds.length > 0) {
    await db
      .insertInto('plan_activity_member')
      .values(
        parts.memberIds.map((memberId, position) => ({
          activity_id: activityId,
          member_id: memberId,
          position,
        })),
      )
      .execute();
  }
  if (parts.costLines.length > 0) {
    await db
      .insertInto('plan_cost_line')
      .values(
        parts.costLines.map((line, position) => ({
          id: line.id,
          activity_id: activityId,
          position,
          kind: line.kind,
          description: line.description,
          quantity: line.quantity,
          unit_cost_minor: line.unitCostMinor,
          currency: line.currency,
          total_minor: line.totalMinor,
          base_total_minor: line.baseTotalMinor,
        })),
      )
      .execute();
  }
  if (parts.fundingShares.length > 0) {
    await db
      .insertInto('plan_funding_share')
      .values(
        parts.fundingShares.map((share, position) => ({
          id: share.id,
          activity_id: activityId,
          funding_source_id: share.fundingSourceId,
          position,
          amount_minor: share.amountMinor,
          status: share.status,
        })),
      )
      .execute();
  }
}

// ---------------------------------------------------------------------------------------------
// Revisions

/** A plan's revisions, oldest first. */
export async function listRevisions(db: Executor, planId: string): Promise<StoredRevision[]> {
  const rows = await db
    .selectFrom('plan_revision')
    .leftJoin('user_account', 'user_account.id', 'plan_revision.created_by')
    .select([
      'plan_revision.id',
      'plan_revision.number',
      'plan_revision.note',
      'plan_revision.changes',
      'plan_revision.snapshot',
      'plan_revision.created_by',
      'plan_revision.created_at',
      'user_account.display_name',
    ])
    .where('plan_revision.plan_id', '=', planId)
    .orderBy('plan_revision.number')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: Number(row.number),
    note: row.note,
    changes: JSON.parse(row.changes) as PlanRevisionChanges,
    snapshot: JSON.parse(row.snapshot) as PlanSnapshot,
    createdBy: row.created_by ? { userId: row.created_by, displayName: row.display_name ?? '' } : null,
    createdAt: row.created_at,
  }));
}

export async function insertRevision(
  db: Executor,
  row: {
    id: string;
    planId: string;
    number: number;
    note: string;
    changes: PlanRevisionChanges;
    snapshot: PlanSnapshot;
    createdBy: string | null;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('plan_revision')
    .values({
      id: row.id,
      plan_id: row.planId,
      number: row.number,
      note: row.note,
      changes: JSON.stringify(row.changes),
      snapshot: JSON.stringify(row.snapshot),
      created_by: row.createdBy,
      created_at: row.createdAt,
    })
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Rounds, for the plan document's assessment summary

/** The team's rounds with at least one submitted assessment, earliest first. */
export async function listRoundsWithSubmittedAssessments(
  db: Executor,
  teamId: string,
): Promise<{ id: string; name: string; opensOn: string; closesOn: string }[]> {
  const rows = await db
    .selectFrom('assessment_round')
    .select(['id', 'name', 'opens_on', 'closes_on', 'created_at'])
    .where('team_id', '=', teamId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('assessment')
          .select('assessment.id')
          .whereRef('assessment.round_id', '=', 'assessment_round.id')
          .where('assessment.status', '=', 'submitted'),
      ),
    )
    .orderBy('opens_on')
    .orderBy('closes_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, opensOn: row.opens_on, closesOn: row.closes_on }));
}
