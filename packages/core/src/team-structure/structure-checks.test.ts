import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES_CATALOGUE } from './roles-catalogue.js';
import { analyseTeamStructure, type FindingCode, type StructureFinding } from './structure-checks.js';
import type { RoleAssignment, StructureMember } from './team-members.js';

const TODAY = '2026-11-28';
let memberCount = 0;

/** A full-time, government-funded ministry employee based in the country, holding the given roles. */
function aMember(
  overrides: Partial<StructureMember> & { roles?: string[]; envisioned?: string[] } = {},
): StructureMember {
  memberCount += 1;
  const { roles = [], envisioned = [], ...rest } = overrides;
  const assignments: RoleAssignment[] = [
    ...roles.map((roleKey) => ({ roleKey, subRoleKey: null, status: 'current' as const })),
    ...envisioned.map((roleKey) => ({ roleKey, subRoleKey: null, status: 'envisioned' as const })),
  ];
  return {
    id: `m${memberCount}`,
    name: `Member ${memberCount}`,
    affiliation: 'ministry',
    basedInCountry: true,
    timeSharePercent: 100,
    funding: 'government',
    partnerFundingEndsOn: null,
    startDate: '2024-01-01',
    endDate: null,
    assignments,
    ...rest,
  };
}

/** Two of everything in the core, all contributing roles held: a team with nothing to flag. */
function aSoundTeam(): StructureMember[] {
  const core = ['operational-lead', 'implementer', 'trainer', 'integration-expert', 'server-administrator'];
  const contributing = ['subject-matter-expert', 'program-manager', 'security-manager', 'data-scientist'];
  return [
    aMember({ roles: core }),
    aMember({ roles: core }),
    aMember({ roles: contributing, timeSharePercent: 20 }),
  ];
}

const analyse = (members: StructureMember[]) =>
  analyseTeamStructure({ roles: DEFAULT_ROLES_CATALOGUE, members, today: TODAY });
const codes = (findings: StructureFinding[]) => findings.map((finding) => finding.code);
const findingsOf = (code: FindingCode, members: StructureMember[]) =>
  analyse(members).findings.filter((finding) => finding.code === code);

