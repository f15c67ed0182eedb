import { z } from 'zod';
import { isCountryCode } from '../reference-data/countries.js';
import { isCurrencyCode } from '../reference-data/currencies.js';
import { TEAM_PHASES } from '../team-structure/team-members.js';
import { emailSchema, idSchema, isoDateTimeSchema, versionSchema } from './common.schema.js';
import { teamRoleSchema } from './auth.schema.js';

export const countryCodeSchema = z
  .string()
  .refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 country code such as MZ' });
export const currencyCodeSchema = z
  .string()
  .refine(isCurrencyCode, { message: 'must be an ISO 4217 currency code such as USD' });

const teamNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters');
const teamDescriptionSchema = z.string().trim().max(2000, 'must be at most 2000 characters');

export const teamSchema = z.object({
  id: idSchema,
  name: z.string(),
  countryCode: z.string(),
  description: z.string(),
  baseCurrency: z.string(),
  /** The team's phase in the framework (foundational, proficient, expert), set by the lead. */
  phase: z.enum(TEAM_PHASES).nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: versionSchema,
});
export type Team = z.infer<typeof teamSchema>;

export const teamListSchema = z.object({ teams: z.array(teamSchema) });

export const createTeamRequestSchema = z.strictObject({
  name: teamNameSchema,
  countryCode: countryCodeSchema,
  description: teamDescriptionSchema.default(''),
  baseCurrency: currencyCodeSchema,
});
export type CreateTeamRequest = z.infer<typeof createTeamRequestSchema>;

export const updateTeamRequestSchema = z.strictObject({
  version: versionSchema,
  name: teamNameSchema.optional(),
  countryCode: countryCodeSchema.optional(),
  description: teamDescriptionSchema.optional(),
  baseCurrency: currencyCodeSchema.optional(),
  phase: z
    .enum(TEAM_PHASES, { message: 'must be one of foundational, proficient, expert' })
    .nullable()
    .optional(),
});
export type UpdateTeamRequest = z.infer<typeof updateTeamRequestSchema>;

export const teamAccessEntrySchema = z.object({
  userId: idSchema,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(teamRoleSchema),
});
export type TeamAccessEntry = z.infer<typeof teamAccessEntrySchema>;

export const teamAccessListSchema = z.object({ access: z.array(teamAccessEntrySchema) });

export const grantTeamAccessRequestSchema = z.strictObject({
  email: emailSchema,
  role: teamRoleSchema,
});
export type GrantTeamAccessRequest = z.infer<typeof grantTeamAccessRequestSchema>;
