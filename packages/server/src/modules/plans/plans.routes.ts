import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  budgetQuerySchema,
  createPlanActivitiesRequestSchema,
  createPlanActivityRequestSchema,
  createdPlanActivitiesSchema,
  createPlanRequestSchema,
  createPlanRevisionRequestSchema,
  deletePlanActivityQuerySchema,
  idSchema,
  planActivityListSchema,
  planActivitySchema,
  planBudgetSchema,
  planDetailSchema,
  planListSchema,
  updatePlanActivityRequestSchema,
  updatePlanRequestSchema,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { readerLanguage } from '../../http/reader-language.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { requireCaller } from '../auth/caller.js';
import {
  createPlanActivities,
  createPlanActivity,
  deletePlanActivity,
  getPlanActivity,
  listPlanActivities,
  updatePlanActivity,
} from './activities.service.js';
import type { PlanCaller } from './plan-access.js';
import { renderPlanDocumentPdf } from './plan-document.js';
import { buildPlanReport, planFileName } from './plan-report.builder.js';
import { renderBudgetWorkbook } from './plan-workbook.js';
import { createPlan, createRevision, getBudget, getPlan, listPlans, updatePlan } from './plans.service.js';

const teamParams = z.strictObject({ teamId: idSchema });
const planParams = z.strictObject({ planId: idSchema });
const activityParams = z.strictObject({ planId: idSchema, activityId: idSchema });

/**
 * A plan is addressed by its own id: any signed-in caller reaches the service, which answers 404
 * plan_not_found to anyone with no role in the plan's team, and 403 to a role that may not do this.
 */
