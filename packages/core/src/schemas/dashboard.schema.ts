import { z } from 'zod';
import { FINDING_CODES } from '../team-structure/structure-checks.js';
import { assessmentModeSchema, roundStatusSchema } from './assessment.schema.js';
import { idSchema, isoDateTimeSchema } from './common.schema.js';
import { planTotalsSchema } from './plan.schema.js';
import { isoDateSchema, roleKindSchema } from './team-structure.schema.js';

/*
 * The governance dashboard: what a governing body and funders read about a team on one page.
 * Aggregates only, for every reader, leads included: no member id or name, no individual score,
 * no money per member, and any figure about fewer than 3 people suppressed. Every object is built
 * field by field and these schemas strip anything else, so a field added to a source later does
 * not leak through here.
 */

const count = z.number().int().min(0);

export const rolesFilledSchema = z.object({
  kind: roleKindSchema,
  /** Roles of this kind with at least one current holder. */
  filled: count,
  total: count,
});
export type RolesFilled = z.infer<typeof rolesFilledSchema>;

export const dashboardRoleSchema = z.object({
  roleKey: z.string(),
  kind: roleKindSchema,
  /** How many people hold it now, and how many are foreseen for it (numbers, never who). */
  currentHolders: count,
  envisionedHolders: count,
});

/** A structure finding without the people it is about. */
export const dashboardFindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['critical', 'warning', 'info']),
  roleKeys: z.array(z.string()),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type DashboardFinding = z.infer<typeof dashboardFindingSchema>;

export const dashboardRoundSchema = z.object({
  id: idSchema,
  name: z.string(),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  status: roundStatusSchema,
});
export type DashboardRound = z.infer<typeof dashboardRoundSchema>;

export const participationSchema = z.object({
  /** Assessments planned in the round (every status). */
  planned: count,
  submitted: count,
  inProgress: count,
  notStarted: count,
});
export type Participation = z.infer<typeof participationSchema>;

const suppressible = {
  /** True when the figure is about fewer than 3 people: its values are then null. */
  suppressed: z.boolean(),
  memberCount: count.nullable(),
};

export const dashboardAreaSchema = z.object({
  areaKey: z.string(),
  name: z.string(),
  /** The team average (0–3) in the latest round. */
  latest: z.object({ ...suppressible, mean: z.number().nullable() }),
  /**
   * Against the baseline round, over the members assessed in both rounds and the skills both
   * framework versions share; null when there is no baseline round to compare with.
   */
  sinceBaseline: z
    .object({
      ...suppressible,
      baselineMean: z.number().nullable(),
      currentMean: z.number().nullable(),
      delta: z.number().nullable(),
    })
    .nullable(),
});
export type DashboardArea = z.infer<typeof dashboardAreaSchema>;

export const dashboardPointOfViewSchema = z.object({
  assessedBy: assessmentModeSchema,
  assessmentCount: count,
  areas: z.array(dashboardAreaSchema),
});
export type DashboardPointOfView = z.infer<typeof dashboardPointOfViewSchema>;

export const activityStatusCountsSchema = z.object({
  planned: count,
  approved: count,
  inProgress: count,
  completed: count,
  cancelled: count,
});
export type ActivityStatusCounts = z.infer<typeof activityStatusCountsSchema>;

export const activityProgressSchema = activityStatusCountsSchema.extend({
  /** Completed out of every activity not cancelled, as a whole percentage; null when there is none. */
  completionPercent: z.number().int().min(0).max(100).nullable(),
});
export type ActivityProgress = z.infer<typeof activityProgressSchema>;

export const teamDashboardSchema = z.object({
  team: z.object({
    id: idSchema,
    name: z.string(),
    countryCode: z.string(),
    baseCurrency: z.string(),
  }),
  /** The day the figures are for (the server's UTC date). */
  asOf: isoDateSchema,
  generatedAt: isoDateTimeSchema,
  structure: z.object({
    rolesFilled: z.array(rolesFilledSchema),
    roles: z.array(dashboardRoleSchema),
    /** The open findings of the structure check, most urgent first. */
    findings: z.array(dashboardFindingSchema),
  }),
  /** Null until the team has run a round. */
  assessment: z
    .object({
      latestRound: dashboardRoundSchema,
      /** The team's first round; null when the latest round is the first. */
      baselineRound: dashboardRoundSchema.nullable(),
      participation: participationSchema,
      /** Submitted assessments only; one entry per point of view present in the latest round. */
      pointsOfView: z.array(dashboardPointOfViewSchema),
    })
    .nullable(),
  /** The plan covering this year (else the latest one); null when the team has no plan. */
  plan: z
    .object({
      id: idSchema,
      title: z.string(),
      startYear: z.number().int(),
      endYear: z.number().int(),
      baseCurrency: z.string(),
      progress: activityProgressSchema,
      progressByYear: z.array(activityProgressSchema.extend({ year: z.number().int() })),
      budget: planTotalsSchema,
      budgetByYear: z.array(planTotalsSchema.extend({ year: z.number().int() })),
    })
    .nullable(),
});
export type TeamDashboard = z.infer<typeof teamDashboardSchema>;

export const teamOverviewRowSchema = z.object({
  teamId: idSchema,
  name: z.string(),
  countryCode: z.string(),
  baseCurrency: z.string(),
  coreRolesFilled: count,
  coreRolesTotal: count,
  openFindings: count,
  criticalFindings: count,
  latestRound: dashboardRoundSchema.extend({ planned: count, submitted: count }).nullable(),
  plan: z
    .object({
      id: idSchema,
      title: z.string(),
      completionPercent: z.number().int().min(0).max(100).nullable(),
    })
    .nullable(),
  /**
   * This year's budget of that plan, in the plan's base currency (`currency`, usually the team's);
   * null when the plan does not cover this year.
   */
  budgetThisYear: planTotalsSchema.extend({ year: z.number().int(), currency: z.string() }).nullable(),
});
export type TeamOverviewRow = z.infer<typeof teamOverviewRowSchema>;

export const teamsOverviewSchema = z.object({
  asOf: isoDateSchema,
  teams: z.array(teamOverviewRowSchema),
});
export type TeamsOverview = z.infer<typeof teamsOverviewSchema>;
