import { answerSheetOf, levelAt, ratingAt, type AnswerSheet, type SheetAssessment } from './answer-sheet.js';
import type { AssessmentFramework, FrameworkArea, Skill, SkillCategory } from './framework.js';
import { indexFramework } from './framework-index.js';
import {
  add,
  compare,
  divide,
  subtract,
  sumByDenominator,
  toNumberOrNull,
  ZERO,
  type Ratio,
} from './ratio.js';
import { ASSESSOR_KINDS, type AssessorKind, type MemberAssessment, type Rating } from './ratings.js';
import { distinctAssessments, type AssessmentIdentity, type ScoringIssue } from './scoring.js';

/*
 * Comparing a round with its baseline
 * - Skills are matched by key. A skill found in only one of the two framework versions is listed as
 *   added or removed and never compared.
 * - Category and area figures are recomputed over the shared skills only, grouped as in the current
 *   framework, so that like is compared with like. They can therefore differ from the scores each
 *   round shows on its own when skills were added or removed.
 * - A member is compared with themselves from the same point of view (self with self, supervisor
 *   with supervisor). Team figures are over the members assessed in both rounds.
 * - Changes are decided exactly: "unchanged" means exactly equal, not "close".
 * - The work is done on answer sheets (answer-sheet.ts): compareRounds() writes each assessment's
 *   Ratings as a sheet first, so stored sheets and Ratings go through the very same code.
 */

export interface RoundAssessments {
  framework: AssessmentFramework;
  assessments: readonly MemberAssessment[];
}

export interface CompareRoundsInput {
  baseline: RoundAssessments;
  current: RoundAssessments;
}

/** A round's assessments as answer sheets of its framework version. */
export interface RoundSheets {
  framework: AssessmentFramework;
  assessments: readonly SheetAssessment[];
}

export interface CompareRoundSheetsInput {
  baseline: RoundSheets;
  current: RoundSheets;
}

export interface SkillDelta {
  skillKey: string;
  baseline: Rating | null;
  current: Rating | null;
  /** current − baseline when both are rated 0–3; null otherwise (N/A or unanswered on a side). */
  delta: number | null;
}

export interface CategoryDelta {
  categoryKey: string;
  baseline: number | null;
  current: number | null;
  delta: number | null;
  skills: SkillDelta[];
}

export interface AreaDelta {
  areaKey: string;
  baseline: number | null;
  current: number | null;
  delta: number | null;
  categories: CategoryDelta[];
}

export interface ChangeCounts {
  improved: number;
  declined: number;
  unchanged: number;
  /** Without a score on one side or both. */
  notComparable: number;
}

export interface MemberComparison {
  memberId: string;
  assessedBy: AssessorKind;
  areas: AreaDelta[];
  counts: { skills: ChangeCounts; categories: ChangeCounts; areas: ChangeCounts };
}

/** The members with a score in both rounds, and how many of them went up, down or stayed. */
interface TeamChange {
  memberCount: number;
  baselineMean: number | null;
  currentMean: number | null;
  /** currentMean − baselineMean. */
  delta: number | null;
  improved: number;
  declined: number;
  unchanged: number;
}

export interface TeamCategoryDelta extends TeamChange {
  categoryKey: string;
}

export interface TeamAreaDelta extends TeamChange {
  areaKey: string;
  categories: TeamCategoryDelta[];
}

export interface TeamComparison {
  assessedBy: AssessorKind;
  /** Members assessed from this point of view in both rounds. */
  memberCount: number;
  areas: TeamAreaDelta[];
  /** How many categories and areas the team mean went up, down or stayed in. */
  counts: { categories: ChangeCounts; areas: ChangeCounts };
}

export interface AssessmentRef {
  memberId: string;
  assessedBy: AssessorKind;
}

export interface RoundComparisonIssue extends ScoringIssue {
  round: 'baseline' | 'current';
}

