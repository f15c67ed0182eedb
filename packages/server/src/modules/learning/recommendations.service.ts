import {
  NotFoundError,
  recommendLearning,
  translateCourse,
  type CostPricing,
  type LearningCandidate,
  type PriorityGap,
  type Recommendations,
  type SupportedLanguage,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/transaction.js';
import { listActivities, type StoredPlan } from '../plans/plans.repository.js';
import { findPlan } from '../plans/plans.repository.js';
import {
  FrameworkVersions,
  categoryNamesOf,
  categoryScoresOf,
  gapsOfAssessment,
  latestSubmittedAssessments,
  roleBuildOrders,
} from './learning-gaps.js';
import { listCourses, listRecords } from './learning.repository.js';
import { accessMemberLearning, type LearningReader } from './member-learning-access.js';

/** The currency the catalogue's default costs are in, used when no plan is named. */
export const CATALOGUE_CURRENCY = 'USD';

/** Course keys and gap categories already in a plan for each member (cancelled activities aside). */
export async function plannedForMembers(
  db: Executor,
  planId: string,
): Promise<Map<string, { courseKeys: Set<string>; categoryKeys: Set<string> }>> {
  const planned = new Map<string, { courseKeys: Set<string>; categoryKeys: Set<string> }>();
  for (const activity of await listActivities(db, { planIds: [planId] })) {
    if (activity.status === 'cancelled') continue;
    for (const memberId of activity.memberIds) {
      const entry = planned.get(memberId) ?? { courseKeys: new Set(), categoryKeys: new Set() };
      if (activity.courseKey) entry.courseKeys.add(activity.courseKey);
      activity.gapCategoryKeys.forEach((key) => entry.categoryKeys.add(key));
      planned.set(memberId, entry);
    }
  }
  return planned;
}

export function pricingOf(plan: StoredPlan, currency: string, year: number): CostPricing {
  return { currency, baseCurrency: plan.baseCurrency, rates: plan.exchangeRates, on: `${year}-01-01` };
}

/** Everything recommendations need about the team, read once for one member or for all of them. */
export async function teamLearningFacts(
  db: Executor,
  teamId: string,
  options: { assessorUserId?: string; memberIds?: string[] } = {},
) {
  const versions = new FrameworkVersions(db);
  const sources = await latestSubmittedAssessments(db, teamId, {
    ...(options.memberIds ? { memberIds: options.memberIds } : {}),
    ...(options.assessorUserId ? { assessorUserId: options.assessorUserId } : {}),
  });
  // Expertise is read from everyone's latest assessment, whoever asks: only "someone scores 3" leaves it.
  const everyone =
    options.assessorUserId || options.memberIds ? await latestSubmittedAssessments(db, teamId) : sources;
  const scores = await categoryScoresOf(db, versions, [...everyone.values()]);
  const names = new Map(
    (await db.selectFrom('team_member').select(['id', 'name']).where('team_id', '=', teamId).execute()).map(
      (row) => [row.id, row.name],
    ),
  );
  const colleagues = [...scores.entries()].map(([memberId, categoryScores]) => ({
    memberId,
    name: names.get(memberId) ?? '',
    categoryScores,
  }));
  return { versions, sources, colleagues, buildOrders: await roleBuildOrders(db) };
}

export async function getRecommendations(
  context: AppContext,
  request: {
    teamId: string;
    memberId: string;
    reader: LearningReader;
    planId?: string | undefined;
    year?: number | undefined;
    language: SupportedLanguage;
  },
): Promise<Recommendations> {
  const db = context.database.db;
  const access = await accessMemberLearning(db, request.teamId, request.memberId, request.reader);
  let plan: StoredPlan | undefined;
  if (request.planId) {
    plan = await findPlan(db, request.planId);
    if (!plan || plan.teamId !== request.teamId) {
      throw new NotFoundError('There is no such plan in this team.', 'plan_not_found');
    }
  }
  const year = request.year ?? plan?.startYear ?? context.clock.now().getUTCFullYear();
  const pricing: CostPricing = plan
    ? pricingOf(plan, plan.baseCurrency, year)
    : { currency: CATALOGUE_CURRENCY, baseCurrency: CATALOGUE_CURRENCY, rates: [], on: `${year}-01-01` };

  const facts = await teamLearningFacts(db, request.teamId, {
    memberIds: [request.memberId],
    ...(access.assessorOnly ? { assessorUserId: request.reader.userId } : {}),
  });
  const source = facts.sources.get(request.memberId);
  if (!source) {
    return {
      memberId: request.memberId,
      gapsFrom: null,
      gaps: [],
      currency: pricing.currency,
      candidates: [],
    };
  }
  const { gaps, framework } = await gapsOfAssessment(db, facts.versions, source, facts.buildOrders);
  const planned = plan ? (await plannedForMembers(db, plan.id)).get(request.memberId) : undefined;
  const courses = (await listCourses(db)).map((course) => translateCourse(course, request.language));
  const candidates = recommendLearning({
    memberId: request.memberId,
    gaps,
    courses,
    records: await listRecords(db, [request.memberId]),
    colleagues: facts.colleagues,
    showMentorNames: access.isLead,
    categoryNames: categoryNamesOf(framework, request.language),
    pricing,
    year,
    ...(planned ? { excludedCourseKeys: planned.courseKeys } : {}),
  });
  return {
    memberId: request.memberId,
    gapsFrom: { roundId: source.roundId, roundName: source.roundName, assessedBy: source.mode },
    gaps: gaps.map((gap: PriorityGap) => ({
      categoryKey: gap.categoryKey,
      target: gap.target,
      score: gap.score,
      gap: gap.gap,
    })),
    currency: pricing.currency,
    candidates: candidates satisfies LearningCandidate[],
  };
}
