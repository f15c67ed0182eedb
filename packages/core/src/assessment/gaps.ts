import type { RoleDefinition } from '../team-structure/roles-catalogue.js';
import type { AssignmentStatus, RoleAssignment } from '../team-structure/team-members.js';
import { concernsAssignment, type AssessmentFramework } from './framework.js';
import { indexFramework } from './framework-index.js';
import { compare, ratio, subtract, toNumber, type Ratio } from './ratio.js';
import { ratingOf, type RatingLevel, type Ratings } from './ratings.js';
import { categoryTally, exactProfile } from './scoring.js';
import type { CategoryTarget } from './targets.js';

export interface SkillBelowTarget {
  skillKey: string;
  rating: RatingLevel;
}

/** A category where a member's score is below what one of their roles expects. */
export interface PriorityGap {
  categoryKey: string;
  areaKey: string;
  /** The role (as the member holds it) that sets the target. */
  roleKey: string;
  subRoleKey: string | null;
  status: AssignmentStatus;
  target: RatingLevel;
  score: number;
  /** target − score, always above 0. */
  gap: number;
  /** The skills rated below the target: where the capacity building plan should aim. */
  skillsBelowTarget: SkillBelowTarget[];
}

export const NOT_ASSESSED_REASONS = ['not-rated', 'all-not-applicable'] as const;
export type NotAssessedReason = (typeof NOT_ASSESSED_REASONS)[number];

/** A category a member's roles expect something of, but which has no score to compare. */
export interface NotAssessedCategory {
  categoryKey: string;
  areaKey: string;
  roleKey: string;
  subRoleKey: string | null;
  status: AssignmentStatus;
  target: RatingLevel;
  reason: NotAssessedReason;
}

export interface PriorityGapsInput {
  framework: AssessmentFramework;
  /** The roles catalogue, for the build order that breaks ties between roles. */
  roles: readonly Pick<RoleDefinition, 'key' | 'buildOrder'>[];
  targets: readonly CategoryTarget[];
  /** The member's current and envisioned roles. */
  assignments: readonly Pick<RoleAssignment, 'roleKey' | 'subRoleKey' | 'status'>[];
  /** The one assessment the gaps are read from (one point of view; never an average of two). */
  ratings: Ratings;
}

interface Candidate {
  categoryIndex: number;
  roleKey: string;
  subRoleKey: string | null;
  status: AssignmentStatus;
  statusRank: number;
  buildOrder: number;
  target: RatingLevel;
}

const STATUS_RANK: Record<AssignmentStatus, number> = { current: 0, envisioned: 1 };

const byRolePriorityThenCategory = (a: Candidate, b: Candidate): number =>
  a.buildOrder - b.buildOrder ||
  (a.roleKey < b.roleKey ? -1 : a.roleKey > b.roleKey ? 1 : 0) ||
  a.categoryIndex - b.categoryIndex;

/** Keeps the first entry for each category: the one with the highest priority. */
function firstPerCategory<T extends { candidate: Candidate }>(entries: readonly T[]): T[] {
  const seen = new Set<number>();
  return entries.filter(({ candidate }) => {
    if (seen.has(candidate.categoryIndex)) return false;
    seen.add(candidate.categoryIndex);
    return true;
  });
}

/**
 * A member's priority gaps: the categories where their score is below the target of one of their
 * roles. Gaps for current roles come before gaps for envisioned roles; within each, the biggest
 * gap first, then the role that comes first in the framework's build order (Operational Lead,
 * Implementer, Trainer, Server Administrator), then the category's place in the framework.
 * A category that several roles expect something of is listed once, at its highest priority.
 *
 * Categories without a score (never rated, or rated N/A throughout) are not gaps: they are listed
 * separately under `notAssessed`, because nothing is known about them.
 */
