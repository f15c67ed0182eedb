import { z } from 'zod';
import { TOKEN_SCOPES } from '../accounts/token-scopes.js';
import { TEAM_ROLES } from '../access/team-roles.js';
import {
  displayNameSchema,
  emailSchema,
  idSchema,
  isoDateTimeSchema,
  newPasswordSchema,
  versionSchema,
} from './common.schema.js';
import { languageSchema, userSchema } from './user.schema.js';

export const teamRoleSchema = z.enum(TEAM_ROLES, {
  message: 'must be one of lead, member, assessor, viewer',
});

export const loginRequestSchema = z.strictObject({
  email: z.string().trim().min(1, 'must not be empty').max(254, 'must be at most 254 characters'),
  password: z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters'),
  /** The 6-digit code from the authenticator app, or a recovery code, for accounts with two-factor sign-in. */
  code: z.string().trim().max(20, 'must be at most 20 characters').optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const myTeamSchema = z.object({
  id: idSchema,
  name: z.string(),
  countryCode: z.string(),
  roles: z.array(teamRoleSchema),
});
export type MyTeam = z.infer<typeof myTeamSchema>;

/** The signed-in person, their teams and roles, and the token that state-changing requests must carry. */
export const meResponseSchema = z.object({
  user: userSchema,
  teams: z.array(myTeamSchema),
  /** Send as the `X-CSRF-Token` header on POST/PUT/PATCH/DELETE made with the session cookie. */
  csrfToken: z.string().nullable(),
  /** True while the person must enrol a second factor before doing anything else. */
  twoFactorEnrolmentRequired: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const updateMeRequestSchema = z.strictObject({
  version: versionSchema,
  displayName: displayNameSchema.optional(),
  preferredLanguage: languageSchema.optional(),
});
export type UpdateMeRequest = z.infer<typeof updateMeRequestSchema>;

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1, 'must not be empty').max(1024),
  newPassword: newPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const setupStatusSchema = z.object({ setupRequired: z.boolean() });

export const setupRequestSchema = z.strictObject({
  token: z.string().min(1, 'must not be empty').max(200),
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
  preferredLanguage: languageSchema.default('en'),
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;

export const tokenScopeSchema = z.enum(TOKEN_SCOPES, { message: 'must be read or read-write' });
export type TokenScope = z.infer<typeof tokenScopeSchema>;

export const createTokenRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  scope: tokenScopeSchema,
  /** Days until the token stops working; omit for a token that lasts until revoked. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateTokenRequest = z.infer<typeof createTokenRequestSchema>;

export const personalAccessTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  scope: tokenScopeSchema,
  createdAt: isoDateTimeSchema,
  lastUsedAt: isoDateTimeSchema.nullable(),
  expiresAt: isoDateTimeSchema.nullable(),
});
export type PersonalAccessToken = z.infer<typeof personalAccessTokenSchema>;

export const createdTokenSchema = personalAccessTokenSchema.extend({
  /** The secret, shown this once; only its hash is stored. */
  token: z.string(),
});
export type CreatedToken = z.infer<typeof createdTokenSchema>;

export const tokenListSchema = z.object({ tokens: z.array(personalAccessTokenSchema) });
