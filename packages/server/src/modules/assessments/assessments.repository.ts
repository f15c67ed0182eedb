import { sql } from 'kysely';
import type { AssessmentMode, AssessmentStatus } from '@coreteam/core';
import type { AssessmentTable } from '../../db/schema.js';
import type { Executor } from '../../db/transaction.js';

/** Rows per statement: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** A stored assessment with the names and round it is shown with. */
export interface StoredAssessment {
  id: string;
  roundId: string;
  teamId: string;
  teamName: string;
  memberId: string;
  memberName: string;
  /** The account linked to the member's roster entry, if any. */
  memberUserId: string | null;
  mode: AssessmentMode;
  assessorUserId: string | null;
  assessorName: string | null;
  areaKeys: string[];
  status: AssessmentStatus;
  submittedAt: string | null;
  updatedAt: string;
  version: number;
  round: {
    id: string;
    name: string;
    frameworkVersionId: string;
    opensOn: string;
    closesOn: string;
  };
}

export interface StoredRating {
  skillKey: string;
  /** 0–3, or null for N/A. */
  level: number | null;
  updatedAt: string;
}

export interface StoredComment {
  categoryKey: string;
  comment: string;
  updatedAt: string;
}

/** Who answers an assessment: the member's own account for a self-assessment, else the assessor. */
export function respondentOf(assessment: Pick<StoredAssessment, 'mode' | 'memberUserId' | 'assessorUserId'>) {
  return assessment.mode === 'self' ? assessment.memberUserId : assessment.assessorUserId;
}

function assessmentsQuery(db: Executor) {
  return db
    .selectFrom('assessment')
    .innerJoin('assessment_round', 'assessment_round.id', 'assessment.round_id')
    .innerJoin('team', 'team.id', 'assessment_round.team_id')
    .innerJoin('team_member', 'team_member.id', 'assessment.member_id')
    .leftJoin('user_account as assessor', 'assessor.id', 'assessment.assessor_user_id')
    .select([
      'assessment.id',
      'assessment.round_id',
      'assessment.member_id',
      'assessment.mode',
      'assessment.assessor_user_id',
      'assessment.area_keys',
      'assessment.status',
      'assessment.submitted_at',
      'assessment.updated_at',
      'assessment.version',
      'assessment_round.team_id',
      'assessment_round.name as round_name',
      'assessment_round.framework_version_id',
      'assessment_round.opens_on',
      'assessment_round.closes_on',
      'team.name as team_name',
      'team_member.name as member_name',
      'team_member.user_id as member_user_id',
      'assessor.display_name as assessor_name',
    ]);
}

type AssessmentQueryRow = Awaited<ReturnType<ReturnType<typeof assessmentsQuery>['executeTakeFirstOrThrow']>>;

function toStoredAssessment(row: AssessmentQueryRow): StoredAssessment {
  return {
    id: row.id,
    roundId: row.round_id,
    teamId: row.team_id,
    teamName: row.team_name,
    memberId: row.member_id,
    memberName: row.member_name,
    memberUserId: row.member_user_id,
    mode: row.mode as AssessmentMode,
    assessorUserId: row.assessor_user_id,
    assessorName: row.assessor_name,
    areaKeys: JSON.parse(row.area_keys) as string[],
    status: row.status as AssessmentStatus,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    round: {
      id: row.round_id,
      name: row.round_name,
      frameworkVersionId: row.framework_version_id,
      opensOn: row.opens_on,
      closesOn: row.closes_on,
    },
  };
}

export async function findAssessment(
  db: Executor,
  assessmentId: string,
): Promise<StoredAssessment | undefined> {
  const row = await assessmentsQuery(db).where('assessment.id', '=', assessmentId).executeTakeFirst();
  return row ? toStoredAssessment(row) : undefined;
}

/** A round's assessments in roster order (by name), never by score. */
export async function listAssessmentsOfRound(db: Executor, roundId: string): Promise<StoredAssessment[]> {
  const rows = await assessmentsQuery(db)
    .where('assessment.round_id', '=', roundId)
    .orderBy('team_member.name')
    .orderBy('assessment.member_id')
    .orderBy('assessment.mode')
    .execute();
  return rows.map(toStoredAssessment);
}

/** The assessments a person answers, in any team: their self-assessments and those they assess. */
export async function listAssessmentsAnsweredBy(db: Executor, userId: string): Promise<StoredAssessment[]> {
  const rows = await assessmentsQuery(db)
    .where((eb) =>
      eb.or([
        eb.and([eb('assessment.mode', '=', 'self'), eb('team_member.user_id', '=', userId)]),
        eb.and([eb('assessment.mode', '!=', 'self'), eb('assessment.assessor_user_id', '=', userId)]),
      ]),
    )
    .orderBy('assessment_round.opens_on', 'desc')
    .orderBy('assessment_round.created_at', 'desc')
    .orderBy('assessment_round.id')
    .orderBy('team_member.name')
    .orderBy('assessment.id')
    .execute();
  return rows.map(toStoredAssessment);
}

/** Inserts the assessment unless the member already has one of this mode in the round. */
export async function insertAssessmentUnlessExists(db: Executor, row: AssessmentTable): Promise<boolean> {
  return (await insertAssessmentsUnlessExist(db, [row])) === 1;
}

/**
 * Inserts many assessments, a few hundred per statement, skipping any whose member already has
 * one of that mode in the round. Returns how many were inserted.
 */
