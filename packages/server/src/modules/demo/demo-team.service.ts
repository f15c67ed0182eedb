import { randomBytes } from 'node:crypto';
import {
  ConflictError,
  DEFAULT_FRAMEWORK,
  createFundingSourceRequestSchema,
  createPlanActivityRequestSchema,
  createPlanRequestSchema,
  createTeamMemberRequestSchema,
  type CreatePlanActivityRequest,
  type TeamRole,
} from '@coreteam/core';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { Clock } from '../../platform/clock.js';
import type { Actor } from '../audit/audit-context.js';
import { createAssessment, saveRatings, submitAssessment } from '../assessments/assessments.service.js';
import { openRound } from '../assessments/rounds.service.js';
import { listSharedFrameworkVersions } from '../team-transfer/team-transfer.repository.js';
import { createFundingSource } from '../plans/funding-sources.service.js';
import { createPlanActivity } from '../plans/activities.service.js';
import { createPlan, createRevision, getPlan } from '../plans/plans.service.js';
import { createMember } from '../team-structure/team-structure.service.js';
import { createTeam, grantTeamAccess } from '../teams/teams.service.js';
import { createUser } from '../users/users.service.js';
import { findUserByEmail } from '../users/users.repository.js';

/*
 * `coreteam demo`: a fictional team built through the same services the API calls, so it stays
 * valid as the schema and the rules evolve. The services run on a clock that is moved through the
 * team's history (team set up, baseline round, follow-up round a year later, plan), so every
 * record carries believable dates and the rounds' open/closed rules hold as they would for a team.
 */

export const DEMO_LEAD_EMAIL = 'lead@demo.coreteam.example';
const DEMO_DOMAIN = 'demo.coreteam.example';

export interface DemoTeam {
  teamId: string;
  teamName: string;
  /** Every demo account signs in with this password (the lead first: DEMO_LEAD_EMAIL). */
  password: string;
  accounts: { email: string; displayName: string; teamRole: TeamRole }[];
  roundIds: string[];
  planId: string;
}

interface DemoPerson {
  name: string;
  email: string;
  teamRole: TeamRole;
  member: z.input<typeof createTeamMemberRequestSchema>;
  /** How far this person grew between the rounds, in levels, in the categories they worked on. */
  growth: number;
  /** For roles the framework has no area for: what the lead chose to assess instead. */
  areaKeys?: string[];
}

const person = (
  name: string,
  local: string,
  teamRole: TeamRole,
  growth: number,
  member: Omit<z.input<typeof createTeamMemberRequestSchema>, 'name'>,
): DemoPerson => ({
  name,
  email: local === 'lead' ? DEMO_LEAD_EMAIL : `${local}@${DEMO_DOMAIN}`,
  teamRole,
  growth,
  member: { name, ...member },
});

const DEMO_PEOPLE: DemoPerson[] = [
  person('Amélia Machava', 'lead', 'lead', 1, {
    organisation: 'Ministry of Health, HIS Department',
    affiliation: 'ministry',
    basedInCountry: true,
    timeSharePercent: 100,
    funding: 'government',
    startDate: '2019-02-01',
    assignments: [{ roleKey: 'operational-lead', status: 'current', since: '2021-01-01' }],
  }),
  person('João Mabunda', 'joao.mabunda', 'member', 2, {
    organisation: 'Ministry of Health, HIS Department',
    affiliation: 'ministry',
    basedInCountry: true,
    timeSharePercent: 100,
    funding: 'government',
    startDate: '2020-06-01',
    assignments: [{ roleKey: 'implementer', subRoleKey: 'technical', status: 'current' }],
  }),
  person('Graça Nhantumbo', 'graca.nhantumbo', 'member', 1, {
    organisation: 'Ministry of Health, Malaria Programme',
    affiliation: 'ministry',
    basedInCountry: true,
    timeSharePercent: 80,
    funding: 'government',
    startDate: '2021-03-15',
    assignments: [
      { roleKey: 'implementer', subRoleKey: 'program', status: 'current' },
      { roleKey: 'trainer', subRoleKey: 'program', status: 'envisioned' },
    ],
  }),
  person('Carlos Tembe', 'carlos.tembe', 'assessor', 1, {
    organisation: 'Ministry of Health, Training Unit',
    affiliation: 'ministry',
    basedInCountry: true,
    timeSharePercent: 60,
    funding: 'mixed',
    startDate: '2022-01-10',
    assignments: [{ roleKey: 'trainer', subRoleKey: 'technical', status: 'current' }],
  }),
  person('Fátima Cossa', 'fatima.cossa', 'member', 2, {
    organisation: 'Health Information Partners',
    affiliation: 'ngo',
    basedInCountry: true,
    timeSharePercent: 100,
    funding: 'partner-project',
    partnerFundingEndsOn: '2027-12-31',
    startDate: '2023-05-01',
    assignments: [{ roleKey: 'server-administrator', status: 'current' }],
  }),
  person('Ernesto Sitoe', 'ernesto.sitoe', 'member', 0, {
    organisation: 'National Institute of Health',
    affiliation: 'ministry',
    basedInCountry: true,
    timeSharePercent: 20,
    funding: 'government',
    startDate: '2022-09-01',
    assignments: [{ roleKey: 'subject-matter-expert', status: 'current' }],
  }),
  person('Helena Mondlane', 'helena.mondlane', 'viewer', 1, {
    organisation: 'Eduardo Mondlane University',
    affiliation: 'university',
    basedInCountry: true,
    timeSharePercent: 30,
    funding: 'partner-project',
    partnerFundingEndsOn: '2026-12-31',
    startDate: '2024-02-01',
    assignments: [
      { roleKey: 'app-developer', status: 'current' },
      { roleKey: 'implementer', subRoleKey: 'technical', status: 'envisioned' },
    ],
  }),
];
// The built-in framework has no area for subject-matter experts: they answer the programme part.
DEMO_PEOPLE.find((demoPerson) => demoPerson.email.startsWith('ernesto.'))!.areaKeys = ['implementer-program'];

