import type { AssessmentFramework, FrameworkArea } from './framework.js';
import { indexFramework } from './framework-index.js';
import { isRating, ratingOf, type Ratings } from './ratings.js';

/** An assessment being filled in: the areas it covers and the answers so far. */
export interface SubmissionInput {
  framework: AssessmentFramework;
  /** The areas this member answers for (their current and envisioned roles). */
  areaKeys: readonly string[];
  ratings: Ratings;
}

export interface AreaProgress {
  areaKey: string;
  /** Skills rated 0–3 or marked N/A. */
  answered: number;
  total: number;
}

export const UNEXPECTED_ANSWER_REASONS = ['unknown-skill', 'outside-areas', 'invalid-rating'] as const;
export type UnexpectedAnswerReason = (typeof UNEXPECTED_ANSWER_REASONS)[number];

export interface UnexpectedAnswer {
  skillKey: string;
  reason: UnexpectedAnswerReason;
}

export interface SubmissionCheck {
  /** Skills of the chosen areas neither rated nor marked N/A, in framework order. */
  missing: string[];
  /** Answers that do not belong in this assessment, in the order they were given. */
  unexpected: UnexpectedAnswer[];
  /** Area keys the framework does not have. */
  unknownAreaKeys: string[];
}

function chosenAreas(framework: AssessmentFramework, areaKeys: readonly string[]): FrameworkArea[] {
  const chosen = new Set(areaKeys);
  return framework.areas.filter((area) => chosen.has(area.key));
}

/** The skills of the chosen areas that have no answer yet (N/A counts as an answer). */
export function missingAnswers({ framework, areaKeys, ratings }: SubmissionInput): string[] {
  return chosenAreas(framework, areaKeys).flatMap((area) =>
    area.categories.flatMap((category) =>
      category.skills.filter((skill) => ratingOf(ratings, skill.key) === undefined).map((skill) => skill.key),
    ),
  );
}

/** How far each chosen area has been filled in, in framework order. */
export function progressByArea({ framework, areaKeys, ratings }: SubmissionInput): AreaProgress[] {
  return chosenAreas(framework, areaKeys).map((area) => {
    let answered = 0;
    let total = 0;
    for (const category of area.categories) {
      for (const skill of category.skills) {
        total += 1;
        if (ratingOf(ratings, skill.key) !== undefined) answered += 1;
      }
    }
    return { areaKey: area.key, answered, total };
  });
}

/**
 * Everything that stops an assessment from being submitted: unanswered skills, answers that do not
 * belong (unknown skill, a skill of an area not chosen, a value off the scale) and unknown areas.
 * A submission is complete when all three lists are empty.
 */
export function checkSubmission(input: SubmissionInput): SubmissionCheck {
  const { framework, areaKeys, ratings } = input;
  const index = indexFramework(framework);
  const chosen = new Set(areaKeys);
  const unexpected: UnexpectedAnswer[] = [];
  for (const skillKey of Object.keys(ratings)) {
    const indexed = index.skillByKey.get(skillKey);
    if (!indexed) {
      unexpected.push({ skillKey, reason: 'unknown-skill' });
      continue;
    }
    const areaKey = index.areas[index.categories[indexed.categoryIndex]!.areaIndex]!.area.key;
    if (!chosen.has(areaKey)) unexpected.push({ skillKey, reason: 'outside-areas' });
    else if (!isRating(ratings[skillKey])) unexpected.push({ skillKey, reason: 'invalid-rating' });
  }
  return {
    missing: missingAnswers(input),
    unexpected,
    unknownAreaKeys: [...chosen].filter((areaKey) => !index.areaIndexByKey.has(areaKey)),
  };
}
