import type { MyTeam, Team, TeamAccessEntry, TeamRole } from '@coreteam/core';
import { TEAM_PHASES, TEAM_ROLES, type TeamPhase } from '@coreteam/core';

const isTeamPhase = (value: string | null): value is TeamPhase =>
  value !== null && (TEAM_PHASES as readonly string[]).includes(value);
import type { Executor } from '../../db/transaction.js';
import type { TeamRow, TeamTable } from '../../db/schema.js';

export function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    countryCode: row.country_code,
    description: row.description,
    baseCurrency: row.base_currency,
    phase: isTeamPhase(row.phase) ? row.phase : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

const knownRoles = (roles: string[]): TeamRole[] => TEAM_ROLES.filter((role) => roles.includes(role));

export async function teamExists(db: Executor, teamId: string): Promise<boolean> {
  const row = await db.selectFrom('team').select('id').where('id', '=', teamId).executeTakeFirst();
  return row !== undefined;
}

export async function findTeam(db: Executor, teamId: string): Promise<Team | undefined> {
  const row = await db.selectFrom('team').selectAll().where('id', '=', teamId).executeTakeFirst();
  return row && toTeam(row);
}

export async function listAllTeams(db: Executor): Promise<Team[]> {
  const rows = await db.selectFrom('team').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toTeam);
}

export async function listTeamsOfUser(db: Executor, userId: string): Promise<Team[]> {
  const rows = await db
    .selectFrom('team')
    .selectAll()
    .where('id', 'in', db.selectFrom('team_access').select('team_id').where('user_id', '=', userId))
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toTeam);
}

export async function listMyTeams(db: Executor, userId: string): Promise<MyTeam[]> {
  const rows = await db
    .selectFrom('team_access')
    .innerJoin('team', 'team.id', 'team_access.team_id')
    .select(['team.id', 'team.name', 'team.country_code', 'team_access.role'])
    .where('team_access.user_id', '=', userId)
    .orderBy('team.name')
    .orderBy('team.id')
    .execute();
  const teams = new Map<string, { id: string; name: string; countryCode: string; roles: string[] }>();
  for (const row of rows) {
    const team = teams.get(row.id) ?? {
      id: row.id,
      name: row.name,
      countryCode: row.country_code,
      roles: [],
    };
    team.roles.push(row.role);
    teams.set(row.id, team);
  }
  return [...teams.values()].map((team) => ({ ...team, roles: knownRoles(team.roles) }));
}

export async function findRolesInTeam(db: Executor, teamId: string, userId: string): Promise<TeamRole[]> {
  const rows = await db
    .selectFrom('team_access')
    .select('role')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .execute();
  return knownRoles(rows.map((row) => row.role));
}

export async function insertTeam(db: Executor, row: TeamTable): Promise<void> {
  await db.insertInto('team').values(row).execute();
}

export async function updateTeamIfVersion(
  db: Executor,
  teamId: string,
  expectedVersion: number,
  changes: Partial<Omit<TeamTable, 'id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('team')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', teamId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteTeam(db: Executor, teamId: string): Promise<void> {
  await db.deleteFrom('team').where('id', '=', teamId).execute();
}

export async function listTeamAccess(db: Executor, teamId: string): Promise<TeamAccessEntry[]> {
  const rows = await db
    .selectFrom('team_access')
    .innerJoin('user_account', 'user_account.id', 'team_access.user_id')
    .select(['user_account.id', 'user_account.email', 'user_account.display_name', 'team_access.role'])
    .where('team_access.team_id', '=', teamId)
    .orderBy('user_account.display_name')
    .orderBy('user_account.id')
    .execute();
  const entries = new Map<string, { userId: string; email: string; displayName: string; roles: string[] }>();
  for (const row of rows) {
    const entry = entries.get(row.id) ?? {
      userId: row.id,
      email: row.email,
      displayName: row.display_name,
      roles: [],
    };
    entry.roles.push(row.role);
    entries.set(row.id, entry);
  }
  return [...entries.values()].map((entry) => ({ ...entry, roles: knownRoles(entry.roles) }));
}

export async function insertTeamAccess(
  db: Executor,
  row: { teamId: string; userId: string; role: TeamRole; grantedBy: string | null; grantedAt: string },
): Promise<boolean> {
  const result = await db
    .insertInto('team_access')
    .values({
      team_id: row.teamId,
      user_id: row.userId,
      role: row.role,
      granted_by: row.grantedBy,
      granted_at: row.grantedAt,
    })
    .onConflict((conflict) => conflict.columns(['team_id', 'user_id', 'role']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function deleteTeamAccess(
  db: Executor,
  teamId: string,
  userId: string,
  role?: TeamRole,
): Promise<TeamRole[]> {
  const removed = await findRolesInTeam(db, teamId, userId);
  let query = db.deleteFrom('team_access').where('team_id', '=', teamId).where('user_id', '=', userId);
  if (role) query = query.where('role', '=', role);
  await query.execute();
  return role ? removed.filter((held) => held === role) : removed;
}

export async function countLeads(db: Executor, teamId: string): Promise<number> {
  const row = await db
    .selectFrom('team_access')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('team_id', '=', teamId)
    .where('role', '=', 'lead')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
