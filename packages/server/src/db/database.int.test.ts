import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  createThrowawayDatabase,
  enginesUnderTest,
  type ThrowawayDatabase,
} from '../../test/database-engines.js';
import { openDatabase, type DatabaseHandle } from './database.js';
import { describe } from 'vitest';

describe.runIf(enginesUnderTest().includes('sqlite'))('SQLite settings [sqlite]', () => {
  let throwaway: ThrowawayDatabase;
  let database: DatabaseHandle;

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase('sqlite');
    database = openDatabase(throwaway.config);
  });

  afterAll(async () => {
    await database.close();
    await database.close();
    await throwaway.drop();
  });

  it('runs in WAL mode, fully synchronous, with foreign keys and a busy timeout', async () => {
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(database.db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2);
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });
});
