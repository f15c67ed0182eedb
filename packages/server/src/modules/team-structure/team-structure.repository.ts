import type {
  Affiliation,
  AssignmentStatus,
  FundingKind,
  RequiredCompetency,
  Role,
  RoleKind,
  SubRoleDefinition,
  TeamMember,
  TeamPhase,
  Dedication,
} from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';
import type {
  RoleDefinitionRow,
  RoleDefinitionTable,
  TeamMemberRow,
  TeamMemberTable,
} from '../../db/schema.js';

export function toRole(row: RoleDefinitionRow): Role {
  return {
    key: row.key,
    kind: row.kind as RoleKind,
    name: row.name,
    description: row.description,
    dedication: row.dedication as Dedication,
    buildOrder: row.build_order === null ? null : Number(row.build_order),
    competencies: JSON.parse(row.competencies) as RequiredCompetency[],
    subRoles: JSON.parse(row.sub_roles) as SubRoleDefinition[],
    version: Number(row.version),
  };
}

export async function listRoles(db: Executor): Promise<Role[]> {
  const rows = await db.selectFrom('role_definition').selectAll().orderBy('sort_order').execute();
  return rows.map(toRole);
}

export async function findRole(db: Executor, key: string): Promise<Role | undefined> {
  const row = await db.selectFrom('role_definition').selectAll().where('key', '=', key).executeTakeFirst();
  return row && toRole(row);
}

export async function updateRoleIfVersion(
  db: Executor,
  key: string,
  expectedVersion: number,
  changes: Partial<Omit<RoleDefinitionTable, 'key' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('role_definition')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('key', '=', key)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function readRoleNames(db: Executor, teamId: string): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('team_role_name')
    .select(['role_key', 'local_name'])
    .where('team_id', '=', teamId)
    .orderBy('role_key')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.role_key, row.local_name]));
}

export async function replaceRoleNames(
  db: Executor,
  teamId: string,
  names: Record<string, string>,
): Promise<void> {
  await db.deleteFrom('team_role_name').where('team_id', '=', teamId).execute();
  const entries = Object.entries(names);
  if (entries.length === 0) return;
  await db
    .insertInto('team_role_name')
    .values(
      entries.map(([roleKey, localName]) => ({ team_id: teamId, role_key: roleKey, local_name: localName })),
    )
    .execute();
}

type MemberWithoutAssignments = Omit<TeamMember, 'assignments'>;

function toMember(row: TeamMemberRow): MemberWithoutAssignments {
  return {
    id: row.id,
    teamId: row.team_id,
    name: row.name,
    userId: row.user_id,
    organisation: row.organisation,
    affiliation: row.affiliation as Affiliation,
    basedInCountry: Number(row.based_in_country) === 1,
    timeSharePercent: Number(row.time_share_percent),
    funding: row.funding as FundingKind,
    partnerFundingEndsOn: row.partner_funding_ends_on,
    startDate: row.start_date,
    endDate: row.end_date,
    leavingReason: row.leaving_reason,
    phase: row.phase as TeamPhase | null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

/** Members of a team with their role assignments, in two queries whatever the team's size. */
export async function listMembers(db: Executor, teamId: string, memberId?: string): Promise<TeamMember[]> {
  let query = db.selectFrom('team_member').selectAll().where('team_id', '=', teamId);
  if (memberId) query = query.where('id', '=', memberId);
  const rows = await query.orderBy('name').orderBy('id').execute();
  if (rows.length === 0) return [];
  const assignments = await db
    .selectFrom('member_role_assignment')
    .selectAll()
    .where(
      'member_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    ...toMember(row),
    assignments: assignments
      .filter((assignment) => assignment.member_id === row.id)
      .map((assignment) => ({
        roleKey: assignment.role_key,
        subRoleKey: assignment.sub_role_key,
        status: assignment.status as AssignmentStatus,
        since: assignment.since,
      })),
  }));
}

export async function findMember(
  db: Executor,
  teamId: string,
  memberId: string,
): Promise<TeamMember | undefined> {
  return (await listMembers(db, teamId, memberId))[0];
}

export async function insertMember(db: Executor, row: TeamMemberTable): Promise<void> {
  await db.insertInto('team_member').values(row).execute();
}

export async function updateMemberIfVersion(
  db: Executor,
  memberId: string,
  expectedVersion: number,
  changes: Partial<Omit<TeamMemberTable, 'id' | 'team_id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('team_member')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', memberId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMember(db: Executor, memberId: string): Promise<void> {
  await db.deleteFrom('team_member').where('id', '=', memberId).execute();
}

export async function replaceAssignments(
  db: Executor,
  memberId: string,
  assignments: {
    id: string;
    roleKey: string;
    subRoleKey: string | null;
    status: AssignmentStatus;
    since: string | null;
  }[],
): Promise<void> {
  await db.deleteFrom('member_role_assignment').where('member_id', '=', memberId).execute();
  if (assignments.length === 0) return;
  await db
    .insertInto('member_role_assignment')
    .values(
      assignments.map((assignment, position) => ({
        id: assignment.id,
        member_id: memberId,
        role_key: assignment.roleKey,
        sub_role_key: assignment.subRoleKey,
        status: assignment.status,
        since: assignment.since,
        position,
      })),
    )
    .execute();
}

export async function readTeamPhase(db: Executor, teamId: string): Promise<TeamPhase | null> {
  const row = await db.selectFrom('team').select('phase').where('id', '=', teamId).executeTakeFirst();
  return (row?.phase as TeamPhase | null | undefined) ?? null;
}
