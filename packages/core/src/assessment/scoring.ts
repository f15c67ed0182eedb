import type { AssessmentFramework } from './framework.js';
import { indexFramework, type FrameworkIndex } from './framework-index.js';
import {
  add,
  compare,
  divide,
  ratio,
  subtract,
  sumByDenominator,
  toNumberOrNull,
  ZERO,
  type Ratio,
} from './ratio.js';
import {
  ASSESSOR_KINDS,
  NOT_APPLICABLE,
  ratingOf,
  type AssessorKind,
  type MemberAssessment,
  type Rating,
  type Ratings,
} from './ratings.js';
import { ownAreaTargetLevels, type CategoryTarget } from './targets.js';

/*
 * Scoring rules
 * - A category's score is the mean of its rated skills. N/A and unanswered skills are left out;
 *   a category with no rated skill has no score (null), which is not the same as 0.
 * - An area's score is the mean of the scores of its categories that have one; null when none has.
 * - Scores are computed exactly (see ratio.ts) and returned at full precision as numbers. Round
 *   only for display, with round1().
 * - Different points of view (self, supervisor, external) are never mixed: team figures are given
 *   per point of view, and one person's self and assessor ratings are only put side by side.
 * - Nothing here orders people by their scores: members come out in the order they went in.
 */

export interface CategoryScore {
  categoryKey: string;
  score: number | null;
  /** Skills rated 0–3, the ones the score is made of. */
  rated: number;
  notApplicable: number;
  unanswered: number;
}

export interface AreaScore {
  areaKey: string;
  score: number | null;
  categories: CategoryScore[];
}

/** One assessment scored: every area of the framework, in framework order. */
export interface AssessmentProfile {
  areas: AreaScore[];
}

export interface MemberProfile {
  memberId: string;
  assessedBy: AssessorKind;
  profile: AssessmentProfile;
}

export interface CategoryAggregate {
  categoryKey: string;
  /** Members whose assessment gives the category a score. */
  memberCount: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** The level expected of the holders of the role the category's area belongs to, if set. */
  target: number | null;
  /** Members (among memberCount) whose score is at or above the target; null without a target. */
  atOrAboveTarget: number | null;
}

export interface AreaAggregate {
  areaKey: string;
  /** Members whose assessment gives the area a score. */
  memberCount: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  categories: CategoryAggregate[];
}

/** The team's figures from one point of view (all self-assessments, or all supervisor ones…). */
export interface TeamAggregates {
  assessedBy: AssessorKind;
  assessmentCount: number;
  areas: AreaAggregate[];
}

/** An assessment that was left out because the member already had one from the same point of view. */
export interface ScoringIssue {
  code: 'duplicate-assessment';
  memberId: string;
  assessedBy: AssessorKind;
}

export interface RoundScoringInput {
  framework: AssessmentFramework;
  assessments: readonly MemberAssessment[];
  targets: readonly CategoryTarget[];
}

export interface RoundScores {
  /** One profile per assessment, in the order the assessments were given. */
  members: MemberProfile[];
  /** One entry per point of view present in the round, in the order self, supervisor, external. */
  team: TeamAggregates[];
  issues: ScoringIssue[];
}

// ---------------------------------------------------------------------------------------------
// Exact building blocks, shared with gaps.ts and comparison.ts (not part of the public face).
// Built for rounds of thousands of members: one pass over the flattened skills per assessment,
// counts kept in one typed array, and no fraction is reduced until it is needed.

const SUM = 0;
const RATED = 1;
const NOT_APPLICABLE_COUNT = 2;
const UNANSWERED = 3;
const STRIDE = 4;

export interface CategoryTally {
  rated: number;
  notApplicable: number;
  unanswered: number;
  score: Ratio | null;
}

export interface ExactProfile {
  /** Per category position: sum of the 0–3 ratings, rated, N/A and unanswered skills (stride 4). */
  counts: Int32Array;
  /** By area position in the framework index. */
  areas: (Ratio | null)[];
}

export function categoryScore(profile: ExactProfile, categoryIndex: number): Ratio | null {
  const rated = profile.counts[categoryIndex * STRIDE + RATED]!;
  return rated === 0 ? null : ratio(profile.counts[categoryIndex * STRIDE + SUM]!, rated);
}

export function categoryTally(profile: ExactProfile, categoryIndex: number): CategoryTally {
  const base = categoryIndex * STRIDE;
  return {
    rated: profile.counts[base + RATED]!,
    notApplicable: profile.counts[base + NOT_APPLICABLE_COUNT]!,
    unanswered: profile.counts[base + UNANSWERED]!,
    score: categoryScore(profile, categoryIndex),
  };
}

