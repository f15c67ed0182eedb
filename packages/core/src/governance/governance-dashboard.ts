import type { ViewerTeamAggregates, ViewerTeamComparison } from '../assessment/privacy.js';
import type {
  ActivityProgress,
  ActivityStatusCounts,
  DashboardFinding,
  DashboardPointOfView,
  RolesFilled,
} from '../schemas/dashboard.schema.js';
import type { ActivityStatus } from '../schemas/plan.schema.js';
import { ROLE_KINDS } from '../team-structure/roles-catalogue.js';
import type { RoleCoverage, StructureFinding } from '../team-structure/structure-checks.js';

/*
 * The governance dashboard's figures, from what the other capabilities already work out: the
 * structure check, the viewer's (suppressed) assessment aggregates and the plan's activities.
 * Nothing here sees a person: inputs carry no names, and outputs are built field by field.
 */

/** Per kind of role (core, contributing, optional): how many have someone in them now. */
export function rolesFilledByKind(coverage: readonly RoleCoverage[]): RolesFilled[] {
  return ROLE_KINDS.map((kind) => {
    const roles = coverage.filter((entry) => entry.kind === kind);
    return {
      kind,
      filled: roles.filter((entry) => entry.holders.some((holder) => holder.status === 'current')).length,
      total: roles.length,
    };
  });
}

/** Each role with the number of people holding it now and foreseen for it. */
export function roleHolderCounts(coverage: readonly RoleCoverage[]) {
  return coverage.map((entry) => ({
    roleKey: entry.roleKey,
    kind: entry.kind,
    currentHolders: new Set(
      entry.holders.filter((holder) => holder.status === 'current').map((holder) => holder.memberId),
    ).size,
    envisionedHolders: new Set(
      entry.holders.filter((holder) => holder.status === 'envisioned').map((holder) => holder.memberId),
    ).size,
  }));
}

/** Findings as the dashboard shows them: what and where, never about whom. */
export function anonymousFindings(findings: readonly StructureFinding[]): DashboardFinding[] {
  return findings.map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    roleKeys: [...finding.roleKeys],
    params: { ...finding.params },
  }));
}

const STATUS_FIELD: Record<ActivityStatus, keyof ActivityStatusCounts> = {
  planned: 'planned',
  approved: 'approved',
  'in-progress': 'inProgress',
  completed: 'completed',
  cancelled: 'cancelled',
};

const noActivities = (): ActivityStatusCounts => ({
  planned: 0,
  approved: 0,
  inProgress: 0,
  completed: 0,
  cancelled: 0,
});

function withCompletion(counts: ActivityStatusCounts): ActivityProgress {
  const counted = counts.planned + counts.approved + counts.inProgress + counts.completed;
  return {
    ...counts,
    completionPercent: counted === 0 ? null : Math.floor((counts.completed * 100) / counted),
  };
}

/**
 * Activities per status, for the whole plan and for each year of its period (a year outside the
 * period, left by an older plan, gets its own line). Completion is completed out of every activity
 * not cancelled, rounded down: 99.6% done is not yet 100%.
 */
export function activityProgress(input: {
  startYear: number;
  endYear: number;
  activities: readonly { status: ActivityStatus; year: number }[];
}): { progress: ActivityProgress; byYear: (ActivityProgress & { year: number })[] } {
  const total = noActivities();
  const byYear = new Map<number, ActivityStatusCounts>();
  for (let year = input.startYear; year <= input.endYear; year += 1) byYear.set(year, noActivities());
  for (const activity of input.activities) {
    const field = STATUS_FIELD[activity.status];
    total[field] += 1;
    let line = byYear.get(activity.year);
    if (!line) {
      line = noActivities();
      byYear.set(activity.year, line);
    }
    line[field] += 1;
  }
  return {
    progress: withCompletion(total),
    byYear: [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, counts]) => ({ year, ...withCompletion(counts) })),
  };
}

/** The plan to report on: the one covering `year`, else the one that started last. */
export function planToReport<P extends { startYear: number; endYear: number }>(
  plans: readonly P[],
  year: number,
): P | undefined {
  const covering = plans.filter((plan) => plan.startYear <= year && year <= plan.endYear);
  const candidates = covering.length > 0 ? covering : plans;
  return [...candidates].sort((a, b) => b.startYear - a.startYear || b.endYear - a.endYear)[0];
}

/**
 * Per point of view of the latest round, the team average per area and its change since the
 * baseline, from figures already suppressed for viewers (privacy.ts): a figure about fewer than
 * 3 people stays hidden here.
 */
export function areaFigures(input: {
  latest: readonly ViewerTeamAggregates[];
  sinceBaseline: readonly ViewerTeamComparison[] | null;
  areaNames: ReadonlyMap<string, string>;
}): DashboardPointOfView[] {
  return input.latest.map((pointOfView) => {
    const comparison = input.sinceBaseline?.find((entry) => entry.assessedBy === pointOfView.assessedBy);
    return {
      assessedBy: pointOfView.assessedBy,
      assessmentCount: pointOfView.assessmentCount,
      areas: pointOfView.areas.map((area) => {
        const change = comparison?.areas.find((entry) => entry.areaKey === area.areaKey);
        return {
          areaKey: area.areaKey,
          name: input.areaNames.get(area.areaKey) ?? area.areaKey,
          latest: { suppressed: area.suppressed, memberCount: area.memberCount, mean: area.mean },
          sinceBaseline:
            input.sinceBaseline === null
              ? null
              : change
                ? {
                    suppressed: change.suppressed,
                    memberCount: change.memberCount,
                    baselineMean: change.baselineMean,
                    currentMean: change.currentMean,
                    delta: change.delta,
                  }
                : // Nobody was assessed on this area from this point of view in both rounds.
                  { suppressed: true, memberCount: null, baselineMean: null, currentMean: null, delta: null },
        };
      }),
    };
  });
}
