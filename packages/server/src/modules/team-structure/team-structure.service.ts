import { randomUUID } from 'node:crypto';
import {
  DomainError,
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
  analyseTeamStructure,
  DEFAULT_ROLES_CATALOGUE,
  translateRole,
  type SupportedLanguage,
  type CreateTeamMemberRequest,
  type FieldProblem,
  type ReplaceAssignmentsRequest,
  type Role,
  type RoleAssignmentInput,
  type TeamMember,
  type TeamStructureResponse,
  type UpdateRoleRequest,
  type UpdateTeamMemberRequest,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import type { TeamMemberTable } from '../../db/schema.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { findUserById } from '../users/users.repository.js';
import {
  deleteMember,
  findMember,
  findRole,
  insertMember,
  listMembers,
  listRoles,
  readRoleNames,
  readTeamPhase,
  replaceAssignments,
  replaceRoleNames,
  updateMemberIfVersion,
  updateRoleIfVersion,
} from './team-structure.repository.js';

const memberGone = () => new NotFoundError('There is no such member in this team.', 'member_not_found');

/** The catalogue in the reader's language (text an admin rewrote is shown as written). */
export async function getRoles(context: AppContext, language: SupportedLanguage = 'en'): Promise<Role[]> {
  const roles = await listRoles(context.database.db);
  return roles.map((role) => translateRole(role, language, DEFAULT_ROLES_CATALOGUE));
}

export async function updateRole(
  context: AppContext,
  roleKey: string,
  request: UpdateRoleRequest,
  actor: Actor,
): Promise<Role> {
  return inTransaction(context.database, async (trx) => {
    const current = await findRole(trx, roleKey);
    if (!current) throw new NotFoundError('There is no such role.', 'role_not_found');
    if (current.version !== request.version) throw new VersionConflictError('role', current);
    const { version, ...changes } = request;
    const updated = await updateRoleIfVersion(trx, roleKey, version, {
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.dedication !== undefined ? { dedication: changes.dedication } : {}),
      ...(changes.buildOrder !== undefined ? { build_order: changes.buildOrder } : {}),
      ...(changes.competencies !== undefined ? { competencies: JSON.stringify(changes.competencies) } : {}),
      updated_at: context.clock.now().toISOString(),
    });
    if (!updated) throw new VersionConflictError('role', (await findRole(trx, roleKey))!);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: null,
      action: 'role.updated',
      entityType: 'role',
      entityId: roleKey,
      changes: { ...changes },
      ip: actor.ip,
    });
    return (await findRole(trx, roleKey))!;
  });
}

export async function getRoleNames(context: AppContext, teamId: string): Promise<Record<string, string>> {
  return readRoleNames(context.database.db, teamId);
}

export async function setRoleNames(
  context: AppContext,
  teamId: string,
  names: Record<string, string>,
  actor: Actor,
): Promise<Record<string, string>> {
  return inTransaction(context.database, async (trx) => {
    const known = new Set((await listRoles(trx)).map((role) => role.key));
    const unknown = Object.keys(names).filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw new InvalidInputError(
        'Local names were given for roles that do not exist.',
        unknown.map((key) => ({ field: `body.roleNames.${key}`, problem: 'is not a role key' })),
        'unknown_role',
      );
    }
    const before = await readRoleNames(trx, teamId);
    await replaceRoleNames(trx, teamId, names);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'team.role_names_set',
      entityType: 'team',
      entityId: teamId,
      changes: { from: before, to: names },
      ip: actor.ip,
    });
    return readRoleNames(trx, teamId);
  });
}

