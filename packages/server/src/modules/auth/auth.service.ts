import {
  DomainError,
  InvalidInputError,
  RateLimitedError,
  type ChangePasswordRequest,
  type SetupRequest,
  type User,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction } from '../../db/transaction.js';
import { dummyPasswordHash } from '../accounts/password-hasher.js';
import { assertAcceptablePassword } from '../accounts/password-rules.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import {
  countUsers,
  emailKey,
  findUserByEmail,
  findUserById,
  setPasswordHash,
  toUser,
} from '../users/users.repository.js';
import { createUser } from '../users/users.service.js';
import { acceptSecondFactor } from '../two-factor/two-factor.service.js';
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  accountKey,
  addressKey,
  clearFailures,
  recordFailure,
  secondsLocked,
} from './login-throttle.js';
import { equalInConstantTime, newSecret, sha256 } from './secrets.js';
import { deleteExpiredSessions, deleteSession, deleteSessionsOfUser } from './sessions.repository.js';
import { startSession, type NewSession } from './sessions.js';
import { deleteSetting, readSetting, writeSetting } from './system-settings.repository.js';

export interface Client {
  ip: string;
  userAgent: string;
}

export interface SignedIn extends NewSession {
  user: User;
}

/** One answer for an unknown email, a wrong password and a deactivated account. */
const wrongCredentials = () =>
  new DomainError('unauthenticated', 'invalid_credentials', 'The email or password is incorrect.');