describe('analyseTeamStructure', () => {
  it('finds nothing to say about a sound team', () => {
    expect(analyse(aSoundTeam()).findings).toEqual([]);
    expect(analyse(aSoundTeam()).nextPositionToFill).toBeNull();
  });

  describe('1. unfilled core positions', () => {
    it('lists them in build order, the first one critical, and names the next to fill', () => {
      const result = analyse([
        aMember({ roles: ['operational-lead'] }),
        aMember({ envisioned: ['implementer'] }),
      ]);
      const unfilled = result.findings.filter((finding) => finding.code === 'core-position-unfilled');
      expect(unfilled.map((finding) => [finding.roleKeys[0], finding.severity])).toEqual([
        ['implementer', 'critical'],
        ['trainer', 'warning'],
        ['server-administrator', 'warning'],
        ['integration-expert', 'warning'],
      ]);
      expect(result.nextPositionToFill).toBe('implementer');
    });

    it('moves the advice on as positions are filled, and ignores people who have left', () => {
      const lead = aMember({ roles: ['operational-lead'] });
      const implementer = aMember({ roles: ['implementer'] });
      expect(analyse([lead]).nextPositionToFill).toBe('implementer');
      expect(analyse([lead, implementer]).nextPositionToFill).toBe('trainer');
      expect(analyse([lead, { ...implementer, endDate: '2026-06-30' }]).nextPositionToFill).toBe(
        'implementer',
      );
      expect(findingsOf('core-position-unfilled', aSoundTeam())).toEqual([]);
    });
  });

  describe('2. small teams', () => {
    it('reminds a team of one or two that the Operational Lead comes first and must be in the country', () => {
      const abroad = aMember({ roles: ['operational-lead'], basedInCountry: false });
      expect(codes(analyse([abroad]).findings)).toContain('small-team');
      expect(findingsOf('small-team-lead-outside-country', [abroad])).toEqual([
        expect.objectContaining({ severity: 'critical', memberIds: [abroad.id] }),
      ]);
    });

    it('says nothing of size to a team of three, nor of a lead based in the country', () => {
      expect(findingsOf('small-team', aSoundTeam())).toEqual([]);
      expect(
        findingsOf('small-team-lead-outside-country', [aMember({ roles: ['operational-lead'] })]),
      ).toEqual([]);
    });
  });

  describe('3. part-time core positions', () => {
    it('warns under 50 % and notes anything under full time', () => {
      const team = aSoundTeam();
      team[0] = { ...team[0]!, timeSharePercent: 40 };
      team[1] = { ...team[1]!, timeSharePercent: 80 };
      const found = findingsOf('core-position-part-time', team);
      expect(found.filter((finding) => finding.roleKeys[0] === 'operational-lead')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          memberIds: [team[0]!.id],
          params: { timeSharePercent: 40 },
        }),
        expect.objectContaining({
          severity: 'info',
          memberIds: [team[1]!.id],
          params: { timeSharePercent: 80 },
        }),
      ]);
    });

    it('accepts a part-time server administrator', () => {
      const team = [...aSoundTeam(), aMember({ roles: ['server-administrator'], timeSharePercent: 20 })];
      expect(findingsOf('core-position-part-time', team)).toEqual([]);
    });
  });

  describe('4. core positions held from outside the country', () => {
    it('flags the holder based abroad, and only them', () => {
      const team = aSoundTeam();
      team[1] = { ...team[1]!, basedInCountry: false };
      const found = findingsOf('core-position-outside-country', team);
      expect(found).toHaveLength(5);
      expect(new Set(found.flatMap((finding) => finding.memberIds))).toEqual(new Set([team[1]!.id]));
      expect(findingsOf('core-position-outside-country', aSoundTeam())).toEqual([]);
    });
  });

  describe('5. partner funding', () => {
    it('warns when every core holder is paid by partner projects, critically when a project ends within a year', () => {
      const team = aSoundTeam().map((member, index) =>
        index < 2
          ? {
              ...member,
              funding: 'partner-project' as const,
              partnerFundingEndsOn: index === 0 ? '2027-06-30' : '2029-12-31',
            }
          : member,
      );
      expect(findingsOf('core-team-partner-funded', team)).toHaveLength(1);
      expect(findingsOf('partner-funding-ending', team)).toEqual([
        expect.objectContaining({
          severity: 'critical',
          memberIds: [team[0]!.id],
          params: { endsOn: '2027-06-30' },
        }),
      ]);
    });

    it('is quiet when the government pays at least one core holder and no project ends soon', () => {
      const team = aSoundTeam();
      team[0] = { ...team[0]!, funding: 'mixed', partnerFundingEndsOn: '2028-12-31' };
      expect(findingsOf('core-team-partner-funded', team)).toEqual([]);
      expect(findingsOf('partner-funding-ending', team)).toEqual([]);
    });
  });

  describe('6. single points of failure', () => {
    it('flags a core position and a competency held by one person, and a competency nobody has', () => {
      const team = [aMember({ roles: ['operational-lead'] }), aMember({ roles: ['server-administrator'] })];
      expect(findingsOf('core-position-single-holder', team).map((finding) => finding.roleKeys[0])).toEqual([
        'operational-lead',
        'server-administrator',
      ]);
      expect(
        findingsOf('competency-single-person', team).map((finding) => finding.params.competency),
      ).toEqual([
        'customization-architecture-metadata',
        'implementation-best-practices',
        'project-management',
      ]);
      expect(findingsOf('competency-uncovered', team).map((finding) => finding.params.competency)).toEqual([
        'design-and-systems-analysis',
        'data-use-and-dashboards',
        'training',
      ]);
    });

    it('is quiet when two people share every position and competency', () => {
      expect(findingsOf('core-position-single-holder', aSoundTeam())).toEqual([]);
      expect(findingsOf('competency-single-person', aSoundTeam())).toEqual([]);
    });
  });

  describe('7. local ownership', () => {
    it('flags a core position held only by external technical assistance', () => {
      const team = aSoundTeam().map((member, index) =>
        index < 2 ? { ...member, affiliation: 'external-ta' as const } : member,
      );
      expect(findingsOf('no-local-counterpart', team)).toHaveLength(5);
    });

    it('accepts external TA working next to a local counterpart', () => {
      const team = aSoundTeam();
      team[0] = { ...team[0]!, affiliation: 'external-ta' };
      expect(findingsOf('no-local-counterpart', team)).toEqual([]);
    });
  });

  describe('8. contributing roles', () => {
    it('lists missing contributing roles as information', () => {
      const team = aSoundTeam().slice(0, 2);
      expect(
        findingsOf('contributing-role-missing', team).map((finding) => [
          finding.roleKeys[0],
          finding.severity,
        ]),
      ).toEqual([
        ['subject-matter-expert', 'info'],
        ['program-manager', 'info'],
        ['security-manager', 'info'],
        ['data-scientist', 'info'],
      ]);
      expect(findingsOf('contributing-role-missing', aSoundTeam())).toEqual([]);
    });
  });

  it('puts critical findings first', () => {
    const severities = analyse([aMember({ roles: ['trainer'], basedInCountry: false })]).findings.map(
      (finding) => finding.severity,
    );
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['critical', 'warning', 'info'].indexOf(a) - ['critical', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(severities[0]).toBe('critical');
  });

  it('shows who holds each role, envisioned roles included', () => {
    const grower = aMember({ roles: ['implementer'], envisioned: ['trainer'] });
    const trainer = analyse([grower]).coverage.find((entry) => entry.roleKey === 'trainer');
    expect(trainer).toEqual({
      roleKey: 'trainer',
      kind: 'core',
      holders: [{ memberId: grower.id, subRoleKey: null, status: 'envisioned' }],
    });
  });

  it('counts departures over the last 12 months against the headcount at their start', () => {
    const stayed = aMember({ startDate: '2020-01-01' });
    const left = aMember({ startDate: '2020-01-01', endDate: '2026-03-31' });
    const leftLongAgo = aMember({ startDate: '2019-01-01', endDate: '2025-01-31' });
    const joinedRecently = aMember({ startDate: '2026-05-01' });
    expect(analyse([stayed, left, leftLongAgo, joinedRecently]).turnover).toEqual({
      departures: 1,
      headcountAtStart: 2,
      rate: 0.5,
    });
    expect(analyse([]).turnover).toEqual({ departures: 0, headcountAtStart: 0, rate: null });
  });
});
