import { z } from 'zod';
import { ASSESSOR_KINDS } from '../assessment/ratings.js';
import { idSchema, isoDateTimeSchema, versionSchema } from './common.schema.js';
import { isoDateSchema } from './team-structure.schema.js';

/*
 * The needs assessment API: frameworks (versioned skill templates), rounds, assessments, ratings
 * and results. Request schemas are strict (unknown fields are refused); response schemas describe
 * what each caller gets, which for results depends on who they are (see `visibility`).
 */

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'must not be empty');
const elementKeySchema = z
  .string()
  .max(200, 'must be at most 200 characters')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/,
    'must be kebab-case words joined by dots, e.g. area.category.skill',
  );
export const frameworkElementKeySchema = elementKeySchema;

export const ratingLevelSchema = z
  .number({ message: 'must be a level from 0 to 3, or null for N/A' })
  .int('must be a whole number from 0 to 3')
  .min(0, 'must be a level from 0 to 3, or null for N/A')
  .max(3, 'must be a level from 0 to 3, or null for N/A');
export const assessmentModeSchema = z.enum(ASSESSOR_KINDS, {
  message: `must be one of ${ASSESSOR_KINDS.join(', ')}`,
});
export type AssessmentMode = z.infer<typeof assessmentModeSchema>;

// ---------------------------------------------------------------------------------------------
// Frameworks

/**
 * A framework version as a document: what import and export carry (YAML or JSON) and what a new
 * version is made of. `format` names this layout so a later layout can be told apart.
 */
export const FRAMEWORK_DOCUMENT_FORMAT = 'coreteam-framework/1';
export const frameworkDocumentSchema = z.strictObject({
  format: z.literal(FRAMEWORK_DOCUMENT_FORMAT).optional(),
  key: elementKeySchema,
  /** A label of the version; the server numbers versions itself and overwrites it. */
  version: z.string().max(40).optional(),
  name: requiredText(120),
  description: text(2000).default(''),
  ratingScale: z.strictObject({
    levels: z
      .array(
        z.strictObject({
          level: ratingLevelSchema,
          name: requiredText(60),
          description: requiredText(300),
        }),
      )
      .length(4, 'must describe the levels 0, 1, 2 and 3'),
    notApplicable: z.strictObject({ name: requiredText(60), description: requiredText(300) }),
  }),
  areas: z
    .array(
      z.strictObject({
        key: elementKeySchema,
        name: requiredText(120),
        description: text(300).default(''),
        roleKey: z.string().max(60),
        subRoleKey: z.string().max(60).nullable().default(null),
        categories: z
          .array(
            z.strictObject({
              key: elementKeySchema,
              name: requiredText(120),
              description: text(300).default(''),
              skills: z
                .array(
                  z.strictObject({
                    key: elementKeySchema,
                    name: requiredText(120),
                    description: text(300).default(''),
                  }),
                )
                .max(50, 'must have at most 50 skills'),
            }),
          )
          .max(50, 'must have at most 50 categories'),
      }),
    )
    .min(1, 'must contain at least one area')
    .max(30, 'must have at most 30 areas'),
  /** The level expected of a role's holders per category; see defaultTargets() for the default. */
  targets: z
    .array(
      z.strictObject({
        roleKey: z.string().max(60),
        subRoleKey: z.string().max(60).nullable().default(null),
        categoryKey: elementKeySchema,
        level: ratingLevelSchema,
      }),
    )
    .max(2000)
    .default([]),
});
export type FrameworkDocument = z.infer<typeof frameworkDocumentSchema>;
export type FrameworkDocumentInput = z.input<typeof frameworkDocumentSchema>;

export const frameworkVersionSummarySchema = z.object({
  id: idSchema,
  number: z.number().int().min(1),
  /** True once a round uses it: it can no longer change, a change makes a new version. */
  frozen: z.boolean(),
  skillCount: z.number().int(),
  createdAt: isoDateTimeSchema,
});
export type FrameworkVersionSummary = z.infer<typeof frameworkVersionSummarySchema>;

export const frameworkSummarySchema = z.object({
  id: idSchema,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  /** Null for a framework every team can use (the built-in default and its system-wide copies). */
  teamId: idSchema.nullable(),
  builtIn: z.boolean(),
  latestVersion: frameworkVersionSummarySchema,
});
export type FrameworkSummary = z.infer<typeof frameworkSummarySchema>;
export const frameworkListSchema = z.object({ frameworks: z.array(frameworkSummarySchema) });

