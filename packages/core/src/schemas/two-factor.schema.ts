import { z } from 'zod';

export const twoFactorStatusSchema = z.object({
  enabled: z.boolean(),
  /** True when this account may not work without it (system admins, or everyone by setting). */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

export const twoFactorEnrolmentSchema = z.object({
  /** Base32 secret, for typing into an app that cannot scan. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The same URI as an SVG QR code. */
  qrCodeSvg: z.string(),
});
export type TwoFactorEnrolment = z.infer<typeof twoFactorEnrolmentSchema>;

const codeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be the 6-digit code shown by the authenticator app');

export const confirmTwoFactorRequestSchema = z.strictObject({ code: codeSchema });

export const recoveryCodesSchema = z.object({
  /** Shown this once; each works once in place of a code. Only their hashes are stored. */
  recoveryCodes: z.array(z.string()),
});

export const disableTwoFactorRequestSchema = z.strictObject({
  password: z.string().min(1, 'must not be empty').max(1024),
  code: z.string().trim().min(1, 'must not be empty').max(20),
});

export const securitySettingsSchema = z.object({ twoFactorRequiredForEveryone: z.boolean() });
export const updateSecuritySettingsRequestSchema = z.strictObject({
  twoFactorRequiredForEveryone: z.boolean(),
});
