import { sql, type Kysely, type Transaction } from 'kysely';
import type { DatabaseHandle } from './database.js';
import type { Database } from './schema.js';

export type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Runs `work` in one transaction: all of a request's writes land, or none do. On SQLite the
 * transaction starts with BEGIN IMMEDIATE, taking the write lock up front, so a read-then-write
 * cannot deadlock with another process (the CLI, a second server) that upgrades at the same time.
 */
export async function inTransaction<T>(
  database: DatabaseHandle,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (database.engine === 'postgres') {
    return database.db.transaction().execute((trx) => work(trx));
  }
  return database.db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

/**
 * Runs `work`, which only reads, against one consistent snapshot of the database, so figures
 * composed from several queries (a dashboard) agree with each other even while others write.
 * On SQLite a deferred BEGIN takes no write lock: in WAL mode the snapshot starts at the first
 * read. On PostgreSQL the transaction is REPEATABLE READ and READ ONLY.
 */
export async function inReadTransaction<T>(
  database: DatabaseHandle,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (database.engine === 'postgres') {
    return database.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`set transaction read only`.execute(trx);
        return work(trx);
      });
  }
  return database.db.connection().execute(async (connection) => {
    await sql`begin`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