export const frameworkDetailSchema = frameworkSummarySchema.extend({
  versions: z.array(frameworkVersionSummarySchema),
  /** The version asked for with ?version=, else the latest. */
  selectedVersion: frameworkVersionSummarySchema.extend({ document: frameworkDocumentSchema }),
  /** Advice about the selected version (e.g. a category with one skill); errors are refused. */
  warnings: z.array(z.object({ field: z.string(), problem: z.string() })),
});
export type FrameworkDetail = z.infer<typeof frameworkDetailSchema>;

export const createFrameworkRequestSchema = z
  .strictObject({
    /** The team that owns the copy; null (system admins only) for one every team can use. */
    teamId: idSchema.nullable(),
    /** Copy the latest version of this framework… */
    basedOnFrameworkId: idSchema.optional(),
    /** …or start from this document. */
    document: frameworkDocumentSchema.optional(),
    key: elementKeySchema.optional(),
    name: requiredText(120).optional(),
  })
  .refine((body) => (body.basedOnFrameworkId === undefined) !== (body.document === undefined), {
    message: 'give exactly one of basedOnFrameworkId and document',
    path: ['basedOnFrameworkId'],
  });
export type CreateFrameworkRequest = z.infer<typeof createFrameworkRequestSchema>;

export const createFrameworkVersionRequestSchema = z.strictObject({
  /** The version number the edit started from: an older one than the latest gets 409. */
  basedOnVersion: z.number().int().min(1),
  document: frameworkDocumentSchema,
});
export type CreateFrameworkVersionRequest = z.infer<typeof createFrameworkVersionRequestSchema>;

export const FRAMEWORK_FILE_FORMATS = ['yaml', 'json'] as const;
export const frameworkFileFormatSchema = z.enum(FRAMEWORK_FILE_FORMATS, {
  message: 'must be yaml or json',
});
export const importFrameworkRequestSchema = z.strictObject({
  teamId: idSchema.nullable(),
  format: frameworkFileFormatSchema,
  /** The file's text (at most 2 MB). */
  content: z.string().min(1, 'must not be empty').max(2_000_000, 'must be at most 2 MB'),
});
export type ImportFrameworkRequest = z.infer<typeof importFrameworkRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Rounds and assessments

export const ROUND_STATUSES = ['upcoming', 'open', 'closed'] as const;
export const roundStatusSchema = z.enum(ROUND_STATUSES);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

export const ASSESSMENT_STATUSES = ['not-started', 'in-progress', 'submitted'] as const;
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

export const createRoundRequestSchema = z
  .strictObject({
    name: requiredText(120),
    frameworkVersionId: idSchema,
    opensOn: isoDateSchema,
    closesOn: isoDateSchema,
  })
  .refine((body) => body.closesOn >= body.opensOn, {
    message: 'must be on or after opensOn',
    path: ['closesOn'],
  });
export type CreateRoundRequest = z.infer<typeof createRoundRequestSchema>;

export const roundProgressSchema = z.object({
  assessments: z.number().int(),
  notStarted: z.number().int(),
  inProgress: z.number().int(),
  submitted: z.number().int(),
  /** Members with at least one assessment in the round. */
  members: z.number().int(),
});

