import { randomUUID } from 'node:crypto';
import {
  InvalidInputError,
  NotFoundError,
  type CreateRoundRequest,
  type RoundDetail,
  type RoundSummary,
  type TeamRole,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { findFrameworkVersion, freezeFrameworkVersion } from '../frameworks/framework-versions.repository.js';
import { progressOf, ratingsOf, toAssessmentSummary } from './assessment-views.js';
import { listAssessmentsOfRound, listRatings } from './assessments.repository.js';
import {
  countRoundProgress,
  findRound,
  insertRound,
  isVersionUsableByTeam,
  listRounds,
  roundStatusOn,
  utcDateOf,
  type RoundProgressCounts,
  type StoredRound,
} from './rounds.repository.js';

export const roundNotFound = () =>
  new NotFoundError('There is no such round in this team.', 'round_not_found');

/** Who is looking at a round: what they may see of its assessments depends on it. */
export interface RoundReader {
  userId: string;
  rolesInTeam: readonly TeamRole[];
}

function toRoundSummary(round: StoredRound, progress: RoundProgressCounts, today: string): RoundSummary {
  return {
    id: round.id,
    teamId: round.teamId,
    name: round.name,
    frameworkId: round.frameworkId,
    frameworkName: round.frameworkName,
    frameworkVersionId: round.frameworkVersionId,
    frameworkVersion: round.frameworkVersion,
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    status: roundStatusOn(round, today),
    progress,
    createdAt: round.createdAt,
    version: round.version,
  };
}

export async function getRounds(context: AppContext, teamId: string): Promise<RoundSummary[]> {
  const db = context.database.db;
  const rounds = await listRounds(db, teamId);
  const progress = await countRoundProgress(
    db,
    rounds.map((round) => round.id),
  );
  const today = utcDateOf(context.clock.now());
  return rounds.map((round) => toRoundSummary(round, progress.get(round.id)!, today));
}

export async function getRound(
  context: AppContext,
  teamId: string,
  roundId: string,
  reader: RoundReader,
): Promise<RoundDetail> {
  const round = await findRound(context.database.db, teamId, roundId);
  if (!round) throw roundNotFound();
  return roundDetail(context, context.database.db, round, reader);
}

/**
 * A round with the assessments the reader may see: leads see all of them; anyone else only those
 * they answer or are the subject of (so a viewer, who is neither, sees the progress counts only).
 */
async function roundDetail(
  context: AppContext,
  db: Executor,
  round: StoredRound,
  reader: RoundReader,
): Promise<RoundDetail> {
  // One after another: `db` may be a transaction, which has a single connection.
  const progress = await countRoundProgress(db, [round.id]);
  const all = await listAssessmentsOfRound(db, round.id);
  const version = await findFrameworkVersion(db, round.frameworkVersionId);
  const isLead = reader.rolesInTeam.includes('lead');
  const visible = isLead
    ? all
    : all.filter(
        (assessment) =>
          assessment.memberUserId === reader.userId || assessment.assessorUserId === reader.userId,
      );
  const ratings = await listRatings(
    db,
    visible.map((assessment) => assessment.id),
  );
  const framework = version!.framework;
  return {
    ...toRoundSummary(round, progress.get(round.id)!, utcDateOf(context.clock.now())),
    assessments: visible.map((assessment) =>
      toAssessmentSummary(
        assessment,
        progressOf(framework, assessment, ratingsOf(ratings.get(assessment.id)!)),
      ),
    ),
  };
}

export async function openRound(
  context: AppContext,
  teamId: string,
  request: CreateRoundRequest,
  actor: Actor & { rolesInTeam: readonly TeamRole[] },
): Promise<RoundDetail> {
  return inTransaction(context.database, async (trx) => {
    if (!(await isVersionUsableByTeam(trx, request.frameworkVersionId, teamId))) {
      throw new InvalidInputError('This framework version cannot be used by this team.', [
        {
          field: 'body.frameworkVersionId',
          problem: 'is not a version of a framework this team can use',
        },
      ]);
    }
    const now = context.clock.now().toISOString();
    const roundId = randomUUID();
    // A version in use must not change under the round's answers: edits make a new version.
    await freezeFrameworkVersion(trx, request.frameworkVersionId, now);
    await insertRound(trx, {
      id: roundId,
      team_id: teamId,
      name: request.name,
      framework_version_id: request.frameworkVersionId,
      opens_on: request.opensOn,
      closes_on: request.closesOn,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'round.created',
      entityType: 'assessment_round',
      entityId: roundId,
      changes: { ...request },
      ip: actor.ip,
    });
    const round = (await findRound(trx, teamId, roundId))!;
    return roundDetail(context, trx, round, { userId: actor.userId ?? '', rolesInTeam: actor.rolesInTeam });
  });
}