export interface RoundComparison {
  /** Skills of the current framework the baseline did not have, in framework order. */
  addedSkillKeys: string[];
  /** Skills of the baseline framework the current one no longer has, in framework order. */
  removedSkillKeys: string[];
  /** In the order of the current round's assessments. */
  members: MemberComparison[];
  onlyInBaseline: AssessmentRef[];
  onlyInCurrent: AssessmentRef[];
  /** One entry per point of view present in both rounds. */
  team: TeamComparison[];
  issues: RoundComparisonIssue[];
}

/** A comparison without the per-member part: what the team's figures need. */
export type TeamRoundComparison = Omit<RoundComparison, 'members'>;

interface SharedCategory {
  category: SkillCategory;
  skillKeys: string[];
  /** Where each of skillKeys is in the current round's sheets. */
  currentPositions: Int32Array;
  /** Where each of skillKeys is in the baseline's sheets. */
  baselinePositions: Int32Array;
}

interface SharedArea {
  area: FrameworkArea;
  /** Positions in SharedStructure.categories. */
  categoryIndexes: number[];
}

/** The current framework cut down to the skills the baseline also has. */
interface SharedStructure {
  areas: SharedArea[];
  categories: SharedCategory[];
  maxSkillsPerCategory: number;
}

function allSkills(framework: AssessmentFramework): Skill[] {
  return framework.areas.flatMap((area) => area.categories.flatMap((category) => category.skills));
}

/** `baselinePositions`: where each skill key of the baseline framework is in its sheets. */
function sharedStructure(
  current: AssessmentFramework,
  baselinePositions: ReadonlyMap<string, number>,
): SharedStructure {
  const structure: SharedStructure = { areas: [], categories: [], maxSkillsPerCategory: 0 };
  // Sheets list every skill in framework order, as the framework index flattens them.
  let position = 0;
  for (const area of current.areas) {
    const categoryIndexes: number[] = [];
    for (const category of area.categories) {
      const skillKeys: string[] = [];
      const currentPositions: number[] = [];
      const inBaseline: number[] = [];
      for (const skill of category.skills) {
        const baselinePosition = baselinePositions.get(skill.key);
        if (baselinePosition !== undefined) {
          skillKeys.push(skill.key);
          currentPositions.push(position);
          inBaseline.push(baselinePosition);
        }
        position += 1;
      }
      if (skillKeys.length === 0) continue;
      categoryIndexes.push(structure.categories.length);
      structure.categories.push({
        category,
        skillKeys,
        currentPositions: Int32Array.from(currentPositions),
        baselinePositions: Int32Array.from(inBaseline),
      });
      structure.maxSkillsPerCategory = Math.max(structure.maxSkillsPerCategory, skillKeys.length);
    }
    if (categoryIndexes.length > 0) structure.areas.push({ area, categoryIndexes });
  }
  return structure;
}

const emptyCounts = (): ChangeCounts => ({ improved: 0, declined: 0, unchanged: 0, notComparable: 0 });

/** Counts one change by its sign; null when there is nothing to compare. */
function count(counts: ChangeCounts, sign: number | null): void {
  if (sign === null) counts.notComparable += 1;
  else if (sign > 0) counts.improved += 1;
  else if (sign < 0) counts.declined += 1;
  else counts.unchanged += 1;
}

const signOf = (delta: Ratio | null): number | null => (delta === null ? null : Math.sign(delta.n));

const deltaOf = (baseline: Ratio | null, current: Ratio | null): Ratio | null =>
  baseline === null || current === null ? null : subtract(current, baseline);

// Per shared category, in one flat array: baseline sum and rated count, current sum and rated count.
const BASELINE_SUM = 0;
const BASELINE_RATED = 1;
const CURRENT_SUM = 2;
const CURRENT_RATED = 3;
const STRIDE = 4;

/** One member's exact figures in both rounds, for the team figures. */
interface ExactPair {
  counts: Int32Array;
  areas: { baseline: Ratio | null; current: Ratio | null }[];
}