export const roundSummarySchema = z.object({
  id: idSchema,
  teamId: idSchema,
  name: z.string(),
  frameworkId: idSchema,
  frameworkName: z.string(),
  frameworkVersionId: idSchema,
  frameworkVersion: z.number().int(),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  /** From the dates and today's date on the server. */
  status: roundStatusSchema,
  progress: roundProgressSchema,
  createdAt: isoDateTimeSchema,
  version: versionSchema,
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;
export const roundListSchema = z.object({ rounds: z.array(roundSummarySchema) });

export const areaProgressSchema = z.object({
  areaKey: z.string(),
  answered: z.number().int(),
  total: z.number().int(),
});

export const assessmentSummarySchema = z.object({
  id: idSchema,
  roundId: idSchema,
  teamId: idSchema,
  memberId: idSchema,
  memberName: z.string(),
  mode: assessmentModeSchema,
  /** Who answers: the member's own account for `self`, the assessor's otherwise. */
  respondentUserId: idSchema.nullable(),
  assessorUserId: idSchema.nullable(),
  assessorName: z.string().nullable(),
  areaKeys: z.array(z.string()),
  status: assessmentStatusSchema,
  answered: z.number().int(),
  total: z.number().int(),
  submittedAt: isoDateTimeSchema.nullable(),
  updatedAt: isoDateTimeSchema,
  version: versionSchema,
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const roundDetailSchema = roundSummarySchema.extend({
  /** Leads see every assessment; others only those they answer or are the subject of. */
  assessments: z.array(assessmentSummarySchema),
});
export type RoundDetail = z.infer<typeof roundDetailSchema>;

export const createAssessmentRequestSchema = z.strictObject({
  memberId: idSchema,
  mode: assessmentModeSchema,
  /** Required for supervisor and external assessments; not allowed for self. */
  assessorUserId: idSchema.optional(),
  /** Defaults to the areas of the member's current and envisioned roles. */
  areaKeys: z.array(elementKeySchema).min(1, 'must name at least one area').max(30).optional(),
});
export type CreateAssessmentRequest = z.infer<typeof createAssessmentRequestSchema>;

export const savedRatingSchema = z.object({
  skillKey: z.string(),
  /** 0–3, or null for N/A. */
  level: ratingLevelSchema.nullable(),
  updatedAt: isoDateTimeSchema,
});
export type SavedRating = z.infer<typeof savedRatingSchema>;

export const categoryCommentSchema = z.object({
  categoryKey: z.string(),
  comment: z.string(),
  updatedAt: isoDateTimeSchema,
});

export const assessmentDetailSchema = assessmentSummarySchema.extend({
  round: z.object({
    id: idSchema,
    name: z.string(),
    status: roundStatusSchema,
    opensOn: isoDateSchema,
    closesOn: isoDateSchema,
  }),
  /** The round's framework version; the form shows the areas in areaKeys. */
  framework: frameworkDocumentSchema,
  ratings: z.array(savedRatingSchema),
  comments: z.array(categoryCommentSchema),
  progress: z.array(areaProgressSchema),
  /** The caller answers this assessment and it can take answers now (round open, not submitted). */
  canAnswer: z.boolean(),
  /** The caller leads the team and the assessment is submitted. */
  canReopen: z.boolean(),
});
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;

export const saveRatingsRequestSchema = z.strictObject({
  ratings: z
    .array(
      z.strictObject({
        skillKey: elementKeySchema,
        level: ratingLevelSchema.nullable(),
        /**
         * When the answer was given, for answers kept offline and sent later: an answer older than
         * the one on the server for the same skill is not applied and comes back in `superseded`.
         */
        changedAt: isoDateTimeSchema.optional(),
      }),
    )
    .max(1000, 'must have at most 1000 ratings'),
  comments: z
    .array(z.strictObject({ categoryKey: elementKeySchema, comment: text(2000) }))
    .max(200)
    .default([]),
});
export type SaveRatingsRequest = z.infer<typeof saveRatingsRequestSchema>;
export type SaveRatingsRequestInput = z.input<typeof saveRatingsRequestSchema>;

export const saveRatingsResponseSchema = z.object({
  assessment: assessmentSummarySchema,
  progress: z.array(areaProgressSchema),
  /** Answers not applied because the server had a newer one for that skill: the newer one. */
  superseded: z.array(savedRatingSchema),
});
export type SaveRatingsResponse = z.infer<typeof saveRatingsResponseSchema>;

/** An assessment the caller answers (GET /api/me/assessments), with what to show it under. */
export const myAssessmentSchema = assessmentSummarySchema.extend({
  roundName: z.string(),
  roundStatus: roundStatusSchema,
  roundClosesOn: isoDateSchema,
  teamName: z.string(),
});
export type MyAssessment = z.infer<typeof myAssessmentSchema>;
/** Newest round first. */
export const myAssessmentListSchema = z.object({ assessments: z.array(myAssessmentSchema) });

// ---------------------------------------------------------------------------------------------
// Results

export const RESULTS_VISIBILITIES = ['individual', 'aggregate'] as const;

/** A light outline of the framework, for labels: no descriptions. */
export const frameworkOutlineSchema = z.object({
  areas: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      roleKey: z.string(),
      categories: z.array(
        z.object({
          key: z.string(),
          name: z.string(),
          skills: z.array(z.object({ key: z.string(), name: z.string() })),
        }),
      ),
    }),
  ),
});
export type FrameworkOutline = z.infer<typeof frameworkOutlineSchema>;

const spread = {
  /** True when the group is smaller than 3 and the caller sees aggregates only: values hidden. */
  suppressed: z.boolean(),
  memberCount: z.number().int().nullable(),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
};

export const teamAggregatesSchema = z.object({
  assessedBy: assessmentModeSchema,
  assessmentCount: z.number().int(),
  areas: z.array(
    z.object({
      areaKey: z.string(),
      ...spread,
      categories: z.array(
        z.object({
          categoryKey: z.string(),
          ...spread,
          target: z.number().nullable(),
          atOrAboveTarget: z.number().int().nullable(),
        }),
      ),
    }),
  ),
});
export type TeamAggregatesResult = z.infer<typeof teamAggregatesSchema>;

export const categoryScoreSchema = z.object({
  categoryKey: z.string(),
  score: z.number().nullable(),
  rated: z.number().int(),
  notApplicable: z.number().int(),
  unanswered: z.number().int(),
});
export const areaScoreSchema = z.object({
  areaKey: z.string(),
  score: z.number().nullable(),
  categories: z.array(categoryScoreSchema),
});

/** One member's scores from one point of view (one row of the heatmap). */
export const memberScoresSchema = z.object({
  memberId: idSchema,
  memberName: z.string(),
  assessmentId: idSchema,
  assessedBy: assessmentModeSchema,
  status: assessmentStatusSchema,
  areas: z.array(areaScoreSchema),
});
export type MemberScores = z.infer<typeof memberScoresSchema>;

const change = {
  suppressed: z.boolean(),
  memberCount: z.number().int().nullable(),
  baselineMean: z.number().nullable(),
  currentMean: z.number().nullable(),
  delta: z.number().nullable(),
  improved: z.number().int().nullable(),
  declined: z.number().int().nullable(),
  unchanged: z.number().int().nullable(),
};
export const changeCountsSchema = z.object({
  improved: z.number().int(),
  declined: z.number().int(),
  unchanged: z.number().int(),
  notComparable: z.number().int(),
});

export const teamComparisonSchema = z.object({
  assessedBy: assessmentModeSchema,
  areas: z.array(
    z.object({
      areaKey: z.string(),
      ...change,
      categories: z.array(z.object({ categoryKey: z.string(), ...change })),
    }),
  ),
});

const delta = {
  baseline: z.number().nullable(),
  current: z.number().nullable(),
  delta: z.number().nullable(),
};
export const memberComparisonSchema = z.object({
  memberId: idSchema,
  memberName: z.string(),
  assessedBy: assessmentModeSchema,
  areas: z.array(
    z.object({
      areaKey: z.string(),
      ...delta,
      categories: z.array(
        z.object({
          categoryKey: z.string(),
          ...delta,
          skills: z.array(
            z.object({
              skillKey: z.string(),
              baseline: z.union([ratingLevelSchema, z.literal('not-applicable')]).nullable(),
              current: z.union([ratingLevelSchema, z.literal('not-applicable')]).nullable(),
              delta: z.number().nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
  counts: z.object({ skills: changeCountsSchema, categories: changeCountsSchema, areas: changeCountsSchema }),
});
export type MemberComparisonResult = z.infer<typeof memberComparisonSchema>;

export const roundRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  frameworkVersionId: idSchema,
});

export const roundResultsSchema = z.object({
  round: roundRefSchema,
  /** `individual` for the team's leads; `aggregate` (no names, small groups hidden) for everyone else. */
  visibility: z.enum(RESULTS_VISIBILITIES),
  framework: frameworkOutlineSchema,
  /** Submitted assessments only; one entry per point of view present. */
  team: z.array(teamAggregatesSchema),
  /** Per member and point of view, in roster order (never ranked); null for aggregate visibility. */
  members: z.array(memberScoresSchema).nullable(),
  /**
   * Which members `members` and `comparison.members` hold: a page of the roster (all of a
   * member's points of view together), so a regional round of thousands stays light. Null for
   * aggregate visibility. `team` and every team figure always cover the whole round.
   */
  memberPage: z
    .object({ offset: z.number().int(), limit: z.number().int(), total: z.number().int() })
    .nullable(),
  comparison: z
    .object({
      baseline: roundRefSchema,
      addedSkillKeys: z.array(z.string()),
      removedSkillKeys: z.array(z.string()),
      team: z.array(teamComparisonSchema),
      /** Team counts of categories and areas whose mean went up, down or stayed, per point of view. */
      teamCounts: z.array(
        z.object({
          assessedBy: assessmentModeSchema,
          categories: changeCountsSchema,
          areas: changeCountsSchema,
        }),
      ),
      /** Null for aggregate visibility. */
      members: z.array(memberComparisonSchema).nullable(),
    })
    .nullable(),
});
export type RoundResults = z.infer<typeof roundResultsSchema>;

/** Members per page of a lead's round results unless ?memberLimit= says otherwise. */
export const DEFAULT_RESULTS_MEMBER_LIMIT = 100;
export const MAX_RESULTS_MEMBER_LIMIT = 1000;
export const roundResultsQuerySchema = z.strictObject({
  compareTo: idSchema.optional(),
  memberOffset: z.coerce
    .number({ message: 'must be a whole number, 0 or more' })
    .int('must be a whole number, 0 or more')
    .min(0, 'must be a whole number, 0 or more')
    .default(0),
  memberLimit: z.coerce
    .number({ message: `must be a whole number from 1 to ${MAX_RESULTS_MEMBER_LIMIT}` })
    .int(`must be a whole number from 1 to ${MAX_RESULTS_MEMBER_LIMIT}`)
    .min(1, `must be a whole number from 1 to ${MAX_RESULTS_MEMBER_LIMIT}`)
    .max(MAX_RESULTS_MEMBER_LIMIT, `must be a whole number from 1 to ${MAX_RESULTS_MEMBER_LIMIT}`)
    .default(DEFAULT_RESULTS_MEMBER_LIMIT),
});

export const priorityGapSchema = z.object({
  categoryKey: z.string(),
  areaKey: z.string(),
  roleKey: z.string(),
  subRoleKey: z.string().nullable(),
  status: z.enum(['current', 'envisioned']),
  target: z.number().int(),
  score: z.number(),
  gap: z.number(),
  skillsBelowTarget: z.array(z.object({ skillKey: z.string(), rating: z.number().int() })),
});
export type PriorityGapResult = z.infer<typeof priorityGapSchema>;

export const memberResultsSchema = z.object({
  member: z.object({ id: idSchema, name: z.string() }),
  round: roundRefSchema,
  framework: frameworkOutlineSchema,
  /** Each of the member's assessments in the round the caller may see, submitted or not. */
  assessments: z.array(
    z.object({
      assessmentId: idSchema,
      assessedBy: assessmentModeSchema,
      status: assessmentStatusSchema,
      areaKeys: z.array(z.string()),
      areas: z.array(areaScoreSchema),
      /** Category comments given with the assessment. */
      comments: z.array(z.object({ categoryKey: z.string(), comment: z.string() })),
    }),
  ),
  /** Self next to the supervisor's or external assessor's, never averaged; null without both. */
  sideBySide: z
    .object({
      assessorKind: z.enum(['supervisor', 'external']),
      areas: z.array(
        z.object({
          areaKey: z.string(),
          self: z.number().nullable(),
          assessor: z.number().nullable(),
          difference: z.number().nullable(),
          categories: z.array(
            z.object({
              categoryKey: z.string(),
              self: z.number().nullable(),
              assessor: z.number().nullable(),
              difference: z.number().nullable(),
            }),
          ),
        }),
      ),
    })
    .nullable(),
  /** Categories below the target of the member's roles, read from one assessment (see gapsFrom). */
  gaps: z.array(priorityGapSchema),
  gapsFrom: assessmentModeSchema.nullable(),
  /** Targets per category for this member's roles (the highest that applies). */
  targets: z.array(z.object({ categoryKey: z.string(), level: z.number().int() })),
});
export type MemberResults = z.infer<typeof memberResultsSchema>;

export const ROUND_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const roundExportFormatSchema = z.enum(ROUND_EXPORT_FORMATS, { message: 'must be csv or xlsx' });
