import type { AssessmentFramework } from './framework.js';
import { indexFramework, type FrameworkIndex } from './framework-index.js';
import { NOT_APPLICABLE, type AssessorKind, type Rating, type Ratings } from './ratings.js';
import {
  distinctAssessments,
  exactProfileOfCounts,
  roundScoresOf,
  teamFigures,
  type ExactProfile,
  type RoundScores,
  type ScoringIssue,
  type TeamAggregates,
} from './scoring.js';
import type { CategoryTarget } from './targets.js';

/*
 * An answer sheet is one assessment's answers written as one character per skill of its framework
 * version, in framework order (areas, their categories, their skills, as listed): '0'–'3' a level,
 * 'n' N/A, '-' no answer. It holds exactly what scoring reads from Ratings, in a form that is
 * cheap to store, read back and count: a submitted assessment's answers do not change until a lead
 * reopens it, so its sheet is written once and a round of thousands of members is scored,
 * aggregated and compared from the sheets without turning a million answers into objects.
 *
 * A sheet only makes sense with the framework version it was written for.
 */
declare const answerSheetBrand: unique symbol;
export type AnswerSheet = string & { readonly [answerSheetBrand]: true };

const LEVEL_0 = 48; // '0'; '1'–'3' follow
const LEVEL_3 = 51;
const NOT_APPLICABLE_MARK = 110; // 'n'
const NO_ANSWER_MARK = 45; // '-'

/** An assessment of a round with its answers as a sheet. */
export interface SheetAssessment {
  memberId: string;
  assessedBy: AssessorKind;
  sheet: AnswerSheet;
}

export interface SheetScoringInput {
  framework: AssessmentFramework;
  assessments: readonly SheetAssessment[];
  targets: readonly CategoryTarget[];
}

/** The sheet of one assessment's answers. An answer outside the scale counts as no answer. */
export function answerSheetOf({
  framework,
  ratings,
}: {
  framework: AssessmentFramework;
  ratings: Ratings;
}): AnswerSheet {
  const { skillKeys } = indexFramework(framework);
  let sheet = '';
  for (const skillKey of skillKeys) {
    // The same reading as ratingOf(): an own value on the scale, or nothing.
    const value: unknown = ratings[skillKey];
    sheet +=
      value === 0 || value === 1 || value === 2 || value === 3
        ? String(value)
        : value === NOT_APPLICABLE
          ? 'n'
          : '-';
  }
  return sheet as AnswerSheet;
}

/** A stored sheet checked against its framework: null unless it has one valid mark per skill. */
export function readAnswerSheet({
  framework,
  text,
}: {
  framework: AssessmentFramework;
  text: string;
}): AnswerSheet | null {
  if (text.length !== indexFramework(framework).skillKeys.length) return null;
  for (let i = 0; i < text.length; i++) {
    const mark = text.charCodeAt(i);
    if (!((mark >= LEVEL_0 && mark <= LEVEL_3) || mark === NOT_APPLICABLE_MARK || mark === NO_ANSWER_MARK)) {
      return null;
    }
  }
  return text as AnswerSheet;
}

/** The answer at a skill's position in the sheet; null when there is none. */
export function ratingAt(sheet: AnswerSheet, position: number): Rating | null {
  const mark = sheet.charCodeAt(position);
  if (mark >= LEVEL_0 && mark <= LEVEL_3) return (mark - LEVEL_0) as Rating;
  return mark === NOT_APPLICABLE_MARK ? NOT_APPLICABLE : null;
}

/** The level (0–3) at a skill's position in the sheet; -1 for N/A or no answer. */
export function levelAt(sheet: AnswerSheet, position: number): number {
  const mark = sheet.charCodeAt(position);
  return mark >= LEVEL_0 && mark <= LEVEL_3 ? mark - LEVEL_0 : -1;
}

/** The sheet's answers as Ratings again (no prototype, like stored answers read back). */
export function ratingsOfAnswerSheet({
  framework,
  sheet,
}: {
  framework: AssessmentFramework;
  sheet: AnswerSheet;
}): Ratings {
  const { skillKeys } = indexFramework(framework);
  const ratings = Object.create(null) as Record<string, Rating>;
  skillKeys.forEach((skillKey, position) => {
    const rating = ratingAt(sheet, position);
    if (rating !== null) ratings[skillKey] = rating;
  });
  return ratings;
}

// Per category: sum of levels, rated, N/A, unanswered (the layout of ExactProfile.counts).
const STRIDE = 4;

/** The exact profile of a sheet: the same figures exactProfile() gives for the same answers. */
export function exactProfileOfSheet(index: FrameworkIndex, sheet: AnswerSheet): ExactProfile {
  const counts = new Int32Array(index.categories.length * STRIDE);
  const categoryOf = index.skillCategoryIndexes;
  for (let i = 0; i < categoryOf.length; i++) {
    const mark = sheet.charCodeAt(i);
    const base = categoryOf[i]! * STRIDE;
    if (mark >= LEVEL_0 && mark <= LEVEL_3) {
      counts[base]! += mark - LEVEL_0;
      counts[base + 1]! += 1;
    } else if (mark === NOT_APPLICABLE_MARK) counts[base + 2]! += 1;
    else counts[base + 3]! += 1;
  }
  return exactProfileOfCounts(index, counts);
}

function scoreSheets(index: FrameworkIndex, assessments: readonly SheetAssessment[]) {
  const { kept, issues } = distinctAssessments(assessments);
  return {
    scored: kept.map((assessment) => ({ assessment, exact: exactProfileOfSheet(index, assessment.sheet) })),
    issues,
  };
}

/** scoreRound() for assessments given as sheets: the same profiles, team figures and issues. */
export function scoreRoundFromSheets({ framework, assessments, targets }: SheetScoringInput): RoundScores {
  const index = indexFramework(framework);
  const { scored, issues } = scoreSheets(index, assessments);
  return roundScoresOf(index, scored, issues, targets);
}

/** aggregateTeam() for assessments given as sheets. */
export function aggregateTeamFromSheets({ framework, assessments, targets }: SheetScoringInput): {
  team: TeamAggregates[];
  issues: ScoringIssue[];
} {
  const index = indexFramework(framework);
  const { scored, issues } = scoreSheets(index, assessments);
  return { team: teamFigures(index, scored, targets), issues };
}
