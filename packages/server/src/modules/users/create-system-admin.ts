import { InvalidInputError, emailSchema, displayNameSchema, type User } from '@coreteam/core';
import type { AppConfig } from '../../config/config.js';
import type { DatabaseHandle } from '../../db/database.js';
import { argon2PasswordHasher } from '../accounts/password-hasher.js';
import { prepareFirstRunSetup } from '../auth/auth.service.js';
import { systemClock } from '../../platform/clock.js';
import { createUser } from './users.service.js';

/**
 * `coreteam create-admin`: a system administrator created from the server's own console, with
 * the same checks as the API (valid email, password policy, unique email). Their password is
 * their own, so they are not asked to change it.
 */
export async function createSystemAdmin(
  database: DatabaseHandle,
  config: Pick<AppConfig, 'sessions'>,
  input: { email: string; displayName: string; password: string },
): Promise<User> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) {
    throw new InvalidInputError('The email address is not valid.', [
      { field: 'email', problem: email.error.issues[0]?.message ?? 'is invalid' },
    ]);
  }
  const displayName = displayNameSchema.safeParse(input.displayName);
  if (!displayName.success) {
    throw new InvalidInputError('The name is not valid.', [
      { field: 'name', problem: displayName.error.issues[0]?.message ?? 'is invalid' },
    ]);
  }
  const context = {
    database,
    clock: systemClock,
    sessions: config.sessions,
    passwordHasher: argon2PasswordHasher,
  };
  const user = await createUser(
    context,
    {
      email: email.data,
      displayName: displayName.data,
      temporaryPassword: input.password,
      preferredLanguage: 'en',
      systemAdmin: true,
      mustChangePassword: false,
    },
    { userId: null, ip: 'console' },
    'password',
  );
  // The instance is claimed: the one-time setup link printed at start stops working.
  await prepareFirstRunSetup(context);
  return user;
}
