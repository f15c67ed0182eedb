import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  NotFoundError,
  VersionConflictError,
  type CreateFundingSourceRequest,
  type FundingSource,
  type UpdateFundingSourceRequest,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import {
  countSharesOfSource,
  deleteFundingSourceIfVersion,
  findFundingSource,
  insertFundingSource,
  listFundingSources,
  updateFundingSourceIfVersion,
} from './funding-sources.repository.js';

const fundingSourceNotFound = () =>
  new NotFoundError('There is no such funding source in this team.', 'funding_source_not_found');

export async function listTeamFundingSources(context: AppContext, teamId: string): Promise<FundingSource[]> {
  return listFundingSources(context.database.db, teamId);
}

export async function createFundingSource(
  context: AppContext,
  teamId: string,
  request: CreateFundingSourceRequest,
  actor: Actor,
): Promise<FundingSource> {
  return inTransaction(context.database, async (trx) => {
    const now = context.clock.now().toISOString();
    const id = randomUUID();
    await insertFundingSource(trx, {
      id,
      team_id: teamId,
      kind: request.kind,
      name: request.name,
      notes: request.notes,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'funding_source.created',
      entityType: 'funding_source',
      entityId: id,
      changes: { kind: request.kind, name: request.name },
      ip: actor.ip,
    });
    return (await findFundingSource(trx, teamId, id))!;
  });
}

export async function updateFundingSource(
  context: AppContext,
  teamId: string,
  fundingSourceId: string,
  request: UpdateFundingSourceRequest,
  actor: Actor,
): Promise<FundingSource> {
  return inTransaction(context.database, async (trx) => {
    const source = await findFundingSource(trx, teamId, fundingSourceId);
    if (!source) throw fundingSourceNotFound();
    const { version, ...changes } = request;
    if (
      version !== source.version ||
      !(await updateFundingSourceIfVersion(trx, source.id, version, {
        ...changes,
        updated_at: context.clock.now().toISOString(),
      }))
    ) {
      throw new VersionConflictError('funding source', source);
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'funding_source.updated',
      entityType: 'funding_source',
      entityId: source.id,
      changes,
      ip: actor.ip,
    });
    return (await findFundingSource(trx, teamId, source.id))!;
  });
}

/** Deletes a funding source no funding share names any more (else 409 funding_source_in_use). */
export async function deleteFundingSource(
  context: AppContext,
  teamId: string,
  fundingSourceId: string,
  version: number,
  actor: Actor,
): Promise<void> {
  await inTransaction(context.database, async (trx) => {
    const source = await findFundingSource(trx, teamId, fundingSourceId);
    if (!source) throw fundingSourceNotFound();
    if (version !== source.version) throw new VersionConflictError('funding source', source);
    const shares = await countSharesOfSource(trx, source.id);
    if (shares > 0) {
      throw new ConflictError(
        `${source.name} still funds ${shares} activity share(s); take it out of those activities first.`,
        [{ field: 'params.fundingSourceId', problem: 'is named by funding shares of plan activities' }],
        'funding_source_in_use',
      );
    }
    if (!(await deleteFundingSourceIfVersion(trx, source.id, version))) {
      throw new VersionConflictError('funding source', source);
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'funding_source.deleted',
      entityType: 'funding_source',
      entityId: source.id,
      changes: { kind: source.kind, name: source.name },
      ip: actor.ip,
    });
  });
}
