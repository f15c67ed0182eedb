import type { AuditEvent } from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';
import { timeOrderedId } from '../../platform/ids.js';

export interface AuditEntry {
  occurredAt: Date;
  actorUserId: string | null;
  teamId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
  ip: string | null;
}

/** Appends one event; called inside the transaction of the write it describes. */
export async function appendAuditEvent(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      id: timeOrderedId(),
      occurred_at: entry.occurredAt.toISOString(),
      actor_user_id: entry.actorUserId,
      team_id: entry.teamId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      changes: JSON.stringify(entry.changes),
      ip: entry.ip,
    })
    .execute();
}

export async function listAuditEvents(
  db: Executor,
  filter: { teamId?: string; beforeId?: string; limit: number },
): Promise<AuditEvent[]> {
  let query = db
    .selectFrom('audit_event')
    .leftJoin('user_account', 'user_account.id', 'audit_event.actor_user_id')
    .select([
      'audit_event.id',
      'audit_event.occurred_at',
      'audit_event.actor_user_id',
      'audit_event.team_id',
      'audit_event.action',
      'audit_event.entity_type',
      'audit_event.entity_id',
      'audit_event.changes',
      'user_account.display_name',
    ]);
  if (filter.teamId) query = query.where('audit_event.team_id', '=', filter.teamId);
  if (filter.beforeId) query = query.where('audit_event.id', '<', filter.beforeId);
  const rows = await query
    // Ids are time-ordered (UUID v7): newest first, stable within one millisecond.
    .orderBy('audit_event.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurred_at,
    actor: row.actor_user_id ? { userId: row.actor_user_id, displayName: row.display_name ?? '' } : null,
    teamId: row.team_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: JSON.parse(row.changes) as Record<string, unknown>,
  }));
}
