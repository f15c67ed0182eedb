import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeForEachEngine,
  createThrowawayDatabase,
  type ThrowawayDatabase,
} from '../../test/database-engines.js';
import { openDatabase, type DatabaseHandle } from './database.js';
import { migrateToLatest, pendingMigrations } from './migrator.js';
import { migrations } from './migrations/index.js';

describeForEachEngine('migrations', (engine) => {
  let throwaway: ThrowawayDatabase;
  let database: DatabaseHandle;

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    database = openDatabase(throwaway.config);
  });

  afterAll(async () => {
    await database.close();
    await throwaway.drop();
  });

  it('applies every migration to an empty database, then nothing the second time', async () => {
    expect(await pendingMigrations(database.db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(database.db)).toEqual([]);
    expect(await pendingMigrations(database.db)).toEqual([]);
  });

  it('leaves tables that accept and return rows', async () => {
    await database.db
      .insertInto('system_setting')
      .values({ key: 'two_factor_required', value: 'false', updated_at: '2026-11-28T15:00:00.000Z' })
      .execute();
    const rows = await database.db.selectFrom('system_setting').selectAll().execute();
    expect(rows).toEqual([
      { key: 'two_factor_required', value: 'false', updated_at: '2026-11-28T15:00:00.000Z' },
    ]);
  });
});
