import type { GrowthOpportunity, GrowthOpportunityKind } from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';
import type { GrowthOpportunityRow, GrowthOpportunityTable } from '../../db/schema.js';

function toGrowthOpportunity(row: GrowthOpportunityRow): GrowthOpportunity {
  return {
    id: row.id,
    memberId: row.member_id,
    kind: row.kind as GrowthOpportunityKind,
    occurredOn: row.occurred_on,
    note: row.note,
    createdAt: row.created_at,
  };
}

export async function listGrowthOpportunities(db: Executor, memberId: string): Promise<GrowthOpportunity[]> {
  const rows = await db
    .selectFrom('growth_opportunity')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('occurred_on', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toGrowthOpportunity);
}

export async function insertGrowthOpportunity(
  db: Executor,
  row: GrowthOpportunityTable,
): Promise<GrowthOpportunity> {
  await db.insertInto('growth_opportunity').values(row).execute();
  return toGrowthOpportunity(row);
}

export async function deleteGrowthOpportunity(db: Executor, memberId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('growth_opportunity')
    .where('id', '=', id)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
