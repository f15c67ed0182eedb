import type { Kysely } from 'kysely';
import { DEFAULT_ROLES_CATALOGUE } from '@coreteam/core';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('role_definition')
    .addColumn('key', 'varchar(60)', (column) => column.primaryKey())
    .addColumn('kind', 'varchar(20)', (column) => column.notNull())
    .addColumn('name', 'varchar(80)', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('dedication', 'varchar(30)', (column) => column.notNull())
    .addColumn('build_order', 'integer')
    .addColumn('competencies', 'text', (column) => column.notNull())
    .addColumn('sub_roles', 'text', (column) => column.notNull())
    .addColumn('sort_order', 'integer', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  const now = new Date().toISOString();
  await db
    .insertInto('role_definition')
    .values(
      DEFAULT_ROLES_CATALOGUE.map((role, index) => ({
        key: role.key,
        kind: role.kind,
        name: role.name,
        description: role.description,
        dedication: role.dedication,
        build_order: role.buildOrder,
        competencies: JSON.stringify(role.competencies),
        sub_roles: JSON.stringify(role.subRoles),
        sort_order: index + 1,
        updated_at: now,
        version: 1,
      })),
    )
    .execute();

  await db.schema
    .createTable('team_role_name')
    .addColumn('team_id', 'varchar(36)', (column) =>
      column.notNull().references('team.id').onDelete('cascade'),
    )
    .addColumn('role_key', 'varchar(60)', (column) =>
      column.notNull().references('role_definition.key').onDelete('cascade'),
    )
    .addColumn('local_name', 'varchar(80)', (column) => column.notNull())
    .addPrimaryKeyConstraint('team_role_name_pk', ['team_id', 'role_key'])
    .execute();

  await db.schema.alterTable('team').addColumn('phase', 'varchar(20)').execute();

  await db.schema
    .createTable('team_member')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('team_id', 'varchar(36)', (column) =>
      column.notNull().references('team.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('name', 'varchar(120)', (column) => column.notNull())
    .addColumn('organisation', 'varchar(200)', (column) => column.notNull().defaultTo(''))
    .addColumn('affiliation', 'varchar(30)', (column) => column.notNull())
    .addColumn('based_in_country', 'integer', (column) => column.notNull())
    .addColumn('time_share_percent', 'integer', (column) => column.notNull())
    .addColumn('funding', 'varchar(30)', (column) => column.notNull())
    .addColumn('partner_funding_ends_on', 'varchar(10)')
    .addColumn('start_date', 'varchar(10)')
    .addColumn('end_date', 'varchar(10)')
    .addColumn('leaving_reason', 'varchar(500)')
    .addColumn('phase', 'varchar(20)')
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('team_member_team_idx').on('team_member').column('team_id').execute();

  await db.schema
    .createTable('member_role_assignment')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('member_id', 'varchar(36)', (column) =>
      column.notNull().references('team_member.id').onDelete('cascade'),
    )
    .addColumn('role_key', 'varchar(60)', (column) => column.notNull().references('role_definition.key'))
    .addColumn('sub_role_key', 'varchar(60)')
    .addColumn('status', 'varchar(20)', (column) => column.notNull())
    .addColumn('since', 'varchar(10)')
    .addColumn('position', 'integer', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('member_role_assignment_member_idx')
    .on('member_role_assignment')
    .column('member_id')
    .execute();

  await db.schema
    .createTable('growth_opportunity')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('member_id', 'varchar(36)', (column) =>
      column.notNull().references('team_member.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(30)', (column) => column.notNull())
    .addColumn('occurred_on', 'varchar(10)', (column) => column.notNull())
    .addColumn('note', 'varchar(500)', (column) => column.notNull().defaultTo(''))
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('growth_opportunity_member_idx')
    .on('growth_opportunity')
    .column('member_id')
    .execute();
}
