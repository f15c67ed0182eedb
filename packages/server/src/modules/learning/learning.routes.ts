import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  courseCatalogueSchema,
  courseCategoryListSchema,
  courseCategoryParamsSchema,
  courseCategorySchema,
  courseParamsSchema,
  courseSchema,
  createCourseRequestSchema,
  createLearningRecordRequestSchema,
  idSchema,
  learningPathParamsSchema,
  learningPathQuerySchema,
  learningPathSchema,
  learningRecordListSchema,
  learningRecordParamsSchema,
  learningRecordSchema,
  optimiseRequestSchema,
  optimiserProposalSchema,
  proposalParamsSchema,
  putCourseCategoryRequestSchema,
  recommendationsQuerySchema,
  recommendationsSchema,
  updateCourseRequestSchema,
  updateLearningRecordRequestSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { readerLanguage } from '../../http/reader-language.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { requireCaller } from '../auth/caller.js';
import type { PlanCaller } from '../plans/plan-access.js';
import {
  createCourse,
  getCatalogue,
  getCourseCategories,
  getLearningPath,
  putCourseCategory,
  updateCourse,
} from './courses.service.js';
import {
  createLearningRecord,
  deleteLearningRecord,
  getLearningRecords,
  updateLearningRecord,
} from './learning-records.service.js';
import type { LearningReader } from './member-learning-access.js';
import { acceptProposal, getProposal, optimisePlan } from './optimiser.service.js';
import { getRecommendations } from './recommendations.service.js';

const TAGS = ['learning'];
const memberParams = z.strictObject({ teamId: idSchema, memberId: idSchema });
const planParams = z.strictObject({ planId: idSchema });
/**
 * A member's learning is for the member, the team's leads, the member's assessors and system
 * admins; the service refuses other members (403) once it knows who the member is.
 */
const MEMBER_LEARNING = access.team(['lead', 'member', 'assessor'], { systemAdmin: true });

function learningReader(request: FastifyRequest): LearningReader {
  const { user } = requireCaller(request.caller);
  return { userId: user.id, systemAdmin: user.systemAdmin, teamRoles: request.teamRoles };
}

function planCaller(request: FastifyRequest): PlanCaller {
  const { user } = requireCaller(request.caller);
  return { userId: user.id, systemAdmin: user.systemAdmin };
}

