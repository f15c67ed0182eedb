import {
  ASSESSMENT_STATUSES,
  NOT_APPLICABLE,
  type AssessmentMode,
  type AssessmentStatus,
  type AssignmentStatus,
  type Rating,
} from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';

/*
 * The reads behind results, comparison and export. Kept lean for rounds of thousands of members:
 * one query for a round's assessments, one for their answer sheets, no per-member query.
 */

export interface ResultsRound {
  id: string;
  teamId: string;
  name: string;
  opensOn: string;
  closesOn: string;
  frameworkVersionId: string;
}

export interface RoundAssessment {
  id: string;
  memberId: string;
  memberName: string;
  /** The member's own account, if they have one. */
  memberUserId: string | null;
  mode: AssessmentMode;
  assessorUserId: string | null;
  areaKeys: string[];
  status: AssessmentStatus;
}

export interface ResultsMember {
  id: string;
  name: string;
  userId: string | null;
}

const MODE_ORDER: Record<AssessmentMode, number> = { self: 0, supervisor: 1, external: 2 };

const toStatus = (value: string): AssessmentStatus =>
  (ASSESSMENT_STATUSES as readonly string[]).includes(value) ? (value as AssessmentStatus) : 'not-started';

function parseAreaKeys(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === 'string') : [];
}

const roundColumns = ['id', 'team_id', 'name', 'opens_on', 'closes_on', 'framework_version_id'] as const;

function toRound(row: {
  id: string;
  team_id: string;
  name: string;
  opens_on: string;
  closes_on: string;
  framework_version_id: string;
}): ResultsRound {
  return {
    id: row.id,
    teamId: row.team_id,
    name: row.name,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    frameworkVersionId: row.framework_version_id,
  };
}

/** A round of the team; undefined for an unknown id or a round of another team. */
export async function findTeamRound(
  db: Executor,
  teamId: string,
  roundId: string,
): Promise<ResultsRound | undefined> {
  const row = await db
    .selectFrom('assessment_round')
    .select(roundColumns)
    .where('id', '=', roundId)
    .where('team_id', '=', teamId)
    .executeTakeFirst();
  return row ? toRound(row) : undefined;
}

export async function findTeamMember(
  db: Executor,
  teamId: string,
  memberId: string,
): Promise<ResultsMember | undefined> {
  const row = await db
    .selectFrom('team_member')
    .select(['id', 'name', 'user_id'])
    .where('id', '=', memberId)
    .where('team_id', '=', teamId)
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, userId: row.user_id } : undefined;
}

/**
 * A round's assessments in roster order (by name, as the roster lists them), self before
 * supervisor before external for one member. Never ordered by any score.
 */
export async function listRoundAssessments(
  db: Executor,
  roundId: string,
  options: { submittedOnly?: boolean; memberId?: string } = {},
): Promise<RoundAssessment[]> {
  let query = db
    .selectFrom('assessment')
    .innerJoin('team_member', 'team_member.id', 'assessment.member_id')
    .select([
      'assessment.id',
      'assessment.member_id',
      'assessment.mode',
      'assessment.assessor_user_id',
      'assessment.area_keys',
      'assessment.status',
      'team_member.name',
      'team_member.user_id',
    ])
    .where('assessment.round_id', '=', roundId);
  if (options.submittedOnly) query = query.where('assessment.status', '=', 'submitted');
  if (options.memberId) query = query.where('assessment.member_id', '=', options.memberId);
  const rows = await query.orderBy('team_member.name').orderBy('team_member.id').execute();
  const assessments = rows.map((row): RoundAssessment => ({
    id: row.id,
    memberId: row.member_id,
    memberName: row.name,
    memberUserId: row.user_id,
    mode: row.mode as AssessmentMode,
    assessorUserId: row.assessor_user_id,
    areaKeys: parseAreaKeys(row.area_keys),
    status: toStatus(row.status),
  }));
  // The database orders members; within a member, the points of view in their usual order.
  const position = new Map<string, number>();
  assessments.forEach((assessment, index) => {
    if (!position.has(assessment.memberId)) position.set(assessment.memberId, index);
  });
  return assessments.sort(
    (a, b) =>
      position.get(a.memberId)! - position.get(b.memberId)! || MODE_ORDER[a.mode] - MODE_ORDER[b.mode],
  );
}

/**
 * The answer sheets stored for a round's submitted assessments, by assessment id: one short string
 * per assessment instead of a row per answer (a regional round holds over a million answers). Only
 * sheets written for the given framework version, the round's, are returned.
 */
