import { z } from 'zod';
import { DEDICATIONS, REQUIRED_COMPETENCIES, ROLE_KINDS } from '../team-structure/roles-catalogue.js';
import { FINDING_CODES } from '../team-structure/structure-checks.js';
import {
  AFFILIATIONS,
  ASSIGNMENT_STATUSES,
  FUNDING_KINDS,
  GROWTH_OPPORTUNITY_KINDS,
  TEAM_PHASES,
} from '../team-structure/team-members.js';
import { idSchema, isoDateTimeSchema, versionSchema } from './common.schema.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(', ')}` });

export const isoDateSchema = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });
export const roleKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,59}$/, 'must be a role key such as implementer');
export const roleKindSchema = oneOf(ROLE_KINDS);
export const dedicationSchema = oneOf(DEDICATIONS);
export const competencySchema = oneOf(REQUIRED_COMPETENCIES);
export const affiliationSchema = oneOf(AFFILIATIONS);
export const fundingKindSchema = oneOf(FUNDING_KINDS);
export const assignmentStatusSchema = oneOf(ASSIGNMENT_STATUSES);
export const teamPhaseSchema = oneOf(TEAM_PHASES);

export const subRoleSchema = z.object({ key: z.string(), name: z.string(), description: z.string() });

export const roleSchema = z.object({
  key: z.string(),
  kind: roleKindSchema,
  name: z.string(),
  description: z.string(),
  dedication: dedicationSchema,
  buildOrder: z.number().int().nullable(),
  competencies: z.array(competencySchema),
  subRoles: z.array(subRoleSchema),
  version: versionSchema,
});
export type Role = z.infer<typeof roleSchema>;
export const roleListSchema = z.object({ roles: z.array(roleSchema) });

export const updateRoleRequestSchema = z.strictObject({
  version: versionSchema,
  kind: roleKindSchema.optional(),
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').optional(),
  description: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  dedication: dedicationSchema.optional(),
  buildOrder: z.number().int().min(1).max(20).nullable().optional(),
  competencies: z.array(competencySchema).max(6).optional(),
});
export type UpdateRoleRequest = z.infer<typeof updateRoleRequestSchema>;

export const roleAssignmentSchema = z.strictObject({
  roleKey: roleKeySchema,
  subRoleKey: z.string().max(60).nullable().optional(),
  status: assignmentStatusSchema,
  since: isoDateSchema.nullable().optional(),
});
export type RoleAssignmentInput = z.infer<typeof roleAssignmentSchema>;

const memberFields = {
  name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  userId: idSchema.nullable(),
  organisation: z.string().trim().max(200, 'must be at most 200 characters'),
  affiliation: affiliationSchema,
  basedInCountry: z.boolean(),
  timeSharePercent: z
    .number({ message: 'must be a number from 0 to 100' })
    .int('must be a whole number from 0 to 100')
    .min(0, 'must be from 0 to 100')
    .max(100, 'must be from 0 to 100'),
  funding: fundingKindSchema,
  partnerFundingEndsOn: isoDateSchema.nullable(),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  leavingReason: z.string().trim().max(500, 'must be at most 500 characters').nullable(),
  phase: teamPhaseSchema.nullable(),
};

export const memberAssignmentSchema = z.object({
  roleKey: z.string(),
  subRoleKey: z.string().nullable(),
  status: assignmentStatusSchema,
  since: z.string().nullable(),
});

export const teamMemberSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  name: z.string(),
  userId: idSchema.nullable(),
  organisation: z.string(),
  affiliation: affiliationSchema,
  basedInCountry: z.boolean(),
  timeSharePercent: z.number().int(),
  funding: fundingKindSchema,
  partnerFundingEndsOn: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  leavingReason: z.string().nullable(),
  phase: teamPhaseSchema.nullable(),
  assignments: z.array(memberAssignmentSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: versionSchema,
});
export type TeamMember = z.infer<typeof teamMemberSchema>;
export const teamMemberListSchema = z.object({ members: z.array(teamMemberSchema) });

/** End date after start date is checked here too, so every client gets the same 400. */
const endAfterStart = (
  value: { startDate?: string | null; endDate?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before the start date' });
  }
};

