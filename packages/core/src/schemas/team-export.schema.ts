import { z } from 'zod';
import { teamRoleSchema } from './auth.schema.js';
import {
  assessmentModeSchema,
  assessmentStatusSchema,
  frameworkDocumentSchema,
  frameworkElementKeySchema,
} from './assessment.schema.js';
import { courseKeySchema, emailSchema, idSchema, isoDateTimeSchema, versionSchema } from './common.schema.js';
import {
  activityStatusSchema,
  activityTimingSchema,
  activityTypeSchema,
  costKindSchema,
  exchangeRateSchema,
  fundingSourceKindSchema,
  fundingStatusSchema,
} from './plan.schema.js';
import { MAX_MINOR_UNITS } from '../plan/plan-vocabulary.js';
import { countryCodeSchema, currencyCodeSchema } from './team.schema.js';
import {
  affiliationSchema,
  assignmentStatusSchema,
  fundingKindSchema,
  growthOpportunityKindSchema,
  isoDateSchema,
  roleKeySchema,
  teamPhaseSchema,
} from './team-structure.schema.js';
import { languageSchema } from './user.schema.js';

/*
 * Everything of one team as one JSON document: what `coreteam export` writes, `coreteam import`
 * reads, and GET /api/teams/{teamId}/export and POST /api/teams/import carry. Records keep their
 * ids, so a document is imported into an instance that does not have the team yet.
 *
 * Texts are taken as stored (not trimmed), so that export → import → export gives the same
 * document. What is not carried: password hashes, sessions, tokens, two-factor secrets, the audit
 * log, and names of people outside the document (a round created by a system admin who is not in
 * the team exports `createdBy: null`).
 */

export const TEAM_EXPORT_FORMAT = 'coreteam-team';
export const TEAM_EXPORT_VERSION = 1;
/** The most records of one kind a document may hold: keeps a hostile file from exhausting memory. */
const MAX_RECORDS = 20_000;

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const list = <T extends z.ZodType>(item: T, max = MAX_RECORDS) =>
  z.array(item).max(max, `must have at most ${max} entries`);
const at = isoDateTimeSchema;
const userRef = idSchema.nullable();
const minorUnits = z.number().int('must be a whole number of minor units').min(0).max(MAX_MINOR_UNITS);
const position = z.number().int().min(0);

export const exportedTeamSchema = z.strictObject({
  id: idSchema,
  name: text(120).min(1, 'must not be empty'),
  countryCode: countryCodeSchema,
  description: text(2000),
  baseCurrency: currencyCodeSchema,
  phase: teamPhaseSchema.nullable(),
  createdAt: at,
  updatedAt: at,
  version: versionSchema,
});

/** An account of someone in the team: no password, session, token or two-factor secret. */
export const exportedAccountSchema = z.strictObject({
  id: idSchema,
  email: emailSchema,
  displayName: text(120).min(1, 'must not be empty'),
  preferredLanguage: languageSchema,
});

export const exportedTeamAccessSchema = z.strictObject({
  userId: idSchema,
  role: teamRoleSchema,
  grantedBy: userRef,
  grantedAt: at,
});

export const exportedRoleNameSchema = z.strictObject({
  roleKey: roleKeySchema,
  localName: text(120).min(1, 'must not be empty'),
});

