/** Facts about a team member that the structure checks reason about. */
export const AFFILIATIONS = [
  'ministry',
  'university',
  'ngo',
  'private-company',
  'external-ta',
  'other',
] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];

export const FUNDING_KINDS = ['government', 'partner-project', 'mixed'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

/** `envisioned`: a role the person is meant to grow into; it does not fill the position yet. */
export const ASSIGNMENT_STATUSES = ['current', 'envisioned'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const TEAM_PHASES = ['foundational', 'proficient', 'expert'] as const;
export type TeamPhase = (typeof TEAM_PHASES)[number];

export interface RoleAssignment {
  roleKey: string;
  subRoleKey: string | null;
  status: AssignmentStatus;
}

export interface StructureMember {
  id: string;
  name: string;
  affiliation: Affiliation;
  basedInCountry: boolean;
  /** Share of working time on DHIS2, 0–100. */
  timeSharePercent: number;
  funding: FundingKind;
  /** When the partner project paying for the position ends (partner-project or mixed funding). */
  partnerFundingEndsOn: string | null;
  startDate: string | null;
  endDate: string | null;
  assignments: RoleAssignment[];
}

/** Someone who has not left by `today` (an end date in the future means they are still there). */
export function isActiveMember(member: Pick<StructureMember, 'endDate'>, today: string): boolean {
  return member.endDate === null || member.endDate > today;
}

/** Growth opportunities the framework names as ways to keep skilled staff. */
export const GROWTH_OPPORTUNITY_KINDS = [
  'academy',
  'mentoring',
  'regional-expert',
  'scholarship',
  'conference',
] as const;
export type GrowthOpportunityKind = (typeof GROWTH_OPPORTUNITY_KINDS)[number];
