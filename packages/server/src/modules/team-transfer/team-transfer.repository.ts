import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Executor } from '../../db/transaction.js';

/*
 * Every row of one team, table by table, and the inserts that put them back. The capability
 * repositories map rows to what their API shows (without authorship columns, ids of rows that
 * the API never addresses…); a transfer needs the rows whole, so it reads them here, in one place.
 */

export type Row<T extends keyof Database> = Selectable<Database[T]>;

/** The rows of a team, each list in a stable order so that two exports of the same data are equal. */
export interface TeamRows {
  team: Row<'team'>;
  access: Row<'team_access'>[];
  accounts: Pick<Row<'user_account'>, 'id' | 'email' | 'display_name' | 'preferred_language'>[];
  roleNames: Row<'team_role_name'>[];
  members: Row<'team_member'>[];
  assignments: Row<'member_role_assignment'>[];
  growth: Row<'growth_opportunity'>[];
  learningRecords: Row<'learning_record'>[];
  frameworks: Row<'framework'>[];
  frameworkVersions: Row<'framework_version'>[];
  /** Versions of frameworks outside the team (the built-in default…) that the team's rounds use. */
  sharedVersions: { id: string; key: string; number: number }[];
  rounds: Row<'assessment_round'>[];
  assessments: Row<'assessment'>[];
  ratings: Row<'assessment_rating'>[];
  comments: Row<'assessment_comment'>[];
  answerSheets: Row<'assessment_answer_sheet'>[];
  fundingSources: Row<'funding_source'>[];
  plans: Row<'capacity_plan'>[];
  activities: Row<'plan_activity'>[];
  activityMembers: Row<'plan_activity_member'>[];
  costLines: Row<'plan_cost_line'>[];
  fundingShares: Row<'plan_funding_share'>[];
  revisions: Row<'plan_revision'>[];
  termsOfReference: Row<'team_terms_of_reference'>[];
}

export async function readTeamRows(db: Executor, teamId: string): Promise<TeamRows | undefined> {
  const team = await db.selectFrom('team').selectAll().where('id', '=', teamId).executeTakeFirst();
  if (!team) return undefined;
  const access = await db
    .selectFrom('team_access')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('user_id')
    .orderBy('role')
    .execute();
  const members = await db
    .selectFrom('team_member')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('id')
    .execute();
  // The team's people: everyone with a role in it and everyone on its roster with an account.
  const userIds = [
    ...new Set([
      ...access.map((row) => row.user_id),
      ...members.flatMap((row) => (row.user_id ? [row.user_id] : [])),
    ]),
  ];
  const accounts =
    userIds.length === 0
      ? []
      : await db
          .selectFrom('user_account')
          .select(['id', 'email', 'display_name', 'preferred_language'])
          .where('id', 'in', userIds)
          .orderBy('id')
          .execute();
  const memberIds = members.map((row) => row.id);
  const roleNames = await db
    .selectFrom('team_role_name')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('role_key')
    .execute();
  const assignments = await whereIn(memberIds, (ids) =>
    db
      .selectFrom('member_role_assignment')
      .selectAll()
      .where('member_id', 'in', ids)
      .orderBy('member_id')
      .orderBy('position')
      .orderBy('id')
      .execute(),
  );
  const growth = await whereIn(memberIds, (ids) =>
    db.selectFrom('growth_opportunity').selectAll().where('member_id', 'in', ids).orderBy('id').execute(),
  );
  const learningRecords = await whereIn(memberIds, (ids) =>
    db.selectFrom('learning_record').selectAll().where('member_id', 'in', ids).orderBy('id').execute(),
  );
  const frameworks = await db
    .selectFrom('framework')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('id')
    .execute();
  const frameworkVersions = await whereIn(
    frameworks.map((row) => row.id),
    (ids) =>
      db
        .selectFrom('framework_version')
        .selectAll()
        .where('framework_id', 'in', ids)
        .orderBy('framework_id')
        .orderBy('number')
        .execute(),
  );
  const rounds = await db
    .selectFrom('assessment_round')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('id')
    .execute();
  const roundIds = rounds.map((row) => row.id);
  const assessments = await whereIn(roundIds, (ids) =>
    db.selectFrom('assessment').selectAll().where('round_id', 'in', ids).orderBy('id').execute(),
  );
  const assessmentIds = assessments.map((row) => row.id);
  const ratings = await whereIn(assessmentIds, (ids) =>
    db
      .selectFrom('assessment_rating')
      .selectAll()
      .where('assessment_id', 'in', ids)
      .orderBy('assessment_id')
      .orderBy('skill_key')
      .execute(),
  );
  const comments = await whereIn(assessmentIds, (ids) =>
    db
      .selectFrom('assessment_comment')
      .selectAll()
      .where('assessment_id', 'in', ids)
      .orderBy('assessment_id')
      .orderBy('category_key')
      .execute(),
  );
  const answerSheets = await whereIn(assessmentIds, (ids) =>
    db.selectFrom('assessment_answer_sheet').selectAll().where('assessment_id', 'in', ids).execute(),
  );
  const ownVersionIds = new Set(frameworkVersions.map((row) => row.id));
  const foreignVersionIds = [
    ...new Set([
      ...rounds.map((row) => row.framework_version_id),
      ...answerSheets.map((row) => row.framework_version_id),
    ]),
  ].filter((id) => !ownVersionIds.has(id));
  const sharedVersions = await whereIn(foreignVersionIds, (ids) =>
    db
      .selectFrom('framework_version')
      .innerJoin('framework', 'framework.id', 'framework_version.framework_id')
      .select(['framework_version.id', 'framework.key', 'framework_version.number'])
      .where('framework_version.id', 'in', ids)
      .execute(),
  );
  const fundingSources = await db
    .selectFrom('funding_source')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('id')
    .execute();
  const plans = await db
    .selectFrom('capacity_plan')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('id')
    .execute();
  const planIds = plans.map((row) => row.id);
  const activities = await whereIn(planIds, (ids) =>
    db
      .selectFrom('plan_activity')
      .selectAll()
      .where('plan_id', 'in', ids)
      .orderBy('plan_id')
      .orderBy('position')
      .orderBy('id')
      .execute(),
  );
  const activityIds = activities.map((row) => row.id);
  const activityMembers = await whereIn(activityIds, (ids) =>
    db
      .selectFrom('plan_activity_member')
      .selectAll()
      .where('activity_id', 'in', ids)
      .orderBy('activity_id')
      .orderBy('position')
      .orderBy('member_id')
      .execute(),
  );
  const costLines = await whereIn(activityIds, (ids) =>
    db
      .selectFrom('plan_cost_line')
      .selectAll()
      .where('activity_id', 'in', ids)
      .orderBy('activity_id')
      .orderBy('position')
      .orderBy('id')
      .execute(),
  );
  const fundingShares = await whereIn(activityIds, (ids) =>
    db
      .selectFrom('plan_funding_share')
      .selectAll()
      .where('activity_id', 'in', ids)
      .orderBy('activity_id')
      .orderBy('position')
      .orderBy('id')
      .execute(),
  );
  const revisions = await whereIn(planIds, (ids) =>
    db
      .selectFrom('plan_revision')
      .selectAll()
      .where('plan_id', 'in', ids)
      .orderBy('plan_id')
      .orderBy('number')
      .execute(),
  );
  const termsOfReference = await db
    .selectFrom('team_terms_of_reference')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('role_key')
    .execute();
  return {
    team,
    access,
    accounts,
    roleNames,
    members,
    assignments,
    growth,
    learningRecords,
    frameworks,
    frameworkVersions,
    sharedVersions: sharedVersions.map((row) => ({ ...row, number: Number(row.number) })),
    rounds,
    assessments,
    ratings,
    comments,
    answerSheets,
    fundingSources,
    plans,
    activities,
    activityMembers,
    costLines,
    fundingShares,
    revisions,
    termsOfReference,
  };
}