/** Role keys must exist, sub-roles must belong to their role, and no assignment may repeat. */
async function checkAssignments(
  db: Executor,
  assignments: readonly RoleAssignmentInput[],
  fieldPrefix: string,
): Promise<void> {
  const roles = new Map((await listRoles(db)).map((role) => [role.key, role]));
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  assignments.forEach((assignment, index) => {
    const role = roles.get(assignment.roleKey);
    const subRole = assignment.subRoleKey ?? null;
    if (!role) {
      problems.push({ field: `${fieldPrefix}.${index}.roleKey`, problem: 'is not a role key' });
      return;
    }
    if (subRole !== null && !role.subRoles.some((candidate) => candidate.key === subRole)) {
      problems.push({
        field: `${fieldPrefix}.${index}.subRoleKey`,
        problem:
          role.subRoles.length === 0
            ? `must be empty: ${role.name} has no sub-roles`
            : `must be one of ${role.subRoles.map((candidate) => candidate.key).join(', ')} for ${role.name}`,
      });
    }
    const identity = `${assignment.roleKey}/${subRole ?? ''}`;
    if (seen.has(identity)) {
      problems.push({ field: `${fieldPrefix}.${index}`, problem: 'repeats an earlier assignment' });
    }
    seen.add(identity);
  });
  if (problems.length > 0) {
    throw new InvalidInputError('Some role assignments are not valid.', problems, 'invalid_assignment');
  }
}

async function checkLinkedUser(db: Executor, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  if (!(await findUserById(db, userId))) {
    throw new InvalidInputError('The linked account does not exist.', [
      { field: 'body.userId', problem: 'does not belong to any account' },
    ]);
  }
}

const toAssignmentRows = (assignments: readonly RoleAssignmentInput[]) =>
  assignments.map((assignment) => ({
    id: randomUUID(),
    roleKey: assignment.roleKey,
    subRoleKey: assignment.subRoleKey ?? null,
    status: assignment.status,
    since: assignment.since ?? null,
  }));

export async function getMembers(context: AppContext, teamId: string): Promise<TeamMember[]> {
  return listMembers(context.database.db, teamId);
}

export async function getMember(context: AppContext, teamId: string, memberId: string): Promise<TeamMember> {
  const member = await findMember(context.database.db, teamId, memberId);
  if (!member) throw memberGone();
  return member;
}

export async function createMember(
  context: AppContext,
  teamId: string,
  request: CreateTeamMemberRequest,
  actor: Actor,
): Promise<TeamMember> {
  const now = context.clock.now().toISOString();
  const row: TeamMemberTable = {
    id: randomUUID(),
    team_id: teamId,
    user_id: request.userId,
    name: request.name,
    organisation: request.organisation,
    affiliation: request.affiliation,
    based_in_country: request.basedInCountry ? 1 : 0,
    time_share_percent: request.timeSharePercent,
    funding: request.funding,
    partner_funding_ends_on: request.partnerFundingEndsOn,
    start_date: request.startDate,
    end_date: request.endDate,
    leaving_reason: request.leavingReason,
    phase: request.phase,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  return inTransaction(context.database, async (trx) => {
    await checkAssignments(trx, request.assignments, 'body.assignments');
    await checkLinkedUser(trx, request.userId);
    await insertMember(trx, row);
    await replaceAssignments(trx, row.id, toAssignmentRows(request.assignments));
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'member.created',
      entityType: 'team_member',
      entityId: row.id,
      changes: { ...request },
      ip: actor.ip,
    });
    return (await findMember(trx, teamId, row.id))!;
  });
}

const MEMBER_COLUMNS = {
  name: 'name',
  userId: 'user_id',
  organisation: 'organisation',
  affiliation: 'affiliation',
  basedInCountry: 'based_in_country',
  timeSharePercent: 'time_share_percent',
  funding: 'funding',
  partnerFundingEndsOn: 'partner_funding_ends_on',
  startDate: 'start_date',
  endDate: 'end_date',
  leavingReason: 'leaving_reason',
  phase: 'phase',
} as const;

