import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  DomainError,
  NotFoundError,
  VersionConflictError,
  canGrantTeamRole,
  type CreateTeamRequest,
  type GrantTeamAccessRequest,
  type Team,
  type TeamAccessEntry,
  type TeamRole,
  type UpdateTeamRequest,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction } from '../../db/transaction.js';
import type { TeamTable } from '../../db/schema.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { findUserByEmail } from '../users/users.repository.js';
import {
  countLeads,
  deleteTeam,
  deleteTeamAccess,
  findRolesInTeam,
  findTeam,
  insertTeam,
  insertTeamAccess,
  listAllTeams,
  listTeamAccess,
  listTeamsOfUser,
  updateTeamIfVersion,
} from './teams.repository.js';

const teamGone = () => new NotFoundError('There is no such team.', 'team_not_found');

/** A system admin sees every team; anyone else the teams they hold a role in. */
export async function listVisibleTeams(context: AppContext, caller: { id: string; systemAdmin: boolean }) {
  return caller.systemAdmin
    ? listAllTeams(context.database.db)
    : listTeamsOfUser(context.database.db, caller.id);
}

export async function getTeam(context: AppContext, teamId: string): Promise<Team> {
  const team = await findTeam(context.database.db, teamId);
  if (!team) throw teamGone();
  return team;
}

export async function createTeam(
  context: AppContext,
  request: CreateTeamRequest,
  actor: Actor,
): Promise<Team> {
  const now = context.clock.now().toISOString();
  const row: TeamTable = {
    id: randomUUID(),
    name: request.name,
    country_code: request.countryCode,
    description: request.description,
    base_currency: request.baseCurrency,
    phase: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  return inTransaction(context.database, async (trx) => {
    await insertTeam(trx, row);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: row.id,
      action: 'team.created',
      entityType: 'team',
      entityId: row.id,
      changes: { ...request },
      ip: actor.ip,
    });
    return (await findTeam(trx, row.id))!;
  });
}

export async function updateTeam(
  context: AppContext,
  teamId: string,
  request: UpdateTeamRequest,
  actor: Actor,
): Promise<Team> {
  return inTransaction(context.database, async (trx) => {
    const current = await findTeam(trx, teamId);
    if (!current) throw teamGone();
    if (current.version !== request.version) throw new VersionConflictError('team', current);
    const fields = [
      ['name', 'name'],
      ['countryCode', 'country_code'],
      ['description', 'description'],
      ['baseCurrency', 'base_currency'],
      ['phase', 'phase'],
    ] as const;
    const changes: Record<string, string | null> = {};
    const audit: Record<string, unknown> = {};
    for (const [field, column] of fields) {
      const next = request[field];
      if (next !== undefined && next !== current[field]) {
        changes[column] = next;
        audit[field] = { from: current[field], to: next };
      }
    }
    changes.updated_at = context.clock.now().toISOString();
    if (!(await updateTeamIfVersion(trx, teamId, request.version, changes as Partial<TeamTable>))) {
      throw new VersionConflictError('team', (await findTeam(trx, teamId))!);
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'team.updated',
      entityType: 'team',
      entityId: teamId,
      changes: audit,
      ip: actor.ip,
    });
    return (await findTeam(trx, teamId))!;
  });
}

export async function removeTeam(context: AppContext, teamId: string, actor: Actor): Promise<void> {
  await inTransaction(context.database, async (trx) => {
    const current = await findTeam(trx, teamId);
    if (!current) throw teamGone();
    await deleteTeam(trx, teamId);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'team.deleted',
      entityType: 'team',
      entityId: teamId,
      changes: { name: current.name, countryCode: current.countryCode },
      ip: actor.ip,
    });
  });
}

export async function getTeamAccess(context: AppContext, teamId: string): Promise<TeamAccessEntry[]> {
  return listTeamAccess(context.database.db, teamId);
}

export async function grantTeamAccess(
  context: AppContext,
  teamId: string,
  request: GrantTeamAccessRequest,
  actor: Actor & { systemAdmin: boolean; rolesInTeam: readonly TeamRole[] },
): Promise<TeamAccessEntry[]> {
  if (!canGrantTeamRole({ systemAdmin: actor.systemAdmin, rolesInTeam: actor.rolesInTeam }, request.role)) {
    throw new DomainError('forbidden', 'cannot_grant_role', 'You can only grant roles you hold yourself.');
  }
  return inTransaction(context.database, async (trx) => {
    const user = await findUserByEmail(trx, request.email);
    if (!user) {
      throw new DomainError(
        'unprocessable',
        'unknown_user',
        'There is no account with this email address. Ask a system administrator to create it first.',
        [{ field: 'body.email', problem: 'does not belong to any account' }],
      );
    }
    const added = await insertTeamAccess(trx, {
      teamId,
      userId: user.id,
      role: request.role,
      grantedBy: actor.userId,
      grantedAt: context.clock.now().toISOString(),
    });
    if (added) {
      await appendAuditEvent(trx, {
        occurredAt: context.clock.now(),
        actorUserId: actor.userId,
        teamId,
        action: 'team_access.granted',
        entityType: 'team_access',
        entityId: user.id,
        changes: { userId: user.id, email: user.email, role: request.role },
        ip: actor.ip,
      });
    }
    return listTeamAccess(trx, teamId);
  });
}

export async function revokeTeamAccess(
  context: AppContext,
  teamId: string,
  userId: string,
  role: TeamRole | undefined,
  actor: Actor & { systemAdmin: boolean },
): Promise<void> {
  await inTransaction(context.database, async (trx) => {
    const held = await findRolesInTeam(trx, teamId, userId);
    if (held.length === 0 || (role && !held.includes(role))) {
      throw new NotFoundError('This person has no such role in the team.', 'access_not_found');
    }
    const removesLead = role ? role === 'lead' : held.includes('lead');
    if (removesLead && !actor.systemAdmin && (await countLeads(trx, teamId)) <= 1) {
      throw new ConflictError(
        'A team needs at least one lead. Make someone else lead first, or ask a system administrator.',
        [{ field: 'params.userId', problem: 'is the team’s only lead' }],
        'last_lead',
      );
    }
    const removed = await deleteTeamAccess(trx, teamId, userId, role);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'team_access.revoked',
      entityType: 'team_access',
      entityId: userId,
      changes: { userId, roles: removed },
      ip: actor.ip,
    });
  });
}
