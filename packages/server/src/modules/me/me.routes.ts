import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  NotFoundError,
  VersionConflictError,
  changePasswordRequestSchema,
  createTokenRequestSchema,
  createdTokenSchema,
  idSchema,
  meResponseSchema,
  tokenListSchema,
  updateMeRequestSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction } from '../../db/transaction.js';
import { access } from '../../http/route-access.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import { changeOwnPassword } from '../auth/auth.service.js';
import { requireCaller } from '../auth/caller.js';
import { newSecret, sha256 } from '../auth/secrets.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import {
  insertToken,
  listActiveTokens,
  revokeToken,
  toPersonalAccessToken,
} from '../auth/tokens.repository.js';
import { buildMeResponse } from './me-response.js';
import { findUserById, toUser, updateUserIfVersion } from '../users/users.repository.js';

const TOKEN_PREFIX = 'ctpat_';

export const meRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/me',
    {
      config: { access: access.signedIn({ duringAccountSetup: true }) },
      schema: {
        tags: ['me'],
        summary: 'The signed-in person, their teams and roles',
        response: { 200: meResponseSchema },
      },
    },
    async (request) => {
      const caller = requireCaller(request.caller);
      return buildMeResponse(
        context,
        toUser(caller.user),
        caller.via === 'session' ? caller.csrfToken : null,
      );
    },
  );

  app.patch(
    '/api/me',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: ['me'],
        summary: 'Change my display name or preferred language',
        body: updateMeRequestSchema,
        response: { 200: meResponseSchema },
      },
    },
    async (request) => {
      const caller = requireCaller(request.caller);
      const { version, displayName, preferredLanguage } = request.body;
      await inTransaction(context.database, async (trx) => {
        const current = (await findUserById(trx, caller.user.id))!;
        const changed = await updateUserIfVersion(trx, current.id, version, {
          ...(displayName !== undefined ? { display_name: displayName } : {}),
          ...(preferredLanguage !== undefined ? { preferred_language: preferredLanguage } : {}),
          updated_at: context.clock.now().toISOString(),
        });
        if (!changed) throw new VersionConflictError('profile', toUser(current));
        await appendAuditEvent(trx, {
          occurredAt: context.clock.now(),
          actorUserId: current.id,
          teamId: null,
          action: 'user.profile_updated',
          entityType: 'user',
          entityId: current.id,
          changes: {
            ...(displayName !== undefined
              ? { displayName: { from: current.displayName, to: displayName } }
              : {}),
            ...(preferredLanguage !== undefined
              ? { preferredLanguage: { from: current.preferredLanguage, to: preferredLanguage } }
              : {}),
          },
          ip: request.ip,
        });
      });
      const user = (await findUserById(context.database.db, caller.user.id))!;
      return buildMeResponse(context, toUser(user), caller.via === 'session' ? caller.csrfToken : null);
    },
  );

  app.post(
    '/api/me/password',
    {
      config: { access: access.signedIn({ sessionOnly: true, duringAccountSetup: true }) },
      schema: {
        tags: ['me'],
        summary: 'Change my password; every other session of mine ends',
        body: changePasswordRequestSchema,
        response: { 200: meResponseSchema },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request.caller);
      const signedIn = await changeOwnPassword(context, caller.user.id, request.body, {
        ip: request.ip,
        userAgent: String(request.headers['user-agent'] ?? ''),
      });
      setSessionCookie(request, reply, signedIn.token);
      return buildMeResponse(context, signedIn.user, signedIn.csrfToken);
    },
  );

  app.get(
    '/api/me/tokens',
    {
      config: { access: access.signedIn({ sessionOnly: true }) },
      schema: {
        tags: ['me'],
        summary: 'My personal access tokens (never their secrets)',
        response: { 200: tokenListSchema },
      },
    },
    async (request) => {
      const caller = requireCaller(request.caller);
      const rows = await listActiveTokens(context.database.db, caller.user.id);
      return { tokens: rows.map(toPersonalAccessToken) };
    },
  );

  app.post(
    '/api/me/tokens',
    {
      config: { access: access.signedIn({ sessionOnly: true }) },
      schema: {
        tags: ['me'],
        summary: 'Create a personal access token for scripts; the secret is shown this once',
        body: createTokenRequestSchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request.caller);
      const token = newSecret(TOKEN_PREFIX);
      const now = context.clock.now();
      const row = {
        id: randomUUID(),
        user_id: caller.user.id,
        name: request.body.name,
        token_hash: sha256(token),
        scope: request.body.scope,
        created_at: now.toISOString(),
        last_used_at: null,
        expires_at: request.body.expiresInDays
          ? new Date(now.getTime() + request.body.expiresInDays * 86_400_000).toISOString()
          : null,
        revoked_at: null,
      };
      await inTransaction(context.database, async (trx) => {
        await insertToken(trx, row);
        await appendAuditEvent(trx, {
          occurredAt: now,
          actorUserId: caller.user.id,
          teamId: null,
          action: 'token.created',
          entityType: 'personal_access_token',
          entityId: row.id,
          changes: { name: row.name, scope: row.scope, expiresAt: row.expires_at },
          ip: request.ip,
        });
      });
      return reply.code(201).send({ ...toPersonalAccessToken(row), token });
    },
  );

  app.delete(
    '/api/me/tokens/:tokenId',
    {
      config: { access: access.signedIn({ sessionOnly: true }) },
      schema: {
        tags: ['me'],
        summary: 'Revoke one of my personal access tokens',
        params: z.strictObject({ tokenId: idSchema }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request.caller);
      await inTransaction(context.database, async (trx) => {
        const now = context.clock.now();
        if (!(await revokeToken(trx, caller.user.id, request.params.tokenId, now.toISOString()))) {
          throw new NotFoundError('There is no such token.', 'token_not_found');
        }
        await appendAuditEvent(trx, {
          occurredAt: now,
          actorUserId: caller.user.id,
          teamId: null,
          action: 'token.revoked',
          entityType: 'personal_access_token',
          entityId: request.params.tokenId,
          changes: {},
          ip: request.ip,
        });
      });
      return reply.code(204).send(null);
    },
  );
};
