import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordRequestSchema,
  createTokenRequestSchema,
  createdTokenSchema,
  idSchema,
  meResponseSchema,
  tokenListSchema,
  updateMeRequestSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { changeOwnPassword } from '../auth/auth.service.js';
import { requireCaller } from '../auth/caller.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { listActiveTokens, toPersonalAccessToken } from '../auth/tokens.repository.js';
import { toUser } from '../users/users.repository.js';
import { buildMeResponse } from './me-response.js';
import { createPersonalAccessToken, revokePersonalAccessToken, updateOwnProfile } from './me.service.js';

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
      const user = await updateOwnProfile(context, caller.user.id, request.body, actorOf(request));
      return buildMeResponse(context, user, caller.via === 'session' ? caller.csrfToken : null);
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
      const created = await createPersonalAccessToken(
        context,
        caller.user.id,
        request.body,
        actorOf(request),
      );
      return reply.code(201).send(created);
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
      await revokePersonalAccessToken(context, caller.user.id, request.params.tokenId, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
