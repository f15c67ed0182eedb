/** The four levels a skill is rated on. */
export const RATING_LEVELS = [0, 1, 2, 3] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** Marks a skill as not part of this person's work: answered, but left out of every score. */
export const NOT_APPLICABLE = 'not-applicable';
export type NotApplicable = typeof NOT_APPLICABLE;

export type Rating = RatingLevel | NotApplicable;

/** Every value a skill can be given, for schemas and forms. */
export const RATINGS: readonly Rating[] = [...RATING_LEVELS, NOT_APPLICABLE];

/**
 * One assessment's answers, keyed by skill key. A skill that is absent has not been answered yet;
 * N/A is an answer.
 */
export type Ratings = Readonly<Record<string, Rating>>;

/** The three ways the framework says an assessment can be run. */
export const ASSESSOR_KINDS = ['self', 'supervisor', 'external'] as const;
export type AssessorKind = (typeof ASSESSOR_KINDS)[number];

/** One member's answers in one round, from one point of view. */
export interface MemberAssessment {
  memberId: string;
  assessedBy: AssessorKind;
  ratings: Ratings;
}

export function isRatingLevel(value: unknown): value is RatingLevel {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

export function isRating(value: unknown): value is Rating {
  return isRatingLevel(value) || value === NOT_APPLICABLE;
}

/**
 * The answer given for a skill, or undefined when there is none. Ratings often arrive as parsed
 * JSON, so a key such as `constructor` must not find an inherited property, and a value outside
 * the scale counts as no answer.
 */
export function ratingOf(ratings: Ratings, skillKey: string): Rating | undefined {
  const value: unknown = ratings[skillKey];
  return isRating(value) ? value : undefined;
}
