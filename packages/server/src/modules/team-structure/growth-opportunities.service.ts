import { randomUUID } from 'node:crypto';
import { NotFoundError, type CreateGrowthOpportunityRequest, type GrowthOpportunity } from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import {
  deleteGrowthOpportunity,
  insertGrowthOpportunity,
  listGrowthOpportunities,
} from './growth-opportunities.repository.js';
import { findMember } from './team-structure.repository.js';

const memberGone = () => new NotFoundError('There is no such member in this team.', 'member_not_found');

export async function getGrowthOpportunities(
  context: AppContext,
  teamId: string,
  memberId: string,
): Promise<GrowthOpportunity[]> {
  if (!(await findMember(context.database.db, teamId, memberId))) throw memberGone();
  return listGrowthOpportunities(context.database.db, memberId);
}

export async function recordGrowthOpportunity(
  context: AppContext,
  teamId: string,
  memberId: string,
  request: CreateGrowthOpportunityRequest,
  actor: Actor,
): Promise<GrowthOpportunity> {
  return inTransaction(context.database, async (trx) => {
    if (!(await findMember(trx, teamId, memberId))) throw memberGone();
    const opportunity = await insertGrowthOpportunity(trx, {
      id: randomUUID(),
      member_id: memberId,
      kind: request.kind,
      occurred_on: request.occurredOn,
      note: request.note,
      created_at: context.clock.now().toISOString(),
    });
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'member.growth_recorded',
      entityType: 'team_member',
      entityId: memberId,
      changes: { ...request },
      ip: actor.ip,
    });
    return opportunity;
  });
}

export async function removeGrowthOpportunity(
  context: AppContext,
  teamId: string,
  memberId: string,
  opportunityId: string,
  actor: Actor,
): Promise<void> {
  await inTransaction(context.database, async (trx) => {
    if (!(await findMember(trx, teamId, memberId))) throw memberGone();
    if (!(await deleteGrowthOpportunity(trx, memberId, opportunityId))) {
      throw new NotFoundError('There is no such growth opportunity.', 'growth_opportunity_not_found');
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'member.growth_removed',
      entityType: 'team_member',
      entityId: memberId,
      changes: { opportunityId },
      ip: actor.ip,
    });
  });
}
