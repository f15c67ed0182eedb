import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  costActivity,
  DomainError,
  diffPlanSnapshots,
  EMPTY_PLAN_SNAPSHOT,
  InvalidInputError,
  planTotals,
  snapshotPlan,
  summariseBudget,
  VersionConflictError,
  type CreatePlanRequest,
  type CreatePlanRevisionRequest,
  type ExchangeRate,
  type FieldProblem,
  type PlanActivity,
  type PlanBudget,
  type PlanDetail,
  type PlanSummary,
  type UpdatePlanRequest,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { listMembers } from '../team-structure/team-structure.repository.js';
import { listFundingSources } from './funding-sources.repository.js';
import { accessPlan, requirePlanLead, type PlanCaller } from './plan-access.js';
import {
  countRevisions,
  findPlan,
  findPlanForPeriod,
  insertPlanUnlessExists,
  insertRevision,
  listActivities,
  listPlansOfTeam,
  listRevisions,
  updateActivityPrices,
  updatePlanIfVersion,
  type StoredActivity,
  type StoredPlan,
} from './plans.repository.js';

/** The name of the budget line for what no funding share covers. */
export const UNCOVERED_LABEL = 'Not yet funded';

const planExists = (plan: { startYear: number; endYear: number }) =>
  new ConflictError(
    `The team already has a plan for ${plan.startYear}–${plan.endYear}.`,
    [{ field: 'body.startYear', problem: 'the team already has a plan for this period' }],
    'plan_exists_for_period',
  );

/** The plan's activities as the budget functions take them. */
export function budgetActivities(activities: readonly PlanActivity[]) {
  return activities.map((activity) => ({
    id: activity.id,
    type: activity.type,
    status: activity.status,
    year: activity.year,
    memberIds: activity.memberIds,
    totalMinor: activity.totalMinor,
    fundingShares: activity.fundingShares,
    uncoveredMinor: activity.uncoveredMinor,
  }));
}

function toSummary(
  plan: StoredPlan,
  activities: readonly StoredActivity[],
  revisionCount: number,
): PlanSummary {
  return {
    id: plan.id,
    teamId: plan.teamId,
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    baseCurrency: plan.baseCurrency,
    activityCount: activities.length,
    revisionCount,
    totals: planTotals(budgetActivities(activities)),
    version: plan.version,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  };
}