/** The mean over an area's categories of sum/rated at the given offsets, exactly; null if none. */
function areaMean(
  shared: SharedStructure,
  counts: Int32Array,
  categoryIndexes: readonly number[],
  sumAt: number,
  ratedAt: number,
  numerators: Float64Array,
): Ratio | null {
  numerators.fill(0);
  let scored = 0;
  for (const categoryIndex of categoryIndexes) {
    const rated = counts[categoryIndex * STRIDE + ratedAt]!;
    if (rated === 0) continue;
    numerators[rated]! += counts[categoryIndex * STRIDE + sumAt]!;
    scored += 1;
  }
  return scored === 0
    ? null
    : divide(sumByDenominator(numerators, 0, shared.maxSkillsPerCategory + 1), scored);
}

/** One member's sums and rated counts per shared category in both rounds, and area means. */
function exactPairOf(
  shared: SharedStructure,
  baseline: AnswerSheet,
  current: AnswerSheet,
  numerators: Float64Array,
): ExactPair {
  const tallies = new Int32Array(shared.categories.length * STRIDE);
  shared.categories.forEach(({ currentPositions, baselinePositions }, categoryIndex) => {
    const base = categoryIndex * STRIDE;
    for (let i = 0; i < currentPositions.length; i++) {
      const was = levelAt(baseline, baselinePositions[i]!);
      if (was >= 0) {
        tallies[base + BASELINE_SUM]! += was;
        tallies[base + BASELINE_RATED]! += 1;
      }
      const is = levelAt(current, currentPositions[i]!);
      if (is >= 0) {
        tallies[base + CURRENT_SUM]! += is;
        tallies[base + CURRENT_RATED]! += 1;
      }
    }
  });
  return {
    counts: tallies,
    areas: shared.areas.map(({ categoryIndexes }) => ({
      baseline: areaMean(shared, tallies, categoryIndexes, BASELINE_SUM, BASELINE_RATED, numerators),
      current: areaMean(shared, tallies, categoryIndexes, CURRENT_SUM, CURRENT_RATED, numerators),
    })),
  };
}

function compareMember(
  shared: SharedStructure,
  baseline: AnswerSheet,
  current: AnswerSheet,
  exact: ExactPair,
  { memberId, assessedBy }: AssessmentIdentity,
): MemberComparison {
  const counts = { skills: emptyCounts(), categories: emptyCounts(), areas: emptyCounts() };
  const tallies = exact.counts;

  const categoryDeltas = shared.categories.map(
    ({ category, skillKeys, currentPositions, baselinePositions }, categoryIndex): CategoryDelta => {
      const base = categoryIndex * STRIDE;
      const skills = skillKeys.map((skillKey, i): SkillDelta => {
        const was = ratingAt(baseline, baselinePositions[i]!);
        const is = ratingAt(current, currentPositions[i]!);
        const delta = typeof was === 'number' && typeof is === 'number' ? is - was : null;
        count(counts.skills, delta === null ? null : Math.sign(delta));
        return { skillKey, baseline: was, current: is, delta };
      });
      const [beforeSum, beforeRated, afterSum, afterRated] = [
        tallies[base + BASELINE_SUM]!,
        tallies[base + BASELINE_RATED]!,
        tallies[base + CURRENT_SUM]!,
        tallies[base + CURRENT_RATED]!,
      ];
      // sum/rated of small integers: one correctly rounded division gives the exact score's double.
      const comparable = beforeRated > 0 && afterRated > 0;
      const deltaNumerator = afterSum * beforeRated - beforeSum * afterRated;
      count(counts.categories, comparable ? Math.sign(deltaNumerator) : null);
      return {
        categoryKey: category.key,
        baseline: beforeRated === 0 ? null : beforeSum / beforeRated,
        current: afterRated === 0 ? null : afterSum / afterRated,
        delta: comparable ? deltaNumerator / (beforeRated * afterRated) : null,
        skills,
      };
    },
  );

  const areas = shared.areas.map(({ area, categoryIndexes }, areaIndex): AreaDelta => {
    const { baseline: before, current: after } = exact.areas[areaIndex]!;
    const delta = deltaOf(before, after);
    count(counts.areas, signOf(delta));
    return {
      areaKey: area.key,
      baseline: toNumberOrNull(before),
      current: toNumberOrNull(after),
      delta: toNumberOrNull(delta),
      categories: categoryIndexes.map((categoryIndex) => categoryDeltas[categoryIndex]!),
    };
  });
  return { memberId, assessedBy, areas, counts };
}

