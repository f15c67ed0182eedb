import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  confirmTwoFactorRequestSchema,
  disableTwoFactorRequestSchema,
  idSchema,
  recoveryCodesSchema,
  securitySettingsSchema,
  twoFactorEnrolmentSchema,
  twoFactorStatusSchema,
  updateSecuritySettingsRequestSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { requireCaller } from '../auth/caller.js';
import {
  confirmEnrolment,
  disableOwnTwoFactor,
  isTwoFactorRequiredForEveryone,
  resetTwoFactor,
  setTwoFactorRequiredForEveryone,
  startEnrolment,
  twoFactorStatus,
} from './two-factor.service.js';

export const twoFactorRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const enrolling = access.signedIn({ sessionOnly: true, duringAccountSetup: true });

  app.get(
    '/api/me/two-factor',
    {
      config: { access: access.signedIn({ duringAccountSetup: true }) },
      schema: {
        tags: ['me'],
        summary: 'Is two-factor sign-in on, and must it be?',
        response: { 200: twoFactorStatusSchema },
      },
    },
    async (request) => twoFactorStatus(context, requireCaller(request.caller).user),
  );

  app.post(
    '/api/me/two-factor/enrolment',
    {
      config: { access: enrolling },
      schema: {
        tags: ['me'],
        summary: 'Start enrolling an authenticator app: a new secret and its QR code',
        response: { 200: twoFactorEnrolmentSchema },
      },
    },
    async (request) => startEnrolment(context, requireCaller(request.caller).user),
  );

  app.post(
    '/api/me/two-factor/enrolment/confirm',
    {
      config: { access: enrolling },
      schema: {
        tags: ['me'],
        summary: 'Confirm with a code from the app; returns ten recovery codes, shown this once',
        body: confirmTwoFactorRequestSchema,
        response: { 200: recoveryCodesSchema },
      },
    },
    async (request) => ({
      recoveryCodes: await confirmEnrolment(
        context,
        requireCaller(request.caller).user.id,
        request.body.code,
        actorOf(request),
      ),
    }),
  );

  app.post(
    '/api/me/two-factor/disable',
    {
      config: { access: access.signedIn({ sessionOnly: true }) },
      schema: {
        tags: ['me'],
        summary: 'Turn two-factor sign-in off (password and a code needed; not for accounts that require it)',
        body: disableTwoFactorRequestSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await disableOwnTwoFactor(context, requireCaller(request.caller).user, request.body, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/users/:userId/two-factor/reset',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: ['users'],
        summary: 'Reset a person’s second factor (lost phone); they enrol again at next sign-in',
        params: z.strictObject({ userId: idSchema }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await resetTwoFactor(context, request.params.userId, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/settings/security',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: ['settings'],
        summary: 'Instance security settings',
        response: { 200: securitySettingsSchema },
      },
    },
    async () => ({ twoFactorRequiredForEveryone: await isTwoFactorRequiredForEveryone(context.database.db) }),
  );

  app.put(
    '/api/settings/security',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: ['settings'],
        summary: 'Require two-factor sign-in for everyone (it is always required for system admins)',
        body: updateSecuritySettingsRequestSchema,
        response: { 200: securitySettingsSchema },
      },
    },
    async (request) => ({
      twoFactorRequiredForEveryone: await setTwoFactorRequiredForEveryone(
        context,
        request.body.twoFactorRequiredForEveryone,
        actorOf(request),
      ),
    }),
  );
};
