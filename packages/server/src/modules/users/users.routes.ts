import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUserRequestSchema,
  idSchema,
  updateUserRequestSchema,
  userListSchema,
  userSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { createUser, getUser, listAllUsers, updateUser } from './users.service.js';

const userParams = z.strictObject({ userId: idSchema });

export const usersRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/users',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: ['users'],
        summary: 'Every account on this instance',
        response: { 200: userListSchema },
      },
    },
    async () => ({ users: await listAllUsers(context) }),
  );

  app.post(
    '/api/users',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: ['users'],
        summary: 'Create an account with a temporary password, to be changed at first sign-in',
        body: createUserRequestSchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(context, request.body, actorOf(request))),
  );

  app.get(
    '/api/users/:userId',
    {
      config: { access: access.systemAdmin() },
      schema: { tags: ['users'], summary: 'One account', params: userParams, response: { 200: userSchema } },
    },
    async (request) => getUser(context, request.params.userId),
  );

  app.patch(
    '/api/users/:userId',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: ['users'],
        summary: 'Rename, deactivate, make admin, or set a temporary password',
        params: userParams,
        body: updateUserRequestSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => updateUser(context, request.params.userId, request.body, actorOf(request)),
  );
};