export async function updateMember(
  context: AppContext,
  teamId: string,
  memberId: string,
  request: UpdateTeamMemberRequest,
  actor: Actor & { mayEditOnlyOwnProfile: boolean },
): Promise<TeamMember> {
  return inTransaction(context.database, async (trx) => {
    const current = await findMember(trx, teamId, memberId);
    if (!current) throw memberGone();
    if (actor.mayEditOnlyOwnProfile && current.userId !== actor.userId) {
      throw new DomainError('forbidden', 'forbidden', 'You can only edit your own profile in this team.');
    }
    if (current.version !== request.version) throw new VersionConflictError('member', current);
    if (actor.mayEditOnlyOwnProfile && request.userId !== undefined && request.userId !== current.userId) {
      throw new InvalidInputError('Only a team lead can link a profile to another account.', [
        { field: 'body.userId', problem: 'can only be changed by a team lead' },
      ]);
    }
    await checkLinkedUser(trx, request.userId);
    const startDate = request.startDate !== undefined ? request.startDate : current.startDate;
    const endDate = request.endDate !== undefined ? request.endDate : current.endDate;
    if (startDate && endDate && endDate < startDate) {
      throw new InvalidInputError('The end date is before the start date.', [
        {
          field: request.endDate !== undefined ? 'body.endDate' : 'body.startDate',
          problem: 'must not be before the start date',
        },
      ]);
    }
    const changes: Record<string, unknown> = {};
    const audit: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(MEMBER_COLUMNS) as [keyof typeof MEMBER_COLUMNS, string][]) {
      const next = request[field];
      if (next === undefined || next === current[field]) continue;
      changes[column] = typeof next === 'boolean' ? (next ? 1 : 0) : next;
      audit[field] = { from: current[field], to: next };
    }
    changes.updated_at = context.clock.now().toISOString();
    if (!(await updateMemberIfVersion(trx, memberId, request.version, changes))) {
      throw new VersionConflictError('member', (await findMember(trx, teamId, memberId))!);
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'member.updated',
      entityType: 'team_member',
      entityId: memberId,
      changes: audit,
      ip: actor.ip,
    });
    return (await findMember(trx, teamId, memberId))!;
  });
}

export async function removeMember(
  context: AppContext,
  teamId: string,
  memberId: string,
  actor: Actor,
): Promise<void> {
  await inTransaction(context.database, async (trx) => {
    const current = await findMember(trx, teamId, memberId);
    if (!current) throw memberGone();
    await deleteMember(trx, memberId);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'member.deleted',
      entityType: 'team_member',
      entityId: memberId,
      changes: { name: current.name },
      ip: actor.ip,
    });
  });
}

export async function setMemberAssignments(
  context: AppContext,
  teamId: string,
  memberId: string,
  request: ReplaceAssignmentsRequest,
  actor: Actor,
): Promise<TeamMember> {
  return inTransaction(context.database, async (trx) => {
    const current = await findMember(trx, teamId, memberId);
    if (!current) throw memberGone();
    if (current.version !== request.version) throw new VersionConflictError('member', current);
    await checkAssignments(trx, request.assignments, 'body.assignments');
    await replaceAssignments(trx, memberId, toAssignmentRows(request.assignments));
    await updateMemberIfVersion(trx, memberId, request.version, {
      updated_at: context.clock.now().toISOString(),
    });
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'member.roles_set',
      entityType: 'team_member',
      entityId: memberId,
      changes: { from: current.assignments, to: request.assignments },
      ip: actor.ip,
    });
    return (await findMember(trx, teamId, memberId))!;
  });
}

/**
 * The structure report. A viewer (a funder, a governance body) sees how roles are filled and
 * what to do, but not who: member ids and names are left out for them.
 */
export async function getTeamStructure(
  context: AppContext,
  teamId: string,
  options: { withMembers: boolean },
): Promise<TeamStructureResponse> {
  const db = context.database.db;
  const [roles, members, teamPhase] = await Promise.all([
    listRoles(db),
    listMembers(db, teamId),
    readTeamPhase(db, teamId),
  ]);
  const structure = analyseTeamStructure({
    roles,
    members: members.map((member) => ({ ...member, assignments: member.assignments })),
    today: context.clock.now().toISOString().slice(0, 10),
  });
  const nameOf = new Map(members.map((member) => [member.id, member.name]));
  if (options.withMembers) {
    return {
      ...structure,
      teamPhase,
      coverage: structure.coverage.map((entry) => ({
        ...entry,
        holders: entry.holders.map((holder) => ({
          ...holder,
          memberName: nameOf.get(holder.memberId) ?? '',
        })),
      })),
    };
  }
  return {
    ...structure,
    teamPhase,
    coverage: structure.coverage.map((entry) => ({
      ...entry,
      holders: entry.holders.map((holder) => ({ ...holder, memberId: '' })),
    })),
    competencyCoverage: structure.competencyCoverage.map((entry) => ({
      ...entry,
      memberIds: entry.memberIds.map(() => ''),
    })),
    findings: structure.findings.map((finding) => ({ ...finding, memberIds: [] })),
  };
}
