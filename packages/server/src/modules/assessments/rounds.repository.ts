import type { RoundStatus } from '@coreteam/core';
import type { AssessmentRoundTable } from '../../db/schema.js';
import type { Executor } from '../../db/transaction.js';

/** A stored round with the framework it is answered on. */
export interface StoredRound {
  id: string;
  teamId: string;
  name: string;
  frameworkId: string;
  frameworkName: string;
  frameworkVersionId: string;
  frameworkVersion: number;
  opensOn: string;
  closesOn: string;
  createdAt: string;
  version: number;
}

export interface RoundProgressCounts {
  assessments: number;
  notStarted: number;
  inProgress: number;
  submitted: number;
  members: number;
}

/** A round is open from its first to its last day inclusive, by the server's UTC date. */
export function roundStatusOn(round: { opensOn: string; closesOn: string }, today: string): RoundStatus {
  if (today < round.opensOn) return 'upcoming';
  if (today > round.closesOn) return 'closed';
  return 'open';
}

export function utcDateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

function roundsQuery(db: Executor) {
  return db
    .selectFrom('assessment_round')
    .innerJoin('framework_version', 'framework_version.id', 'assessment_round.framework_version_id')
    .innerJoin('framework', 'framework.id', 'framework_version.framework_id')
    .select([
      'assessment_round.id',
      'assessment_round.team_id',
      'assessment_round.name',
      'assessment_round.framework_version_id',
      'assessment_round.opens_on',
      'assessment_round.closes_on',
      'assessment_round.created_at',
      'assessment_round.version',
      'framework.id as framework_id',
      'framework.name as framework_name',
      'framework_version.number as framework_version_number',
    ]);
}

type RoundQueryRow = Awaited<ReturnType<ReturnType<typeof roundsQuery>['executeTakeFirstOrThrow']>>;

function toStoredRound(row: RoundQueryRow): StoredRound {
  return {
    id: row.id,
    teamId: row.team_id,
    name: row.name,
    frameworkId: row.framework_id,
    frameworkName: row.framework_name,
    frameworkVersionId: row.framework_version_id,
    frameworkVersion: Number(row.framework_version_number),
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    createdAt: row.created_at,
    version: Number(row.version),
  };
}

/** The team's rounds, the latest to open first. */
export async function listRounds(db: Executor, teamId: string): Promise<StoredRound[]> {
  const rows = await roundsQuery(db)
    .where('assessment_round.team_id', '=', teamId)
    .orderBy('assessment_round.opens_on', 'desc')
    .orderBy('assessment_round.created_at', 'desc')
    .orderBy('assessment_round.id')
    .execute();
  return rows.map(toStoredRound);
}

/** A round of this team; a round of another team is not found. */
export async function findRound(
  db: Executor,
  teamId: string,
  roundId: string,
): Promise<StoredRound | undefined> {
  const row = await roundsQuery(db)
    .where('assessment_round.id', '=', roundId)
    .where('assessment_round.team_id', '=', teamId)
    .executeTakeFirst();
  return row ? toStoredRound(row) : undefined;
}

export async function insertRound(db: Executor, row: AssessmentRoundTable): Promise<void> {
  await db.insertInto('assessment_round').values(row).execute();
}

/** How far each round has got, in two grouped queries whatever the number of rounds. */
export async function countRoundProgress(
  db: Executor,
  roundIds: readonly string[],
): Promise<Map<string, RoundProgressCounts>> {
  const progress = new Map<string, RoundProgressCounts>(
    roundIds.map((id) => [id, { assessments: 0, notStarted: 0, inProgress: 0, submitted: 0, members: 0 }]),
  );
  if (roundIds.length === 0) return progress;
  const byStatus = await db
    .selectFrom('assessment')
    .select(['round_id', 'status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('round_id', 'in', roundIds)
    .groupBy(['round_id', 'status'])
    .execute();
  for (const row of byStatus) {
    const counts = progress.get(row.round_id);
    if (!counts) continue;
    const count = Number(row.count);
    counts.assessments += count;
    if (row.status === 'not-started') counts.notStarted += count;
    else if (row.status === 'in-progress') counts.inProgress += count;
    else if (row.status === 'submitted') counts.submitted += count;
  }
  const members = await db
    .selectFrom('assessment')
    .select(['round_id', (eb) => eb.fn.count<number | string>('member_id').distinct().as('members')])
    .where('round_id', 'in', roundIds)
    .groupBy('round_id')
    .execute();
  for (const row of members) {
    const counts = progress.get(row.round_id);
    if (counts) counts.members = Number(row.members);
  }
  return progress;
}

/**
 * A framework version this team may run a round on: one every team can use (no owning team) or
 * one of the team's own.
 */
export async function isVersionUsableByTeam(
  db: Executor,
  versionId: string,
  teamId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('framework_version')
    .innerJoin('framework', 'framework.id', 'framework_version.framework_id')
    .select('framework.team_id')
    .where('framework_version.id', '=', versionId)
    .executeTakeFirst();
  return row !== undefined && (row.team_id === null || row.team_id === teamId);
}
