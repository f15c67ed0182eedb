import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, teamExportSchema, teamImportResultSchema } from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { access } from '../../http/route-access.js';
import { actorOf } from '../audit/audit-context.js';
import { exportTeam, importTeam } from './team-transfer.service.js';

const TAGS = ['teams'];
/** A team document holds every framework version and plan revision of a team: more than the default 1 MiB. */
const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

/** `Team name` → `team-name`; what is left when nothing usable remains is `team`. */
export function teamFileName(teamName: string, exportedAt: string): string {
  const slug = teamName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `coreteam-${slug || 'team'}-${exportedAt.slice(0, 10)}.json`;
}

export const teamTransferRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  app.get(
    '/api/teams/:teamId/export',
    {
      config: { access: access.team(['lead'], { systemAdmin: true }) },
      schema: {
        tags: TAGS,
        summary: 'Everything of the team as one JSON document, to import into another instance (audited)',
        params: z.strictObject({ teamId: idSchema }),
        response: { 200: teamExportSchema },
      },
    },
    async (request, reply) => {
      const document = await exportTeam(context, request.params.teamId, actorOf(request));
      return reply
        .header(
          'content-disposition',
          `attachment; filename="${teamFileName(document.team.name, document.exportedAt)}"`,
        )
        .send(document);
    },
  );

  app.post(
    '/api/teams/import',
    {
      // Creating a team is a system administrator's act; a lead of one team cannot add another.
      config: { access: access.systemAdmin() },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary:
          'Import a team document into this instance: the team keeps its ids; its people get disabled accounts without a password (409 when the team or an email exists)',
        body: teamExportSchema,
        response: { 201: teamImportResultSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await importTeam(context, request.body, actorOf(request))),
  );
};