export function exactProfile(index: FrameworkIndex, ratings: Ratings): ExactProfile {
  const counts = new Int32Array(index.categories.length * STRIDE);
  const { skillKeys, skillCategoryIndexes } = index;
  const notApplicable = NOT_APPLICABLE;
  for (let i = 0; i < skillKeys.length; i++) {
    // The same reading as ratingOf(), inlined: this loop runs once per skill per member.
    const value: unknown = ratings[skillKeys[i]!];
    const base = skillCategoryIndexes[i]! * STRIDE;
    if (value === 0 || value === 1 || value === 2 || value === 3) {
      counts[base + SUM]! += value;
      counts[base + RATED]! += 1;
    } else if (value === notApplicable) counts[base + NOT_APPLICABLE_COUNT]! += 1;
    else counts[base + UNANSWERED]! += 1;
  }
  return exactProfileOfCounts(index, counts);
}

/** The profile of an assessment already counted per category (the layout of ExactProfile.counts). */
export function exactProfileOfCounts(index: FrameworkIndex, counts: Int32Array): ExactProfile {
  const profile: ExactProfile = { counts, areas: [] };
  const width = index.maxSkillsPerCategory + 1;
  const numerators = new Float64Array(width);
  for (const { categoryIndexes } of index.areas) {
    numerators.fill(0);
    let scored = 0;
    for (const categoryIndex of categoryIndexes) {
      const rated = counts[categoryIndex * STRIDE + RATED]!;
      if (rated === 0) continue;
      numerators[rated]! += counts[categoryIndex * STRIDE + SUM]!;
      scored += 1;
    }
    profile.areas.push(scored === 0 ? null : divide(sumByDenominator(numerators, 0, width), scored));
  }
  return profile;
}

/** Whose an assessment is and from which point of view, whatever form its answers take. */
export type AssessmentIdentity = Pick<MemberAssessment, 'memberId' | 'assessedBy'>;

/** The first assessment of each member and point of view; later duplicates become issues. */
export function distinctAssessments<T extends AssessmentIdentity>(
  assessments: readonly T[],
): {
  kept: T[];
  issues: ScoringIssue[];
} {
  const seen = new Set<string>();
  const kept: T[] = [];
  const issues: ScoringIssue[] = [];
  for (const assessment of assessments) {
    const id = `${assessment.assessedBy}\u0000${assessment.memberId}`;
    if (seen.has(id)) {
      issues.push({
        code: 'duplicate-assessment',
        memberId: assessment.memberId,
        assessedBy: assessment.assessedBy,
      });
    } else {
      seen.add(id);
      kept.push(assessment);
    }
  }
  return { kept, issues };
}

// ---------------------------------------------------------------------------------------------

function toProfile(index: FrameworkIndex, exact: ExactProfile): AssessmentProfile {
  return {
    areas: index.areas.map(({ area, categoryIndexes }, areaIndex) => ({
      areaKey: area.key,
      score: toNumberOrNull(exact.areas[areaIndex]!),
      categories: categoryIndexes.map((categoryIndex) => {
        const base = categoryIndex * STRIDE;
        const rated = exact.counts[base + RATED]!;
        return {
          categoryKey: index.categories[categoryIndex]!.category.key,
          // sum/rated of small integers: one correctly rounded division is the exact score's double,
          // without a fraction per member and category (300,000 of them in a regional round).
          score: rated === 0 ? null : exact.counts[base + SUM]! / rated,
          rated,
          notApplicable: exact.counts[base + NOT_APPLICABLE_COUNT]!,
          unanswered: exact.counts[base + UNANSWERED]!,
        };
      }),
    })),
  };
}

/** Scores one assessment: every category and area of the framework. */
export function scoreAssessment({
  framework,
  ratings,
}: {
  framework: AssessmentFramework;
  ratings: Ratings;
}): AssessmentProfile {
  const index = indexFramework(framework);
  return toProfile(index, exactProfile(index, ratings));
}

interface Spread {
  count: number;
  sum: Ratio;
  min: Ratio | null;
  max: Ratio | null;
}

function areaSpread(): Spread {
  return { count: 0, sum: ZERO, min: null, max: null };
}

function include(spread: Spread, score: Ratio): void {
  spread.count += 1;
  spread.sum = add(spread.sum, score);
  if (spread.min === null || compare(score, spread.min) < 0) spread.min = score;
  if (spread.max === null || compare(score, spread.max) > 0) spread.max = score;
}

