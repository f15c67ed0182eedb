import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, teamDashboardSchema, teamsOverviewSchema } from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { readerLanguage } from '../../http/reader-language.js';
import { access } from '../../http/route-access.js';
import { getTeamDashboard, getTeamsOverview } from './dashboard.service.js';

const TAGS = ['governance dashboard'];

export const dashboardRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/dashboard',
    {
      // Aggregates only (no individual score, no money per member): everyone in the team.
      config: { access: access.team(['lead', 'member', 'assessor', 'viewer'], { systemAdmin: true }) },
      schema: {
        tags: TAGS,
        summary:
          'The team’s governance dashboard: roles filled and structure findings, latest round participation and area averages against the baseline (groups under 3 hidden), plan progress and budget per year',
        params: z.strictObject({ teamId: idSchema }),
        response: { 200: teamDashboardSchema },
      },
    },
    async (request) => getTeamDashboard(context, request.params.teamId, readerLanguage(request)),
  );

  app.get(
    '/api/dashboard/teams',
    {
      config: { access: access.systemAdmin() },
      schema: {
        tags: TAGS,
        summary: 'One line per team of the deployment (system admins): roles, findings, participation, plan',
        response: { 200: teamsOverviewSchema },
      },
    },
    async (request) => getTeamsOverview(context, readerLanguage(request)),
  );
};