export const learningRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  // -------------------------------------------------------------------------------------------
  // Catalogue

  app.get(
    '/api/courses',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: TAGS,
        summary:
          'The course catalogue: categories and courses (formats, costs, prerequisites, skill categories, roles), in the reader’s language',
        response: { 200: courseCatalogueSchema },
      },
    },
    async (request) => getCatalogue(context, readerLanguage(request)),
  );

  app.post(
    '/api/courses',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: TAGS,
        summary: 'Add a course to the catalogue (system admins); 400 for an unknown prerequisite or a cycle',
        body: createCourseRequestSchema,
        response: { 201: courseSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCourse(context, request.body, actorOf(request))),
  );

  app.put(
    '/api/courses/:courseKey',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: TAGS,
        summary: 'Change a course (system admins): fields left out stay; 409 on a stale version',
        params: courseParamsSchema,
        body: updateCourseRequestSchema,
        response: { 200: courseSchema },
      },
    },
    async (request) => updateCourse(context, request.params.courseKey, request.body, actorOf(request)),
  );

  app.get(
    '/api/course-categories',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: TAGS,
        summary: 'The course categories (the academy’s model), in the reader’s language',
        response: { 200: courseCategoryListSchema },
      },
    },
    async (request) => ({ categories: await getCourseCategories(context, readerLanguage(request)) }),
  );

  app.put(
    '/api/course-categories/:categoryKey',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: TAGS,
        summary: 'Create (version 0) or rename a course category (system admins)',
        params: courseCategoryParamsSchema,
        body: putCourseCategoryRequestSchema,
        response: { 200: courseCategorySchema, 201: courseCategorySchema },
      },
    },
    async (request, reply) => {
      const { category, created } = await putCourseCategory(
        context,
        request.params.categoryKey,
        request.body,
        actorOf(request),
      );
      return reply.code(created ? 201 : 200).send(category);
    },
  );

  app.get(
    '/api/roles/:roleKey/learning-path',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: TAGS,
        summary:
          'A role’s learning path, Introduction to DHIS2 first (?subRoleKey= for one sub-role’s steps)',
        params: learningPathParamsSchema,
        querystring: learningPathQuerySchema,
        response: { 200: learningPathSchema },
      },
    },
    async (request) =>
      getLearningPath(
        context,
        request.params.roleKey,
        request.query.subRoleKey ?? null,
        readerLanguage(request),
      ),
  );

  // -------------------------------------------------------------------------------------------
  // A member's learning

  app.get(
    '/api/teams/:teamId/members/:memberId/learning-records',
    {
      config: { access: MEMBER_LEARNING },
      schema: {
        tags: TAGS,
        summary:
          'A member’s learning records and progress on their roles’ paths (the member, leads, their assessors)',
        params: memberParams,
        response: { 200: learningRecordListSchema },
      },
    },
    async (request) =>
      getLearningRecords(context, {
        ...request.params,
        reader: learningReader(request),
        language: readerLanguage(request),
      }),
  );

  app.post(
    '/api/teams/:teamId/members/:memberId/learning-records',
    {
      config: { access: MEMBER_LEARNING },
      schema: {
        tags: TAGS,
        summary:
          'Record a course a member took (the member or a lead); answers with all their records and progress',
        params: memberParams,
        body: createLearningRecordRequestSchema,
        response: { 201: learningRecordListSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createLearningRecord(
          context,
          {
            ...request.params,
            reader: learningReader(request),
            body: request.body,
            language: readerLanguage(request),
          },
          actorOf(request),
        ),
      ),
  );

  app.patch(
    '/api/teams/:teamId/members/:memberId/learning-records/:recordId',
    {
      config: { access: MEMBER_LEARNING },
      schema: {
        tags: TAGS,
        summary: 'Change a learning record (the member or a lead); 409 on a stale version',
        params: learningRecordParamsSchema,
        body: updateLearningRecordRequestSchema,
        response: { 200: learningRecordSchema },
      },
    },
    async (request) =>
      updateLearningRecord(
        context,
        { ...request.params, reader: learningReader(request), body: request.body },
        actorOf(request),
      ),
  );

  app.delete(
    '/api/teams/:teamId/members/:memberId/learning-records/:recordId',
    {
      config: { access: MEMBER_LEARNING },
      schema: {
        tags: TAGS,
        summary: 'Delete a learning record (the member or a lead; ?version= is the version read)',
        params: learningRecordParamsSchema,
        querystring: z.strictObject({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteLearningRecord(
        context,
        { ...request.params, version: request.query.version, reader: learningReader(request) },
        actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/teams/:teamId/members/:memberId/recommendations',
    {
      config: { access: MEMBER_LEARNING },
      schema: {
        tags: TAGS,
        summary:
          'Courses and internal mentoring for a member’s priority gaps, with costs and ready plan activities (the member, leads, their assessors)',
        params: memberParams,
        querystring: recommendationsQuerySchema,
        response: { 200: recommendationsSchema },
      },
    },
    async (request) =>
      getRecommendations(context, {
        ...request.params,
        reader: learningReader(request),
        planId: request.query.planId,
        year: request.query.year,
        language: readerLanguage(request),
      }),
  );

  // -------------------------------------------------------------------------------------------
  // Optimiser

  app.post(
    '/api/plans/:planId/optimise',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: TAGS,
        summary:
          'Propose the activities that close the most priority gap within a budget for a year (leads); nothing changes until accepted',
        params: planParams,
        body: optimiseRequestSchema,
        response: { 201: optimiserProposalSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await optimisePlan(
            context,
            request.params.planId,
            request.body,
            planCaller(request),
            actorOf(request),
            readerLanguage(request),
          ),
        ),
  );

  app.get(
    '/api/plans/:planId/optimise/:proposalId',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: TAGS,
        summary: 'An optimiser proposal (leads)',
        params: proposalParamsSchema,
        response: { 200: optimiserProposalSchema },
      },
    },
    async (request) =>
      getProposal(context, request.params.planId, request.params.proposalId, planCaller(request)),
  );

  app.post(
    '/api/plans/:planId/optimise/:proposalId/accept',
    {
      config: { access: access.signedIn() },
      schema: {
        tags: TAGS,
        summary:
          'Accept a proposal: its activities and cost lines are added to the plan in one go (leads; 409 if the plan changed or it was accepted)',
        params: proposalParamsSchema,
        response: { 200: optimiserProposalSchema },
      },
    },
    async (request) =>
      acceptProposal(
        context,
        request.params.planId,
        request.params.proposalId,
        planCaller(request),
        actorOf(request),
      ),
  );
};