const summary = (spread: Spread) => ({
  memberCount: spread.count,
  mean: spread.count === 0 ? null : toNumberOrNull(divide(spread.sum, spread.count)),
  min: toNumberOrNull(spread.min),
  max: toNumberOrNull(spread.max),
});

/**
 * Category figures over many members without a fraction per member: a category score is
 * sum/rated with rated at most the category's skill count, so the numerators are added up per
 * denominator and the mean is assembled once at the end. Min, max and the target are decided by
 * cross-multiplying integers.
 */
function categorySpreads(
  index: FrameworkIndex,
  profiles: readonly ExactProfile[],
  targetLevels: readonly (number | null)[],
): { spreads: Spread[]; reachedTarget: Int32Array } {
  const categoryCount = index.categories.length;
  const width = index.maxSkillsPerCategory + 1;
  const numerators = new Float64Array(categoryCount * width);
  const counts = new Int32Array(categoryCount);
  const reachedTarget = new Int32Array(categoryCount);
  const minimum = new Float64Array(categoryCount * 2); // numerator, denominator (0 = none yet)
  const maximum = new Float64Array(categoryCount * 2);
  for (const profile of profiles) {
    const tallies = profile.counts;
    for (let c = 0; c < categoryCount; c++) {
      const rated = tallies[c * STRIDE + RATED]!;
      if (rated === 0) continue;
      const sum = tallies[c * STRIDE + SUM]!;
      counts[c]! += 1;
      numerators[c * width + rated]! += sum;
      if (minimum[c * 2 + 1] === 0 || sum * minimum[c * 2 + 1]! < minimum[c * 2]! * rated) {
        minimum[c * 2] = sum;
        minimum[c * 2 + 1] = rated;
      }
      if (maximum[c * 2 + 1] === 0 || sum * maximum[c * 2 + 1]! > maximum[c * 2]! * rated) {
        maximum[c * 2] = sum;
        maximum[c * 2 + 1] = rated;
      }
      const target = targetLevels[c];
      if (target !== null && target !== undefined && sum >= target * rated) reachedTarget[c]! += 1;
    }
  }
  const spreads = index.categories.map((_, c): Spread => ({
    count: counts[c]!,
    sum: sumByDenominator(numerators, c * width, width),
    min: minimum[c * 2 + 1] === 0 ? null : ratio(minimum[c * 2]!, minimum[c * 2 + 1]!),
    max: maximum[c * 2 + 1] === 0 ? null : ratio(maximum[c * 2]!, maximum[c * 2 + 1]!),
  }));
  return { spreads, reachedTarget };
}

function aggregatePointOfView(
  index: FrameworkIndex,
  assessedBy: AssessorKind,
  profiles: readonly ExactProfile[],
  targetLevels: readonly (number | null)[],
): TeamAggregates {
  const { spreads, reachedTarget } = categorySpreads(index, profiles, targetLevels);
  const areaSpreads = index.areas.map(areaSpread);
  for (const profile of profiles) {
    profile.areas.forEach((score, areaIndex) => {
      if (score !== null) include(areaSpreads[areaIndex]!, score);
    });
  }
  return {
    assessedBy,
    assessmentCount: profiles.length,
    areas: index.areas.map(({ area, categoryIndexes }, areaIndex) => ({
      areaKey: area.key,
      ...summary(areaSpreads[areaIndex]!),
      categories: categoryIndexes.map((categoryIndex) => {
        const target = targetLevels[categoryIndex] ?? null;
        return {
          categoryKey: index.categories[categoryIndex]!.category.key,
          ...summary(spreads[categoryIndex]!),
          target,
          atOrAboveTarget: target === null ? null : reachedTarget[categoryIndex]!,
        };
      }),
    })),
  };
}

/** An assessment kept for scoring (see distinctAssessments) with its exact profile. */
export interface ScoredAssessment {
  assessment: AssessmentIdentity;
  exact: ExactProfile;
}

function scoreAll(index: FrameworkIndex, assessments: readonly MemberAssessment[]) {
  const { kept, issues } = distinctAssessments(assessments);
  return {
    scored: kept.map((assessment) => ({ assessment, exact: exactProfile(index, assessment.ratings) })),
    issues,
  };
}

/** The team's figures per point of view from assessments already scored. */
export function teamFigures(
  index: FrameworkIndex,
  scored: readonly ScoredAssessment[],
  targets: readonly CategoryTarget[],
): TeamAggregates[] {
  const targetLevels = ownAreaTargetLevels(index, targets);
  return ASSESSOR_KINDS.flatMap((assessedBy) => {
    const profiles = scored
      .filter((entry) => entry.assessment.assessedBy === assessedBy)
      .map((entry) => entry.exact);
    return profiles.length === 0 ? [] : [aggregatePointOfView(index, assessedBy, profiles, targetLevels)];
  });
}

