import { randomBytes, randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  type TwoFactorEnrolment,
  type TwoFactorStatus,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { equalInConstantTime, sha256 } from '../auth/secrets.js';
import { deleteSessionsOfUser } from '../auth/sessions.repository.js';
import { readSetting, writeSetting } from '../auth/system-settings.repository.js';
import { findUserById, type UserRecord } from '../users/users.repository.js';
import { matchTotpStep, newTotpSecret, otpauthUri } from './totp.js';

const REQUIRED_FOR_EVERYONE = 'two_factor_required_for_everyone';
const RECOVERY_CODE_COUNT = 10;

export async function isTwoFactorRequiredForEveryone(db: Executor): Promise<boolean> {
  return (await readSetting(db, REQUIRED_FOR_EVERYONE)) === 'true';
}

export async function setTwoFactorRequiredForEveryone(
  context: AppContext,
  required: boolean,
  actor: Actor,
): Promise<boolean> {
  await inTransaction(context.database, async (trx) => {
    await writeSetting(trx, REQUIRED_FOR_EVERYONE, String(required), context.clock.now());
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: null,
      action: 'settings.two_factor_required_set',
      entityType: 'setting',
      entityId: REQUIRED_FOR_EVERYONE,
      changes: { to: required },
      ip: actor.ip,
    });
  });
  return required;
}

/** System admins always need a second factor; everyone else when the instance says so. */
export async function isTwoFactorRequired(
  db: Executor,
  user: Pick<UserRecord, 'systemAdmin'>,
): Promise<boolean> {
  return user.systemAdmin || (await isTwoFactorRequiredForEveryone(db));
}

export async function twoFactorStatus(context: AppContext, user: UserRecord): Promise<TwoFactorStatus> {
  const db = context.database.db;
  const left = await db
    .selectFrom('recovery_code')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('user_id', '=', user.id)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    enabled: user.twoFactorEnabled,
    required: await isTwoFactorRequired(db, user),
    recoveryCodesLeft: user.twoFactorEnabled ? Number(left.count) : 0,
  };
}

export async function startEnrolment(context: AppContext, user: UserRecord): Promise<TwoFactorEnrolment> {
  if (user.twoFactorEnabled) {
    throw new ConflictError(
      'Two-factor sign-in is already on. Turn it off first to enrol a new device.',
      [],
      'two_factor_already_enabled',
    );
  }
  const secret = newTotpSecret();
  await context.database.db
    .updateTable('user_account')
    .set({ totp_secret: secret, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', user.id)
    .execute();
  const uri = otpauthUri(secret, user.email);
  return { secret, otpauthUri: uri, qrCodeSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

function newRecoveryCode(): string {
  const raw = randomBytes(5).toString('hex');
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

const wrongCode = (field = 'body.code') =>
  new InvalidInputError(
    'The code is not valid. Check the time on your phone and try the newest code.',
    [{ field, problem: 'is not a valid code' }],
    'invalid_two_factor_code',
  );

export async function confirmEnrolment(
  context: AppContext,
  userId: string,
  code: string,
  actor: Actor,
): Promise<string[]> {
  return inTransaction(context.database, async (trx) => {
    const row = await trx
      .selectFrom('user_account')
      .select(['totp_secret', 'totp_enabled_at'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    if (row.totp_enabled_at !== null) {
      throw new ConflictError('Two-factor sign-in is already on.', [], 'two_factor_already_enabled');
    }
    if (!row.totp_secret) {
      throw new ConflictError('Start the enrolment first.', [], 'two_factor_enrolment_not_started');
    }
    const step = matchTotpStep(row.totp_secret, code, context.clock.now(), null);
    if (step === null) throw wrongCode();
    await trx
      .updateTable('user_account')
      .set({ totp_enabled_at: context.clock.now().toISOString(), totp_last_step: step })
      .where('id', '=', userId)
      .execute();
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await trx.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
    await trx
      .insertInto('recovery_code')
      .values(
        codes.map((recovery) => ({
          id: randomUUID(),
          user_id: userId,
          code_hash: sha256(recovery),
          used_at: null,
        })),
      )
      .execute();
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: null,
      action: 'user.two_factor_enabled',
      entityType: 'user',
      entityId: userId,
      changes: {},
      ip: actor.ip,
    });
    return codes;
  });
}

/**
 * Accepts a current TOTP code (once) or an unused recovery code (once). Call inside the
 * transaction that acts on the result, so a code cannot be used twice concurrently.
 */
export async function acceptSecondFactor(
  trx: Executor,
  user: UserRecord,
  code: string,
  now: Date,
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const normalised = code.trim().toLowerCase();
  const step = matchTotpStep(user.totpSecret, normalised, now, user.totpLastStep);
  if (step !== null) {
    const result = await trx
      .updateTable('user_account')
      .set({ totp_last_step: step })
      .where('id', '=', user.id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
  const unused = await trx
    .selectFrom('recovery_code')
    .select(['id', 'code_hash'])
    .where('user_id', '=', user.id)
    .where('used_at', 'is', null)
    .execute();
  const hash = sha256(normalised);
  const match = unused.find((candidate) => equalInConstantTime(candidate.code_hash, hash));
  if (!match) return false;
  const used = await trx
    .updateTable('recovery_code')
    .set({ used_at: now.toISOString() })
    .where('id', '=', match.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

async function clearTwoFactor(trx: Executor, userId: string): Promise<void> {
  await trx
    .updateTable('user_account')
    .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  await trx.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
}

export async function disableOwnTwoFactor(
  context: AppContext,
  user: UserRecord,
  request: { password: string; code: string },
  actor: Actor,
): Promise<void> {
  if (!user.twoFactorEnabled)
    throw new ConflictError('Two-factor sign-in is not on.', [], 'two_factor_not_enabled');
  if (await isTwoFactorRequired(context.database.db, user)) {
    throw new ConflictError('Your account must keep two-factor sign-in.', [], 'two_factor_required');
  }
  if (!(await context.passwordHasher.verify(user.passwordHash, request.password))) {
    throw new InvalidInputError(
      'The password is incorrect.',
      [{ field: 'body.password', problem: 'is incorrect' }],
      'wrong_password',
    );
  }
  await inTransaction(context.database, async (trx) => {
    if (!(await acceptSecondFactor(trx, user, request.code, context.clock.now()))) throw wrongCode();
    await clearTwoFactor(trx, user.id);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: null,
      action: 'user.two_factor_disabled',
      entityType: 'user',
      entityId: user.id,
      changes: {},
      ip: actor.ip,
    });
  });
}

/** A system admin resets someone's second factor (a lost phone): they enrol again at next sign-in. */
export async function resetTwoFactor(context: AppContext, userId: string, actor: Actor): Promise<void> {
  await inTransaction(context.database, async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw new NotFoundError('There is no such user.', 'user_not_found');
    await clearTwoFactor(trx, userId);
    await deleteSessionsOfUser(trx, userId);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: null,
      action: 'user.two_factor_reset',
      entityType: 'user',
      entityId: userId,
      changes: { wasEnabled: user.twoFactorEnabled },
      ip: actor.ip,
    });
  });
}
