import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assessmentDetailSchema,
  assessmentSummarySchema,
  createAssessmentRequestSchema,
  idSchema,
  myAssessmentListSchema,
  saveRatingsRequestSchema,
  saveRatingsResponseSchema,
} from '@coreteam/core';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { readerLanguage } from '../../http/reader-language.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { requireCaller } from '../auth/caller.js';
import {
  createAssessment,
  getAssessment,
  getMyAssessments,
  reopenAssessment,
  saveRatings,
  submitAssessment,
} from './assessments.service.js';

const roundParams = z.strictObject({ teamId: idSchema, roundId: idSchema });
const assessmentParams = z.strictObject({ assessmentId: idSchema });

/**
 * An assessment is addressed by its own id: any signed-in caller reaches the service, which
 * answers 404 to anyone who is not its subject, its respondent or a lead of its team.
 */
const SIGNED_IN = access.signedIn();

function signedInActor(request: FastifyRequest) {
  return { ...actorOf(request), userId: requireCaller(request.caller).user.id };
}

export const assessmentsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.post(
    '/api/teams/:teamId/rounds/:roundId/assessments',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: ['assessments'],
        summary:
          'Ask for an assessment of a member (self, supervisor or external); areas default to those of their current and envisioned roles',
        params: roundParams,
        body: createAssessmentRequestSchema,
        response: { 201: assessmentSummarySchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createAssessment(
            context,
            request.params.teamId,
            request.params.roundId,
            request.body,
            actorOf(request),
          ),
        ),
  );

  app.get(
    '/api/me/assessments',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['assessments'],
        summary: 'The assessments the caller answers (their self-assessments and those they assess)',
        response: { 200: myAssessmentListSchema },
      },
    },
    async (request) => ({
      assessments: await getMyAssessments(context, requireCaller(request.caller).user.id),
    }),
  );

  app.get(
    '/api/assessments/:assessmentId',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['assessments'],
        summary:
          'An assessment with its framework, answers and comments (its subject, respondent and team leads only)',
        params: assessmentParams,
        response: { 200: assessmentDetailSchema },
      },
    },
    async (request) =>
      getAssessment(
        context,
        request.params.assessmentId,
        requireCaller(request.caller).user.id,
        readerLanguage(request),
      ),
  );

  app.put(
    '/api/assessments/:assessmentId/ratings',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['assessments'],
        summary: 'Save some answers and category comments (the respondent only; all or nothing)',
        params: assessmentParams,
        body: saveRatingsRequestSchema,
        response: { 200: saveRatingsResponseSchema },
      },
    },
    async (request) =>
      saveRatings(context, request.params.assessmentId, request.body, signedInActor(request)),
  );

  app.post(
    '/api/assessments/:assessmentId/submit',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['assessments'],
        summary: 'Submit a complete assessment (every skill rated or N/A); it becomes read-only',
        params: assessmentParams,
        response: { 200: assessmentSummarySchema },
      },
    },
    async (request) => submitAssessment(context, request.params.assessmentId, signedInActor(request)),
  );

  app.post(
    '/api/assessments/:assessmentId/reopen',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['assessments'],
        summary: 'Reopen a submitted assessment while its round is open (team leads only)',
        params: assessmentParams,
        response: { 200: assessmentSummarySchema },
      },
    },
    async (request) => reopenAssessment(context, request.params.assessmentId, signedInActor(request)),
  );
};