export const exportedMemberSchema = z.strictObject({
  id: idSchema,
  userId: userRef,
  name: text(120).min(1, 'must not be empty'),
  organisation: text(200),
  affiliation: affiliationSchema,
  basedInCountry: z.boolean(),
  timeSharePercent: z.number().int().min(0).max(100),
  funding: fundingKindSchema,
  partnerFundingEndsOn: isoDateSchema.nullable(),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  leavingReason: text(500).nullable(),
  phase: teamPhaseSchema.nullable(),
  createdAt: at,
  updatedAt: at,
  version: versionSchema,
  assignments: list(
    z.strictObject({
      id: idSchema,
      roleKey: roleKeySchema,
      subRoleKey: text(60).nullable(),
      status: assignmentStatusSchema,
      since: isoDateSchema.nullable(),
      position,
    }),
    100,
  ),
  growthOpportunities: list(
    z.strictObject({
      id: idSchema,
      kind: growthOpportunityKindSchema,
      occurredOn: isoDateSchema,
      note: text(500),
      createdAt: at,
    }),
  ),
  /** Courses taken (the course keys of the catalogue, which both instances share). */
  learningRecords: list(
    z.strictObject({
      id: idSchema,
      courseKey: courseKeySchema,
      takenOn: isoDateSchema,
      completed: z.boolean(),
      certificate: z.boolean(),
      planActivityId: idSchema.nullable(),
      note: text(2000),
      createdBy: userRef,
      createdAt: at,
      updatedAt: at,
      version: versionSchema,
    }),
  ),
});

export const exportedFrameworkSchema = z.strictObject({
  id: idSchema,
  key: frameworkElementKeySchema,
  name: text(120).min(1, 'must not be empty'),
  description: text(2000),
  createdBy: userRef,
  createdAt: at,
  updatedAt: at,
  version: versionSchema,
  versions: list(
    z.strictObject({
      id: idSchema,
      number: z.number().int().min(1),
      document: frameworkDocumentSchema,
      skillCount: z.number().int().min(0),
      frozenAt: at.nullable(),
      createdBy: userRef,
      createdAt: at,
    }),
    1000,
  ).min(1, 'must have at least one version'),
});

/**
 * The framework version a round uses: one of the team's own (by id), or a framework every team
 * can use, such as the built-in default, by key and version number (its ids differ per instance).
 */
export const frameworkVersionRefSchema = z.union([
  z.strictObject({ versionId: idSchema }),
  z.strictObject({ sharedFrameworkKey: frameworkElementKeySchema, number: z.number().int().min(1) }),
]);
export type FrameworkVersionRef = z.infer<typeof frameworkVersionRefSchema>;

export const exportedAssessmentSchema = z.strictObject({
  id: idSchema,
  memberId: idSchema,
  mode: assessmentModeSchema,
  assessorUserId: userRef,
  areaKeys: list(frameworkElementKeySchema, 100),
  status: assessmentStatusSchema,
  submittedAt: at.nullable(),
  createdBy: userRef,
  createdAt: at,
  updatedAt: at,
  version: versionSchema,
  ratings: list(
    z.strictObject({
      skillKey: text(200),
      level: z.number().int().min(0).max(3).nullable(),
      updatedAt: at,
      updatedBy: userRef,
    }),
  ),
  comments: list(z.strictObject({ categoryKey: text(200), comment: text(4000), updatedAt: at })),
  answerSheet: z
    .strictObject({
      frameworkVersion: frameworkVersionRefSchema,
      answers: z
        .string()
        .max(100_000)
        .regex(/^[0-3n-]*$/, "must be one mark per skill: '0'–'3', 'n' or '-'"),
      createdAt: at,
    })
    .nullable(),
});

export const exportedRoundSchema = z.strictObject({
  id: idSchema,
  name: text(120).min(1, 'must not be empty'),
  frameworkVersion: frameworkVersionRefSchema,
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  createdBy: userRef,
  createdAt: at,
  updatedAt: at,
  version: versionSchema,
  assessments: list(exportedAssessmentSchema),
});

export const exportedFundingSourceSchema = z.strictObject({
  id: idSchema,
  kind: fundingSourceKindSchema,
  name: text(200).min(1, 'must not be empty'),
  notes: text(2000),
  createdAt: at,
  updatedAt: at,
  version: versionSchema,
});

