import {
  ConflictError,
  DomainError,
  InvalidInputError,
  NotFoundError,
  createPlanActivityRequestSchema,
  proposePlan,
  rateInForce,
  recommendLearning,
  translateCourse,
  type FieldProblem,
  type OptimiseRequest,
  type OptimiserProposal,
  type ProposalMember,
  type SupportedLanguage,
} from '@coreteam/core';
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../app-context.js';
import { inTransaction } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { insertPlanActivity } from '../plans/activities.service.js';
import { accessPlan, requirePlanLead, type PlanCaller } from '../plans/plan-access.js';
import { categoryNamesOf, gapsOfAssessment } from './learning-gaps.js';
import {
  findProposal,
  insertProposal,
  listCourses,
  listRecords,
  markProposalAccepted,
  toProposal,
} from './learning.repository.js';
import { plannedForMembers, pricingOf, teamLearningFacts } from './recommendations.service.js';

const proposalNotFound = () =>
  new NotFoundError('There is no such optimiser proposal for this plan.', 'proposal_not_found');

/**
 * Runs the optimiser over the whole team (leads): every member's priority gaps not yet addressed
 * in the plan, the courses and mentoring that would close them, priced in `currency` for `year`.
 * The proposal is stored; the plan does not change until a lead accepts it.
 */
export async function optimisePlan(
  context: AppContext,
  planId: string,
  request: OptimiseRequest,
  caller: PlanCaller,
  actor: Actor,
  language: SupportedLanguage,
): Promise<OptimiserProposal> {
  return inTransaction(context.database, async (trx) => {
    const access = await accessPlan(trx, planId, caller);
    requirePlanLead(access);
    const { plan } = access;
    const problems: FieldProblem[] = [];
    if (request.year < plan.startYear || request.year > plan.endYear) {
      problems.push({
        field: 'body.year',
        problem: `must be within the plan period (${plan.startYear}–${plan.endYear})`,
      });
    }
    const currency = request.currency.toUpperCase();
    const on = `${request.year}-01-01`;
    if (
      currency !== plan.baseCurrency.toUpperCase() &&
      rateInForce({ currency, rates: plan.exchangeRates, on }) === null
    ) {
      problems.push({
        field: 'body.currency',
        problem: `has no exchange rate in this plan (its base currency is ${plan.baseCurrency})`,
      });
    }
    if (problems.length > 0) {
      throw new InvalidInputError(
        `The optimiser did not run: ${problems.map((problem) => `${problem.field} ${problem.problem}`).join('; ')}.`,
        problems,
        'invalid_request',
      );
    }

    const yearStart = `${request.year}-01-01`;
    const members = (
      await trx
        .selectFrom('team_member')
        .select(['id', 'name', 'end_date'])
        .where('team_id', '=', plan.teamId)
        .orderBy('name')
        .orderBy('id')
        .execute()
    ).filter((member) => member.end_date === null || member.end_date >= yearStart);
    const facts = await teamLearningFacts(trx, plan.teamId);
    const planned = await plannedForMembers(trx, plan.id);
    const courses = (await listCourses(trx)).map((course) => translateCourse(course, language));
    const records = await listRecords(
      trx,
      members.map((member) => member.id),
    );
    const pricing = pricingOf(plan, currency, request.year);

    const proposalMembers: ProposalMember[] = [];
    const membersWithoutGaps: OptimiserProposal['membersWithoutGaps'] = [];
    const categoryNames = new Map<string, string>();
    for (const member of members) {
      const source = facts.sources.get(member.id);
      const inPlan = planned.get(member.id);
      const found = source ? await gapsOfAssessment(trx, facts.versions, source, facts.buildOrders) : null;
      // A gap an activity of the plan already addresses for the member is not weighed again.
      const gaps = (found?.gaps ?? []).filter((gap) => !inPlan?.categoryKeys.has(gap.categoryKey));
      if (!found || gaps.length === 0) {
        membersWithoutGaps.push({ memberId: member.id, memberName: member.name });
        continue;
      }
      for (const [key, name] of categoryNamesOf(found.framework, language)) categoryNames.set(key, name);
      proposalMembers.push({
        memberId: member.id,
        memberName: member.name,
        gaps,
        candidates: recommendLearning({
          memberId: member.id,
          gaps,
          courses,
          records: records.filter((record) => record.memberId === member.id),
          colleagues: facts.colleagues,
          showMentorNames: true,
          categoryNames,
          pricing,
          year: request.year,
          ...(inPlan ? { excludedCourseKeys: inPlan.courseKeys } : {}),
        }),
      });
    }

    const proposal = proposePlan({
      members: proposalMembers,
      budgetMinor: request.budgetMinor,
      currency,
      categoryNames,
    });
    const id = randomUUID();
    const now = context.clock.now().toISOString();
    const { budgetMinor: _budget, currency: _currency, ...rest } = proposal;
    await insertProposal(trx, {
      id,
      plan_id: plan.id,
      plan_version: plan.version,
      year: request.year,
      budget_minor: request.budgetMinor,
      currency,
      payload: JSON.stringify({ ...rest, membersWithoutGaps }),
      created_by: actor.userId,
      created_at: now,
      accepted_at: null,
      accepted_by: null,
      accepted_activity_ids: '[]',
    });
    return toProposal((await findProposal(trx, plan.id, id))!);
  });
}

