import { randomUUID } from 'node:crypto';
import {
  NotFoundError,
  VersionConflictError,
  type CreateTokenRequest,
  type CreatedToken,
  type UpdateMeRequest,
  type User,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { newSecret, sha256 } from '../auth/secrets.js';
import { insertToken, revokeToken, toPersonalAccessToken } from '../auth/tokens.repository.js';
import { findUserById, toUser, updateUserIfVersion } from '../users/users.repository.js';

const TOKEN_PREFIX = 'ctpat_';

/** A person changes their own display name or preferred language. */
export async function updateOwnProfile(
  context: AppContext,
  userId: string,
  request: UpdateMeRequest,
  actor: Actor,
): Promise<User> {
  const { version, displayName, preferredLanguage } = request;
  return inTransaction(context.database, async (trx) => {
    const current = await findUserById(trx, userId);
    if (!current) throw new NotFoundError('There is no such user.', 'user_not_found');
    const changed = await updateUserIfVersion(trx, userId, version, {
      ...(displayName !== undefined ? { display_name: displayName } : {}),
      ...(preferredLanguage !== undefined ? { preferred_language: preferredLanguage } : {}),
      updated_at: context.clock.now().toISOString(),
    });
    if (!changed) throw new VersionConflictError('profile', toUser(current));
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: userId,
      teamId: null,
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: userId,
      changes: {
        ...(displayName !== undefined ? { displayName: { from: current.displayName, to: displayName } } : {}),
        ...(preferredLanguage !== undefined
          ? { preferredLanguage: { from: current.preferredLanguage, to: preferredLanguage } }
          : {}),
      },
      ip: actor.ip,
    });
    return toUser((await findUserById(trx, userId))!);
  });
}

/** A personal access token for scripts: the secret is returned this once, only its hash is kept. */
export async function createPersonalAccessToken(
  context: AppContext,
  userId: string,
  request: CreateTokenRequest,
  actor: Actor,
): Promise<CreatedToken> {
  const token = newSecret(TOKEN_PREFIX);
  const now = context.clock.now();
  const row = {
    id: randomUUID(),
    user_id: userId,
    name: request.name,
    token_hash: sha256(token),
    scope: request.scope,
    created_at: now.toISOString(),
    last_used_at: null,
    expires_at: request.expiresInDays
      ? new Date(now.getTime() + request.expiresInDays * 86_400_000).toISOString()
      : null,
    revoked_at: null,
  };
  await inTransaction(context.database, async (trx) => {
    await insertToken(trx, row);
    await appendAuditEvent(trx, {
      occurredAt: now,
      actorUserId: userId,
      teamId: null,
      action: 'token.created',
      entityType: 'personal_access_token',
      entityId: row.id,
      changes: { name: row.name, scope: row.scope, expiresAt: row.expires_at },
      ip: actor.ip,
    });
  });
  return { ...toPersonalAccessToken(row), token };
}

export async function revokePersonalAccessToken(
  context: AppContext,
  userId: string,
  tokenId: string,
  actor: Actor,
): Promise<void> {
  await inTransaction(context.database, async (trx) => {
    const now = context.clock.now();
    if (!(await revokeToken(trx, userId, tokenId, now.toISOString()))) {
      throw new NotFoundError('There is no such token.', 'token_not_found');
    }
    await appendAuditEvent(trx, {
      occurredAt: now,
      actorUserId: userId,
      teamId: null,
      action: 'token.revoked',
      entityType: 'personal_access_token',
      entityId: tokenId,
      changes: {},
      ip: actor.ip,
    });
  });
}
