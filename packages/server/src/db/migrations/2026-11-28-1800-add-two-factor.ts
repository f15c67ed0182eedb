import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_account').addColumn('totp_secret', 'varchar(64)').execute();
  await db.schema.alterTable('user_account').addColumn('totp_enabled_at', 'varchar(30)').execute();
  await db.schema.alterTable('user_account').addColumn('totp_last_step', 'bigint').execute();

  await db.schema
    .createTable('recovery_code')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('user_id', 'varchar(36)', (column) =>
      column.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('code_hash', 'varchar(64)', (column) => column.notNull())
    .addColumn('used_at', 'varchar(30)')
    .execute();
  await db.schema.createIndex('recovery_code_user_idx').on('recovery_code').column('user_id').execute();
}
