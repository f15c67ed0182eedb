import type { TeamComparison } from './comparison.js';
import type { AssessorKind } from './ratings.js';
import type { TeamAggregates } from './scoring.js';

/**
 * What a viewer (a funder, a governance body) may see of a team's results. The scores are a
 * baseline for planning, not a performance evaluation, so:
 * - no member id or name is ever part of a viewer's figures;
 * - a figure made from fewer than MINIMUM_GROUP_SIZE people is suppressed: its values are null and
 *   `suppressed` is true (with two people, the mean and one score give away the other's);
 * - nothing ranks people.
 * The outputs are built field by field, so a field added to the full figures later does not leak
 * through here by accident.
 */
export const MINIMUM_GROUP_SIZE = 3;

export interface ViewerOptions {
  /** A stricter threshold; values below MINIMUM_GROUP_SIZE are raised to it. */
  minimumGroupSize?: number;
}

export interface ViewerSpread {
  suppressed: boolean;
  memberCount: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface ViewerCategoryAggregate extends ViewerSpread {
  categoryKey: string;
  /** The expected level is not about anyone, so it stays visible. */
  target: number | null;
  atOrAboveTarget: number | null;
}

export interface ViewerAreaAggregate extends ViewerSpread {
  areaKey: string;
  categories: ViewerCategoryAggregate[];
}

export interface ViewerTeamAggregates {
  assessedBy: AssessorKind;
  assessmentCount: number;
  areas: ViewerAreaAggregate[];
}

const thresholdOf = (options: ViewerOptions) =>
  Math.max(MINIMUM_GROUP_SIZE, options.minimumGroupSize ?? MINIMUM_GROUP_SIZE);

function spreadForViewer(
  figure: { memberCount: number; mean: number | null; min: number | null; max: number | null },
  threshold: number,
): ViewerSpread {
  if (figure.memberCount < threshold) {
    return { suppressed: true, memberCount: null, mean: null, min: null, max: null };
  }
  return {
    suppressed: false,
    memberCount: figure.memberCount,
    mean: figure.mean,
    min: figure.min,
    max: figure.max,
  };
}

/** The team's figures as a viewer may see them. */
export function teamAggregatesForViewer({
  team,
  ...options
}: { team: readonly TeamAggregates[] } & ViewerOptions): ViewerTeamAggregates[] {
  const threshold = thresholdOf(options);
  return team.map((pointOfView) => ({
    assessedBy: pointOfView.assessedBy,
    assessmentCount: pointOfView.assessmentCount,
    areas: pointOfView.areas.map((area) => ({
      areaKey: area.areaKey,
      ...spreadForViewer(area, threshold),
      categories: area.categories.map((category) => {
        const spread = spreadForViewer(category, threshold);
        return {
          categoryKey: category.categoryKey,
          ...spread,
          target: category.target,
          atOrAboveTarget: spread.suppressed ? null : category.atOrAboveTarget,
        };
      }),
    })),
  }));
}

export interface ViewerChange {
  suppressed: boolean;
  memberCount: number | null;
  baselineMean: number | null;
  currentMean: number | null;
  delta: number | null;
  improved: number | null;
  declined: number | null;
  unchanged: number | null;
}

export interface ViewerTeamComparison {
  assessedBy: AssessorKind;
  areas: (ViewerChange & { areaKey: string; categories: (ViewerChange & { categoryKey: string })[] })[];
}

function changeForViewer(
  change: {
    memberCount: number;
    baselineMean: number | null;
    currentMean: number | null;
    delta: number | null;
    improved: number;
    declined: number;
    unchanged: number;
  },
  threshold: number,
): ViewerChange {
  if (change.memberCount < threshold) {
    return {
      suppressed: true,
      memberCount: null,
      baselineMean: null,
      currentMean: null,
      delta: null,
      improved: null,
      declined: null,
      unchanged: null,
    };
  }
  return {
    suppressed: false,
    memberCount: change.memberCount,
    baselineMean: change.baselineMean,
    currentMean: change.currentMean,
    delta: change.delta,
    improved: change.improved,
    declined: change.declined,
    unchanged: change.unchanged,
  };
}

/** The team's change since the baseline as a viewer may see it (never the per-member part). */
export function teamComparisonForViewer({
  team,
  ...options
}: { team: readonly TeamComparison[] } & ViewerOptions): ViewerTeamComparison[] {
  const threshold = thresholdOf(options);
  return team.map((pointOfView) => ({
    assessedBy: pointOfView.assessedBy,
    areas: pointOfView.areas.map((area) => ({
      areaKey: area.areaKey,
      ...changeForViewer(area, threshold),
      categories: area.categories.map((category) => ({
        categoryKey: category.categoryKey,
        ...changeForViewer(category, threshold),
      })),
    })),
  }));
}
