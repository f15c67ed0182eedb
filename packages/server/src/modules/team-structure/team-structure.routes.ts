import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createTeamMemberRequestSchema,
  idSchema,
  languageSchema,
  replaceAssignmentsRequestSchema,
  replaceRoleNamesRequestSchema,
  roleKeySchema,
  roleListSchema,
  roleNamesSchema,
  roleSchema,
  teamMemberListSchema,
  teamMemberSchema,
  teamStructureSchema,
  updateRoleRequestSchema,
  updateTeamMemberRequestSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { requireCaller } from '../auth/caller.js';
import {
  createMember,
  getMember,
  getMembers,
  getRoleNames,
  getRoles,
  getTeamStructure,
  removeMember,
  setMemberAssignments,
  setRoleNames,
  updateMember,
  updateRole,
} from './team-structure.service.js';

const teamParams = z.strictObject({ teamId: idSchema });
const memberParams = z.strictObject({ teamId: idSchema, memberId: idSchema });
/** Who may see the roster: everyone in the team but viewers, who see aggregates only. */
const ROSTER_READERS = ['lead', 'member', 'assessor'] as const;

export const teamStructureRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/roles',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: ['team structure'],
        summary: 'The roles catalogue, in ?lang= or else the caller’s preferred language',
        querystring: z.strictObject({ lang: languageSchema.optional() }),
        response: { 200: roleListSchema },
      },
    },
    async (request) => {
      const { user } = requireCaller(request.caller);
      return { roles: await getRoles(context, request.query.lang ?? user.preferredLanguage) };
    },
  );

  app.patch(
    '/api/roles/:roleKey',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: ['team structure'],
        summary: 'Edit a role of the catalogue (e.g. make the Integration Expert optional)',
        params: z.strictObject({ roleKey: roleKeySchema }),
        body: updateRoleRequestSchema,
        response: { 200: roleSchema },
      },
    },
    async (request) => updateRole(context, request.params.roleKey, request.body, actorOf(request)),
  );

  app.get(
    '/api/teams/:teamId/role-names',
    {
      config: { access: access.team(['lead', 'member', 'assessor', 'viewer'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'The team’s local names for the framework’s roles',
        params: teamParams,
        response: { 200: roleNamesSchema },
      },
    },
    async (request) => ({ roleNames: await getRoleNames(context, request.params.teamId) }),
  );

  app.put(
    '/api/teams/:teamId/role-names',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'Replace the team’s local role names (roles left out use the framework’s name)',
        params: teamParams,
        body: replaceRoleNamesRequestSchema,
        response: { 200: roleNamesSchema },
      },
    },
    async (request) => ({
      roleNames: await setRoleNames(context, request.params.teamId, request.body.roleNames, actorOf(request)),
    }),
  );

  app.get(
    '/api/teams/:teamId/members',
    {
      config: { access: access.team(ROSTER_READERS, { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'The team’s roster with role assignments',
        params: teamParams,
        response: { 200: teamMemberListSchema },
      },
    },
    async (request) => ({ members: await getMembers(context, request.params.teamId) }),
  );

  app.post(
    '/api/teams/:teamId/members',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'Add a person to the roster',
        params: teamParams,
        body: createTeamMemberRequestSchema,
        response: { 201: teamMemberSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createMember(context, request.params.teamId, request.body, actorOf(request))),
  );

  app.get(
    '/api/teams/:teamId/members/:memberId',
    {
      config: { access: access.team(ROSTER_READERS, { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'One member',
        params: memberParams,
        response: { 200: teamMemberSchema },
      },
    },
    async (request) => getMember(context, request.params.teamId, request.params.memberId),
  );

  app.patch(
    '/api/teams/:teamId/members/:memberId',
    {
      config: { access: access.team(['lead', 'member'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'Edit a member (a lead any member; a member their own profile)',
        params: memberParams,
        body: updateTeamMemberRequestSchema,
        response: { 200: teamMemberSchema },
      },
    },
    async (request) => {
      const { user } = requireCaller(request.caller);
      const isLead = user.systemAdmin || request.teamRoles.includes('lead');
      return updateMember(context, request.params.teamId, request.params.memberId, request.body, {
        ...actorOf(request),
        mayEditOnlyOwnProfile: !isLead,
      });
    },
  );

  app.delete(
    '/api/teams/:teamId/members/:memberId',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'Remove a person from the roster (to record a departure, set an end date instead)',
        params: memberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeMember(context, request.params.teamId, request.params.memberId, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/teams/:teamId/members/:memberId/roles',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'Replace a member’s role assignments with the full list given',
        params: memberParams,
        body: replaceAssignmentsRequestSchema,
        response: { 200: teamMemberSchema },
      },
    },
    async (request) =>
      setMemberAssignments(
        context,
        request.params.teamId,
        request.params.memberId,
        request.body,
        actorOf(request),
      ),
  );

  app.get(
    '/api/teams/:teamId/structure',
    {
      config: { access: access.team(['lead', 'member', 'assessor', 'viewer'], { systemAdmin: true }) },
      schema: {
        tags: ['team structure'],
        summary: 'Role coverage, competency coverage, findings, the next position to fill, and turnover',
        params: teamParams,
        response: { 200: teamStructureSchema },
      },
    },
    async (request) => {
      const { user } = requireCaller(request.caller);
      const withMembers =
        user.systemAdmin || request.teamRoles.some((role) => ROSTER_READERS.includes(role as never));
      return getTeamStructure(context, request.params.teamId, { withMembers });
    },
  );
};
