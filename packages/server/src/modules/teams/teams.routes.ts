import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createTeamRequestSchema,
  grantTeamAccessRequestSchema,
  idSchema,
  teamAccessListSchema,
  teamListSchema,
  teamRoleSchema,
  teamSchema,
  updateTeamRequestSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { requireCaller } from '../auth/caller.js';
import {
  createTeam,
  getTeam,
  getTeamAccess,
  grantTeamAccess,
  listVisibleTeams,
  removeTeam,
  revokeTeamAccess,
  updateTeam,
} from './teams.service.js';

const teamParams = z.strictObject({ teamId: idSchema });

export const teamsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: ['teams'],
        summary: 'The teams I belong to (every team for a system admin)',
        response: { 200: teamListSchema },
      },
    },
    async (request) => {
      const { user } = requireCaller(request.caller);
      return { teams: await listVisibleTeams(context, user) };
    },
  );

  app.post(
    '/api/teams',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: ['teams'],
        summary: 'Create a team',
        body: createTeamRequestSchema,
        response: { 201: teamSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createTeam(context, request.body, actorOf(request))),
  );

  app.get(
    '/api/teams/:teamId',
    {
      config: { access: access.team(['lead', 'member', 'assessor', 'viewer'], { systemAdmin: true }) },
      schema: { tags: ['teams'], summary: 'One team', params: teamParams, response: { 200: teamSchema } },
    },
    async (request) => getTeam(context, request.params.teamId),
  );

  app.patch(
    '/api/teams/:teamId',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['teams'],
        summary: 'Edit a team (send the version you read; a stale one gets 409)',
        params: teamParams,
        body: updateTeamRequestSchema,
        response: { 200: teamSchema },
      },
    },
    async (request) => updateTeam(context, request.params.teamId, request.body, actorOf(request)),
  );

  app.delete(
    '/api/teams/:teamId',
    {
      config: { access: access.team([], { systemAdmin: true }) },
      schema: {
        tags: ['teams'],
        summary: 'Delete a team and everything in it',
        params: teamParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeTeam(context, request.params.teamId, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/teams/:teamId/access',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['teams'],
        summary: 'Who has which role in the team',
        params: teamParams,
        response: { 200: teamAccessListSchema },
      },
    },
    async (request) => ({ access: await getTeamAccess(context, request.params.teamId) }),
  );

  app.post(
    '/api/teams/:teamId/access',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['teams'],
        summary: 'Grant a role in the team to an existing account',
        params: teamParams,
        body: grantTeamAccessRequestSchema,
        response: { 200: teamAccessListSchema },
      },
    },
    async (request) => {
      const { user } = requireCaller(request.caller);
      const result = await grantTeamAccess(context, request.params.teamId, request.body, {
        ...actorOf(request),
        systemAdmin: user.systemAdmin,
        rolesInTeam: request.teamRoles,
      });
      return { access: result };
    },
  );

  app.delete(
    '/api/teams/:teamId/access/:userId',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['teams'],
        summary: 'Revoke a person’s roles in the team (one role with ?role=)',
        params: z.strictObject({ teamId: idSchema, userId: idSchema }),
        querystring: z.strictObject({ role: teamRoleSchema.optional() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { user } = requireCaller(request.caller);
      await revokeTeamAccess(context, request.params.teamId, request.params.userId, request.query.role, {
        ...actorOf(request),
        systemAdmin: user.systemAdmin,
      });
      return reply.code(204).send(null);
    },
  );
};
