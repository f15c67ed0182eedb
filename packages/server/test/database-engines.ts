import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import type { DatabaseEngine } from '@coreteam/core';
import type { DatabaseConfig } from '../src/config/config.js';

/** Engines to run integration suites against: `DIALECTS=sqlite,postgres` (default `sqlite`). */
export function enginesUnderTest(): DatabaseEngine[] {
  const listed = (process.env.DIALECTS ?? 'sqlite')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of listed) {
    if (name !== 'sqlite' && name !== 'postgres') {
      throw new Error(`DIALECTS lists "${name}"; the engines are sqlite and postgres`);
    }
  }
  return listed as DatabaseEngine[];
}

/** The server that test databases are created on (a database per test file, dropped afterwards). */
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ThrowawayDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** A new, empty database of the given engine that nobody else uses. */
export async function createThrowawayDatabase(engine: DatabaseEngine): Promise<ThrowawayDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'coreteam-test-'));
    return {
      config: { engine: 'sqlite', file: path.join(dir, 'coreteam.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `coreteam_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    config: { engine: 'postgres', connectionString: url.toString() },
    drop: async () => {
      await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs the suite once per engine in DIALECTS, naming the engine in the suite's title. */
export function describeForEachEngine(title: string, suite: (engine: DatabaseEngine) => void): void {
  for (const engine of enginesUnderTest()) {
    describe(`${title} [${engine}]`, () => suite(engine));
  }
}
