import type { Selectable } from 'kysely';
import type { FundingSource, FundingSourceKind } from '@coreteam/core';
import type { FundingSourceTable } from '../../db/schema.js';
import type { Executor } from '../../db/transaction.js';

function toFundingSource(row: Selectable<FundingSourceTable>): FundingSource {
  return {
    id: row.id,
    teamId: row.team_id,
    kind: row.kind as FundingSourceKind,
    name: row.name,
    notes: row.notes,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A team's funding sources, by name. */
export async function listFundingSources(db: Executor, teamId: string): Promise<FundingSource[]> {
  const rows = await db
    .selectFrom('funding_source')
    .selectAll()
    .where('team_id', '=', teamId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toFundingSource);
}

export async function findFundingSource(
  db: Executor,
  teamId: string,
  fundingSourceId: string,
): Promise<FundingSource | undefined> {
  const row = await db
    .selectFrom('funding_source')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('id', '=', fundingSourceId)
    .executeTakeFirst();
  return row ? toFundingSource(row) : undefined;
}

export async function insertFundingSource(db: Executor, row: FundingSourceTable): Promise<void> {
  await db.insertInto('funding_source').values(row).execute();
}

export async function updateFundingSourceIfVersion(
  db: Executor,
  fundingSourceId: string,
  expectedVersion: number,
  changes: Partial<Pick<FundingSourceTable, 'kind' | 'name' | 'notes' | 'updated_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('funding_source')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', fundingSourceId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteFundingSourceIfVersion(
  db: Executor,
  fundingSourceId: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('funding_source')
    .where('id', '=', fundingSourceId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** How many funding shares name the source (in any plan of the team). */
export async function countSharesOfSource(db: Executor, fundingSourceId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_funding_share')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('funding_source_id', '=', fundingSourceId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