export async function listRoundAnswerSheets(
  db: Executor,
  roundId: string,
  frameworkVersionId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('assessment_answer_sheet')
    .innerJoin('assessment', 'assessment.id', 'assessment_answer_sheet.assessment_id')
    .select(['assessment_answer_sheet.assessment_id', 'assessment_answer_sheet.answers'])
    .where('assessment.round_id', '=', roundId)
    .where('assessment.status', '=', 'submitted')
    .where('assessment_answer_sheet.framework_version_id', '=', frameworkVersionId)
    .execute();
  return new Map(rows.map((row) => [row.assessment_id, row.answers]));
}

/** Ids per query: well under the bound parameters either engine accepts. */
const IDS_PER_QUERY = 500;

/** The answers of the given assessments, by assessment id. */
export async function listAssessmentRatings(
  db: Executor,
  assessmentIds: readonly string[],
): Promise<Map<string, Record<string, Rating>>> {
  const rows: { assessment_id: string; skill_key: string; level: number | null }[] = [];
  for (let start = 0; start < assessmentIds.length; start += IDS_PER_QUERY) {
    const part = await db
      .selectFrom('assessment_rating')
      .select(['assessment_id', 'skill_key', 'level'])
      .where('assessment_id', 'in', assessmentIds.slice(start, start + IDS_PER_QUERY))
      .execute();
    for (const row of part) rows.push(row);
  }
  return toRatingsMap(rows);
}

function toRatingsMap(
  rows: readonly { assessment_id: string; skill_key: string; level: number | null }[],
): Map<string, Record<string, Rating>> {
  const byAssessment = new Map<string, Record<string, Rating>>();
  for (const row of rows) {
    let ratings = byAssessment.get(row.assessment_id);
    if (!ratings) {
      // No prototype: a skill key such as "constructor" must not meet an inherited property.
      ratings = Object.create(null) as Record<string, Rating>;
      byAssessment.set(row.assessment_id, ratings);
    }
    const level = row.level === null ? null : Number(row.level);
    ratings[row.skill_key] =
      level === null
        ? NOT_APPLICABLE
        : level === 0 || level === 1 || level === 2 || level === 3
          ? level
          : NOT_APPLICABLE;
  }
  return byAssessment;
}

export async function listAssessmentComments(
  db: Executor,
  assessmentIds: readonly string[],
): Promise<{ assessmentId: string; categoryKey: string; comment: string }[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await db
    .selectFrom('assessment_comment')
    .select(['assessment_id', 'category_key', 'comment'])
    .where('assessment_id', 'in', assessmentIds)
    .orderBy('category_key')
    .execute();
  return rows.map((row) => ({
    assessmentId: row.assessment_id,
    categoryKey: row.category_key,
    comment: row.comment,
  }));
}

/**
 * The latest round (by opening date) in which the member has an assessment; with `assessorUserId`,
 * one the given account assesses.
 */
export async function findLatestRoundOfMember(
  db: Executor,
  teamId: string,
  memberId: string,
  assessorUserId?: string,
): Promise<ResultsRound | undefined> {
  let query = db
    .selectFrom('assessment_round')
    .innerJoin('assessment', 'assessment.round_id', 'assessment_round.id')
    .select([
      'assessment_round.id',
      'assessment_round.team_id',
      'assessment_round.name',
      'assessment_round.opens_on',
      'assessment_round.closes_on',
      'assessment_round.framework_version_id',
      'assessment_round.created_at',
    ])
    .where('assessment_round.team_id', '=', teamId)
    .where('assessment.member_id', '=', memberId);
  if (assessorUserId) query = query.where('assessment.assessor_user_id', '=', assessorUserId);
  const row = await query
    .orderBy('assessment_round.opens_on', 'desc')
    .orderBy('assessment_round.created_at', 'desc')
    .orderBy('assessment_round.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toRound(row) : undefined;
}

export interface MemberAssignmentRef {
  roleKey: string;
  subRoleKey: string | null;
  status: AssignmentStatus;
}

export async function listMemberAssignments(db: Executor, memberId: string): Promise<MemberAssignmentRef[]> {
  const rows = await db
    .selectFrom('member_role_assignment')
    .select(['role_key', 'sub_role_key', 'status'])
    .where('member_id', '=', memberId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    roleKey: row.role_key,
    subRoleKey: row.sub_role_key,
    status: row.status === 'envisioned' ? 'envisioned' : 'current',
  }));
}

/** The roles catalogue's build order, for ordering gaps; a role without one comes last. */
export async function listRoleBuildOrders(db: Executor): Promise<{ key: string; buildOrder: number }[]> {
  const rows = await db.selectFrom('role_definition').select(['key', 'build_order']).execute();
  return rows.map((row) => ({
    key: row.key,
    buildOrder: row.build_order === null ? Number.MAX_SAFE_INTEGER : Number(row.build_order),
  }));
}
