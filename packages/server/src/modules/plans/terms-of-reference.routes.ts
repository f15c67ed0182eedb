import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idSchema,
  putTermsOfReferenceRequestSchema,
  termsOfReferenceListSchema,
  termsOfReferenceSchema,
  torParamsRoleKeySchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { readerLanguage } from '../../http/reader-language.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import {
  getTermsOfReference,
  listTeamTermsOfReference,
  putTermsOfReference,
} from './terms-of-reference.service.js';

const teamParams = z.strictObject({ teamId: idSchema });
const torParams = z.strictObject({ teamId: idSchema, roleKey: torParamsRoleKeySchema });
const TAGS = ['capacity building plan'];
const READERS = access.team(['lead', 'member', 'assessor', 'viewer'], { systemAdmin: true });

export const termsOfReferenceRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/tors',
    {
      config: { access: READERS },
      schema: {
        tags: TAGS,
        summary:
          'Terms of reference of the core positions (the default text, in the reader’s language, until the team edits it), then any other role the team wrote terms for',
        params: teamParams,
        response: { 200: termsOfReferenceListSchema },
      },
    },
    async (request) => ({
      termsOfReference: await listTeamTermsOfReference(
        context,
        request.params.teamId,
        readerLanguage(request),
      ),
    }),
  );

  app.get(
    '/api/teams/:teamId/tors/:roleKey',
    {
      config: { access: READERS },
      schema: {
        tags: TAGS,
        summary:
          'A position’s terms of reference (isDefault and version 0 until the team edits them; the default is in the reader’s language)',
        params: torParams,
        response: { 200: termsOfReferenceSchema },
      },
    },
    async (request) =>
      getTermsOfReference(context, request.params.teamId, request.params.roleKey, readerLanguage(request)),
  );

  app.put(
    '/api/teams/:teamId/tors/:roleKey',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: TAGS,
        summary: 'Write a position’s terms of reference (leads; version 0 replaces the default)',
        params: torParams,
        body: putTermsOfReferenceRequestSchema,
        response: { 200: termsOfReferenceSchema },
      },
    },
    async (request) =>
      putTermsOfReference(
        context,
        request.params.teamId,
        request.params.roleKey,
        request.body,
        actorOf(request),
      ),
  );
};
