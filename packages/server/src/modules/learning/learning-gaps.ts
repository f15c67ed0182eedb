import {
  priorityGaps,
  scoreAssessment,
  translateFramework,
  type AssessmentFramework,
  type AssessmentMode,
  type PriorityGap,
  type SupportedLanguage,
} from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';
import {
  listAssessmentRatings,
  listMemberAssignments,
  listRoleBuildOrders,
} from '../assessment-results/results.repository.js';
import {
  findFrameworkVersion,
  type StoredFrameworkVersion,
} from '../frameworks/framework-versions.repository.js';

/*
 * Where learning reads gaps and expertise from: each member's latest submitted assessment, taken
 * the way member results take it (supervisor, then external, then self).
 */

export interface SubmittedAssessmentRef {
  assessmentId: string;
  memberId: string;
  mode: AssessmentMode;
  roundId: string;
  roundName: string;
  frameworkVersionId: string;
}

const MODE_PREFERENCE: Record<string, number> = { supervisor: 0, external: 1, self: 2 };

/**
 * Per member, the assessment gaps are read from: in the latest round (by opening date) where the
 * member has a submitted assessment, the supervisor's, else the external one, else their own.
 * With `assessorUserId`, only assessments that account gave count.
 */
export async function latestSubmittedAssessments(
  db: Executor,
  teamId: string,
  options: { memberIds?: readonly string[]; assessorUserId?: string } = {},
): Promise<Map<string, SubmittedAssessmentRef>> {
  if (options.memberIds && options.memberIds.length === 0) return new Map();
  let query = db
    .selectFrom('assessment')
    .innerJoin('assessment_round', 'assessment_round.id', 'assessment.round_id')
    .select([
      'assessment.id as assessment_id',
      'assessment.member_id',
      'assessment.mode',
      'assessment_round.id as round_id',
      'assessment_round.name as round_name',
      'assessment_round.framework_version_id',
    ])
    .where('assessment_round.team_id', '=', teamId)
    .where('assessment.status', '=', 'submitted');
  if (options.memberIds) query = query.where('assessment.member_id', 'in', [...options.memberIds]);
  if (options.assessorUserId) query = query.where('assessment.assessor_user_id', '=', options.assessorUserId);
  const rows = await query
    .orderBy('assessment_round.opens_on', 'desc')
    .orderBy('assessment_round.created_at', 'desc')
    .orderBy('assessment_round.id', 'desc')
    .orderBy('assessment.id')
    .execute();
  const chosen = new Map<string, SubmittedAssessmentRef>();
  for (const row of rows) {
    const current = chosen.get(row.member_id);
    const candidate: SubmittedAssessmentRef = {
      assessmentId: row.assessment_id,
      memberId: row.member_id,
      mode: row.mode as AssessmentMode,
      roundId: row.round_id,
      roundName: row.round_name,
      frameworkVersionId: row.framework_version_id,
    };
    if (!current) chosen.set(row.member_id, candidate);
    else if (
      current.roundId === candidate.roundId &&
      (MODE_PREFERENCE[candidate.mode] ?? 9) < (MODE_PREFERENCE[current.mode] ?? 9)
    ) {
      chosen.set(row.member_id, candidate);
    }
  }
  return chosen;
}

/** Framework versions by id, each read once. */
export class FrameworkVersions {
  private readonly loaded = new Map<string, Promise<StoredFrameworkVersion>>();
  constructor(private readonly db: Executor) {}

  get(id: string): Promise<StoredFrameworkVersion> {
    let version = this.loaded.get(id);
    if (!version) {
      version = findFrameworkVersion(this.db, id).then((found) => {
        if (!found) throw new Error(`framework version ${id} is missing`);
        return found;
      });
      this.loaded.set(id, version);
    }
    return version;
  }
}

/** A member's priority gaps from one assessment (see priorityGaps). */
export async function gapsOfAssessment(
  db: Executor,
  versions: FrameworkVersions,
  source: SubmittedAssessmentRef,
  buildOrders: { key: string; buildOrder: number }[],
): Promise<{ gaps: PriorityGap[]; framework: AssessmentFramework }> {
  const version = await versions.get(source.frameworkVersionId);
  const ratings = (await listAssessmentRatings(db, [source.assessmentId])).get(source.assessmentId) ?? {};
  const assignments = await listMemberAssignments(db, source.memberId);
  return {
    framework: version.framework,
    gaps: priorityGaps({
      framework: version.framework,
      roles: buildOrders,
      targets: version.targets,
      assignments,
      ratings,
    }).gaps,
  };
}

export const roleBuildOrders = (db: Executor) => listRoleBuildOrders(db);

/** Each member's category scores (0–3) from their assessment: who could mentor in what. */
export async function categoryScoresOf(
  db: Executor,
  versions: FrameworkVersions,
  sources: readonly SubmittedAssessmentRef[],
): Promise<Map<string, Map<string, number>>> {
  const ratings = await listAssessmentRatings(
    db,
    sources.map((source) => source.assessmentId),
  );
  const scores = new Map<string, Map<string, number>>();
  for (const source of sources) {
    const { framework } = await versions.get(source.frameworkVersionId);
    const profile = scoreAssessment({ framework, ratings: ratings.get(source.assessmentId) ?? {} });
    const byCategory = new Map<string, number>();
    for (const area of profile.areas) {
      for (const category of area.categories) {
        if (category.score !== null) byCategory.set(category.categoryKey, category.score);
      }
    }
    scores.set(source.memberId, byCategory);
  }
  return scores;
}

/** Skill category names of a framework in the reader's language. */
export function categoryNamesOf(
  framework: AssessmentFramework,
  language: SupportedLanguage,
): Map<string, string> {
  const translated = translateFramework(framework, language);
  return new Map(
    translated.areas.flatMap((area) =>
      area.categories.map((category) => [category.key, category.name] as const),
    ),
  );
}