/** A clock the demo moves through the team's history. */
class StoryClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = at;
  }
}

const DAY = 86_400_000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * A small deterministic number from a text: the same person rates the same skill the same way in
 * every demo, so screenshots and tests do not change from one run to the next.
 */
function hashOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

function baselineLevel(email: string, skillKey: string): number | null {
  const draw = hashOf(`${email} ${skillKey}`) % 20;
  if (draw === 0) return null; // N/A: not part of this person's work.
  return draw < 7 ? 0 : draw < 14 ? 1 : draw < 19 ? 2 : 3;
}

/** The follow-up: people grew in the categories their training and mentoring covered. */
function followUpLevel(person: DemoPerson, skillKey: string, categoryKey: string): number | null {
  const before = baselineLevel(person.email, skillKey);
  if (before === null) return null;
  const trained = hashOf(`${person.email} ${categoryKey}`) % 3 !== 0;
  return Math.min(3, before + (trained ? person.growth : 0));
}

function skillsOfAreas(areaKeys: readonly string[]): { skillKey: string; categoryKey: string }[] {
  return DEFAULT_FRAMEWORK.areas
    .filter((area) => areaKeys.includes(area.key))
    .flatMap((area) =>
      area.categories.flatMap((category) =>
        category.skills.map((skill) => ({ skillKey: skill.key, categoryKey: category.key })),
      ),
    );
}

/** A password nobody guesses, that passes the password rules (length, not a common one). */
export function demoPassword(): string {
  return `demo-${randomBytes(12).toString('base64url')}`;
}

/**
 * Loads the demo team. Refuses (409) when it is already there: run it on a fresh instance, or
 * delete the demo team and its accounts first.
 */