const SIGNED_IN = access.signedIn();
const TAGS = ['capacity building plan'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function planCaller(request: FastifyRequest): PlanCaller {
  const { user } = requireCaller(request.caller);
  return { userId: user.id, systemAdmin: user.systemAdmin };
}

export const plansRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/plans',
    {
      config: { access: access.team(['lead', 'member', 'assessor', 'viewer'], { systemAdmin: true }) },
      schema: {
        tags: TAGS,
        summary: 'The team’s capacity building plans with their totals, most recent period first',
        params: teamParams,
        response: { 200: planListSchema },
      },
    },
    async (request) => ({ plans: await listPlans(context, request.params.teamId) }),
  );

  app.post(
    '/api/teams/:teamId/plans',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: TAGS,
        summary: 'Start a capacity building plan for a period (one per team and period)',
        params: teamParams,
        body: createPlanRequestSchema,
        response: { 201: planDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPlan(context, request.params.teamId, request.body, actorOf(request))),
  );

  app.get(
    '/api/plans/:planId',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary: 'A plan with its exchange rates, revisions and the changes not yet in a revision',
        params: planParams,
        response: { 200: planDetailSchema },
      },
    },
    async (request) => getPlan(context, request.params.planId, planCaller(request)),
  );

  app.patch(
    '/api/plans/:planId',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary: 'Change a plan (leads); new exchange rates, base currency or period re-price every activity',
        params: planParams,
        body: updatePlanRequestSchema,
        response: { 200: planDetailSchema },
      },
    },
    async (request) =>
      updatePlan(context, request.params.planId, request.body, planCaller(request), actorOf(request)),
  );

  app.post(
    '/api/plans/:planId/revisions',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary: 'Record a revision of the plan: a snapshot and what changed since the previous one (leads)',
        params: planParams,
        body: createPlanRevisionRequestSchema,
        response: { 201: planDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createRevision(
            context,
            request.params.planId,
            request.body,
            planCaller(request),
            actorOf(request),
          ),
        ),
  );

  app.post(
    '/api/plans/:planId/activities/batch',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary:
          'Add several costed activities to the plan in one go, all or none (leads): a recommended course with its prerequisites',
        params: planParams,
        body: createPlanActivitiesRequestSchema,
        response: { 201: createdPlanActivitiesSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        activities: await createPlanActivities(
          context,
          request.params.planId,
          request.body,
          planCaller(request),
          actorOf(request),
        ),
      }),
  );

  app.get(
    '/api/plans/:planId/activities',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary: 'The plan’s activities: all of them for leads, their own for members and assessors',
        params: planParams,
        response: { 200: planActivityListSchema },
      },
    },
    async (request) => listPlanActivities(context, request.params.planId, planCaller(request)),
  );

  app.post(
    '/api/plans/:planId/activities',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary: 'Add a costed activity to the plan (leads)',
        params: planParams,
        body: createPlanActivityRequestSchema,
        response: { 201: planActivitySchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPlanActivity(
            context,
            request.params.planId,
            request.body,
            planCaller(request),
            actorOf(request),
          ),
        ),
  );

  app.get(
    '/api/plans/:planId/activities/:activityId',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary: 'One activity (leads; members and assessors only one they take part in)',
        params: activityParams,
        response: { 200: planActivitySchema },
      },
    },
    async (request) =>
      getPlanActivity(context, request.params.planId, request.params.activityId, planCaller(request)),
  );

  app.patch(
    '/api/plans/:planId/activities/:activityId',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary: 'Change an activity; costLines and fundingShares, when given, replace the lists (leads)',
        params: activityParams,
        body: updatePlanActivityRequestSchema,
        response: { 200: planActivitySchema },
      },
    },
    async (request) =>
      updatePlanActivity(
        context,
        request.params.planId,
        request.params.activityId,
        request.body,
        planCaller(request),
        actorOf(request),
      ),
  );

  app.delete(
    '/api/plans/:planId/activities/:activityId',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary: 'Remove an activity from the plan (leads; ?version= is the version read)',
        params: activityParams,
        querystring: deletePlanActivityQuerySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deletePlanActivity(
        context,
        request.params.planId,
        request.params.activityId,
        request.query.version,
        planCaller(request),
        actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/plans/:planId/budget',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary:
          'The plan’s budget by year, funding source, activity type and role; per member for leads only',
        params: planParams,
        querystring: budgetQuerySchema,
        response: { 200: planBudgetSchema },
      },
    },
    async (request) => getBudget(context, request.params.planId, planCaller(request), request.query.year),
  );

  app.get(
    '/api/plans/:planId/document.pdf',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary:
          'The plan document (PDF) for the ministry: roles, gaps, activities, budget and ToRs (leads), in the reader’s language',
        params: planParams,
        produces: ['application/pdf'],
        response: { 200: z.string().meta({ format: 'binary', description: 'The plan document (PDF)' }) },
      },
    },
    async (request, reply) => {
      const report = await buildPlanReport(
        context,
        request.params.planId,
        planCaller(request),
        readerLanguage(request),
      );
      const body = await renderPlanDocumentPdf(report);
      return (
        reply
          .header('content-type', 'application/pdf')
          .header('content-language', report.language)
          .header('content-disposition', `attachment; filename="${planFileName(report, 'pdf')}"`)
          // The schema documents the body as binary text for OpenAPI; a Buffer is sent as it is.
          .send(body as unknown as string)
      );
    },
  );

  app.get(
    '/api/plans/:planId/workbook.xlsx',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: TAGS,
        summary:
          'The plan’s budget workbook (XLSX): activities, cost lines and summaries (leads), in the reader’s language (sheet names stay English)',
        params: planParams,
        produces: [XLSX],
        response: { 200: z.string().meta({ format: 'binary', description: 'The budget workbook (XLSX)' }) },
      },
    },
    async (request, reply) => {
      const report = await buildPlanReport(
        context,
        request.params.planId,
        planCaller(request),
        readerLanguage(request),
      );
      const body = await renderBudgetWorkbook(report);
      return reply
        .header('content-type', XLSX)
        .header('content-language', report.language)
        .header('content-disposition', `attachment; filename="${planFileName(report, 'xlsx')}"`)
        .send(body as unknown as string);
    },
  );
};