export const exportedActivitySchema = z.strictObject({
  id: idSchema,
  title: text(200).min(1, 'must not be empty'),
  type: activityTypeSchema,
  provider: text(200),
  timing: activityTimingSchema,
  year: z.number().int().min(2000).max(2100),
  status: activityStatusSchema,
  outcomeNote: text(2000),
  /** The catalogue course the activity is, if any. */
  courseKey: courseKeySchema.nullable(),
  gapCategoryKeys: list(frameworkElementKeySchema, 200),
  totalMinor: minorUnits,
  uncoveredMinor: minorUnits,
  position,
  createdBy: userRef,
  createdAt: at,
  updatedAt: at,
  version: versionSchema,
  /** In the order the lead gave them. */
  memberIds: list(idSchema, 500),
  costLines: list(
    z.strictObject({
      id: idSchema,
      position,
      kind: costKindSchema,
      description: text(300),
      quantity: z.number().int().min(0).max(1_000_000),
      unitCostMinor: minorUnits,
      currency: currencyCodeSchema,
      totalMinor: minorUnits,
      baseTotalMinor: minorUnits,
    }),
    200,
  ),
  fundingShares: list(
    z.strictObject({
      id: idSchema,
      fundingSourceId: idSchema,
      position,
      amountMinor: minorUnits,
      status: fundingStatusSchema,
    }),
    200,
  ),
});

/** A revision's change list and snapshot, kept as the server wrote them. */
const storedJsonObject = z.record(z.string(), z.unknown());

export const exportedPlanSchema = z.strictObject({
  id: idSchema,
  title: text(200).min(1, 'must not be empty'),
  startYear: z.number().int().min(2000).max(2100),
  endYear: z.number().int().min(2000).max(2100),
  baseCurrency: currencyCodeSchema,
  summary: text(4000),
  exchangeRates: list(exchangeRateSchema, 500),
  createdBy: userRef,
  createdAt: at,
  updatedAt: at,
  version: versionSchema,
  activities: list(exportedActivitySchema),
  revisions: list(
    z.strictObject({
      id: idSchema,
      number: z.number().int().min(1),
      note: text(2000),
      changes: storedJsonObject,
      snapshot: storedJsonObject,
      createdBy: userRef,
      createdAt: at,
    }),
    1000,
  ),
});

export const exportedTermsOfReferenceSchema = z.strictObject({
  roleKey: roleKeySchema,
  purpose: text(4000),
  responsibilities: list(text(1000), 40),
  requiredCompetencies: list(text(1000), 40),
  reportingLine: text(1000),
  updatedBy: userRef,
  updatedAt: at,
  version: z.number().int().min(1),
});

export const teamExportSchema = z.strictObject({
  format: z.literal(TEAM_EXPORT_FORMAT, { message: `must be "${TEAM_EXPORT_FORMAT}"` }),
  version: z.literal(TEAM_EXPORT_VERSION, {
    message: `must be ${TEAM_EXPORT_VERSION}: this server reads version ${TEAM_EXPORT_VERSION} of the team document`,
  }),
  exportedAt: at,
  team: exportedTeamSchema,
  accounts: list(exportedAccountSchema),
  access: list(exportedTeamAccessSchema),
  roleNames: list(exportedRoleNameSchema, 200),
  members: list(exportedMemberSchema),
  frameworks: list(exportedFrameworkSchema, 1000),
  rounds: list(exportedRoundSchema, 1000),
  fundingSources: list(exportedFundingSourceSchema, 1000),
  plans: list(exportedPlanSchema, 100),
  termsOfReference: list(exportedTermsOfReferenceSchema, 200),
});
export type TeamExport = z.infer<typeof teamExportSchema>;
export type TeamExportInput = z.input<typeof teamExportSchema>;

/** What an import answers: the new team and how many accounts it created (all disabled, no password). */
export const teamImportResultSchema = z.object({
  teamId: idSchema,
  teamName: z.string(),
  accountsCreated: z.number().int(),
  members: z.number().int(),
  rounds: z.number().int(),
  plans: z.number().int(),
});
export type TeamImportResult = z.infer<typeof teamImportResultSchema>;