/** `where … in (…)` in slices: PostgreSQL and SQLite both cap the number of bound parameters. */
async function whereIn<T>(ids: readonly string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    rows.push(...(await query(ids.slice(start, start + 500))));
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// What an import checks against and writes

export async function findTeamIdTaken(db: Executor, teamId: string): Promise<boolean> {
  return (await db.selectFrom('team').select('id').where('id', '=', teamId).executeTakeFirst()) !== undefined;
}

/** Accounts that already have one of these ids or email keys. */
export async function findAccountsTaken(
  db: Executor,
  ids: readonly string[],
  emailKeys: readonly string[],
): Promise<{ id: string; email_key: string }[]> {
  const byId = await whereIn(ids, (slice) =>
    db.selectFrom('user_account').select(['id', 'email_key']).where('id', 'in', slice).execute(),
  );
  const byEmail = await whereIn(emailKeys, (slice) =>
    db.selectFrom('user_account').select(['id', 'email_key']).where('email_key', 'in', slice).execute(),
  );
  return [...byId, ...byEmail];
}

/** Ids of `table` among `ids` that already exist (a record of another team, or a half-imported one). */
export async function findIdsTaken(
  db: Executor,
  table:
    | 'learning_record'
    | 'team_member'
    | 'framework'
    | 'framework_version'
    | 'assessment_round'
    | 'assessment'
    | 'funding_source'
    | 'capacity_plan'
    | 'plan_activity',
  ids: readonly string[],
): Promise<string[]> {
  const rows = await whereIn(ids, (slice) =>
    db.selectFrom(table).select('id').where('id', 'in', slice).execute(),
  );
  return rows.map((row) => row.id);
}

export async function listRoleKeys(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('role_definition').select('key').execute();
  return new Set(rows.map((row) => row.key));
}

export async function listCourseKeys(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('course').select('key').execute();
  return new Set(rows.map((row) => row.key));
}

/** Versions of frameworks every team can use, by `key number`. */
export async function listSharedFrameworkVersions(db: Executor): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('framework_version')
    .innerJoin('framework', 'framework.id', 'framework_version.framework_id')
    .select(['framework_version.id', 'framework.key', 'framework_version.number'])
    .where('framework.team_id', 'is', null)
    .execute();
  return new Map(rows.map((row) => [`${row.key} ${Number(row.number)}`, row.id]));
}

export async function insertRows<T extends keyof Database & string>(
  db: Executor,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  // Slices keep each statement under the engines' bound-parameter limits.
  for (let start = 0; start < rows.length; start += 100) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + 100) as any)
      .execute();
  }
}