export async function loadDemoTeam(
  context: AppContext,
  options: { password?: string } = {},
): Promise<DemoTeam> {
  if (await findUserByEmail(context.database.db, DEMO_LEAD_EMAIL)) {
    throw new ConflictError(
      `The demo team is already loaded (${DEMO_LEAD_EMAIL} exists). Use a fresh data directory to load it again.`,
      [],
      'demo_exists',
    );
  }
  const realNow = context.clock.now();
  const clock = new StoryClock(new Date(realNow.getTime() - 400 * DAY));
  const story: AppContext = { ...context, clock };
  const consoleActor: Actor = { userId: null, ip: 'console' };
  const password = options.password ?? demoPassword();

  // The team is set up a little over a year ago.
  const team = await createTeam(
    story,
    {
      name: 'Demo HIS Core Team',
      countryCode: 'MZ',
      description:
        'A fictional DHIS2 core team at a Ministry of Health, loaded by `coreteam demo` to show Coreteam at work.',
      baseCurrency: 'USD',
    },
    consoleActor,
  );
  const people: { person: DemoPerson; userId: string; memberId: string }[] = [];
  for (const demoPerson of DEMO_PEOPLE) {
    const user = await createUser(
      story,
      {
        email: demoPerson.email,
        displayName: demoPerson.name,
        temporaryPassword: password,
        preferredLanguage: 'en',
        systemAdmin: false,
        mustChangePassword: false,
      },
      consoleActor,
    );
    await grantTeamAccess(
      story,
      team.id,
      { email: demoPerson.email, role: demoPerson.teamRole },
      { ...consoleActor, systemAdmin: true, rolesInTeam: [] },
    );
    const member = await createMember(
      story,
      team.id,
      createTeamMemberRequestSchema.parse({ ...demoPerson.member, userId: user.id }),
      consoleActor,
    );
    people.push({ person: demoPerson, userId: user.id, memberId: member.id });
  }
  const lead = people[0]!;
  const leadActor = { userId: lead.userId, ip: 'console' };

  const builtIn = (await listSharedFrameworkVersions(context.database.db)).get(`${DEFAULT_FRAMEWORK.key} 1`);
  if (!builtIn) throw new Error('The built-in framework is missing; run the migrations first.');

  const roundIds: string[] = [];
  const rounds = [
    { name: 'Baseline assessment', opensDaysAgo: 370, level: baselineLevel },
    { name: 'Follow-up assessment', opensDaysAgo: 45, level: null },
  ] as const;
  for (const round of rounds) {
    const opens = new Date(realNow.getTime() - round.opensDaysAgo * DAY);
    clock.set(opens);
    const opened = await openRound(
      story,
      team.id,
      {
        name: round.name,
        frameworkVersionId: builtIn,
        opensOn: isoDay(opens),
        closesOn: isoDay(new Date(opens.getTime() + 28 * DAY)),
      },
      { ...leadActor, rolesInTeam: ['lead'] },
    );
    roundIds.push(opened.id);
    for (const [index, { person: demoPerson, userId, memberId }] of people.entries()) {
      clock.set(new Date(opens.getTime() + (index + 1) * DAY));
      const assessment = await createAssessment(
        story,
        team.id,
        opened.id,
        {
          memberId,
          mode: 'self',
          ...(demoPerson.areaKeys ? { areaKeys: demoPerson.areaKeys } : {}),
        },
        leadActor,
      );
      const skills = skillsOfAreas(assessment.areaKeys);
      const ratings = skills.map(({ skillKey, categoryKey }) => ({
        skillKey,
        level:
          round.level === null
            ? followUpLevel(demoPerson, skillKey, categoryKey)
            : round.level(demoPerson.email, skillKey),
      }));
      const self = { userId, ip: 'console' };
      await saveRatings(story, assessment.id, { ratings, comments: [] }, self);
      await submitAssessment(story, assessment.id, self);
    }
  }

  // After the baseline, the lead costs the plan for 2026–2028 with two funders.
  clock.set(new Date(realNow.getTime() - 30 * DAY));
  const plan = await createPlan(
    story,
    team.id,
    createPlanRequestSchema.parse({
      title: 'Capacity building plan 2026–2028',
      startYear: 2026,
      endYear: 2028,
      baseCurrency: 'USD',
      summary:
        'Close the gaps the baseline assessment found: integration, server security and programme trainers.',
      exchangeRates: [
        { currency: 'MZN', rate: '0.0157', effectiveOn: '2026-01-01' },
        { currency: 'MZN', rate: '0.0152', effectiveOn: '2027-01-01' },
      ],
    }),
    leadActor,
  );
  const government = await createFundingSource(
    story,
    team.id,
    createFundingSourceRequestSchema.parse({
      kind: 'government',
      name: 'Ministry of Health – HIS budget line',
      notes: 'Approved in the annual budget; released per quarter.',
    }),
    leadActor,
  );
  const partner = await createFundingSource(
    story,
    team.id,
    createFundingSourceRequestSchema.parse({
      kind: 'partner',
      name: 'Health Systems Partner Fund',
      notes: 'A fictional partner grant for health information systems strengthening.',
    }),
    leadActor,
  );
  const memberOf = (local: string) =>
    people.find(({ person: demoPerson }) => demoPerson.email.startsWith(`${local}@`))!.memberId;
  const activities: z.input<typeof createPlanActivityRequestSchema>[] = [
    {
      title: 'DHIS2 Integration Academy',
      type: 'academy-in-person',
      provider: 'Regional DHIS2 Academy',
      timing: { kind: 'quarter', year: 2026, quarter: 2 },
      status: 'completed',
      memberIds: [memberOf('joao.mabunda')],
      costLines: [
        { kind: 'fees', quantity: 1, unitCostMinor: 180_000, currency: 'USD' },
        { kind: 'travel', quantity: 1, unitCostMinor: 95_000, currency: 'USD' },
        { kind: 'per-diem', quantity: 10, unitCostMinor: 950_000, currency: 'MZN' },
      ],
      fundingShares: [{ fundingSourceId: partner.id, amountMinor: 350_000, status: 'secured' }],
    },
    {
      title: 'Server security hardening mentoring',
      type: 'mentoring',
      provider: 'HISP regional group',
      timing: { kind: 'dates', startsOn: '2026-09-07', endsOn: '2026-11-27' },
      status: 'in-progress',
      memberIds: [memberOf('fatima.cossa')],
      costLines: [{ kind: 'fees', quantity: 12, unitCostMinor: 40_000, currency: 'USD' }],
      fundingShares: [{ fundingSourceId: partner.id, amountMinor: 480_000, status: 'secured' }],
    },
    {
      title: 'Training of trainers for programme staff',
      type: 'academy-in-person',
      provider: 'Ministry of Health, Training Unit',
      timing: { kind: 'quarter', year: 2027, quarter: 1 },
      status: 'approved',
      memberIds: [memberOf('graca.nhantumbo'), memberOf('carlos.tembe')],
      costLines: [
        { kind: 'materials', quantity: 30, unitCostMinor: 120_000, currency: 'MZN' },
        { kind: 'per-diem', quantity: 20, unitCostMinor: 350_000, currency: 'MZN' },
      ],
      fundingShares: [{ fundingSourceId: government.id, amountMinor: 140_000, status: 'secured' }],
    },
    {
      title: 'Data use and analytics online course',
      type: 'online-course',
      provider: 'DHIS2 Online Academy',
      timing: { kind: 'quarter', year: 2026, quarter: 4 },
      status: 'planned',
      memberIds: [memberOf('lead'), memberOf('ernesto.sitoe')],
      costLines: [{ kind: 'fees', quantity: 2, unitCostMinor: 15_000, currency: 'USD' }],
      fundingShares: [{ fundingSourceId: government.id, amountMinor: 30_000, status: 'pledged' }],
    },
    {
      title: 'DHIS2 Annual Conference participation',
      type: 'conference',
      provider: 'DHIS2 community',
      timing: { kind: 'quarter', year: 2027, quarter: 2 },
      status: 'planned',
      memberIds: [memberOf('lead'), memberOf('joao.mabunda')],
      costLines: [
        { kind: 'travel', quantity: 2, unitCostMinor: 160_000, currency: 'USD' },
        { kind: 'accommodation', quantity: 10, unitCostMinor: 18_000, currency: 'USD' },
      ],
      fundingShares: [
        { fundingSourceId: partner.id, amountMinor: 320_000, status: 'pledged' },
        { fundingSourceId: government.id, amountMinor: 60_000, status: 'pledged' },
      ],
    },
    {
      title: 'Android app development mentoring',
      type: 'mentoring',
      provider: 'HISP regional group',
      timing: { kind: 'quarter', year: 2027, quarter: 3 },
      status: 'planned',
      memberIds: [memberOf('helena.mondlane')],
      costLines: [{ kind: 'fees', quantity: 8, unitCostMinor: 35_000, currency: 'USD' }],
      fundingShares: [{ fundingSourceId: partner.id, amountMinor: 140_000, status: 'pledged' }],
    },
    {
      title: 'Interoperability workshop with the logistics system',
      type: 'in-person-training',
      provider: '',
      timing: { kind: 'quarter', year: 2028, quarter: 1 },
      status: 'planned',
      memberIds: [memberOf('joao.mabunda'), memberOf('fatima.cossa'), memberOf('ernesto.sitoe')],
      costLines: [
        { kind: 'accommodation', quantity: 15, unitCostMinor: 450_000, currency: 'MZN' },
        { kind: 'per-diem', quantity: 15, unitCostMinor: 300_000, currency: 'MZN' },
      ],
      fundingShares: [],
    },
    {
      title: 'Regional expert exchange visit',
      type: 'exchange-visit',
      provider: 'Neighbouring country core team',
      timing: { kind: 'quarter', year: 2028, quarter: 3 },
      status: 'planned',
      memberIds: [memberOf('lead'), memberOf('graca.nhantumbo')],
      costLines: [
        { kind: 'travel', quantity: 2, unitCostMinor: 85_000, currency: 'USD' },
        { kind: 'per-diem', quantity: 10, unitCostMinor: 12_000, currency: 'USD' },
      ],
      fundingShares: [{ fundingSourceId: government.id, amountMinor: 100_000, status: 'pledged' }],
    },
  ];
  const caller = { userId: lead.userId, systemAdmin: false };
  for (const activity of activities) {
    const request: CreatePlanActivityRequest = createPlanActivityRequestSchema.parse(activity);
    await createPlanActivity(story, plan.id, request, caller, leadActor);
  }
  clock.set(new Date(realNow.getTime() - 20 * DAY));
  const reviewed = await getPlan(story, plan.id, caller);
  await createRevision(
    story,
    plan.id,
    { note: 'Plan approved by the HIS steering committee.', version: reviewed.version },
    caller,
    leadActor,
  );

  return {
    teamId: team.id,
    teamName: team.name,
    password,
    accounts: people.map(({ person: demoPerson }) => ({
      email: demoPerson.email,
      displayName: demoPerson.name,
      teamRole: demoPerson.teamRole,
    })),
    roundIds,
    planId: plan.id,
  };
}