const tooManyAttempts = (seconds: number) =>
  new RateLimitedError(
    `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    seconds,
  );

export async function signIn(
  context: AppContext,
  credentials: { email: string; password: string; code?: string | undefined },
  client: Client,
): Promise<SignedIn> {
  const db = context.database.db;
  const now = context.clock.now();
  const account = accountKey(emailKey(credentials.email));
  const address = addressKey(client.ip);
  const locked = Math.max(await secondsLocked(db, account, now), await secondsLocked(db, address, now));
  if (locked > 0) throw tooManyAttempts(locked);

  const user = await findUserByEmail(db, credentials.email);
  // Always verify a hash, even for an unknown email, so both answers take the same time.
  const passwordMatches = await context.passwordHasher.verify(
    user?.passwordHash ?? (await dummyPasswordHash(context.passwordHasher)),
    credentials.password,
  );
  if (!user || !passwordMatches || !user.active) {
    await inTransaction(context.database, async (trx) => {
      await recordFailure(trx, account, ACCOUNT_FAILURE_LIMIT, now);
      await recordFailure(trx, address, ADDRESS_FAILURE_LIMIT, now);
    });
    throw wrongCredentials();
  }

  if (user.twoFactorEnabled) {
    if (!credentials.code) {
      // The password was right; the client now asks for the code. Nothing is recorded as a failure.
      throw new DomainError(
        'unauthenticated',
        'two_factor_required',
        'Enter the code from your authenticator app.',
      );
    }
    const accepted = await inTransaction(context.database, (trx) =>
      acceptSecondFactor(trx, user, credentials.code!, now),
    );
    if (!accepted) {
      await inTransaction(context.database, async (trx) => {
        await recordFailure(trx, account, ACCOUNT_FAILURE_LIMIT, now);
        await recordFailure(trx, address, ADDRESS_FAILURE_LIMIT, now);
      });
      throw new DomainError(
        'unauthenticated',
        'invalid_two_factor_code',
        'The code is not valid. Use the newest code from your app, or a recovery code.',
      );
    }
  }

  const rehash = context.passwordHasher.needsRehash(user.passwordHash)
    ? await context.passwordHasher.hash(credentials.password)
    : undefined;
  return inTransaction(context.database, async (trx) => {
    await clearFailures(trx, account);
    await deleteExpiredSessions(trx, now.toISOString());
    if (rehash) await setPasswordHash(trx, user.id, rehash);
    const session = await startSession(context, trx, user.id, client);
    return { ...session, user: toUser(user) };
  });
}

export async function signOut(context: AppContext, sessionIdHash: string): Promise<void> {
  await deleteSession(context.database.db, sessionIdHash);
}

/**
 * Changes the caller's own password. Every session of theirs ends, this one included; a new one
 * is started for the browser that made the change, so the person stays signed in there only.
 */
export async function changeOwnPassword(
  context: AppContext,
  userId: string,
  request: ChangePasswordRequest,
  client: Client,
): Promise<SignedIn> {
  const user = await findUserById(context.database.db, userId);
  if (!user || !(await context.passwordHasher.verify(user.passwordHash, request.currentPassword))) {
    throw new InvalidInputError(
      'The current password is incorrect.',
      [{ field: 'body.currentPassword', problem: 'is incorrect' }],
      'wrong_current_password',
    );
  }
  assertAcceptablePassword('body.newPassword', request.newPassword, user.email);
  if (await context.passwordHasher.verify(user.passwordHash, request.newPassword)) {
    throw new InvalidInputError(
      'The new password must differ from the current one.',
      [{ field: 'body.newPassword', problem: 'must differ from the current password' }],
      'password_unchanged',
    );
  }
  const passwordHash = await context.passwordHasher.hash(request.newPassword);
  return inTransaction(context.database, async (trx) => {
    await trx
      .updateTable('user_account')
      .set({
        password_hash: passwordHash,
        must_change_password: 0,
        updated_at: context.clock.now().toISOString(),
        version: user.version + 1,
      })
      .where('id', '=', userId)
      .execute();
    await deleteSessionsOfUser(trx, userId);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: userId,
      teamId: null,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: userId,
      changes: {},
      ip: client.ip,
    });
    const session = await startSession(context, trx, userId, client);
    return { ...session, user: toUser((await findUserById(trx, userId))!) };
  });
}

const SETUP_TOKEN_SETTING = 'setup_token_sha256';

/**
 * On an instance with no account yet, makes a new one-time setup token (replacing any earlier
 * one) and returns it; only its hash is kept. Returns undefined once an account exists.
 */
export async function prepareFirstRunSetup(context: AppContext): Promise<string | undefined> {
  return inTransaction(context.database, async (trx) => {
    if ((await countUsers(trx)) > 0) {
      await deleteSetting(trx, SETUP_TOKEN_SETTING);
      return undefined;
    }
    const token = newSecret();
    await writeSetting(trx, SETUP_TOKEN_SETTING, sha256(token), context.clock.now());
    return token;
  });
}

export async function isSetupRequired(context: AppContext): Promise<boolean> {
  return (await countUsers(context.database.db)) === 0;
}

const invalidSetupToken = () =>
  new DomainError(
    'forbidden',
    'invalid_setup_token',
    'The setup link is not valid. Use the link the server printed at start.',
  );

/** Creates the first system administrator, only with the token printed at start, only once. */
export async function completeFirstRunSetup(
  context: AppContext,
  request: SetupRequest,
  client: Client,
): Promise<SignedIn> {
  const storedHash = await readSetting(context.database.db, SETUP_TOKEN_SETTING);
  if (!storedHash || !equalInConstantTime(storedHash, sha256(request.token))) throw invalidSetupToken();
  if (!(await isSetupRequired(context))) throw invalidSetupToken();
  const user = await createUser(
    context,
    {
      email: request.email,
      displayName: request.displayName,
      temporaryPassword: request.password,
      preferredLanguage: request.preferredLanguage,
      systemAdmin: true,
      mustChangePassword: false,
    },
    { userId: null, ip: client.ip },
    'body.password',
  );
  return inTransaction(context.database, async (trx) => {
    // Consumed in the same transaction as the session: a second use finds no token.
    const stillThere = await readSetting(trx, SETUP_TOKEN_SETTING);
    if (!stillThere) throw invalidSetupToken();
    await deleteSetting(trx, SETUP_TOKEN_SETTING);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: user.id,
      teamId: null,
      action: 'instance.setup_completed',
      entityType: 'user',
      entityId: user.id,
      changes: {},
      ip: client.ip,
    });
    const session = await startSession(context, trx, user.id, client);
    return { ...session, user };
  });
}
