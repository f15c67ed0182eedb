import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  NotFoundError,
  VersionConflictError,
  type CreateUserRequest,
  type UpdateUserRequest,
  type User,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction } from '../../db/transaction.js';
import type { UserAccountUpdate } from '../../db/schema.js';
import { assertAcceptablePassword } from '../accounts/password-rules.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { deleteSessionsOfUser } from '../auth/sessions.repository.js';
import {
  emailKey,
  findUserByEmail,
  findUserById,
  insertUser,
  listUsers,
  toUser,
  updateUserIfVersion,
} from './users.repository.js';

export async function listAllUsers(context: AppContext): Promise<User[]> {
  return (await listUsers(context.database.db)).map(toUser);
}

export async function getUser(context: AppContext, userId: string): Promise<User> {
  const user = await findUserById(context.database.db, userId);
  if (!user) throw new NotFoundError('There is no such user.', 'user_not_found');
  return toUser(user);
}

export const duplicateEmail = () =>
  new ConflictError(
    'An account with this email address already exists.',
    [{ field: 'body.email', problem: 'is already used by another account' }],
    'email_taken',
  );

/**
 * Creates an account with a temporary password (or, for the first administrator, their own).
 * Used by the admin API, the setup page and `coreteam create-admin`.
 */
export async function createUser(
  context: AppContext,
  request: CreateUserRequest & { mustChangePassword?: boolean },
  actor: Actor,
  passwordField = 'body.temporaryPassword',
): Promise<User> {
  assertAcceptablePassword(passwordField, request.temporaryPassword, request.email);
  const passwordHash = await context.passwordHasher.hash(request.temporaryPassword);
  const now = context.clock.now().toISOString();
  const id = randomUUID();
  return inTransaction(context.database, async (trx) => {
    if (await findUserByEmail(trx, request.email)) throw duplicateEmail();
    await insertUser(trx, {
      id,
      email: request.email.trim(),
      email_key: emailKey(request.email),
      display_name: request.displayName,
      password_hash: passwordHash,
      preferred_language: request.preferredLanguage,
      is_active: 1,
      is_system_admin: request.systemAdmin ? 1 : 0,
      must_change_password: request.mustChangePassword === false ? 0 : 1,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId ?? id,
      teamId: null,
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      changes: {
        email: request.email.trim(),
        displayName: request.displayName,
        systemAdmin: request.systemAdmin,
        preferredLanguage: request.preferredLanguage,
      },
      ip: actor.ip,
    });
    const created = await findUserById(trx, id);
    return toUser(created!);
  });
}

/** A system admin edits an account: name, active flag, admin flag, or a new temporary password. */
export async function updateUser(
  context: AppContext,
  userId: string,
  request: UpdateUserRequest,
  actor: Actor,
): Promise<User> {
  const existing = await findUserById(context.database.db, userId);
  if (!existing) throw new NotFoundError('There is no such user.', 'user_not_found');
  if (request.temporaryPassword !== undefined) {
    assertAcceptablePassword('body.temporaryPassword', request.temporaryPassword, existing.email);
  }
  if (userId === actor.userId && (request.active === false || request.systemAdmin === false)) {
    throw new ConflictError(
      'You cannot deactivate your own account or remove your own administrator rights; ask another administrator.',
      [
        {
          field: request.active === false ? 'body.active' : 'body.systemAdmin',
          problem: 'cannot be changed on yourself',
        },
      ],
      'cannot_change_self',
    );
  }
  const passwordHash =
    request.temporaryPassword === undefined
      ? undefined
      : await context.passwordHasher.hash(request.temporaryPassword);

  return inTransaction(context.database, async (trx) => {
    const current = await findUserById(trx, userId);
    if (!current) throw new NotFoundError('There is no such user.', 'user_not_found');
    if (current.version !== request.version) throw new VersionConflictError('user', toUser(current));

    const changes: Omit<UserAccountUpdate, 'version' | 'id'> = {
      updated_at: context.clock.now().toISOString(),
    };
    const audit: Record<string, unknown> = {};
    if (request.displayName !== undefined && request.displayName !== current.displayName) {
      changes.display_name = request.displayName;
      audit.displayName = { from: current.displayName, to: request.displayName };
    }
    if (request.active !== undefined && request.active !== current.active) {
      changes.is_active = request.active ? 1 : 0;
      audit.active = { from: current.active, to: request.active };
    }
    if (request.systemAdmin !== undefined && request.systemAdmin !== current.systemAdmin) {
      changes.is_system_admin = request.systemAdmin ? 1 : 0;
      audit.systemAdmin = { from: current.systemAdmin, to: request.systemAdmin };
    }
    if (passwordHash !== undefined) {
      changes.password_hash = passwordHash;
      changes.must_change_password = 1;
      audit.temporaryPassword = 'set';
    }
    if (!(await updateUserIfVersion(trx, userId, request.version, changes))) {
      throw new VersionConflictError('user', toUser((await findUserById(trx, userId))!));
    }
    if (changes.is_active === 0 || passwordHash !== undefined || changes.is_system_admin === 0) {
      await deleteSessionsOfUser(trx, userId);
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: null,
      action: 'user.updated',
      entityType: 'user',
      entityId: userId,
      changes: audit,
      ip: actor.ip,
    });
    return toUser((await findUserById(trx, userId))!);
  });
}
