import { z } from 'zod';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  COST_KINDS,
  FUNDING_SOURCE_KINDS,
  FUNDING_STATUSES,
  MAX_MINOR_UNITS,
} from '../plan/plan-vocabulary.js';
import { frameworkElementKeySchema } from './assessment.schema.js';
import { courseKeySchema, idSchema, isoDateTimeSchema, versionSchema } from './common.schema.js';
import { currencyCodeSchema } from './team.schema.js';
import { isoDateSchema, roleKeySchema } from './team-structure.schema.js';

/*
 * The capacity building plan API: plans per team and period, costed activities per member,
 * funding sources and their shares, exchange rates, revisions, budget summaries and terms of
 * reference. Money is always an integer number of minor units (cents, centimes…) with an ISO 4217
 * currency code beside it; nothing here carries a floating-point amount.
 */

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'must not be empty');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(', ')}` });

export const minorUnitsSchema = z
  .number({ message: 'must be a whole number of minor units (e.g. cents)' })
  .int('must be a whole number of minor units (e.g. cents)')
  .min(0, 'must not be negative')
  .max(MAX_MINOR_UNITS, 'is too large');
/** A total in responses; same unit, no upper bound checked. */
const amountSchema = z.number().int();

/**
 * How many units of the plan's base currency one unit of `currency` is worth, from `effectiveOn`
 * until the next rate of the same currency. A decimal string, so that it is kept exactly.
 */
export const exchangeRateSchema = z.strictObject({
  currency: currencyCodeSchema,
  rate: z
    .string()
    .regex(/^\d{1,12}(\.\d{1,12})?$/, 'must be a positive decimal number such as 0.0017 or 1.08')
    .refine((value) => /[1-9]/.test(value), { message: 'must be greater than zero' }),
  effectiveOn: isoDateSchema,
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

// ---------------------------------------------------------------------------------------------
// Funding sources

export const fundingSourceKindSchema = oneOf(FUNDING_SOURCE_KINDS);
export type FundingSourceKind = z.infer<typeof fundingSourceKindSchema>;

export const fundingSourceSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  kind: fundingSourceKindSchema,
  /** E.g. "MoH budget line 4.2.1" or the partner's name. */
  name: z.string(),
  notes: z.string(),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type FundingSource = z.infer<typeof fundingSourceSchema>;
export const fundingSourceListSchema = z.object({ fundingSources: z.array(fundingSourceSchema) });

export const createFundingSourceRequestSchema = z.strictObject({
  kind: fundingSourceKindSchema,
  name: requiredText(160),
  notes: text(2000).default(''),
});
export type CreateFundingSourceRequest = z.infer<typeof createFundingSourceRequestSchema>;

export const updateFundingSourceRequestSchema = z.strictObject({
  version: versionSchema,
  kind: fundingSourceKindSchema.optional(),
  name: requiredText(160).optional(),
  notes: text(2000).optional(),
});
export type UpdateFundingSourceRequest = z.infer<typeof updateFundingSourceRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Plans

const yearSchema = z
  .number({ message: 'must be a year such as 2026' })
  .int('must be a year such as 2026')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier');

export const planTotalsSchema = z.object({
  /** Everything the plan's activities cost, in the base currency (cancelled activities excluded). */
  totalMinor: amountSchema,
  securedMinor: amountSchema,
  pledgedMinor: amountSchema,
  /** Shares marked unfunded plus whatever no share covers: the funding gap. */
  unfundedMinor: amountSchema,
});
export type PlanTotals = z.infer<typeof planTotalsSchema>;

export const planSummarySchema = z.object({
  id: idSchema,
  teamId: idSchema,
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  baseCurrency: z.string(),
  activityCount: z.number().int(),
  revisionCount: z.number().int(),
  totals: planTotalsSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;
export const planListSchema = z.object({ plans: z.array(planSummarySchema) });

export const planRevisionChangesSchema = z.object({
  added: z.array(z.object({ activityId: idSchema, title: z.string(), totalMinor: amountSchema })),
  removed: z.array(z.object({ activityId: idSchema, title: z.string(), totalMinor: amountSchema })),
  changed: z.array(
    z.object({
      activityId: idSchema,
      title: z.string(),
      /** Names of what changed: title, type, timing, status, members, gaps, costs, funding, provider, outcome. */
      fields: z.array(z.string()),
      totalBeforeMinor: amountSchema,
      totalAfterMinor: amountSchema,
    }),
  ),
  totalsBefore: planTotalsSchema,
  totalsAfter: planTotalsSchema,
});
export type PlanRevisionChanges = z.infer<typeof planRevisionChangesSchema>;

export const planRevisionSchema = z.object({
  id: idSchema,
  number: z.number().int().min(1),
  note: z.string(),
  /** What changed since the previous revision (for the first one: since the plan was empty). */
  changes: planRevisionChangesSchema,
  createdBy: z.object({ userId: idSchema, displayName: z.string() }).nullable(),
  createdAt: isoDateTimeSchema,
});
export type PlanRevision = z.infer<typeof planRevisionSchema>;

export const planDetailSchema = planSummarySchema.extend({
  /** A short statement of the plan's purpose, shown at the top of the plan document. */
  summary: z.string(),
  exchangeRates: z.array(exchangeRateSchema),
  revisions: z.array(planRevisionSchema),
  /** What has changed since the latest revision; empty lists when nothing has. */
  unrevisedChanges: planRevisionChangesSchema,
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

const planFields = {
  title: requiredText(160),
  startYear: yearSchema,
  endYear: yearSchema,
  baseCurrency: currencyCodeSchema,
  summary: text(4000),
  exchangeRates: z.array(exchangeRateSchema).max(500, 'must have at most 500 rates'),
};

function ratesAreUnique(rates: ExchangeRate[] | undefined): boolean {
  if (rates === undefined) return true;
  const seen = new Set(rates.map((rate) => `${rate.currency} ${rate.effectiveOn}`));
  return seen.size === rates.length;
}

export const createPlanRequestSchema = z
  .strictObject({
    ...planFields,
    summary: planFields.summary.default(''),
    exchangeRates: planFields.exchangeRates.default([]),
  })
  .refine((body) => body.endYear >= body.startYear, {
    message: 'must be the same as or after startYear',
    path: ['endYear'],
  })
  .refine((body) => body.endYear - body.startYear <= 9, {
    message: 'a plan covers at most ten years',
    path: ['endYear'],
  })
  .refine((body) => ratesAreUnique(body.exchangeRates), {
    message: 'must not give two rates for the same currency and date',
    path: ['exchangeRates'],
  });
export type CreatePlanRequest = z.infer<typeof createPlanRequestSchema>;

export const updatePlanRequestSchema = z
  .strictObject({
    version: versionSchema,
    title: planFields.title.optional(),
    startYear: yearSchema.optional(),
    endYear: yearSchema.optional(),
    baseCurrency: planFields.baseCurrency.optional(),
    summary: planFields.summary.optional(),
    /** Replaces every rate of the plan. */
    exchangeRates: planFields.exchangeRates.optional(),
  })
  .refine((body) => ratesAreUnique(body.exchangeRates), {
    message: 'must not give two rates for the same currency and date',
    path: ['exchangeRates'],
  });
export type UpdatePlanRequest = z.infer<typeof updatePlanRequestSchema>;

export const createPlanRevisionRequestSchema = z.strictObject({
  /** Why the plan was revised, e.g. "Annual review after the 2027 follow-up assessment". */
  note: requiredText(2000),
  /** The plan version the lead reviewed; an older one than the current gets 409. */
  version: versionSchema,
});
export type CreatePlanRevisionRequest = z.infer<typeof createPlanRevisionRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Activities

export const activityTypeSchema = oneOf(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const activityStatusSchema = oneOf(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof activityStatusSchema>;

export const costKindSchema = oneOf(COST_KINDS);
export type CostKind = z.infer<typeof costKindSchema>;

export const fundingStatusSchema = oneOf(FUNDING_STATUSES);
export type FundingStatus = z.infer<typeof fundingStatusSchema>;

/**
 * When an activity happens: exact dates, or a year with an optional quarter (1–4) when the dates
 * are not known yet. Budgets count an activity in the year it starts.
 */
export const activityTimingSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .strictObject({ kind: z.literal('dates'), startsOn: isoDateSchema, endsOn: isoDateSchema })
      .refine((timing) => timing.endsOn >= timing.startsOn, {
        message: 'must be on or after startsOn',
        path: ['endsOn'],
      }),
    z.strictObject({
      kind: z.literal('quarter'),
      year: yearSchema,
      quarter: z
        .number()
        .int('must be 1, 2, 3 or 4')
        .min(1, 'must be 1, 2, 3 or 4')
        .max(4, 'must be 1, 2, 3 or 4')
        .nullable(),
    }),
  ],
  { message: 'must be { kind: "dates", startsOn, endsOn } or { kind: "quarter", year, quarter }' },
);
export type ActivityTiming = z.infer<typeof activityTimingSchema>;

export const costLineInputSchema = z.strictObject({
  kind: costKindSchema,
  description: text(300).default(''),
  quantity: z
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(1_000_000, 'must be at most 1,000,000'),
  unitCostMinor: minorUnitsSchema,
  currency: currencyCodeSchema,
});
export type CostLineInput = z.infer<typeof costLineInputSchema>;

export const costLineSchema = z.object({
  id: idSchema,
  kind: costKindSchema,
  description: z.string(),
  quantity: z.number().int(),
  unitCostMinor: amountSchema,
  currency: z.string(),
  /** quantity × unitCostMinor, in the line's own currency. */
  totalMinor: amountSchema,
  /** The total converted to the plan's base currency at the rate in force on the activity's start, rounded half to even. */
  baseTotalMinor: amountSchema,
});
export type CostLine = z.infer<typeof costLineSchema>;

export const fundingShareInputSchema = z.strictObject({
  fundingSourceId: idSchema,
  /** In the plan's base currency. */
  amountMinor: minorUnitsSchema,
  status: fundingStatusSchema,
});
export type FundingShareInput = z.infer<typeof fundingShareInputSchema>;

export const fundingShareSchema = fundingShareInputSchema.extend({ id: idSchema });
export type FundingShare = z.infer<typeof fundingShareSchema>;

export const planActivitySchema = z.object({
  id: idSchema,
  planId: idSchema,
  title: z.string(),
  type: activityTypeSchema,
  provider: z.string(),
  timing: activityTimingSchema,
  /** The year the activity counts in: the year it starts. */
  year: z.number().int(),
  status: activityStatusSchema,
  outcomeNote: z.string(),
  /** The team members it is for (ids of team members, not user accounts). */
  memberIds: z.array(idSchema),
  /** The skill categories it addresses (framework element keys), usually from the members' priority gaps. */
  gapCategoryKeys: z.array(z.string()),
  costLines: z.array(costLineSchema),
  fundingShares: z.array(fundingShareSchema),
  /**
   * The catalogue course the activity is (null or absent: none). When the activity is marked
   * completed, each of its members gets a completed learning record for the course.
   */
  courseKey: z.string().nullable().optional(),
  /** Sum of the cost lines' baseTotalMinor. */
  totalMinor: amountSchema,
  /** What no funding share covers; counted as unfunded. */
  uncoveredMinor: amountSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type PlanActivity = z.infer<typeof planActivitySchema>;
export const planActivityListSchema = z.object({
  /** Leads see every activity; a member sees the activities they take part in. */
  visibility: z.enum(['all', 'own']),
  activities: z.array(planActivitySchema),
});

const activityFields = {
  title: requiredText(200),
  type: activityTypeSchema,
  provider: text(200),
  timing: activityTimingSchema,
  status: activityStatusSchema,
  outcomeNote: text(4000),
  memberIds: z
    .array(idSchema)
    .max(100, 'must name at most 100 members')
    .refine((ids) => new Set(ids).size === ids.length, { message: 'must not name a member twice' }),
  gapCategoryKeys: z
    .array(frameworkElementKeySchema)
    .max(100, 'must have at most 100 categories')
    .refine((keys) => new Set(keys).size === keys.length, { message: 'must not repeat a category' }),
  costLines: z.array(costLineInputSchema).max(100, 'must have at most 100 cost lines'),
  fundingShares: z
    .array(fundingShareInputSchema)
    .max(20, 'must have at most 20 funding shares')
    .refine((shares) => new Set(shares.map((share) => share.fundingSourceId)).size === shares.length, {
      message: 'must not name a funding source twice',
    }),
  courseKey: courseKeySchema.nullable(),
};

export const createPlanActivityRequestSchema = z.strictObject({
  ...activityFields,
  provider: activityFields.provider.default(''),
  status: activityFields.status.default('planned'),
  outcomeNote: activityFields.outcomeNote.default(''),
  gapCategoryKeys: activityFields.gapCategoryKeys.default([]),
  costLines: activityFields.costLines.default([]),
  fundingShares: activityFields.fundingShares.default([]),
  /** Optional: the catalogue course this activity is (see GET /api/courses). */
  courseKey: activityFields.courseKey.optional(),
});
export type CreatePlanActivityRequest = z.infer<typeof createPlanActivityRequestSchema>;

/** The most activities one request adds: a course with its chain of prerequisites fits easily. */
export const MAX_ACTIVITIES_PER_REQUEST = 20;

/**
 * Several activities added together, all or none (a recommended course and the prerequisites it
 * needs first, in that order).
 */
export const createPlanActivitiesRequestSchema = z.strictObject({
  activities: z
    .array(createPlanActivityRequestSchema)
    .min(1, 'must list at least one activity')
    .max(MAX_ACTIVITIES_PER_REQUEST, `must list at most ${MAX_ACTIVITIES_PER_REQUEST} activities`),
});
export type CreatePlanActivitiesRequest = z.infer<typeof createPlanActivitiesRequestSchema>;

export const createdPlanActivitiesSchema = z.object({
  /** In the order they were asked for. */
  activities: z.array(planActivitySchema),
});
export type CreatedPlanActivities = z.infer<typeof createdPlanActivitiesSchema>;

/** Fields left out stay as they are; `costLines` and `fundingShares`, when given, replace the lists. */
export const updatePlanActivityRequestSchema = z.strictObject({
  version: versionSchema,
  title: activityFields.title.optional(),
  type: activityFields.type.optional(),
  provider: activityFields.provider.optional(),
  timing: activityFields.timing.optional(),
  status: activityFields.status.optional(),
  outcomeNote: activityFields.outcomeNote.optional(),
  memberIds: activityFields.memberIds.optional(),
  gapCategoryKeys: activityFields.gapCategoryKeys.optional(),
  costLines: activityFields.costLines.optional(),
  fundingShares: activityFields.fundingShares.optional(),
  /** null unlinks the activity from its course. */
  courseKey: activityFields.courseKey.optional(),
});
export type UpdatePlanActivityRequest = z.infer<typeof updatePlanActivityRequestSchema>;

export const deletePlanActivityQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1),
});

// ---------------------------------------------------------------------------------------------
// Budget

export const budgetQuerySchema = z.strictObject({
  year: z.coerce
    .number({ message: 'must be a year such as 2026' })
    .int('must be a year such as 2026')
    .min(2000)
    .max(2100)
    .optional(),
});

const budgetLineSchema = planTotalsSchema;

export const planBudgetSchema = z.object({
  planId: idSchema,
  baseCurrency: z.string(),
  /** The year asked for with ?year=, else null (the whole period). */
  year: z.number().int().nullable(),
  /** `full` for leads; `totals` for everyone else: no per-member lines. */
  visibility: z.enum(['full', 'totals']),
  totals: budgetLineSchema,
  /** Every year of the plan period (or only the year asked for), in order. */
  byYear: z.array(budgetLineSchema.extend({ year: z.number().int() })),
  byFundingSource: z.array(
    budgetLineSchema.extend({
      /** Null for the part of activities no share covers. */
      fundingSourceId: idSchema.nullable(),
      name: z.string(),
      kind: fundingSourceKindSchema.nullable(),
    }),
  ),
  byActivityType: z.array(budgetLineSchema.extend({ type: activityTypeSchema })),
  byRole: z.array(budgetLineSchema.extend({ roleKey: z.string().nullable() })),
  /** Only with visibility `full`. An activity for several members is split evenly between them. */
  byMember: z.array(budgetLineSchema.extend({ memberId: idSchema, name: z.string() })).optional(),
  /** E.g. an activity whose funding shares exceed its cost after an exchange-rate change. */
  warnings: z.array(z.object({ activityId: idSchema, problem: z.string() })),
});
export type PlanBudget = z.infer<typeof planBudgetSchema>;

// ---------------------------------------------------------------------------------------------
// Terms of reference

export const termsOfReferenceSchema = z.object({
  teamId: idSchema,
  roleKey: z.string(),
  purpose: z.string(),
  responsibilities: z.array(z.string()),
  requiredCompetencies: z.array(z.string()),
  reportingLine: z.string(),
  /** True while the team has not edited it: it is the default ToR written for the position. */
  isDefault: z.boolean(),
  /** 0 while it is the default; a PUT must carry the version it read. */
  version: z.number().int().min(0),
  updatedAt: isoDateTimeSchema.nullable(),
});
export type TermsOfReference = z.infer<typeof termsOfReferenceSchema>;
export const termsOfReferenceListSchema = z.object({ termsOfReference: z.array(termsOfReferenceSchema) });

export const putTermsOfReferenceRequestSchema = z.strictObject({
  version: z.number().int().min(0),
  purpose: requiredText(4000),
  responsibilities: z.array(requiredText(1000)).min(1, 'must list at least one responsibility').max(40),
  requiredCompetencies: z.array(requiredText(1000)).max(40),
  reportingLine: text(1000),
});
export type PutTermsOfReferenceRequest = z.infer<typeof putTermsOfReferenceRequestSchema>;

export const torParamsRoleKeySchema = roleKeySchema;