export function priorityGaps({ framework, roles, targets, assignments, ratings }: PriorityGapsInput): {
  gaps: PriorityGap[];
  notAssessed: NotAssessedCategory[];
} {
  const index = indexFramework(framework);
  const buildOrderOf = new Map(roles.map((role) => [role.key, role.buildOrder]));
  const targetsByRole = new Map<string, CategoryTarget[]>();
  for (const target of targets) {
    const list = targetsByRole.get(target.roleKey);
    if (list) list.push(target);
    else targetsByRole.set(target.roleKey, [target]);
  }

  // One candidate per assignment and category, at the highest level any matching target sets.
  const candidates: Candidate[] = [];
  for (const assignment of assignments) {
    const byCategory = new Map<number, Candidate>();
    for (const target of targetsByRole.get(assignment.roleKey) ?? []) {
      const categoryIndex = index.categoryIndexByKey.get(target.categoryKey);
      if (categoryIndex === undefined || target.level === 0) continue;
      if (!concernsAssignment(target, assignment)) continue;
      const existing = byCategory.get(categoryIndex);
      if (existing && existing.target >= target.level) continue;
      byCategory.set(categoryIndex, {
        categoryIndex,
        roleKey: assignment.roleKey,
        subRoleKey: assignment.subRoleKey,
        status: assignment.status,
        statusRank: STATUS_RANK[assignment.status],
        buildOrder: buildOrderOf.get(assignment.roleKey) ?? Number.MAX_SAFE_INTEGER,
        target: target.level,
      });
    }
    candidates.push(...byCategory.values());
  }

  const profile = exactProfile(index, ratings);
  const gapEntries: { candidate: Candidate; score: Ratio; gap: Ratio }[] = [];
  const unscored: { candidate: Candidate }[] = [];
  for (const candidate of candidates) {
    const tally = categoryTally(profile, candidate.categoryIndex);
    if (tally.score === null) {
      unscored.push({ candidate });
      continue;
    }
    const gap = subtract(ratio(candidate.target, 1), tally.score);
    if (gap.n > 0) gapEntries.push({ candidate, score: tally.score, gap });
  }

  gapEntries.sort(
    (a, b) =>
      a.candidate.statusRank - b.candidate.statusRank ||
      compare(b.gap, a.gap) ||
      byRolePriorityThenCategory(a.candidate, b.candidate),
  );
  unscored.sort(
    (a, b) =>
      a.candidate.statusRank - b.candidate.statusRank || byRolePriorityThenCategory(a.candidate, b.candidate),
  );

  const where = (candidate: Candidate) => {
    const { category, areaIndex } = index.categories[candidate.categoryIndex]!;
    return { category, areaKey: index.areas[areaIndex]!.area.key };
  };

  return {
    gaps: firstPerCategory(gapEntries).map(({ candidate, score, gap }) => {
      const { category, areaKey } = where(candidate);
      return {
        categoryKey: category.key,
        areaKey,
        roleKey: candidate.roleKey,
        subRoleKey: candidate.subRoleKey,
        status: candidate.status,
        target: candidate.target,
        score: toNumber(score),
        gap: toNumber(gap),
        skillsBelowTarget: category.skills.flatMap((skill) => {
          const rating = ratingOf(ratings, skill.key);
          return typeof rating === 'number' && rating < candidate.target
            ? [{ skillKey: skill.key, rating }]
            : [];
        }),
      };
    }),
    notAssessed: firstPerCategory(unscored).map(({ candidate }) => {
      const { category, areaKey } = where(candidate);
      const tally = categoryTally(profile, candidate.categoryIndex);
      return {
        categoryKey: category.key,
        areaKey,
        roleKey: candidate.roleKey,
        subRoleKey: candidate.subRoleKey,
        status: candidate.status,
        target: candidate.target,
        reason:
          tally.notApplicable > 0 && tally.notApplicable === category.skills.length
            ? 'all-not-applicable'
            : 'not-rated',
      };
    }),
  };
}
