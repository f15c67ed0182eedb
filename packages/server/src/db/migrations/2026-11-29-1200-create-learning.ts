import type { Kysely } from 'kysely';
import { DEFAULT_COURSE_CATEGORIES, DEFAULT_COURSES, DEFAULT_LEARNING_PATHS } from '@coreteam/core';

/**
 * Learning: the course catalogue (categories and courses, seeded from the core's content and
 * editable by a system admin), a learning path per role, each member's learning records, and the
 * plan optimiser's proposals. Plan activities get an optional course, so that completing one
 * records the course for its members. Lists read whole are JSON text; money is `bigint`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('course_category')
    .addColumn('key', 'varchar(80)', (column) => column.primaryKey())
    .addColumn('name', 'varchar(120)', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('course')
    .addColumn('key', 'varchar(80)', (column) => column.primaryKey())
    .addColumn('kind', 'varchar(20)', (column) => column.notNull())
    .addColumn('category_key', 'varchar(80)', (column) => column.references('course_category.key'))
    .addColumn('name', 'varchar(160)', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('offerings', 'text', (column) => column.notNull())
    .addColumn('prerequisite_keys', 'text', (column) => column.notNull())
    .addColumn('develops_category_keys', 'text', (column) => column.notNull())
    .addColumn('recommended_role_keys', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('learning_path_step')
    .addColumn('role_key', 'varchar(60)', (column) =>
      column.notNull().references('role_definition.key').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('course_key', 'varchar(80)', (column) =>
      column.notNull().references('course.key').onDelete('cascade'),
    )
    .addColumn('sub_role_keys', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('learning_path_step_pk', ['role_key', 'position'])
    .execute();

  await db.schema
    .createTable('learning_record')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('member_id', 'varchar(36)', (column) =>
      column.notNull().references('team_member.id').onDelete('cascade'),
    )
    .addColumn('course_key', 'varchar(80)', (column) => column.notNull().references('course.key'))
    .addColumn('taken_on', 'varchar(10)', (column) => column.notNull())
    .addColumn('completed', 'integer', (column) => column.notNull())
    .addColumn('certificate', 'integer', (column) => column.notNull())
    .addColumn('plan_activity_id', 'varchar(36)', (column) =>
      column.references('plan_activity.id').onDelete('set null'),
    )
    .addColumn('note', 'text', (column) => column.notNull())
    .addColumn('created_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('learning_record_member_idx')
    .on('learning_record')
    .column('member_id')
    .execute();

  await db.schema
    .createTable('optimiser_proposal')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('plan_id', 'varchar(36)', (column) =>
      column.notNull().references('capacity_plan.id').onDelete('cascade'),
    )
    .addColumn('plan_version', 'integer', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('budget_minor', 'bigint', (column) => column.notNull())
    .addColumn('currency', 'varchar(3)', (column) => column.notNull())
    .addColumn('payload', 'text', (column) => column.notNull())
    .addColumn('created_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('accepted_at', 'varchar(30)')
    .addColumn('accepted_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('accepted_activity_ids', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('optimiser_proposal_plan_idx')
    .on('optimiser_proposal')
    .column('plan_id')
    .execute();

  await db.schema.alterTable('plan_activity').addColumn('course_key', 'varchar(80)').execute();

  const now = new Date().toISOString();
  await db
    .insertInto('course_category')
    .values(
      DEFAULT_COURSE_CATEGORIES.map((category, position) => ({
        key: category.key,
        name: category.name,
        description: category.description,
        position,
        updated_at: now,
        version: 1,
      })),
    )
    .execute();
  await db
    .insertInto('course')
    .values(
      DEFAULT_COURSES.map((course, position) => ({
        key: course.key,
        kind: course.kind,
        category_key: course.categoryKey,
        name: course.name,
        description: course.description,
        offerings: JSON.stringify(course.offerings),
        prerequisite_keys: JSON.stringify(course.prerequisiteKeys),
        develops_category_keys: JSON.stringify(course.developsCategoryKeys),
        recommended_role_keys: JSON.stringify(course.recommendedRoleKeys),
        position,
        updated_at: now,
        version: 1,
      })),
    )
    .execute();
  // Only roles the catalogue still has (a role is never deleted today, but the seed must not fail).
  const roleKeys = new Set(
    (await db.selectFrom('role_definition').select('key').execute()).map((row: { key: string }) => row.key),
  );
  const steps = DEFAULT_LEARNING_PATHS.filter((path) => roleKeys.has(path.roleKey)).flatMap((path) =>
    path.steps.map((step, position) => ({
      role_key: path.roleKey,
      position,
      course_key: step.courseKey,
      sub_role_keys: JSON.stringify(step.subRoleKeys),
    })),
  );
  if (steps.length > 0) await db.insertInto('learning_path_step').values(steps).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_activity').dropColumn('course_key').execute();
  for (const table of [
    'optimiser_proposal',
    'learning_record',
    'learning_path_step',
    'course',
    'course_category',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
