import type { FrameworkSummary, FrameworkVersionSummary } from '@coreteam/core';
import type { FrameworkRow, FrameworkTable, FrameworkVersionTable } from '../../db/schema.js';
import type { Executor } from '../../db/transaction.js';

/** A framework row with what a list shows of its versions (no documents: those are large). */
export interface FrameworkRecord {
  id: string;
  key: string;
  name: string;
  description: string;
  teamId: string | null;
  builtIn: boolean;
  version: number;
  versions: FrameworkVersionSummary[];
}

export function toFrameworkSummary(record: FrameworkRecord): FrameworkSummary {
  return {
    id: record.id,
    key: record.key,
    name: record.name,
    description: record.description,
    teamId: record.teamId,
    builtIn: record.builtIn,
    latestVersion: record.versions[record.versions.length - 1]!,
  };
}

const VERSION_SUMMARY_COLUMNS = [
  'id',
  'framework_id',
  'number',
  'frozen_at',
  'skill_count',
  'created_at',
] as const;

async function withVersions(db: Executor, rows: FrameworkRow[]): Promise<FrameworkRecord[]> {
  if (rows.length === 0) return [];
  const versionRows = await db
    .selectFrom('framework_version')
    .select(VERSION_SUMMARY_COLUMNS)
    .where(
      'framework_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('number')
    .execute();
  const versionsByFramework = new Map<string, FrameworkVersionSummary[]>();
  for (const row of versionRows) {
    const list = versionsByFramework.get(row.framework_id) ?? [];
    list.push({
      id: row.id,
      number: Number(row.number),
      frozen: row.frozen_at !== null,
      skillCount: Number(row.skill_count),
      createdAt: row.created_at,
    });
    versionsByFramework.set(row.framework_id, list);
  }
  return rows
    .filter((row) => versionsByFramework.has(row.id))
    .map((row) => ({
      id: row.id,
      key: row.key,
      name: row.name,
      description: row.description,
      teamId: row.team_id,
      builtIn: Number(row.built_in) === 1,
      version: Number(row.version),
      versions: versionsByFramework.get(row.id)!,
    }));
}

/**
 * Frameworks every team can use (team_id null) plus those of the given teams, built-in first,
 * then every-team ones, then by name. `teamIds` null means every team (system administrators).
 */
export async function listFrameworks(
  db: Executor,
  teamIds: readonly string[] | null,
): Promise<FrameworkRecord[]> {
  let query = db.selectFrom('framework').selectAll();
  if (teamIds !== null) {
    query = query.where((eb) =>
      teamIds.length === 0
        ? eb('team_id', 'is', null)
        : eb.or([eb('team_id', 'is', null), eb('team_id', 'in', [...teamIds])]),
    );
  }
  const rows = await query.orderBy('built_in', 'desc').orderBy('name').orderBy('id').execute();
  const globalFirst = [...rows].sort(
    (a, b) =>
      Number(b.built_in) - Number(a.built_in) || Number(a.team_id !== null) - Number(b.team_id !== null),
  );
  return withVersions(db, globalFirst);
}

export async function findFramework(db: Executor, frameworkId: string): Promise<FrameworkRecord | undefined> {
  const row = await db.selectFrom('framework').selectAll().where('id', '=', frameworkId).executeTakeFirst();
  if (!row) return undefined;
  const [record] = await withVersions(db, [row]);
  return record;
}

/** The framework with this key in one owner scope: a team, or every team (null). */
export async function findFrameworkIdByKey(
  db: Executor,
  teamId: string | null,
  key: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('framework')
    .select('id')
    .where('key', '=', key)
    .where((eb) => (teamId === null ? eb('team_id', 'is', null) : eb('team_id', '=', teamId)))
    .executeTakeFirst();
  return row?.id;
}

export async function findVersionId(
  db: Executor,
  frameworkId: string,
  number: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('framework_version')
    .select('id')
    .where('framework_id', '=', frameworkId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row?.id;
}

/** The ids of the teams where the user holds any role. */
export async function listTeamIdsOfUser(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('team_access')
    .select('team_id')
    .distinct()
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.team_id);
}

export async function insertFramework(db: Executor, row: FrameworkTable): Promise<void> {
  await db.insertInto('framework').values(row).execute();
}

export async function insertFrameworkVersion(db: Executor, row: FrameworkVersionTable): Promise<void> {
  await db.insertInto('framework_version').values(row).execute();
}

/**
 * Moves the framework to its next version (name and description follow the newest document).
 * Only when nobody else did it first: false means the caller started from a stale version.
 */
export async function advanceFrameworkIfVersion(
  db: Executor,
  frameworkId: string,
  expectedVersion: number,
  changes: Pick<FrameworkTable, 'name' | 'description' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('framework')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', frameworkId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
