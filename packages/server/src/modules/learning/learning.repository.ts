import type {
  Course,
  CourseCategory,
  CourseKind,
  CourseOffering,
  LearningRecord,
  OptimiserProposal,
} from '@coreteam/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { randomUUID } from 'node:crypto';
import type {
  CourseCategoryTable,
  CourseTable,
  LearningRecordTable,
  OptimiserProposalTable,
} from '../../db/schema.js';
import type { Executor } from '../../db/transaction.js';
import type { LearningPathStepDefinition } from '@coreteam/core';

/*
 * Reads and writes of the course catalogue, learning paths, learning records and optimiser
 * proposals. Rows become camelCase domain objects here and nowhere else.
 */

// ---------------------------------------------------------------------------------------------
// Catalogue

function toCategory(row: Selectable<CourseCategoryTable>): CourseCategory {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    position: Number(row.position),
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

export async function listCourseCategories(db: Executor): Promise<CourseCategory[]> {
  const rows = await db
    .selectFrom('course_category')
    .selectAll()
    .orderBy('position')
    .orderBy('key')
    .execute();
  return rows.map(toCategory);
}

export async function findCourseCategory(db: Executor, key: string): Promise<CourseCategory | undefined> {
  const row = await db.selectFrom('course_category').selectAll().where('key', '=', key).executeTakeFirst();
  return row ? toCategory(row) : undefined;
}

export async function insertCourseCategory(db: Executor, row: CourseCategoryTable): Promise<boolean> {
  const result = await db
    .insertInto('course_category')
    .values(row)
    .onConflict((conflict) => conflict.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateCourseCategoryIfVersion(
  db: Executor,
  key: string,
  expectedVersion: number,
  changes: Pick<CourseCategoryTable, 'name' | 'description' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('course_category')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('key', '=', key)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function nextCategoryPosition(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('course_category')
    .select((eb) => eb.fn.max('position').as('last'))
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

function toCourse(row: Selectable<CourseTable>): Course {
  return {
    key: row.key,
    kind: row.kind as CourseKind,
    categoryKey: row.category_key,
    name: row.name,
    description: row.description,
    offerings: JSON.parse(row.offerings) as CourseOffering[],
    prerequisiteKeys: JSON.parse(row.prerequisite_keys) as string[],
    developsCategoryKeys: JSON.parse(row.develops_category_keys) as string[],
    recommendedRoleKeys: JSON.parse(row.recommended_role_keys) as string[],
    position: Number(row.position),
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

export async function listCourses(db: Executor): Promise<Course[]> {
  const rows = await db.selectFrom('course').selectAll().orderBy('position').orderBy('key').execute();
  return rows.map(toCourse);
}

export async function findCourse(db: Executor, key: string): Promise<Course | undefined> {
  const row = await db.selectFrom('course').selectAll().where('key', '=', key).executeTakeFirst();
  return row ? toCourse(row) : undefined;
}

export async function courseExists(db: Executor, key: string): Promise<boolean> {
  const row = await db.selectFrom('course').select('key').where('key', '=', key).executeTakeFirst();
  return row !== undefined;
}

export function courseRow(
  course: Omit<Course, 'version' | 'updatedAt' | 'position'>,
): Omit<CourseTable, 'position' | 'updated_at' | 'version'> {
  return {
    key: course.key,
    kind: course.kind,
    category_key: course.categoryKey,
    name: course.name,
    description: course.description,
    offerings: JSON.stringify(course.offerings),
    prerequisite_keys: JSON.stringify(course.prerequisiteKeys),
    develops_category_keys: JSON.stringify(course.developsCategoryKeys),
    recommended_role_keys: JSON.stringify(course.recommendedRoleKeys),
  };
}

export async function insertCourse(db: Executor, row: CourseTable): Promise<boolean> {
  const result = await db
    .insertInto('course')
    .values(row)
    .onConflict((conflict) => conflict.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function nextCoursePosition(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('course')
    .select((eb) => eb.fn.max('position').as('last'))
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

export async function updateCourseIfVersion(
  db: Executor,
  key: string,
  expectedVersion: number,
  changes: Omit<Updateable<CourseTable>, 'key' | 'version' | 'position'>,
): Promise<boolean> {
  const result = await db
    .updateTable('course')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('key', '=', key)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---------------------------------------------------------------------------------------------
// Learning paths

/** Every role's path steps, in order. */
export async function listPathSteps(
  db: Executor,
  roleKeys?: readonly string[],
): Promise<Map<string, LearningPathStepDefinition[]>> {
  if (roleKeys && roleKeys.length === 0) return new Map();
  let query = db.selectFrom('learning_path_step').selectAll();
  if (roleKeys) query = query.where('role_key', 'in', [...roleKeys]);
  const rows = await query.orderBy('role_key').orderBy('position').execute();
  const paths = new Map<string, LearningPathStepDefinition[]>();
  for (const row of rows) {
    const steps = paths.get(row.role_key) ?? [];
    steps.push({ courseKey: row.course_key, subRoleKeys: JSON.parse(row.sub_role_keys) as string[] });
    paths.set(row.role_key, steps);
  }
  return paths;
}

export async function roleExists(db: Executor, roleKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('role_definition')
    .select('key')
    .where('key', '=', roleKey)
    .executeTakeFirst();
  return row !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Learning records

function toRecord(row: Selectable<LearningRecordTable>): LearningRecord {
  return {
    id: row.id,
    memberId: row.member_id,
    courseKey: row.course_key,
    takenOn: row.taken_on,
    completed: Number(row.completed) === 1,
    certificate: Number(row.certificate) === 1,
    planActivityId: row.plan_activity_id,
    note: row.note,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Records of some members, oldest first. */
export async function listRecords(db: Executor, memberIds: readonly string[]): Promise<LearningRecord[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('learning_record')
    .selectAll()
    .where('member_id', 'in', [...memberIds])
    .orderBy('taken_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}

export async function findRecord(
  db: Executor,
  memberId: string,
  recordId: string,
): Promise<LearningRecord | undefined> {
  const row = await db
    .selectFrom('learning_record')
    .selectAll()
    .where('id', '=', recordId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function insertRecord(db: Executor, row: Insertable<LearningRecordTable>): Promise<void> {
  await db.insertInto('learning_record').values(row).execute();
}

export async function updateRecordIfVersion(
  db: Executor,
  recordId: string,
  expectedVersion: number,
  changes: Omit<
    Updateable<LearningRecordTable>,
    'id' | 'member_id' | 'version' | 'created_at' | 'created_by'
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('learning_record')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', recordId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteRecordIfVersion(
  db: Executor,
  recordId: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('learning_record')
    .where('id', '=', recordId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * A completed record of the course for each member of a completed plan activity, unless the member
 * already has one (from this activity, or any completed record of the course): running it twice
 * changes nothing.
 */
export async function recordCoursesCompletedByActivity(
  db: Executor,
  input: {
    activityId: string;
    courseKey: string;
    memberIds: readonly string[];
    takenOn: string;
    createdBy: string | null;
    now: string;
  },
): Promise<string[]> {
  const existing = await db
    .selectFrom('learning_record')
    .select('member_id')
    .where('member_id', 'in', [...input.memberIds])
    .where((eb) =>
      eb.or([
        eb('plan_activity_id', '=', input.activityId),
        eb.and([eb('course_key', '=', input.courseKey), eb('completed', '=', 1)]),
      ]),
    )
    .execute();
  const done = new Set(existing.map((row) => row.member_id));
  const created: string[] = [];
  for (const memberId of input.memberIds) {
    if (done.has(memberId)) continue;
    const id = randomUUID();
    await insertRecord(db, {
      id,
      member_id: memberId,
      course_key: input.courseKey,
      taken_on: input.takenOn,
      completed: 1,
      certificate: 0,
      plan_activity_id: input.activityId,
      note: '',
      created_by: input.createdBy,
      created_at: input.now,
      updated_at: input.now,
      version: 1,
    });
    created.push(id);
  }
  return created;
}

// ---------------------------------------------------------------------------------------------
// Optimiser proposals

export interface StoredProposal {
  id: string;
  planId: string;
  planVersion: number;
  year: number;
  budgetMinor: number;
  currency: string;
  payload: Omit<
    OptimiserProposal,
    | 'id'
    | 'planId'
    | 'planVersion'
    | 'year'
    | 'budgetMinor'
    | 'currency'
    | 'createdAt'
    | 'acceptedAt'
    | 'acceptedActivityIds'
  >;
  createdAt: string;
  acceptedAt: string | null;
  acceptedActivityIds: string[];
}

export function toProposal(stored: StoredProposal): OptimiserProposal {
  return {
    id: stored.id,
    planId: stored.planId,
    planVersion: stored.planVersion,
    year: stored.year,
    budgetMinor: stored.budgetMinor,
    currency: stored.currency,
    ...stored.payload,
    createdAt: stored.createdAt,
    acceptedAt: stored.acceptedAt,
    acceptedActivityIds: stored.acceptedActivityIds,
  };
}

export async function insertProposal(db: Executor, row: Insertable<OptimiserProposalTable>): Promise<void> {
  await db.insertInto('optimiser_proposal').values(row).execute();
}

export async function findProposal(
  db: Executor,
  planId: string,
  proposalId: string,
): Promise<StoredProposal | undefined> {
  const row = await db
    .selectFrom('optimiser_proposal')
    .selectAll()
    .where('id', '=', proposalId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    planId: row.plan_id,
    planVersion: Number(row.plan_version),
    year: Number(row.year),
    budgetMinor: Number(row.budget_minor),
    currency: row.currency,
    payload: JSON.parse(row.payload) as StoredProposal['payload'],
    createdAt: row.created_at,
    acceptedAt: row.accepted_at,
    acceptedActivityIds: JSON.parse(row.accepted_activity_ids) as string[],
  };
}

/** Marks the proposal accepted unless it already is; false when someone accepted it first. */
export async function markProposalAccepted(
  db: Executor,
  proposalId: string,
  input: { at: string; by: string | null; activityIds: readonly string[] },
): Promise<boolean> {
  const result = await db
    .updateTable('optimiser_proposal')
    .set({
      accepted_at: input.at,
      accepted_by: input.by,
      accepted_activity_ids: JSON.stringify(input.activityIds),
    })
    .where('id', '=', proposalId)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
