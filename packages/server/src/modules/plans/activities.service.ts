import { randomUUID } from 'node:crypto';
import {
  activityYear,
  costActivity,
  DomainError,
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
  type ActivityStatus,
  type ActivityTiming,
  type CostLineInput,
  type CreatePlanActivitiesRequest,
  type CreatePlanActivityRequest,
  type FieldProblem,
  type FundingShareInput,
  type PlanActivity,
  type UpdatePlanActivityRequest,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { courseExists, recordCoursesCompletedByActivity } from '../learning/learning.repository.js';
import {
  accessPlan,
  activityVisibility,
  requirePlanLead,
  type PlanAccess,
  type PlanCaller,
} from './plan-access.js';
import {
  deleteActivityIfVersion,
  findActivity,
  insertActivity,
  listActivities,
  nextActivityPosition,
  replaceActivityParts,
  touchPlan,
  updateActivityIfVersion,
  type StoredActivity,
  type StoredPlan,
} from './plans.repository.js';

const activityNotFound = () =>
  new NotFoundError('There is no such activity in this plan.', 'activity_not_found');

function toActivity({ position: _position, ...activity }: StoredActivity): PlanActivity {
  return activity;
}

function canSee(access: PlanAccess, visibility: 'all' | 'own', activity: PlanActivity): boolean {
  return visibility === 'all' || activity.memberIds.some((id) => access.ownMemberIds.includes(id));
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function listPlanActivities(
  context: AppContext,
  planId: string,
  caller: PlanCaller,
): Promise<{ visibility: 'all' | 'own'; activities: PlanActivity[] }> {
  const db = context.database.db;
  const access = await accessPlan(db, planId, caller);
  const visibility = activityVisibility(access);
  const activities = await listActivities(db, { planIds: [planId] });
  return {
    visibility,
    activities: activities.map(toActivity).filter((activity) => canSee(access, visibility, activity)),
  };
}

export async function getPlanActivity(
  context: AppContext,
  planId: string,
  activityId: string,
  caller: PlanCaller,
): Promise<PlanActivity> {
  const db = context.database.db;
  const access = await accessPlan(db, planId, caller);
  const visibility = activityVisibility(access);
  const activity = await findActivity(db, planId, activityId);
  // Someone else's activity is "not found" to a member: its existence does not leak.
  if (!activity || !canSee(access, visibility, activity)) throw activityNotFound();
  return toActivity(activity);
}

// ---------------------------------------------------------------------------------------------
// Pricing and checking

interface ActivityInput {
  timing: ActivityTiming;
  status: ActivityStatus;
  memberIds: readonly string[];
  costLines: readonly CostLineInput[];
  fundingShares: readonly FundingShareInput[];
  /** Checked only when given (a new course for the activity). */
  courseKey?: string | null | undefined;
}

interface PricedActivity {
  year: number;
  totalMinor: number;
  uncoveredMinor: number;
  lines: { totalMinor: number; baseTotalMinor: number }[];
}

/** Members and funding sources must be the plan's team's own: 400 naming each one that is not. */
async function checkReferences(
  db: Executor,
  plan: StoredPlan,
  input: ActivityInput,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (typeof input.courseKey === 'string' && !(await courseExists(db, input.courseKey))) {
    problems.push({ field: 'body.courseKey', problem: 'is not a course of the catalogue' });
  }
  if (input.memberIds.length > 0) {
    const known = new Set(
      (
        await db
          .selectFrom('team_member')
          .select('id')
          .where('team_id', '=', plan.teamId)
          .where('id', 'in', [...input.memberIds])
          .execute()
      ).map((row) => row.id),
    );
    input.memberIds.forEach((memberId, index) => {
      if (!known.has(memberId)) {
        problems.push({ field: `body.memberIds.${index}`, problem: 'is not a member of this team' });
      }
    });
  }
  if (input.fundingShares.length > 0) {
    const known = new Set(
      (
        await db
          .selectFrom('funding_source')
          .select('id')
          .where('team_id', '=', plan.teamId)
          .where(
            'id',
            'in',
            input.fundingShares.map((share) => share.fundingSourceId),
          )
          .execute()
      ).map((row) => row.id),
    );
    input.fundingShares.forEach((share, index) => {
      if (!known.has(share.fundingSourceId)) {
        problems.push({
          field: `body.fundingShares.${index}.fundingSourceId`,
          problem: 'is not a funding source of this team',
        });
      }
    });
  }
  return problems;
}

/**
 * Prices the activity with the plan's rates. `checkShares` false (an edit that touches neither
 * costs, funding nor timing) leaves shares that exceed the total alone: they can only get there
 * through a rate change, and the budget warns about them.
 */
function priceActivity(
  plan: StoredPlan,
  input: ActivityInput,
  options: { checkShares: boolean; earlierProblems: FieldProblem[] },
): PricedActivity {
  const result = costActivity({
    activity: {
      timing: input.timing,
      status: input.status,
      costLines: input.costLines,
      fundingShares: options.checkShares ? input.fundingShares : [],
    },
    plan,
  });
  const problems = result.ok ? [] : result.problems;
  const invalid = [
    ...options.earlierProblems,
    ...problems
      .filter((problem) => problem.status === 400)
      .map((problem) => ({ field: `body.${problem.field}`, problem: problem.problem })),
  ];
  if (invalid.length > 0) {
    throw new InvalidInputError(
      `The activity was not saved: ${invalid.map((problem) => `${problem.field} ${problem.problem}`).join('; ')}.`,
      invalid,
      'invalid_request',
    );
  }
  if (!result.ok) {
    throw new DomainError(
      'unprocessable',
      'activity_outside_plan_period',
      `The activity must take place within the plan period (${plan.startYear}–${plan.endYear}).`,
      problems.map((problem) => ({ field: `body.${problem.field}`, problem: problem.problem })),
    );
  }
  const shared = input.fundingShares.reduce((sum, share) => sum + share.amountMinor, 0);
  return {
    year: activityYear(input.timing),
    totalMinor: result.costed.totalMinor,
    uncoveredMinor: Math.max(0, result.costed.totalMinor - shared),
    lines: result.costed.costLines,
  };
}

function partsOf(input: ActivityInput, priced: PricedActivity) {
  return {
    memberIds: input.memberIds,
    costLines: input.costLines.map((line, index) => ({
      id: randomUUID(),
      kind: line.kind,
      description: line.description,
      quantity: line.quantity,
      unitCostMinor: line.unitCostMinor,
      currency: line.currency,
      totalMinor: priced.lines[index]!.totalMinor,
      baseTotalMinor: priced.lines[index]!.baseTotalMinor,
    })),
    fundingShares: input.fundingShares.map((share) => ({
      id: randomUUID(),
      fundingSourceId: share.fundingSourceId,
      amountMinor: share.amountMinor,
      status: share.status,
    })),
  };
}

/** What the audit log keeps of an activity: enough to follow the plan, no more. */
function auditView(activity: PlanActivity) {
  return {
    title: activity.title,
    type: activity.type,
    status: activity.status,
    year: activity.year,
    memberIds: activity.memberIds,
    totalMinor: activity.totalMinor,
    uncoveredMinor: activity.uncoveredMinor,
  };
}

/**
 * An activity for a catalogue course that is now completed gives each of its members a completed
 * learning record for the course (once: a member who has one already, from this activity or
 * recorded by hand, gets none).
 */
async function recordCompletion(
  trx: Executor,
  context: AppContext,
  activity: PlanActivity,
  actor: Actor,
): Promise<void> {
  if (activity.status !== 'completed' || !activity.courseKey || activity.memberIds.length === 0) return;
  const now = context.clock.now().toISOString();
  await recordCoursesCompletedByActivity(trx, {
    activityId: activity.id,
    courseKey: activity.courseKey,
    memberIds: activity.memberIds,
    takenOn: activity.timing.kind === 'dates' ? activity.timing.endsOn : now.slice(0, 10),
    createdBy: actor.userId,
    now,
  });
}

// ---------------------------------------------------------------------------------------------
// Writing

export async function createPlanActivity(
  context: AppContext,
  planId: string,
  request: CreatePlanActivityRequest,
  caller: PlanCaller,
  actor: Actor,
): Promise<PlanActivity> {
  return inTransaction(context.database, async (trx) => {
    const access = await accessPlan(trx, planId, caller);
    requirePlanLead(access);
    return insertPlanActivity(trx, context, access.plan, request, actor);
  });
}

/**
 * Adds several activities in one transaction, in the order given: all are saved or none. A
 * problem with one of them names it, e.g. `body.activities.1.memberIds.0`.
 */
export async function createPlanActivities(
  context: AppContext,
  planId: string,
  request: CreatePlanActivitiesRequest,
  caller: PlanCaller,
  actor: Actor,
): Promise<PlanActivity[]> {
  return inTransaction(context.database, async (trx) => {
    const access = await accessPlan(trx, planId, caller);
    requirePlanLead(access);
    const created: PlanActivity[] = [];
    for (const [index, activity] of request.activities.entries()) {
      try {
        created.push(await insertPlanActivity(trx, context, access.plan, activity, actor));
      } catch (error) {
        throw error instanceof DomainError ? problemOfActivity(error, index) : error;
      }
    }
    return created;
  });
}

/** The same problem, its fields and message naming the activity of the list it is about. */
function problemOfActivity(error: DomainError, index: number): DomainError {
  const rename = (field: string) => field.replace(/^body\./, `body.activities.${index}.`);
  return new DomainError(
    error.kind,
    error.code,
    `Activity ${index + 1}: ${error.message} Nothing was added.`,
    error.details.map((problem) => ({ ...problem, field: rename(problem.field) })),
    error.current,
  );
}

/**
 * Adds an activity to a plan inside the caller's transaction, after the caller has checked that
 * a lead asks (the optimiser's accept creates several in one transaction this way).
 */
export async function insertPlanActivity(
  trx: Executor,
  context: AppContext,
  plan: StoredPlan,
  request: CreatePlanActivityRequest,
  actor: Actor,
): Promise<PlanActivity> {
  const earlierProblems = await checkReferences(trx, plan, request);
  const priced = priceActivity(plan, request, { checkShares: true, earlierProblems });
  const now = context.clock.now().toISOString();
  await touchPlan(trx, plan.id, now);
  const activityId = randomUUID();
  await insertActivity(trx, {
    id: activityId,
    plan_id: plan.id,
    title: request.title,
    type: request.type,
    provider: request.provider,
    timing: JSON.stringify(request.timing),
    year: priced.year,
    status: request.status,
    outcome_note: request.outcomeNote,
    gap_category_keys: JSON.stringify(request.gapCategoryKeys),
    course_key: request.courseKey ?? null,
    total_minor: priced.totalMinor,
    uncovered_minor: priced.uncoveredMinor,
    position: await nextActivityPosition(trx, plan.id),
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    version: 1,
  });
  await replaceActivityParts(trx, activityId, partsOf(request, priced));
  const saved = toActivity((await findActivity(trx, plan.id, activityId))!);
  await appendAuditEvent(trx, {
    occurredAt: context.clock.now(),
    actorUserId: actor.userId,
    teamId: plan.teamId,
    action: 'plan_activity.created',
    entityType: 'plan_activity',
    entityId: activityId,
    changes: { planId: plan.id, ...auditView(saved) },
    ip: actor.ip,
  });
  await recordCompletion(trx, context, saved, actor);
  return saved;
}

export async function updatePlanActivity(
  context: AppContext,
  planId: string,
  activityId: string,
  request: UpdatePlanActivityRequest,
  caller: PlanCaller,
  actor: Actor,
): Promise<PlanActivity> {
  return inTransaction(context.database, async (trx) => {
    const access = await accessPlan(trx, planId, caller);
    requirePlanLead(access);
    const { plan } = access;
    const activity = await findActivity(trx, plan.id, activityId);
    if (!activity) throw activityNotFound();
    if (request.version !== activity.version) {
      throw new VersionConflictError('activity', toActivity(activity));
    }
    const merged: ActivityInput = {
      timing: request.timing ?? activity.timing,
      status: request.status ?? activity.status,
      memberIds: request.memberIds ?? activity.memberIds,
      costLines: request.costLines ?? activity.costLines,
      fundingShares: request.fundingShares ?? activity.fundingShares,
    };
    const earlierProblems = await checkReferences(trx, plan, {
      ...merged,
      memberIds: request.memberIds ?? [],
      fundingShares: request.fundingShares ?? [],
      courseKey: request.courseKey,
    });
    const checkShares =
      request.costLines !== undefined || request.fundingShares !== undefined || request.timing !== undefined;
    const priced = priceActivity(plan, merged, { checkShares, earlierProblems });
    const now = context.clock.now().toISOString();
    await touchPlan(trx, plan.id, now);
    const updated = await updateActivityIfVersion(trx, activity.id, activity.version, {
      title: request.title ?? activity.title,
      type: request.type ?? activity.type,
      provider: request.provider ?? activity.provider,
      timing: JSON.stringify(merged.timing),
      year: priced.year,
      status: merged.status,
      outcome_note: request.outcomeNote ?? activity.outcomeNote,
      gap_category_keys: JSON.stringify(request.gapCategoryKeys ?? activity.gapCategoryKeys),
      course_key: request.courseKey !== undefined ? request.courseKey : (activity.courseKey ?? null),
      total_minor: priced.totalMinor,
      uncovered_minor: priced.uncoveredMinor,
      updated_at: now,
    });
    if (!updated) {
      const current = await findActivity(trx, plan.id, activityId);
      if (!current) throw activityNotFound();
      throw new VersionConflictError('activity', toActivity(current));
    }
    await replaceActivityParts(trx, activity.id, partsOf(merged, priced));
    const saved = toActivity((await findActivity(trx, plan.id, activityId))!);
    const { version: _version, ...fields } = request;
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: plan.teamId,
      action: 'plan_activity.updated',
      entityType: 'plan_activity',
      entityId: activity.id,
      changes: { planId: plan.id, fields: Object.keys(fields), ...auditView(saved) },
      ip: actor.ip,
    });
    await recordCompletion(trx, context, saved, actor);
    return saved;
  });
}

export async function deletePlanActivity(
  context: AppContext,
  planId: string,
  activityId: string,
  version: number,
  caller: PlanCaller,
  actor: Actor,
): Promise<void> {
  await inTransaction(context.database, async (trx) => {
    const access = await accessPlan(trx, planId, caller);
    requirePlanLead(access);
    const { plan } = access;
    const activity = await findActivity(trx, plan.id, activityId);
    if (!activity) throw activityNotFound();
    if (version !== activity.version || !(await deleteActivityIfVersion(trx, activity.id, version))) {
      throw new VersionConflictError('activity', toActivity(activity));
    }
    await touchPlan(trx, plan.id, context.clock.now().toISOString());
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: plan.teamId,
      action: 'plan_activity.deleted',
      entityType: 'plan_activity',
      entityId: activity.id,
      changes: { planId: plan.id, ...auditView(toActivity(activity)) },
      ip: actor.ip,
    });
  });
}
