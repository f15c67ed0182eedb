import { z } from 'zod';
import { frameworkElementKeySchema } from './assessment.schema.js';
import { courseKeySchema, idSchema, isoDateTimeSchema, versionSchema } from './common.schema.js';
import { createPlanActivityRequestSchema, minorUnitsSchema } from './plan.schema.js';
import { currencyCodeSchema } from './team.schema.js';
import { isoDateSchema, roleKeySchema } from './team-structure.schema.js';

/*
 * Learning: the course catalogue (DHIS2 Academy courses and other resources), learning paths per
 * role, each member's learning records and path progress, recommendations from a member's priority
 * gaps, and the plan optimiser's proposals. Money is integer minor units with an ISO 4217 code.
 */

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'must not be empty');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(', ')}` });
const uniqueKeys = <T extends z.ZodType<string>>(item: T, max: number, what: string) =>
  z
    .array(item)
    .max(max, `must have at most ${max} ${what}`)
    .refine((keys) => new Set(keys).size === keys.length, { message: `must not repeat a ${what}` });

// ---------------------------------------------------------------------------------------------
// Catalogue

/** What kind of resource a course is: a DHIS2 Academy course, or something outside the academy. */
export const COURSE_KINDS = ['academy', 'documentation', 'community', 'local-training'] as const;
export const courseKindSchema = oneOf(COURSE_KINDS);
export type CourseKind = z.infer<typeof courseKindSchema>;

/** How a course is taken. Cheapest first, which is also the order formats are listed in. */
export const COURSE_FORMATS = [
  'online-self-paced',
  'online-instructor-led',
  'in-person-regional',
  'in-country',
] as const;
export const courseFormatSchema = oneOf(COURSE_FORMATS);
export type CourseFormat = z.infer<typeof courseFormatSchema>;

export const courseCategorySchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  /** Place in the catalogue (0 first). */
  position: z.number().int(),
  version: versionSchema,
  updatedAt: isoDateTimeSchema,
});
export type CourseCategory = z.infer<typeof courseCategorySchema>;
export const courseCategoryListSchema = z.object({ categories: z.array(courseCategorySchema) });

/** Create a category with `version: 0`; change one with the version read. */
export const putCourseCategoryRequestSchema = z.strictObject({
  version: z.number().int().min(0),
  name: requiredText(120),
  description: text(2000).default(''),
});
export type PutCourseCategoryRequest = z.infer<typeof putCourseCategoryRequestSchema>;

/**
 * One way a course is offered: its format, typical length and default cost estimate per
 * participant (fees, and travel with accommodation for in-person formats), in `currency`.
 */
export const courseOfferingSchema = z.strictObject({
  format: courseFormatSchema,
  durationDays: z
    .number({ message: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(365, 'must be at most 365 days'),
  feesMinor: minorUnitsSchema,
  travelMinor: minorUnitsSchema,
  currency: currencyCodeSchema,
});
export type CourseOffering = z.infer<typeof courseOfferingSchema>;

const courseFields = {
  kind: courseKindSchema,
  /** The academy category (Introduction to DHIS2, DHIS2 Use…); null for resources outside the academy. */
  categoryKey: courseKeySchema.nullable(),
  name: requiredText(160),
  description: text(2000),
  offerings: z
    .array(courseOfferingSchema)
    .min(1, 'must list at least one format')
    .max(4, 'must list at most 4 formats')
    .refine((offerings) => new Set(offerings.map((offering) => offering.format)).size === offerings.length, {
      message: 'must not list a format twice',
    }),
  /** Courses to complete first (direct prerequisites only). */
  prerequisiteKeys: uniqueKeys(courseKeySchema, 20, 'prerequisite'),
  /** Skill categories of the default framework the course develops (e.g. `implementer-technical.tracker-configuration`). */
  developsCategoryKeys: uniqueKeys(frameworkElementKeySchema, 60, 'category'),
  /** Roles of the roles catalogue the course is recommended for. */
  recommendedRoleKeys: uniqueKeys(roleKeySchema, 30, 'role'),
};

export const courseSchema = z.object({
  key: z.string(),
  kind: courseKindSchema,
  categoryKey: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  offerings: z.array(courseOfferingSchema),
  prerequisiteKeys: z.array(z.string()),
  developsCategoryKeys: z.array(z.string()),
  recommendedRoleKeys: z.array(z.string()),
  /** Place in the catalogue (0 first). */
  position: z.number().int(),
  version: versionSchema,
  updatedAt: isoDateTimeSchema,
});
export type Course = z.infer<typeof courseSchema>;

export const courseCatalogueSchema = z.object({
  categories: z.array(courseCategorySchema),
  courses: z.array(courseSchema),
});
export type CourseCatalogue = z.infer<typeof courseCatalogueSchema>;

export const createCourseRequestSchema = z.strictObject({
  key: courseKeySchema,
  ...courseFields,
  description: courseFields.description.default(''),
  prerequisiteKeys: courseFields.prerequisiteKeys.default([]),
  developsCategoryKeys: courseFields.developsCategoryKeys.default([]),
  recommendedRoleKeys: courseFields.recommendedRoleKeys.default([]),
});
export type CreateCourseRequest = z.infer<typeof createCourseRequestSchema>;

/** Fields left out stay as they are; lists, when given, replace the lists. */
export const updateCourseRequestSchema = z.strictObject({
  version: versionSchema,
  kind: courseFields.kind.optional(),
  categoryKey: courseFields.categoryKey.optional(),
  name: courseFields.name.optional(),
  description: courseFields.description.optional(),
  offerings: courseFields.offerings.optional(),
  prerequisiteKeys: courseFields.prerequisiteKeys.optional(),
  developsCategoryKeys: courseFields.developsCategoryKeys.optional(),
  recommendedRoleKeys: courseFields.recommendedRoleKeys.optional(),
});
export type UpdateCourseRequest = z.infer<typeof updateCourseRequestSchema>;

export const courseParamsSchema = z.strictObject({ courseKey: courseKeySchema });
export const courseCategoryParamsSchema = z.strictObject({ categoryKey: courseKeySchema });

// ---------------------------------------------------------------------------------------------
// Learning paths

export const learningPathStepSchema = z.object({
  courseKey: z.string(),
  /** The course's name in the reader's language. */
  courseName: z.string(),
  /** Sub-roles the step is for (e.g. `technical`); empty: everyone in the role. */
  subRoleKeys: z.array(z.string()),
});
export type LearningPathStep = z.infer<typeof learningPathStepSchema>;

/** A role's learning path: its courses in the order to take them, Introduction to DHIS2 first. */
export const learningPathSchema = z.object({
  roleKey: z.string(),
  /** With ?subRoleKey=, only the steps for that sub-role; otherwise every step. */
  subRoleKey: z.string().nullable(),
  steps: z.array(learningPathStepSchema),
});
export type LearningPath = z.infer<typeof learningPathSchema>;
export const learningPathQuerySchema = z.strictObject({
  subRoleKey: z.string().max(60, 'must be at most 60 characters').optional(),
});
export const learningPathParamsSchema = z.strictObject({ roleKey: roleKeySchema });

export const PATH_STEP_STATUSES = ['done', 'next', 'eligible', 'not-yet-eligible'] as const;
export const pathStepStatusSchema = z.enum(PATH_STEP_STATUSES);
export type PathStepStatus = z.infer<typeof pathStepStatusSchema>;

/**
 * Where a member stands on one of their paths. `done`: completed; `next`: the first step not done
 * whose prerequisites are all completed; `eligible`: a later such step; `not-yet-eligible`: a
 * prerequisite (named in `missingPrerequisiteKeys`) is not completed yet.
 */
export const pathProgressSchema = z.object({
  roleKey: z.string(),
  subRoleKey: z.string().nullable(),
  steps: z.array(
    z.object({
      courseKey: z.string(),
      courseName: z.string(),
      status: pathStepStatusSchema,
      missingPrerequisiteKeys: z.array(z.string()),
    }),
  ),
  doneCount: z.number().int(),
  stepCount: z.number().int(),
});
export type PathProgress = z.infer<typeof pathProgressSchema>;

// ---------------------------------------------------------------------------------------------
// Learning records

export const learningRecordSchema = z.object({
  id: idSchema,
  memberId: idSchema,
  courseKey: z.string(),
  /** When the course was taken or completed. */
  takenOn: z.string(),
  completed: z.boolean(),
  certificate: z.boolean(),
  /** The plan activity it was recorded from, if any. */
  planActivityId: idSchema.nullable(),
  note: z.string(),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type LearningRecord = z.infer<typeof learningRecordSchema>;

export const learningRecordListSchema = z.object({
  memberId: idSchema,
  records: z.array(learningRecordSchema),
  /** The member's progress on the path of each role they hold (current and envisioned), in assignment order. */
  progress: z.array(pathProgressSchema),
});
export type LearningRecordList = z.infer<typeof learningRecordListSchema>;

export const createLearningRecordRequestSchema = z.strictObject({
  courseKey: courseKeySchema,
  takenOn: isoDateSchema,
  completed: z.boolean().default(true),
  certificate: z.boolean().default(false),
  note: text(1000).default(''),
});
export type CreateLearningRecordRequest = z.infer<typeof createLearningRecordRequestSchema>;

export const updateLearningRecordRequestSchema = z.strictObject({
  version: versionSchema,
  takenOn: isoDateSchema.optional(),
  completed: z.boolean().optional(),
  certificate: z.boolean().optional(),
  note: text(1000).optional(),
});
export type UpdateLearningRecordRequest = z.infer<typeof updateLearningRecordRequestSchema>;

export const learningRecordParamsSchema = z.strictObject({
  teamId: idSchema,
  memberId: idSchema,
  recordId: idSchema,
});

// ---------------------------------------------------------------------------------------------
// Recommendations

/**
 * A plan activity ready to be sent unchanged to `POST /api/plans/{planId}/activities` ("Add to
 * plan"): the create-activity request, with the course it is for.
 */
export const activityDraftSchema = createPlanActivityRequestSchema;
export type ActivityDraft = z.infer<typeof createPlanActivityRequestSchema>;

/** A gap a candidate addresses: the member's priority gap in one category. */
export const coveredGapSchema = z.object({
  categoryKey: z.string(),
  /** target − score. */
  gap: z.number(),
});

/** A prerequisite not yet completed, included in a course candidate with its own cost and draft. */
export const includedPrerequisiteSchema = z.object({
  courseKey: z.string(),
  courseName: z.string(),
  format: courseFormatSchema,
  /** In `currency` of the candidate; null when it could not be converted. */
  costMinor: z.number().int().nullable(),
  /** Its own direct prerequisites not completed yet (also listed in the candidate). */
  requiresKeys: z.array(z.string()),
  activityDraft: activityDraftSchema,
});

export const CANDIDATE_KINDS = ['course', 'mentoring'] as const;

export const learningCandidateSchema = z.object({
  /** Stable within a member: `course:<courseKey>` or `mentoring:<categoryKey>`. */
  key: z.string(),
  kind: z.enum(CANDIDATE_KINDS),
  /** The course (kind `course`); null for mentoring. */
  courseKey: z.string().nullable(),
  courseKind: courseKindSchema.nullable(),
  /** The format the cost is estimated for: the cheapest one offered. */
  format: courseFormatSchema.nullable(),
  title: z.string(),
  /** The course's own estimated cost (0 for mentoring), in `currency`; null when no exchange rate converts it. */
  costMinor: z.number().int().nullable(),
  /** costMinor plus the included prerequisites'; null when any could not be converted. */
  totalCostMinor: z.number().int().nullable(),
  currency: z.string(),
  /** The member's priority gaps it develops, biggest first. */
  covers: z.array(coveredGapSchema),
  /** Sum of the covered gaps (what the optimiser weighs). */
  value: z.number(),
  /** The course's direct prerequisites not completed yet. */
  requiresKeys: z.array(z.string()),
  /** Every prerequisite not completed yet (direct or not), in the order to take them. */
  prerequisites: z.array(includedPrerequisiteSchema),
  /**
   * For mentoring: the team member who scores 3 (Expert) in the category. Shown to the team's
   * leads and system admins only; anyone else reads null ("a colleague").
   */
  mentor: z.object({ memberId: idSchema, name: z.string() }).nullable(),
  /** A short English sentence; `reasonCode` plus the fields above let the interface say it in any language. */
  reason: z.string(),
  reasonCode: z.enum(['develops-gaps', 'internal-mentoring']),
  activityDraft: activityDraftSchema,
});
export type LearningCandidate = z.infer<typeof learningCandidateSchema>;

export const recommendationsQuerySchema = z.strictObject({
  /** Price candidates in this plan's base currency, dated in `year` (default: the plan's first year). */
  planId: idSchema.optional(),
  year: z.coerce
    .number({ message: 'must be a year such as 2026' })
    .int('must be a year such as 2026')
    .min(2000, 'must be 2000 or later')
    .max(2100, 'must be 2100 or earlier')
    .optional(),
});

export const recommendationsSchema = z.object({
  memberId: idSchema,
  /** The round and point of view the gaps were read from; null when the member has no submitted assessment. */
  gapsFrom: z
    .object({
      roundId: idSchema,
      roundName: z.string(),
      assessedBy: z.enum(['self', 'supervisor', 'external']),
    })
    .nullable(),
  gaps: z.array(
    z.object({ categoryKey: z.string(), target: z.number(), score: z.number(), gap: z.number() }),
  ),
  currency: z.string(),
  candidates: z.array(learningCandidateSchema),
});
export type Recommendations = z.infer<typeof recommendationsSchema>;

// ---------------------------------------------------------------------------------------------
// Optimiser

export const optimiseRequestSchema = z.strictObject({
  /** The plan year the activities are for (within the plan period). */
  year: z
    .number({ message: 'must be a year such as 2026' })
    .int('must be a year such as 2026')
    .min(2000, 'must be 2000 or later')
    .max(2100, 'must be 2100 or earlier'),
  /** What may be spent on new activities that year, in minor units of `currency`. */
  budgetMinor: minorUnitsSchema,
  /** The plan's base currency or one the plan has an exchange rate for. */
  currency: currencyCodeSchema,
});
export type OptimiseRequest = z.infer<typeof optimiseRequestSchema>;

export const LEFT_OUT_REASONS = [
  'over-budget',
  'prerequisite-not-affordable',
  'gap-already-covered',
  'no-exchange-rate',
] as const;

export const proposalActivitySchema = z.object({
  /** `<memberId>/course:<courseKey>` or `<memberId>/mentoring:<categoryKey>`. */
  candidateKey: z.string(),
  memberId: idSchema,
  memberName: z.string(),
  kind: z.enum(CANDIDATE_KINDS),
  courseKey: z.string().nullable(),
  title: z.string(),
  /** In the proposal's currency. */
  costMinor: z.number().int(),
  /** The member's gaps this choice newly covers (a gap counts once, for the first choice that covers it). */
  covers: z.array(coveredGapSchema),
  value: z.number(),
  /** Chosen only because a chosen course needs it: the course keys that need it. */
  prerequisiteFor: z.array(z.string()),
  explanation: z.string(),
  activityDraft: activityDraftSchema,
});
export type ProposalActivity = z.infer<typeof proposalActivitySchema>;

export const proposalLeftOutSchema = z.object({
  candidateKey: z.string(),
  memberId: idSchema,
  memberName: z.string(),
  title: z.string(),
  /** Its cost with the prerequisites it would need, in the proposal's currency; null without a rate. */
  costMinor: z.number().int().nullable(),
  reason: z.enum(LEFT_OUT_REASONS),
  explanation: z.string(),
});

export const optimiserProposalSchema = z.object({
  id: idSchema,
  planId: idSchema,
  /** The plan version it was computed from: accepting it after the plan changed gets 409. */
  planVersion: z.number().int(),
  year: z.number().int(),
  budgetMinor: z.number().int(),
  currency: z.string(),
  /** The budget granularity in minor units: costs are rounded up to it, so the total never exceeds the budget. */
  cellMinor: z.number().int(),
  totalCostMinor: z.number().int(),
  budgetLeftMinor: z.number().int(),
  /** Σ of the covered gaps' sizes (target − score). */
  value: z.number(),
  /** Σ of all the priority gaps' sizes considered. */
  possibleValue: z.number(),
  activities: z.array(proposalActivitySchema),
  leftOut: z.array(proposalLeftOutSchema),
  /** Members skipped, e.g. with no submitted assessment. */
  membersWithoutGaps: z.array(z.object({ memberId: idSchema, memberName: z.string() })),
  createdAt: isoDateTimeSchema,
  acceptedAt: isoDateTimeSchema.nullable(),
  /** Activities created on accept (empty until then). */
  acceptedActivityIds: z.array(idSchema),
});
export type OptimiserProposal = z.infer<typeof optimiserProposalSchema>;

export const proposalParamsSchema = z.strictObject({ planId: idSchema, proposalId: idSchema });
