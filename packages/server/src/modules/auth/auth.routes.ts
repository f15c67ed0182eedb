import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginRequestSchema, meResponseSchema, setupRequestSchema, setupStatusSchema } from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { buildMeResponse } from '../me/me-response.js';
import { completeFirstRunSetup, isSetupRequired, signIn, signOut, type SignedIn } from './auth.service.js';
import { requireCaller } from './caller.js';
import { sha256 } from './secrets.js';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie.js';

export const authRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const client = (request: { ip: string; headers: Record<string, unknown> }) => ({
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? ''),
  });
  const meOf = (signedIn: SignedIn) => buildMeResponse(context, signedIn.user, signedIn.csrfToken);

  app.post(
    '/api/auth/login',
    {
      config: { access: access.public() },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: loginRequestSchema,
        response: { 200: meResponseSchema },
      },
    },
    async (request, reply) => {
      let signedIn: SignedIn;
      try {
        signedIn = await signIn(context, request.body, client(request));
      } catch (error) {
        request.log.warn({ email: request.body.email, ip: request.ip, err: error }, 'sign-in refused');
        throw error;
      }
      // Whatever session this browser had before is ended: a new id at every sign-in.
      const previous = readSessionToken(request);
      if (previous) await signOut(context, sha256(previous));
      request.log.info({ userId: signedIn.user.id, ip: request.ip }, 'signed in');
      setSessionCookie(request, reply, signedIn.token);
      return meOf(signedIn);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: access.signedIn({ sessionOnly: true, duringAccountSetup: true }) },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: the session ends on the server',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request.caller);
      if (caller.via === 'session') await signOut(context, caller.sessionIdHash);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/setup',
    {
      config: { access: access.public() },
      schema: {
        tags: ['auth'],
        summary: 'Does this instance still need its first administrator?',
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({ setupRequired: await isSetupRequired(context) }),
  );

  app.post(
    '/api/setup',
    {
      config: { access: access.public() },
      schema: {
        tags: ['auth'],
        summary: 'Create the first administrator with the one-time token printed at start',
        body: setupRequestSchema,
        response: { 201: meResponseSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await completeFirstRunSetup(context, request.body, client(request));
      request.log.info({ userId: signedIn.user.id, ip: request.ip }, 'first administrator created');
      setSessionCookie(request, reply, signedIn.token);
      return reply.code(201).send(await meOf(signedIn));
    },
  );
};