export async function getProposal(
  context: AppContext,
  planId: string,
  proposalId: string,
  caller: PlanCaller,
): Promise<OptimiserProposal> {
  const db = context.database.db;
  const access = await accessPlan(db, planId, caller);
  requirePlanLead(access);
  const stored = await findProposal(db, planId, proposalId);
  if (!stored) throw proposalNotFound();
  return toProposal(stored);
}

/**
 * Creates the proposal's activities, with their cost lines, in one transaction through the
 * activities service. Refused with 409 when the plan changed after the proposal was made (its
 * costs and gaps might no longer hold) or when it was accepted already.
 */
export async function acceptProposal(
  context: AppContext,
  planId: string,
  proposalId: string,
  caller: PlanCaller,
  actor: Actor,
): Promise<OptimiserProposal> {
  return inTransaction(context.database, async (trx) => {
    const access = await accessPlan(trx, planId, caller);
    requirePlanLead(access);
    const { plan } = access;
    const stored = await findProposal(trx, plan.id, proposalId);
    if (!stored) throw proposalNotFound();
    if (stored.acceptedAt !== null) {
      throw new ConflictError('This proposal was accepted already.', [], 'proposal_already_accepted');
    }
    if (stored.planVersion !== plan.version) {
      throw new ConflictError(
        'The plan changed after this proposal was made; run the optimiser again.',
        [],
        'plan_changed',
      );
    }
    const activityIds: string[] = [];
    for (const activity of stored.payload.activities) {
      try {
        const created = await insertPlanActivity(
          trx,
          context,
          plan,
          createPlanActivityRequestSchema.parse(activity.activityDraft),
          actor,
        );
        activityIds.push(created.id);
      } catch (error) {
        if (
          error instanceof DomainError &&
          (error.kind === 'invalid_input' || error.kind === 'unprocessable')
        ) {
          throw new ConflictError(
            `The proposal no longer fits the plan (${activity.title}: ${error.message}); run the optimiser again.`,
            [],
            'proposal_outdated',
          );
        }
        throw error;
      }
    }
    const at = context.clock.now().toISOString();
    if (!(await markProposalAccepted(trx, stored.id, { at, by: actor.userId, activityIds }))) {
      throw new ConflictError('This proposal was accepted already.', [], 'proposal_already_accepted');
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: plan.teamId,
      action: 'plan.optimiser_proposal_accepted',
      entityType: 'capacity_plan',
      entityId: plan.id,
      changes: {
        proposalId: stored.id,
        activityIds,
        totalCostMinor: stored.payload.totalCostMinor,
        currency: stored.currency,
      },
      ip: actor.ip,
    });
    return toProposal((await findProposal(trx, plan.id, stored.id))!);
  });
}