export const createTeamMemberRequestSchema = z
  .strictObject({
    name: memberFields.name,
    userId: memberFields.userId.default(null),
    organisation: memberFields.organisation.default(''),
    affiliation: memberFields.affiliation,
    basedInCountry: memberFields.basedInCountry,
    timeSharePercent: memberFields.timeSharePercent,
    funding: memberFields.funding,
    partnerFundingEndsOn: memberFields.partnerFundingEndsOn.default(null),
    startDate: memberFields.startDate.default(null),
    endDate: memberFields.endDate.default(null),
    leavingReason: memberFields.leavingReason.default(null),
    phase: memberFields.phase.default(null),
    assignments: z.array(roleAssignmentSchema).max(20).default([]),
  })
  .superRefine(endAfterStart);
export type CreateTeamMemberRequest = z.infer<typeof createTeamMemberRequestSchema>;

export const updateTeamMemberRequestSchema = z
  .strictObject({
    version: versionSchema,
    name: memberFields.name.optional(),
    userId: memberFields.userId.optional(),
    organisation: memberFields.organisation.optional(),
    affiliation: memberFields.affiliation.optional(),
    basedInCountry: memberFields.basedInCountry.optional(),
    timeSharePercent: memberFields.timeSharePercent.optional(),
    funding: memberFields.funding.optional(),
    partnerFundingEndsOn: memberFields.partnerFundingEndsOn.optional(),
    startDate: memberFields.startDate.optional(),
    endDate: memberFields.endDate.optional(),
    leavingReason: memberFields.leavingReason.optional(),
    phase: memberFields.phase.optional(),
  })
  .superRefine(endAfterStart);
export type UpdateTeamMemberRequest = z.infer<typeof updateTeamMemberRequestSchema>;

export const replaceAssignmentsRequestSchema = z.strictObject({
  version: versionSchema,
  assignments: z.array(roleAssignmentSchema).max(20),
});
export type ReplaceAssignmentsRequest = z.infer<typeof replaceAssignmentsRequestSchema>;

export const roleNamesSchema = z.object({
  /** Local names by role key, e.g. `{ "operational-lead": "HMIS Coordinator" }`. */
  roleNames: z.record(z.string(), z.string()),
});
export const replaceRoleNamesRequestSchema = z.strictObject({
  roleNames: z.record(
    roleKeySchema,
    z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  ),
});

export const structureFindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['critical', 'warning', 'info']),
  roleKeys: z.array(z.string()),
  memberIds: z.array(z.string()),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const teamStructureSchema = z.object({
  teamPhase: teamPhaseSchema.nullable(),
  coverage: z.array(
    z.object({
      roleKey: z.string(),
      kind: roleKindSchema,
      holders: z.array(
        z.object({
          memberId: z.string(),
          /** Left out for viewers, who see how roles are filled but not by whom. */
          memberName: z.string().optional(),
          subRoleKey: z.string().nullable(),
          status: assignmentStatusSchema,
        }),
      ),
    }),
  ),
  competencyCoverage: z.array(z.object({ competency: competencySchema, memberIds: z.array(z.string()) })),
  findings: z.array(structureFindingSchema),
  nextPositionToFill: z.string().nullable(),
  turnover: z.object({
    departures: z.number().int(),
    headcountAtStart: z.number().int(),
    rate: z.number().nullable(),
  }),
});
export type TeamStructureResponse = z.infer<typeof teamStructureSchema>;

export const growthOpportunityKindSchema = oneOf(GROWTH_OPPORTUNITY_KINDS);

export const growthOpportunitySchema = z.object({
  id: idSchema,
  memberId: idSchema,
  kind: growthOpportunityKindSchema,
  occurredOn: z.string(),
  note: z.string(),
  createdAt: isoDateTimeSchema,
});
export type GrowthOpportunity = z.infer<typeof growthOpportunitySchema>;
export const growthOpportunityListSchema = z.object({ opportunities: z.array(growthOpportunitySchema) });

export const createGrowthOpportunityRequestSchema = z.strictObject({
  kind: growthOpportunityKindSchema,
  occurredOn: isoDateSchema,
  note: z.string().trim().max(500, 'must be at most 500 characters').default(''),
});
export type CreateGrowthOpportunityRequest = z.infer<typeof createGrowthOpportunityRequestSchema>;
