import type { Kysely } from 'kysely';

/**
 * Capacity building plans: plans per team and period, their costed activities with members, cost
 * lines and funding shares, revisions with snapshots, the team's funding sources and its terms of
 * reference per position. Money is integer minor units in `bigint` columns (amounts reach 9e13,
 * beyond a 32-bit integer); PostgreSQL hands those back as strings, which the repositories map
 * with Number() in one place. Lists that are only ever read whole are stored as JSON text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('funding_source')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('team_id', 'varchar(36)', (column) =>
      column.notNull().references('team.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(20)', (column) => column.notNull())
    .addColumn('name', 'varchar(160)', (column) => column.notNull())
    .addColumn('notes', 'text', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('funding_source_team_idx').on('funding_source').column('team_id').execute();

  await db.schema
    .createTable('capacity_plan')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('team_id', 'varchar(36)', (column) =>
      column.notNull().references('team.id').onDelete('cascade'),
    )
    .addColumn('title', 'varchar(160)', (column) => column.notNull())
    .addColumn('start_year', 'integer', (column) => column.notNull())
    .addColumn('end_year', 'integer', (column) => column.notNull())
    .addColumn('base_currency', 'varchar(3)', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    .addColumn('exchange_rates', 'text', (column) => column.notNull())
    .addColumn('created_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addUniqueConstraint('capacity_plan_period_uq', ['team_id', 'start_year', 'end_year'])
    .execute();

  await db.schema
    .createTable('plan_activity')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('plan_id', 'varchar(36)', (column) =>
      column.notNull().references('capacity_plan.id').onDelete('cascade'),
    )
    .addColumn('title', 'varchar(200)', (column) => column.notNull())
    .addColumn('type', 'varchar(40)', (column) => column.notNull())
    .addColumn('provider', 'varchar(200)', (column) => column.notNull())
    .addColumn('timing', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('status', 'varchar(20)', (column) => column.notNull())
    .addColumn('outcome_note', 'text', (column) => column.notNull())
    .addColumn('gap_category_keys', 'text', (column) => column.notNull())
    .addColumn('total_minor', 'bigint', (column) => column.notNull())
    .addColumn('uncovered_minor', 'bigint', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('created_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('plan_activity_plan_idx').on('plan_activity').column('plan_id').execute();

  await db.schema
    .createTable('plan_activity_member')
    .addColumn('activity_id', 'varchar(36)', (column) =>
      column.notNull().references('plan_activity.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'varchar(36)', (column) =>
      column.notNull().references('team_member.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('plan_activity_member_pk', ['activity_id', 'member_id'])
    .execute();
  await db.schema
    .createIndex('plan_activity_member_member_idx')
    .on('plan_activity_member')
    .column('member_id')
    .execute();

  await db.schema
    .createTable('plan_cost_line')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('activity_id', 'varchar(36)', (column) =>
      column.notNull().references('plan_activity.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('kind', 'varchar(20)', (column) => column.notNull())
    .addColumn('description', 'varchar(300)', (column) => column.notNull())
    .addColumn('quantity', 'integer', (column) => column.notNull())
    .addColumn('unit_cost_minor', 'bigint', (column) => column.notNull())
    .addColumn('currency', 'varchar(3)', (column) => column.notNull())
    .addColumn('total_minor', 'bigint', (column) => column.notNull())
    .addColumn('base_total_minor', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('plan_cost_line_activity_idx')
    .on('plan_cost_line')
    .column('activity_id')
    .execute();

  await db.schema
    .createTable('plan_funding_share')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('activity_id', 'varchar(36)', (column) =>
      column.notNull().references('plan_activity.id').onDelete('cascade'),
    )
    .addColumn('funding_source_id', 'varchar(36)', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('status', 'varchar(20)', (column) => column.notNull())
    // A source still named by a share cannot be deleted on its own (the API answers 409 first).
    // Checked at commit: deleting the team cascades to both the sources and the plans' shares, and
    // PostgreSQL would otherwise check this key before the cascade has removed the shares.
    .addForeignKeyConstraint(
      'plan_funding_share_source_fk',
      ['funding_source_id'],
      'funding_source',
      ['id'],
      (constraint) => constraint.onDelete('no action').deferrable().initiallyDeferred(),
    )
    .execute();
  await db.schema
    .createIndex('plan_funding_share_activity_idx')
    .on('plan_funding_share')
    .column('activity_id')
    .execute();
  await db.schema
    .createIndex('plan_funding_share_source_idx')
    .on('plan_funding_share')
    .column('funding_source_id')
    .execute();

  await db.schema
    .createTable('plan_revision')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('plan_id', 'varchar(36)', (column) =>
      column.notNull().references('capacity_plan.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('note', 'text', (column) => column.notNull())
    .addColumn('changes', 'text', (column) => column.notNull())
    .addColumn('snapshot', 'text', (column) => column.notNull())
    .addColumn('created_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addUniqueConstraint('plan_revision_number_uq', ['plan_id', 'number'])
    .execute();

  await db.schema
    .createTable('team_terms_of_reference')
    .addColumn('team_id', 'varchar(36)', (column) =>
      column.notNull().references('team.id').onDelete('cascade'),
    )
    .addColumn('role_key', 'varchar(100)', (column) => column.notNull())
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('responsibilities', 'text', (column) => column.notNull())
    .addColumn('required_competencies', 'text', (column) => column.notNull())
    .addColumn('reporting_line', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('team_terms_of_reference_pk', ['team_id', 'role_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'team_terms_of_reference',
    'plan_revision',
    'plan_funding_share',
    'plan_cost_line',
    'plan_activity_member',
    'plan_activity',
    'capacity_plan',
    'funding_source',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