/** Everything about a plan: its summary, rates, revisions and what changed since the last one. */
export async function planDetailOf(db: Executor, plan: StoredPlan): Promise<PlanDetail> {
  const activities = await listActivities(db, { planIds: [plan.id] });
  const revisions = await listRevisions(db, plan.id);
  const latest = revisions.at(-1);
  return {
    ...toSummary(plan, activities, revisions.length),
    summary: plan.summary,
    exchangeRates: plan.exchangeRates,
    revisions: revisions.map(({ snapshot: _snapshot, ...revision }) => revision),
    unrevisedChanges: diffPlanSnapshots(latest?.snapshot ?? EMPTY_PLAN_SNAPSHOT, snapshotPlan(activities)),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function listPlans(context: AppContext, teamId: string): Promise<PlanSummary[]> {
  const db = context.database.db;
  const plans = await listPlansOfTeam(db, teamId);
  const ids = plans.map((plan) => plan.id);
  const activities = await listActivities(db, { planIds: ids });
  const revisions = await countRevisions(db, ids);
  return plans.map((plan) =>
    toSummary(
      plan,
      activities.filter((activity) => activity.planId === plan.id),
      revisions.get(plan.id) ?? 0,
    ),
  );
}

export async function getPlan(context: AppContext, planId: string, caller: PlanCaller): Promise<PlanDetail> {
  const db = context.database.db;
  const { plan } = await accessPlan(db, planId, caller);
  return planDetailOf(db, plan);
}

/** A member's first current role, else their first envisioned one: the role their costs count under. */
export function budgetRoleOf(member: {
  assignments: readonly { roleKey: string; status: string }[];
}): string | null {
  return (
    member.assignments.find((assignment) => assignment.status === 'current')?.roleKey ??
    member.assignments.find((assignment) => assignment.status === 'envisioned')?.roleKey ??
    null
  );
}

export async function budgetOf(
  db: Executor,
  plan: StoredPlan,
  options: { year?: number; visibility: 'full' | 'totals'; activities?: readonly PlanActivity[] },
): Promise<PlanBudget> {
  const activities = options.activities ?? (await listActivities(db, { planIds: [plan.id] }));
  const members = await listMembers(db, plan.teamId);
  const sources = await listFundingSources(db, plan.teamId);
  return summariseBudget({
    plan,
    activities: budgetActivities(activities),
    fundingSources: sources.map((source) => ({ id: source.id, name: source.name, kind: source.kind })),
    members: members.map((member) => ({ id: member.id, name: member.name, roleKey: budgetRoleOf(member) })),
    ...(options.year === undefined ? {} : { year: options.year }),
    visibility: options.visibility,
    labels: { uncovered: UNCOVERED_LABEL },
  });
}

/** The plan's budget: per member only for leads (and system admins); totals for everyone else. */
export async function getBudget(
  context: AppContext,
  planId: string,
  caller: PlanCaller,
  year: number | undefined,
): Promise<PlanBudget> {
  const db = context.database.db;
  const access = await accessPlan(db, planId, caller);
  const { plan } = access;
  if (year !== undefined && (year < plan.startYear || year > plan.endYear)) {
    throw new InvalidInputError(
      `This plan covers ${plan.startYear}–${plan.endYear}.`,
      [
        {
          field: 'querystring.year',
          problem: `must be within the plan period (${plan.startYear}–${plan.endYear})`,
        },
      ],
      'invalid_request',
    );
  }
  return budgetOf(db, plan, {
    ...(year === undefined ? {} : { year }),
    visibility: access.isLead ? 'full' : 'totals',
  });
}

// ---------------------------------------------------------------------------------------------
// Writing plans

export async function createPlan(
  context: AppContext,
  teamId: string,
  request: CreatePlanRequest,
  actor: Actor,
): Promise<PlanDetail> {
  return inTransaction(context.database, async (trx) => {
    const now = context.clock.now().toISOString();
    const planId = randomUUID();
    const inserted = await insertPlanUnlessExists(trx, {
      id: planId,
      team_id: teamId,
      title: request.title,
      start_year: request.startYear,
      end_year: request.endYear,
      base_currency: request.baseCurrency,
      summary: request.summary,
      exchange_rates: JSON.stringify(sortedRates(request.exchangeRates)),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    if (!inserted) throw planExists(request);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'plan.created',
      entityType: 'capacity_plan',
      entityId: planId,
      changes: {
        title: request.title,
        startYear: request.startYear,
        endYear: request.endYear,
        baseCurrency: request.baseCurrency,
      },
      ip: actor.ip,
    });
    return planDetailOf(trx, (await findPlan(trx, planId))!);
  });
}

/** Rates in a stable order: by currency, then by date. */
function sortedRates(rates: readonly ExchangeRate[]): ExchangeRate[] {
  return [...rates].sort(
    (a, b) => a.currency.localeCompare(b.currency) || a.effectiveOn.localeCompare(b.effectiveOn),
  );
}

/**
 * Prices every activity again with the plan's new rates, base currency or period. The stored base
 * totals always match the plan's current rates: a currency left without a rate refuses the change
 * (400 on exchangeRates), an activity left outside the period refuses it too (422).
 */
async function repriceActivities(db: Executor, plan: StoredPlan, activities: readonly StoredActivity[]) {
  const rateProblems: FieldProblem[] = [];
  const periodProblems: FieldProblem[] = [];
  const changed: { activityId: string; prices: Parameters<typeof updateActivityPrices>[2] }[] = [];
  for (const activity of activities) {
    const result = costActivity({
      activity: {
        timing: activity.timing,
        status: activity.status,
        costLines: activity.costLines,
        fundingShares: [],
      },
      plan,
    });
    if (!result.ok) {
      for (const problem of result.problems) {
        if (problem.code === 'activity_outside_plan_period') {
          periodProblems.push({
            field: activity.year > plan.endYear ? 'body.endYear' : 'body.startYear',
            problem: `would leave “${activity.title}” (${activity.year}) outside the plan period`,
          });
        } else if (problem.reason === 'no_rate') {
          const index = Number(problem.field.split('.')[1]);
          const currency = activity.costLines[index]?.currency ?? '';
          rateProblems.push({
            field: 'body.exchangeRates',
            problem: `has no rate from ${currency} to ${plan.baseCurrency} for “${activity.title}”`,
          });
        } else {
          // E.g. a rate that prices a cost line beyond the largest amount accepted.
          rateProblems.push({
            field: 'body.exchangeRates',
            problem: `would make “${activity.title}” unpriceable: ${problem.field} ${problem.problem}`,
          });
        }
      }
      continue;
    }
    const shared = activity.fundingShares.reduce((sum, share) => sum + share.amountMinor, 0);
    const uncoveredMinor = Math.max(0, result.costed.totalMinor - shared);
    // Only what the new rates move is written: most activities of a plan use its base currency.
    const lines = activity.costLines
      .map((line, index) => ({ line, baseTotalMinor: result.costed.costLines[index]!.baseTotalMinor }))
      .filter(({ line, baseTotalMinor }) => line.baseTotalMinor !== baseTotalMinor)
      .map(({ line, baseTotalMinor }) => ({ id: line.id, baseTotalMinor }));
    if (
      lines.length > 0 ||
      activity.totalMinor !== result.costed.totalMinor ||
      activity.uncoveredMinor !== uncoveredMinor
    ) {
      changed.push({
        activityId: activity.id,
        prices: { totalMinor: result.costed.totalMinor, uncoveredMinor, lines },
      });
    }
  }
  if (rateProblems.length > 0) {
    throw new InvalidInputError(
      'These exchange rates cannot price every cost line: each currency the activities use needs a rate, and no amount may grow beyond the largest accepted.',
      dedupe(rateProblems),
      'invalid_request',
    );
  }
  if (periodProblems.length > 0) {
    throw new DomainError(
      'unprocessable',
      'activity_outside_plan_period',
      'Some activities would fall outside the new plan period: move them first.',
      dedupe(periodProblems),
    );
  }
  for (const { activityId, prices } of changed) await updateActivityPrices(db, activityId, prices);
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}\u0000${problem.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function updatePlan(
  context: AppContext,
  planId: string,
  request: UpdatePlanRequest,
  caller: PlanCaller,
  actor: Actor,
): Promise<PlanDetail> {
  return inTransaction(context.database, async (trx) => {
    const access = await accessPlan(trx, planId, caller);
    requirePlanLead(access);
    const { plan } = access;
    if (request.version !== plan.version) {
      throw new VersionConflictError('plan', await planDetailOf(trx, plan));
    }
    const next: StoredPlan = {
      ...plan,
      title: request.title ?? plan.title,
      startYear: request.startYear ?? plan.startYear,
      endYear: request.endYear ?? plan.endYear,
      baseCurrency: request.baseCurrency ?? plan.baseCurrency,
      summary: request.summary ?? plan.summary,
      exchangeRates: request.exchangeRates ? sortedRates(request.exchangeRates) : plan.exchangeRates,
    };
    if (next.endYear < next.startYear) {
      throw new InvalidInputError('The plan must end in or after the year it starts.', [
        { field: 'body.endYear', problem: 'must be the same as or after startYear' },
      ]);
    }
    if (next.endYear - next.startYear > 9) {
      throw new InvalidInputError('A plan covers at most ten years.', [
        { field: 'body.endYear', problem: 'a plan covers at most ten years' },
      ]);
    }
    const periodChanged = next.startYear !== plan.startYear || next.endYear !== plan.endYear;
    if (periodChanged) {
      const other = await findPlanForPeriod(trx, plan.teamId, next);
      if (other && other.id !== plan.id) throw planExists(next);
    }
    const pricesChanged =
      periodChanged ||
      next.baseCurrency !== plan.baseCurrency ||
      JSON.stringify(next.exchangeRates) !== JSON.stringify(plan.exchangeRates);

    const now = context.clock.now().toISOString();
    const updated = await updatePlanIfVersion(trx, plan.id, plan.version, {
      title: next.title,
      start_year: next.startYear,
      end_year: next.endYear,
      base_currency: next.baseCurrency,
      summary: next.summary,
      exchange_rates: JSON.stringify(next.exchangeRates),
      updated_at: now,
    });
    if (!updated) throw new VersionConflictError('plan', await planDetailOf(trx, plan));
    if (pricesChanged) {
      await repriceActivities(trx, next, await listActivities(trx, { planIds: [plan.id] }));
    }
    const { version: _version, ...changed } = request;
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: plan.teamId,
      action: 'plan.updated',
      entityType: 'capacity_plan',
      entityId: plan.id,
      changes: changed,
      ip: actor.ip,
    });
    return planDetailOf(trx, (await findPlan(trx, plan.id))!);
  });
}

// ---------------------------------------------------------------------------------------------
// Revisions

/**
 * Records the plan as it is now, with what changed since the previous revision. The request names
 * the plan version the lead reviewed: if anything changed since (an activity included), 409.
 */
export async function createRevision(
  context: AppContext,
  planId: string,
  request: CreatePlanRevisionRequest,
  caller: PlanCaller,
  actor: Actor,
): Promise<PlanDetail> {
  return inTransaction(context.database, async (trx) => {
    const access = await accessPlan(trx, planId, caller);
    requirePlanLead(access);
    const { plan } = access;
    if (request.version !== plan.version) {
      throw new VersionConflictError('plan', await planDetailOf(trx, plan));
    }
    const now = context.clock.now().toISOString();
    // First, so a concurrent revision of the same plan waits (PostgreSQL) or is refused.
    if (!(await updatePlanIfVersion(trx, plan.id, plan.version, { updated_at: now }))) {
      throw new VersionConflictError('plan', await planDetailOf(trx, plan));
    }
    const revisions = await listRevisions(trx, plan.id);
    const activities = await listActivities(trx, { planIds: [plan.id] });
    const snapshot = snapshotPlan(activities);
    const changes = diffPlanSnapshots(revisions.at(-1)?.snapshot ?? EMPTY_PLAN_SNAPSHOT, snapshot);
    const revisionId = randomUUID();
    const number = (revisions.at(-1)?.number ?? 0) + 1;
    await insertRevision(trx, {
      id: revisionId,
      planId: plan.id,
      number,
      note: request.note,
      changes,
      snapshot,
      createdBy: actor.userId,
      createdAt: now,
    });
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: plan.teamId,
      action: 'plan.revised',
      entityType: 'capacity_plan',
      entityId: plan.id,
      changes: {
        revision: number,
        note: request.note,
        added: changes.added.length,
        removed: changes.removed.length,
        changed: changes.changed.length,
        totalBeforeMinor: changes.totalsBefore.totalMinor,
        totalAfterMinor: changes.totalsAfter.totalMinor,
      },
      ip: actor.ip,
    });
    return planDetailOf(trx, (await findPlan(trx, plan.id))!);
  });
}
