import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations/index.js';

export class MigrationFailedError extends Error {
  constructor(migrationName: string | undefined, cause: unknown) {
    super(
      `Database migration ${migrationName ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'MigrationFailedError';
  }
}

function migratorFor(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
}

/** Applies every pending migration; returns the names applied (empty when the schema was current). */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  throwIfFailed(error, results);
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}

/** Names of the migrations that have not been applied yet. */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const all = await migratorFor(db).getMigrations();
  return all.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}

function throwIfFailed(error: unknown, results: MigrationResultSet['results']): void {
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === 'Error');
  // No migration ran (the database could not be reached, say): the original error says it best.
  if (!failed) throw error;
  throw new MigrationFailedError(failed.migrationName, error);
}
