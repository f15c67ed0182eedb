/**
 * What a person may do in one team. `lead` manages everything in the team; `member` sees their
 * own profile, assessments and plan items; `assessor` sees only the assessments assigned to them;
 * `viewer` (funders, a governance body) sees aggregates only, never an individual's scores.
 */
export const TEAM_ROLES = ['lead', 'member', 'assessor', 'viewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface Grantor {
  systemAdmin: boolean;
  rolesInTeam: readonly TeamRole[];
}

/**
 * A person can grant only what they hold: a system admin any role, a lead any team role
 * (lead is the team's highest), anyone else nothing.
 */
export function canGrantTeamRole(grantor: Grantor, _role: TeamRole): boolean {
  return grantor.systemAdmin || grantor.rolesInTeam.includes('lead');
}
