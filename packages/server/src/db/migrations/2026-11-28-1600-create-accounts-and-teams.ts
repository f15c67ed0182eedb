import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_account')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('email', 'varchar(254)', (column) => column.notNull())
    .addColumn('email_key', 'varchar(254)', (column) => column.notNull().unique())
    .addColumn('display_name', 'varchar(120)', (column) => column.notNull())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('preferred_language', 'varchar(5)', (column) => column.notNull().defaultTo('en'))
    .addColumn('is_active', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('is_system_admin', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('must_change_password', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('user_session')
    .addColumn('id_hash', 'varchar(64)', (column) => column.primaryKey())
    .addColumn('user_id', 'varchar(36)', (column) =>
      column.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('csrf_token', 'varchar(64)', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('last_seen_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('expires_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('ip', 'varchar(64)', (column) => column.notNull())
    .addColumn('user_agent', 'varchar(300)', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('user_session_user_idx').on('user_session').column('user_id').execute();

  await db.schema
    .createTable('personal_access_token')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('user_id', 'varchar(36)', (column) =>
      column.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('name', 'varchar(100)', (column) => column.notNull())
    .addColumn('token_hash', 'varchar(64)', (column) => column.notNull().unique())
    .addColumn('scope', 'varchar(20)', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('last_used_at', 'varchar(30)')
    .addColumn('expires_at', 'varchar(30)')
    .addColumn('revoked_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('personal_access_token_user_idx')
    .on('personal_access_token')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('team')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('name', 'varchar(120)', (column) => column.notNull())
    .addColumn('country_code', 'varchar(2)', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('base_currency', 'varchar(3)', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('team_access')
    .addColumn('team_id', 'varchar(36)', (column) =>
      column.notNull().references('team.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'varchar(36)', (column) =>
      column.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('role', 'varchar(20)', (column) => column.notNull())
    .addColumn('granted_by', 'varchar(36)', (column) =>
      column.references('user_account.id').onDelete('set null'),
    )
    .addColumn('granted_at', 'varchar(30)', (column) => column.notNull())
    .addPrimaryKeyConstraint('team_access_pk', ['team_id', 'user_id', 'role'])
    .execute();
  await db.schema.createIndex('team_access_user_idx').on('team_access').column('user_id').execute();

  // Append-only: no foreign keys, so the record outlives what it describes.
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('occurred_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('actor_user_id', 'varchar(36)')
    .addColumn('team_id', 'varchar(36)')
    .addColumn('action', 'varchar(60)', (column) => column.notNull())
    .addColumn('entity_type', 'varchar(60)', (column) => column.notNull())
    .addColumn('entity_id', 'varchar(100)', (column) => column.notNull())
    .addColumn('changes', 'text', (column) => column.notNull())
    .addColumn('ip', 'varchar(64)')
    .execute();
  await db.schema
    .createIndex('audit_event_team_idx')
    .on('audit_event')
    .columns(['team_id', 'occurred_at'])
    .execute();
  await db.schema.createIndex('audit_event_time_idx').on('audit_event').column('occurred_at').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'varchar(300)', (column) => column.primaryKey())
    .addColumn('failure_count', 'integer', (column) => column.notNull())
    .addColumn('window_started_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('locked_until', 'varchar(30)')
    .execute();
}