/**
 * Scores a whole round: each member's profile and the team's figures per point of view. A second
 * assessment of the same member from the same point of view is left out and reported.
 */
export function scoreRound({ framework, assessments, targets }: RoundScoringInput): RoundScores {
  const index = indexFramework(framework);
  const { scored, issues } = scoreAll(index, assessments);
  return roundScoresOf(index, scored, issues, targets);
}

/** A round's scores from assessments already scored: scoreRound() after the reading. */
export function roundScoresOf(
  index: FrameworkIndex,
  scored: readonly ScoredAssessment[],
  issues: ScoringIssue[],
  targets: readonly CategoryTarget[],
): RoundScores {
  return {
    members: scored.map(({ assessment, exact }) => ({
      memberId: assessment.memberId,
      assessedBy: assessment.assessedBy,
      profile: toProfile(index, exact),
    })),
    team: teamFigures(index, scored, targets),
    issues,
  };
}

/** The team's figures alone (no individual profiles), per point of view. */
export function aggregateTeam({ framework, assessments, targets }: RoundScoringInput): {
  team: TeamAggregates[];
  issues: ScoringIssue[];
} {
  const index = indexFramework(framework);
  const { scored, issues } = scoreAll(index, assessments);
  return { team: teamFigures(index, scored, targets), issues };
}

// ---------------------------------------------------------------------------------------------

export interface SkillSideBySide {
  skillKey: string;
  self: Rating | null;
  assessor: Rating | null;
  /** assessor − self, when both gave a 0–3 rating. */
  difference: number | null;
}

export interface CategorySideBySide {
  categoryKey: string;
  self: number | null;
  assessor: number | null;
  /** assessor − self: positive when the assessor sees more skill than the person does. */
  difference: number | null;
  skills: SkillSideBySide[];
}

export interface AreaSideBySide {
  areaKey: string;
  self: number | null;
  assessor: number | null;
  difference: number | null;
  categories: CategorySideBySide[];
}

const differenceOf = (self: Ratio | null, assessor: Ratio | null): number | null =>
  self === null || assessor === null ? null : toNumberOrNull(subtract(assessor, self));

/**
 * A person's self-assessment next to a supervisor's or external assessor's, with the difference
 * at every level. The two are never averaged: they are different points of view, and the gap
 * between them is itself something to talk about.
 */
export function compareSelfWithAssessor({
  framework,
  self,
  assessor,
}: {
  framework: AssessmentFramework;
  self: Ratings;
  assessor: Ratings;
}): { areas: AreaSideBySide[] } {
  const index = indexFramework(framework);
  const selfProfile = exactProfile(index, self);
  const assessorProfile = exactProfile(index, assessor);
  return {
    areas: index.areas.map(({ area, categoryIndexes }, areaIndex) => {
      const selfArea = selfProfile.areas[areaIndex]!;
      const assessorArea = assessorProfile.areas[areaIndex]!;
      return {
        areaKey: area.key,
        self: toNumberOrNull(selfArea),
        assessor: toNumberOrNull(assessorArea),
        difference: differenceOf(selfArea, assessorArea),
        categories: categoryIndexes.map((categoryIndex) => {
          const category = index.categories[categoryIndex]!.category;
          const selfScore = categoryScore(selfProfile, categoryIndex);
          const assessorScore = categoryScore(assessorProfile, categoryIndex);
          return {
            categoryKey: category.key,
            self: toNumberOrNull(selfScore),
            assessor: toNumberOrNull(assessorScore),
            difference: differenceOf(selfScore, assessorScore),
            skills: category.skills.map((skill) => {
              const selfRating = ratingOf(self, skill.key) ?? null;
              const assessorRating = ratingOf(assessor, skill.key) ?? null;
              return {
                skillKey: skill.key,
                self: selfRating,
                assessor: assessorRating,
                difference:
                  typeof selfRating === 'number' && typeof assessorRating === 'number'
                    ? assessorRating - selfRating
                    : null,
              };
            }),
          };
        }),
      };
    }),
  };
}

/**
 * A score for display, to one decimal, halves away from zero (1.25 → 1.3, −1.25 → −1.3). The
 * tiny nudge absorbs binary representation error (0.35 is stored as 0.34999…). Results keep full
 * precision everywhere else; round only where a person reads the number.
 */
export function round1(value: number): number;
export function round1(value: number | null): number | null;
export function round1(value: number | null): number | null {
  if (value === null) return null;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
  return rounded === 0 ? 0 : rounded;
}