export async function insertAssessmentsUnlessExist(
  db: Executor,
  rows: readonly AssessmentTable[],
): Promise<number> {
  let inserted = 0;
  for (const chunk of chunks(rows)) {
    const result = await db
      .insertInto('assessment')
      .values(chunk)
      .onConflict((conflict) => conflict.columns(['round_id', 'member_id', 'mode']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** The answers of each assessment, keyed by assessment id (an assessment without any maps to []). */
export async function listRatings(
  db: Executor,
  assessmentIds: readonly string[],
): Promise<Map<string, StoredRating[]>> {
  const ratings = new Map<string, StoredRating[]>(assessmentIds.map((id) => [id, []]));
  if (assessmentIds.length === 0) return ratings;
  const rows = await db
    .selectFrom('assessment_rating')
    .select(['assessment_id', 'skill_key', 'level', 'updated_at'])
    .where('assessment_id', 'in', assessmentIds)
    .execute();
  for (const row of rows) {
    ratings.get(row.assessment_id)?.push({
      skillKey: row.skill_key,
      level: row.level === null ? null : Number(row.level),
      updatedAt: row.updated_at,
    });
  }
  return ratings;
}

export async function listComments(db: Executor, assessmentId: string): Promise<StoredComment[]> {
  const rows = await db
    .selectFrom('assessment_comment')
    .select(['category_key', 'comment', 'updated_at'])
    .where('assessment_id', '=', assessmentId)
    .orderBy('category_key')
    .execute();
  return rows.map((row) => ({
    categoryKey: row.category_key,
    comment: row.comment,
    updatedAt: row.updated_at,
  }));
}

/** Writes many answers in one statement: a new answer is inserted, a changed one replaced. */
export async function upsertRatings(
  db: Executor,
  assessmentId: string,
  ratings: readonly { skillKey: string; level: number | null }[],
  at: string,
  userId: string | null,
): Promise<void> {
  await upsertRatingsOfMany(
    db,
    ratings.map((rating) => ({ assessmentId, ...rating })),
    at,
    userId,
  );
}

/** Writes the answers of many assessments, a few hundred per statement (replacing any earlier). */
export async function upsertRatingsOfMany(
  db: Executor,
  ratings: readonly { assessmentId: string; skillKey: string; level: number | null }[],
  at: string,
  userId: string | null,
): Promise<void> {
  for (const chunk of chunks(ratings, 1000)) {
    await db
      .insertInto('assessment_rating')
      .values(
        chunk.map((rating) => ({
          assessment_id: rating.assessmentId,
          skill_key: rating.skillKey,
          level: rating.level,
          updated_at: at,
          updated_by: userId,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['assessment_id', 'skill_key']).doUpdateSet({
          level: sql`excluded.level`,
          updated_at: sql`excluded.updated_at`,
          updated_by: sql`excluded.updated_by`,
        }),
      )
      .execute();
  }
}

export async function upsertComments(
  db: Executor,
  assessmentId: string,
  comments: readonly { categoryKey: string; comment: string }[],
  at: string,
): Promise<void> {
  if (comments.length === 0) return;
  await db
    .insertInto('assessment_comment')
    .values(
      comments.map((comment) => ({
        assessment_id: assessmentId,
        category_key: comment.categoryKey,
        comment: comment.comment,
        updated_at: at,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['assessment_id', 'category_key']).doUpdateSet({
        comment: sql`excluded.comment`,
        updated_at: sql`excluded.updated_at`,
      }),
    )
    .execute();
}

export async function deleteComments(
  db: Executor,
  assessmentId: string,
  categoryKeys: readonly string[],
): Promise<void> {
  if (categoryKeys.length === 0) return;
  await db
    .deleteFrom('assessment_comment')
    .where('assessment_id', '=', assessmentId)
    .where('category_key', 'in', categoryKeys)
    .execute();
}

/**
 * Records that answers are being written: bumps the version, and a not-started assessment becomes
 * in progress. Refused (false) once submitted. Done first in the transaction, so on PostgreSQL it
 * also locks the assessment against a concurrent save or submit.
 */
export async function markAnswering(db: Executor, assessmentId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('assessment')
    .set((eb) => ({
      status: 'in-progress',
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', assessmentId)
    .where('status', '!=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markSubmitted(db: Executor, assessmentId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('assessment')
    .set((eb) => ({ status: 'submitted', submitted_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', assessmentId)
    .where('status', '!=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markReopened(db: Executor, assessmentId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('assessment')
    .set((eb) => ({
      status: 'in-progress',
      submitted_at: null,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', assessmentId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stores a submitted assessment's answer sheet, replacing any earlier one. */
export async function saveAnswerSheet(
  db: Executor,
  sheet: { assessmentId: string; frameworkVersionId: string; answers: string; at: string },
): Promise<void> {
  await saveAnswerSheets(db, [sheet]);
}

/** Stores the answer sheets of many submitted assessments, a few hundred per statement. */
export async function saveAnswerSheets(
  db: Executor,
  sheets: readonly { assessmentId: string; frameworkVersionId: string; answers: string; at: string }[],
): Promise<void> {
  for (const chunk of chunks(sheets)) {
    await db
      .insertInto('assessment_answer_sheet')
      .values(
        chunk.map((sheet) => ({
          assessment_id: sheet.assessmentId,
          framework_version_id: sheet.frameworkVersionId,
          answers: sheet.answers,
          created_at: sheet.at,
        })),
      )
      .onConflict((conflict) =>
        conflict.column('assessment_id').doUpdateSet({
          framework_version_id: sql`excluded.framework_version_id`,
          answers: sql`excluded.answers`,
          created_at: sql`excluded.created_at`,
        }),
      )
      .execute();
  }
}

/** Forgets an assessment's answer sheet: its answers can change again. */
export async function deleteAnswerSheet(db: Executor, assessmentId: string): Promise<void> {
  await db.deleteFrom('assessment_answer_sheet').where('assessment_id', '=', assessmentId).execute();
}