function teamChangeOf(
  memberCount: number,
  baselineSum: Ratio,
  currentSum: Ratio,
  counts: ChangeCounts,
): { change: TeamChange; delta: Ratio | null } {
  const baselineMean = memberCount === 0 ? null : divide(baselineSum, memberCount);
  const currentMean = memberCount === 0 ? null : divide(currentSum, memberCount);
  const delta = deltaOf(baselineMean, currentMean);
  return {
    change: {
      memberCount,
      baselineMean: toNumberOrNull(baselineMean),
      currentMean: toNumberOrNull(currentMean),
      delta: toNumberOrNull(delta),
      improved: counts.improved,
      declined: counts.declined,
      unchanged: counts.unchanged,
    },
    delta,
  };
}

/** A category's team change: numerators kept per denominator, changes decided on integers. */
function teamCategoryChange(
  shared: SharedStructure,
  categoryIndex: number,
  members: readonly ExactPair[],
): { change: TeamChange; delta: Ratio | null } {
  const width = shared.maxSkillsPerCategory + 1;
  const baselineNumerators = new Float64Array(width);
  const currentNumerators = new Float64Array(width);
  const counts = emptyCounts();
  let memberCount = 0;
  const base = categoryIndex * STRIDE;
  for (const { counts: tallies } of members) {
    const beforeRated = tallies[base + BASELINE_RATED]!;
    const afterRated = tallies[base + CURRENT_RATED]!;
    if (beforeRated === 0 || afterRated === 0) continue;
    const beforeSum = tallies[base + BASELINE_SUM]!;
    const afterSum = tallies[base + CURRENT_SUM]!;
    memberCount += 1;
    baselineNumerators[beforeRated]! += beforeSum;
    currentNumerators[afterRated]! += afterSum;
    count(counts, Math.sign(afterSum * beforeRated - beforeSum * afterRated));
  }
  return teamChangeOf(
    memberCount,
    sumByDenominator(baselineNumerators, 0, width),
    sumByDenominator(currentNumerators, 0, width),
    counts,
  );
}

function teamAreaChange(
  areaIndex: number,
  members: readonly ExactPair[],
): { change: TeamChange; delta: Ratio | null } {
  const counts = emptyCounts();
  let memberCount = 0;
  let baselineSum = ZERO;
  let currentSum = ZERO;
  for (const member of members) {
    const { baseline, current } = member.areas[areaIndex]!;
    if (baseline === null || current === null) continue;
    memberCount += 1;
    baselineSum = add(baselineSum, baseline);
    currentSum = add(currentSum, current);
    count(counts, compare(current, baseline));
  }
  return teamChangeOf(memberCount, baselineSum, currentSum, counts);
}

function compareTeam(
  shared: SharedStructure,
  assessedBy: AssessorKind,
  members: readonly ExactPair[],
): TeamComparison {
  const counts = { categories: emptyCounts(), areas: emptyCounts() };
  const areas = shared.areas.map(({ area, categoryIndexes }, areaIndex) => {
    const categories = categoryIndexes.map((categoryIndex) => {
      const { change, delta } = teamCategoryChange(shared, categoryIndex, members);
      count(counts.categories, signOf(delta));
      return { categoryKey: shared.categories[categoryIndex]!.category.key, ...change };
    });
    const { change, delta } = teamAreaChange(areaIndex, members);
    count(counts.areas, signOf(delta));
    return { areaKey: area.key, ...change, categories };
  });
  return { assessedBy, memberCount: members.length, areas, counts };
}

const refOf = ({ memberId, assessedBy }: AssessmentIdentity): AssessmentRef => ({ memberId, assessedBy });
const idOf = ({ memberId, assessedBy }: AssessmentIdentity) => `${assessedBy}\u0000${memberId}`;

