// A benchmark signs in as a system administrator, who needs a second factor: enable one directly
// and compute its codes, as an authenticator app would.
import { Secret, TOTP } from 'otpauth';
import type { DatabaseHandle } from '@coreteam/server';

export async function enableTotpForTesting(database: DatabaseHandle, userId: string): Promise<string> {
  const secret = new Secret({ size: 20 }).base32;
  await database.db
    .updateTable('user_account')
    .set({ totp_secret: secret, totp_enabled_at: new Date().toISOString(), totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  return secret;
}

export function currentTotpCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
}
