import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DEFAULT_FRAMEWORK, defaultTargets, FRAMEWORK_DOCUMENT_FORMAT } from '@coreteam/core';

/**
 * Frameworks (versioned skill templates), assessment rounds, assessments and their answers.
 * A framework version's document is stored whole as JSON: it is read whole, never queried by part.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('framework')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('key', 'varchar(200)', (column) => column.notNull())
    .addColumn('name', 'varchar(120)', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('team_id', 'varchar(36)', (column) => column.references('team.id').onDelete('cascade'))
    .addColumn('built_in', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('framework_team_idx').on('framework').column('team_id').execute();

  await db.schema
    .createTable('framework_version')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('framework_id', 'varchar(36)', (column) =>
      column.notNull().references('framework.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('document', 'text', (column) => column.notNull())
    .addColumn('skill_count', 'integer', (column) => column.notNull())
    .addColumn('frozen_at', 'varchar(30)')
    .addColumn('created_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addUniqueConstraint('framework_version_number_uq', ['framework_id', 'number'])
    .execute();

  await db.schema
    .createTable('assessment_round')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('team_id', 'varchar(36)', (column) =>
      column.notNull().references('team.id').onDelete('cascade'),
    )
    .addColumn('name', 'varchar(120)', (column) => column.notNull())
    .addColumn('framework_version_id', 'varchar(36)', (column) =>
      column.notNull().references('framework_version.id'),
    )
    .addColumn('opens_on', 'varchar(10)', (column) => column.notNull())
    .addColumn('closes_on', 'varchar(10)', (column) => column.notNull())
    .addColumn('created_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('assessment_round_team_idx').on('assessment_round').column('team_id').execute();

  await db.schema
    .createTable('assessment')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('round_id', 'varchar(36)', (column) =>
      column.notNull().references('assessment_round.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'varchar(36)', (column) =>
      column.notNull().references('team_member.id').onDelete('cascade'),
    )
    .addColumn('mode', 'varchar(20)', (column) => column.notNull())
    .addColumn('assessor_user_id', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('area_keys', 'text', (column) => column.notNull())
    .addColumn('status', 'varchar(20)', (column) => column.notNull())
    .addColumn('submitted_at', 'varchar(30)')
    .addColumn('created_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addUniqueConstraint('assessment_member_mode_uq', ['round_id', 'member_id', 'mode'])
    .execute();
  await db.schema.createIndex('assessment_member_idx').on('assessment').column('member_id').execute();
  await db.schema
    .createIndex('assessment_assessor_idx')
    .on('assessment')
    .column('assessor_user_id')
    .execute();

  await db.schema
    .createTable('assessment_rating')
    .addColumn('assessment_id', 'varchar(36)', (column) =>
      column.notNull().references('assessment.id').onDelete('cascade'),
    )
    .addColumn('skill_key', 'varchar(200)', (column) => column.notNull())
    /** 0–3; null means N/A (an answer, left out of every score). */
    .addColumn('level', 'integer')
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addPrimaryKeyConstraint('assessment_rating_pk', ['assessment_id', 'skill_key'])
    .execute();

  await db.schema
    .createTable('assessment_comment')
    .addColumn('assessment_id', 'varchar(36)', (column) =>
      column.notNull().references('assessment.id').onDelete('cascade'),
    )
    .addColumn('category_key', 'varchar(200)', (column) => column.notNull())
    .addColumn('comment', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addPrimaryKeyConstraint('assessment_comment_pk', ['assessment_id', 'category_key'])
    .execute();

  const now = new Date().toISOString();
  const frameworkId = randomUUID();
  await db
    .insertInto('framework')
    .values({
      id: frameworkId,
      key: DEFAULT_FRAMEWORK.key,
      name: DEFAULT_FRAMEWORK.name,
      description: DEFAULT_FRAMEWORK.description,
      team_id: null,
      built_in: 1,
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  const document = {
    format: FRAMEWORK_DOCUMENT_FORMAT,
    ...DEFAULT_FRAMEWORK,
    version: '1',
    targets: defaultTargets({ framework: DEFAULT_FRAMEWORK }),
  };
  await db
    .insertInto('framework_version')
    .values({
      id: randomUUID(),
      framework_id: frameworkId,
      number: 1,
      document: JSON.stringify(document),
      skill_count: DEFAULT_FRAMEWORK.areas.reduce(
        (sum, area) => sum + area.categories.reduce((inner, category) => inner + category.skills.length, 0),
        0,
      ),
      frozen_at: null,
      created_by: null,
      created_at: now,
    })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'assessment_comment',
    'assessment_rating',
    'assessment',
    'assessment_round',
    'framework_version',
    'framework',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