function compareSheets(
  { baseline, current }: CompareRoundSheetsInput,
  withMembers: boolean,
): { team: TeamRoundComparison; members: MemberComparison[] } {
  const baselineSkills = allSkills(baseline.framework);
  const currentSkills = allSkills(current.framework);
  const baselineKeys = new Set(baselineSkills.map((skill) => skill.key));
  const currentKeys = new Set(currentSkills.map((skill) => skill.key));
  // The first skill with a key wins, as in the framework index.
  const baselinePositions = new Map<string, number>();
  indexFramework(baseline.framework).skillKeys.forEach((key, position) => {
    if (!baselinePositions.has(key)) baselinePositions.set(key, position);
  });
  const shared = sharedStructure(current.framework, baselinePositions);
  const numerators = new Float64Array(shared.maxSkillsPerCategory + 1);

  const before = distinctAssessments(baseline.assessments);
  const after = distinctAssessments(current.assessments);
  const baselineById = new Map(before.kept.map((assessment) => [idOf(assessment), assessment]));
  const currentIds = new Set(after.kept.map(idOf));

  const members: MemberComparison[] = [];
  const exactByKind = new Map<AssessorKind, ExactPair[]>();
  const onlyInCurrent: AssessmentRef[] = [];
  for (const assessment of after.kept) {
    const earlier = baselineById.get(idOf(assessment));
    if (!earlier) {
      onlyInCurrent.push(refOf(assessment));
      continue;
    }
    const exact = exactPairOf(shared, earlier.sheet, assessment.sheet, numerators);
    if (withMembers) members.push(compareMember(shared, earlier.sheet, assessment.sheet, exact, assessment));
    const list = exactByKind.get(assessment.assessedBy);
    if (list) list.push(exact);
    else exactByKind.set(assessment.assessedBy, [exact]);
  }

  return {
    team: {
      addedSkillKeys: currentSkills.filter((skill) => !baselineKeys.has(skill.key)).map((skill) => skill.key),
      removedSkillKeys: baselineSkills
        .filter((skill) => !currentKeys.has(skill.key))
        .map((skill) => skill.key),
      onlyInBaseline: before.kept.filter((assessment) => !currentIds.has(idOf(assessment))).map(refOf),
      onlyInCurrent,
      team: ASSESSOR_KINDS.flatMap((assessedBy) => {
        const pairs = exactByKind.get(assessedBy);
        return pairs ? [compareTeam(shared, assessedBy, pairs)] : [];
      }),
      issues: [
        ...before.issues.map((issue) => ({ ...issue, round: 'baseline' as const })),
        ...after.issues.map((issue) => ({ ...issue, round: 'current' as const })),
      ],
    },
    members,
  };
}

/** A round's assessments with their answers written as sheets of its framework. */
function asSheets({ framework, assessments }: RoundAssessments): RoundSheets {
  return {
    framework,
    assessments: assessments.map(({ memberId, assessedBy, ratings }) => ({
      memberId,
      assessedBy,
      sheet: answerSheetOf({ framework, ratings }),
    })),
  };
}

/**
 * A round against its baseline: each member's change per skill, category and area, the team's
 * change per category and area, and which skills the two framework versions do not share.
 */
export function compareRounds({ baseline, current }: CompareRoundsInput): RoundComparison {
  return compareRoundsFromSheets({ baseline: asSheets(baseline), current: asSheets(current) });
}

/** compareRounds() for rounds whose assessments are given as answer sheets. */
export function compareRoundsFromSheets(input: CompareRoundSheetsInput): RoundComparison {
  const { team, members } = compareSheets(input, true);
  return { ...team, members };
}

/**
 * compareRoundsFromSheets() without the per-member part, which is most of the work in a large
 * round: for callers who may see only the team's figures.
 */
export function compareTeamsFromSheets(input: CompareRoundSheetsInput): TeamRoundComparison {
  return compareSheets(input, false).team;
}
