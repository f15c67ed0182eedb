import { REQUIRED_COMPETENCIES, type RequiredCompetency, type RoleDefinition } from './roles-catalogue.js';
import { isActiveMember, type StructureMember } from './team-members.js';

export type FindingSeverity = 'critical' | 'warning' | 'info';

export const FINDING_CODES = [
  'core-position-unfilled',
  'small-team',
  'small-team-lead-outside-country',
  'core-position-part-time',
  'core-position-outside-country',
  'core-team-partner-funded',
  'partner-funding-ending',
  'core-position-single-holder',
  'competency-single-person',
  'competency-uncovered',
  'no-local-counterpart',
  'contributing-role-missing',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** One piece of advice. The web app words it from `code` and `params` in the reader's language. */
export interface StructureFinding {
  code: FindingCode;
  severity: FindingSeverity;
  roleKeys: string[];
  memberIds: string[];
  params: Record<string, string | number>;
}

export interface RoleHolder {
  memberId: string;
  subRoleKey: string | null;
  status: 'current' | 'envisioned';
}

export interface RoleCoverage {
  roleKey: string;
  kind: RoleDefinition['kind'];
  holders: RoleHolder[];
}

export interface CompetencyCoverage {
  competency: RequiredCompetency;
  memberIds: string[];
}

export interface Turnover {
  /** Members who left in the 12 months up to today. */
  departures: number;
  /** Members there at the start of those 12 months. */
  headcountAtStart: number;
  /** departures / headcountAtStart, or null when nobody was there at the start. */
  rate: number | null;
}

export interface TeamStructure {
  coverage: RoleCoverage[];
  competencyCoverage: CompetencyCoverage[];
  findings: StructureFinding[];
  /** The single next core position to fill, in the framework's build order; null when all are filled. */
  nextPositionToFill: string | null;
  turnover: Turnover;
}

export interface StructureInput {
  roles: readonly RoleDefinition[];
  members: readonly StructureMember[];
  /** ISO date (YYYY-MM-DD) the analysis is made for. */
  today: string;
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { critical: 0, warning: 1, info: 2 };
const PART_TIME_WARNING_BELOW = 50;
const SMALL_TEAM_MAX = 2;

function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** Core positions in the order to fill them: the framework's build order, then the other core roles. */
function corePositionsInBuildOrder(roles: readonly RoleDefinition[]): RoleDefinition[] {
  return roles
    .filter((role) => role.kind === 'core')
    .sort((a, b) => (a.buildOrder ?? Number.MAX_SAFE_INTEGER) - (b.buildOrder ?? Number.MAX_SAFE_INTEGER));
}

function computeTurnover(members: readonly StructureMember[], today: string): Turnover {
  const windowStart = addMonths(today, -12);
  const wasThereAtStart = (member: StructureMember) =>
    (member.startDate === null || member.startDate <= windowStart) &&
    (member.endDate === null || member.endDate > windowStart);
  const departures = members.filter(
    (member) => member.endDate !== null && member.endDate > windowStart && member.endDate <= today,
  ).length;
  const headcountAtStart = members.filter(wasThereAtStart).length;
  return {
    departures,
    headcountAtStart,
    rate: headcountAtStart === 0 ? null : departures / headcountAtStart,
  };
}

/**
 * Reads a team's roster against the core team framework: who holds which role, which of the six
 * competencies are covered by whom, what to do next, and the 12-month turnover.
 */
export function analyseTeamStructure({ roles, members, today }: StructureInput): TeamStructure {
  const active = members.filter((member) => isActiveMember(member, today));
  const roleByKey = new Map(roles.map((role) => [role.key, role]));

  const coverage: RoleCoverage[] = roles.map((role) => ({
    roleKey: role.key,
    kind: role.kind,
    holders: active.flatMap((member) =>
      member.assignments
        .filter((assignment) => assignment.roleKey === role.key)
        .map((assignment) => ({
          memberId: member.id,
          subRoleKey: assignment.subRoleKey,
          status: assignment.status,
        })),
    ),
  }));
  const currentHolders = (roleKey: string): StructureMember[] => {
    const ids = new Set(
      coverage
        .find((entry) => entry.roleKey === roleKey)
        ?.holders.filter((holder) => holder.status === 'current')
        .map((holder) => holder.memberId) ?? [],
    );
    return active.filter((member) => ids.has(member.id));
  };

  const competencyCoverage: CompetencyCoverage[] = REQUIRED_COMPETENCIES.map((competency) => ({
    competency,
    memberIds: active
      .filter((member) =>
        member.assignments.some(
          (assignment) =>
            assignment.status === 'current' &&
            roleByKey.get(assignment.roleKey)?.competencies.includes(competency),
        ),
      )
      .map((member) => member.id),
  }));

  const findings: StructureFinding[] = [];
  const find = (finding: Omit<StructureFinding, 'params'> & { params?: StructureFinding['params'] }) =>
    findings.push({ params: {}, ...finding });

  // 1. Core positions not yet filled, in build order.
  const corePositions = corePositionsInBuildOrder(roles);
  const unfilled = corePositions.filter((role) => currentHolders(role.key).length === 0);
  unfilled.forEach((role, index) =>
    find({
      code: 'core-position-unfilled',
      severity: index === 0 ? 'critical' : 'warning',
      roleKeys: [role.key],
      memberIds: [],
      params: { buildOrder: role.buildOrder ?? 0 },
    }),
  );
  const nextPositionToFill = unfilled[0]?.key ?? null;

  // 2. A small or resource-constrained team: the Operational Lead first, based in the country.
  if (active.length > 0 && active.length <= SMALL_TEAM_MAX) {
    find({
      code: 'small-team',
      severity: 'info',
      roleKeys: [],
      memberIds: [],
      params: { size: active.length },
    });
    const leads = currentHolders('operational-lead');
    if (leads.length > 0 && leads.every((member) => !member.basedInCountry)) {
      find({
        code: 'small-team-lead-outside-country',
        severity: 'critical',
        roleKeys: ['operational-lead'],
        memberIds: leads.map((member) => member.id),
      });
    }
  }

  for (const role of corePositions) {
    const holders = currentHolders(role.key);
    // 3. Core positions are meant to be full-time, the server administrator excepted.
    if (role.dedication === 'full-time') {
      for (const member of holders.filter((holder) => holder.timeSharePercent < 100)) {
        find({
          code: 'core-position-part-time',
          severity: member.timeSharePercent < PART_TIME_WARNING_BELOW ? 'warning' : 'info',
          roleKeys: [role.key],
          memberIds: [member.id],
          params: { timeSharePercent: member.timeSharePercent },
        });
      }
    }
    // 4. Based outside the country.
    for (const member of holders.filter((holder) => !holder.basedInCountry)) {
      find({
        code: 'core-position-outside-country',
        severity: 'warning',
        roleKeys: [role.key],
        memberIds: [member.id],
      });
    }
    // 6. A single point of failure.
    if (holders.length === 1) {
      find({
        code: 'core-position-single-holder',
        severity: 'warning',
        roleKeys: [role.key],
        memberIds: [holders[0]!.id],
      });
    }
    // 7. Local ownership: external technical assistance with no local counterpart.
    if (holders.length > 0 && holders.every((member) => member.affiliation === 'external-ta')) {
      find({
        code: 'no-local-counterpart',
        severity: 'warning',
        roleKeys: [role.key],
        memberIds: holders.map((member) => member.id),
      });
    }
  }

  // 5. Sustainability: a core team paid by partner projects, especially projects ending soon.
  const coreHolders = [
    ...new Map(corePositions.flatMap((role) => currentHolders(role.key)).map((m) => [m.id, m])).values(),
  ];
  if (coreHolders.length > 0 && coreHolders.every((member) => member.funding === 'partner-project')) {
    find({
      code: 'core-team-partner-funded',
      severity: 'warning',
      roleKeys: [],
      memberIds: coreHolders.map((member) => member.id),
    });
  }
  const horizon = addMonths(today, 12);
  for (const member of coreHolders) {
    if (member.funding === 'government' || member.partnerFundingEndsOn === null) continue;
    if (member.partnerFundingEndsOn <= horizon) {
      find({
        code: 'partner-funding-ending',
        severity: 'critical',
        roleKeys: corePositions
          .filter((role) => currentHolders(role.key).includes(member))
          .map((role) => role.key),
        memberIds: [member.id],
        params: { endsOn: member.partnerFundingEndsOn },
      });
    }
  }

  // 6. Competencies covered by one person, or by nobody.
  for (const entry of competencyCoverage) {
    if (entry.memberIds.length === 0) {
      find({
        code: 'competency-uncovered',
        severity: 'warning',
        roleKeys: [],
        memberIds: [],
        params: { competency: entry.competency },
      });
    } else if (entry.memberIds.length === 1) {
      find({
        code: 'competency-single-person',
        severity: 'warning',
        roleKeys: [],
        memberIds: entry.memberIds,
        params: { competency: entry.competency },
      });
    }
  }

  // 8. Contributing roles nobody holds (they may well be external; information only).
  for (const role of roles.filter((candidate) => candidate.kind === 'contributing')) {
    if (currentHolders(role.key).length === 0) {
      find({ code: 'contributing-role-missing', severity: 'info', roleKeys: [role.key], memberIds: [] });
    }
  }

  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    coverage,
    competencyCoverage,
    findings,
    nextPositionToFill,
    turnover: computeTurnover(members, today),
  };
}
