import { randomUUID } from 'node:crypto';
import { DEFAULT_FRAMEWORK, type TeamRole, type User } from '@coreteam/core';
import { startSession } from '../src/modules/auth/sessions.js';
import { sha256 } from '../src/modules/auth/secrets.js';
import { insertTeamAccess } from '../src/modules/teams/teams.repository.js';
import { insertFundingSource } from '../src/modules/plans/funding-sources.repository.js';
import {
  insertActivity,
  insertPlanUnlessExists,
  replaceActivityParts,
} from '../src/modules/plans/plans.repository.js';
import { aTeam, anAccount } from './actors.js';
import type { TestApp } from './test-app.js';

/**
 * A world to call every API operation in: two teams, one account per kind of caller, a roster
 * entry, a growth opportunity and an extra account to act upon. Shared by the authorization
 * matrix and the security sweep, which both walk the OpenAPI document.
 */
export const PERSONAS = [
  'anonymous',
  'systemAdmin',
  'lead',
  'member',
  'assessor',
  'viewer',
  'otherTeamLead',
] as const;
export type Persona = (typeof PERSONAS)[number];
export type SignedInPersona = Exclude<Persona, 'anonymous'>;
export const TEAM_PERSONAS: Partial<Record<Persona, TeamRole>> = {
  lead: 'lead',
  member: 'member',
  assessor: 'assessor',
  viewer: 'viewer',
};

export interface ApiFixture {
  teamId: string;
  /** A roster entry linked to the `member` persona's account (their own profile). */
  memberId: string;
  opportunityId: string;
  /** A framework owned by the team (a copy of the default), its version 1, and an open round on it. */
  frameworkId: string;
  frameworkVersionId: string;
  roundId: string;
  /** A supervisor assessment of `memberId` in that round, answered by the `assessor` persona. */
  assessmentId: string;
  /** A capacity building plan of the team (2026–2028, USD) with one activity for `memberId`, part-funded by `fundingSourceId`. */
  planId: string;
  activityId: string;
  fundingSourceId: string;
  /** A learning record of `memberId` (Introduction to DHIS2, completed). */
  recordId: string;
  /** An optimiser proposal for `planId`, made at its current version, with one activity for `memberId`. */
  proposalId: string;
  users: Record<SignedInPersona, User>;
  /** An account that operations on /users/{userId} and /access/{userId} act upon. */
  target: User;
}

export async function createPersonas(testApp: TestApp): Promise<Record<SignedInPersona, User>> {
  const make = (name: string, systemAdmin = false) => anAccount(testApp, { displayName: name, systemAdmin });
  return {
    systemAdmin: await make('System admin', true),
    lead: await make('Lead'),
    member: await make('Member'),
    assessor: await make('Assessor'),
    viewer: await make('Viewer'),
    otherTeamLead: await make('Lead of another team'),
  };
}

let targetCounter = 0;

/** Fresh teams and records, so one call's write cannot change what the next one meets. */
export async function freshApiFixture(
  testApp: TestApp,
  users: Record<SignedInPersona, User>,
): Promise<ApiFixture> {
  const db = testApp.database.db;
  const team = await aTeam(testApp);
  const otherTeam = await aTeam(testApp, { name: 'Other team', countryCode: 'LA' });
  const now = testApp.clock.now().toISOString();
  for (const [persona, role] of Object.entries(TEAM_PERSONAS)) {
    const user = users[persona as SignedInPersona];
    await insertTeamAccess(db, { teamId: team.id, userId: user.id, role, grantedBy: null, grantedAt: now });
  }
  await insertTeamAccess(db, {
    teamId: otherTeam.id,
    userId: users.otherTeamLead.id,
    role: 'lead',
    grantedBy: null,
    grantedAt: now,
  });

  targetCounter += 1;
  const email = `target-${targetCounter}-${randomUUID().slice(0, 6)}@example.org`;
  const target: User = {
    id: randomUUID(),
    email,
    displayName: 'Target',
    preferredLanguage: 'en',
    active: true,
    systemAdmin: false,
    mustChangePassword: false,
    twoFactorEnabled: false,
    createdAt: now,
    version: 1,
  };
  await db
    .insertInto('user_account')
    .values({
      id: target.id,
      email,
      email_key: email,
      display_name: 'Target',
      password_hash: 'not-a-hash',
      preferred_language: 'en',
      is_active: 1,
      is_system_admin: 0,
      must_change_password: 0,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await insertTeamAccess(db, {
    teamId: team.id,
    userId: target.id,
    role: 'member',
    grantedBy: null,
    grantedAt: now,
  });

  const memberId = randomUUID();
  await db
    .insertInto('team_member')
    .values({
      id: memberId,
      team_id: team.id,
      user_id: users.member.id,
      name: 'Member',
      organisation: '',
      affiliation: 'ministry',
      based_in_country: 1,
      time_share_percent: 100,
      funding: 'government',
      partner_funding_ends_on: null,
      start_date: null,
      end_date: null,
      leaving_reason: null,
      phase: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  const opportunityId = randomUUID();
  await db
    .insertInto('growth_opportunity')
    .values({
      id: opportunityId,
      member_id: memberId,
      kind: 'mentoring',
      occurred_on: '2026-01-10',
      note: '',
      created_at: now,
    })
    .execute();
  const assessment = await anAssessmentWorld(testApp, {
    teamId: team.id,
    memberId,
    assessorUserId: users.assessor.id,
  });
  const plan = await aPlanWorld(testApp, { teamId: team.id, memberId });
  const learning = await aLearningWorld(testApp, { memberId, planId: plan.planId });
  return { teamId: team.id, memberId, opportunityId, ...assessment, ...plan, ...learning, users, target };
}

/**
 * A team framework (the default's document), a round on it open from yesterday to next month on
 * the test clock, and a supervisor assessment of one member, written straight to the database.
 */
export async function anAssessmentWorld(
  testApp: TestApp,
  { teamId, memberId, assessorUserId }: { teamId: string; memberId: string; assessorUserId: string },
): Promise<{ frameworkId: string; frameworkVersionId: string; roundId: string; assessmentId: string }> {
  const db = testApp.database.db;
  const now = testApp.clock.now();
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const builtIn = await db
    .selectFrom('framework_version')
    .innerJoin('framework', 'framework.id', 'framework_version.framework_id')
    .select(['framework_version.document', 'framework_version.skill_count'])
    .where('framework.built_in', '=', 1)
    .executeTakeFirstOrThrow();
  const frameworkId = randomUUID();
  const frameworkVersionId = randomUUID();
  const roundId = randomUUID();
  const assessmentId = randomUUID();
  const at = now.toISOString();
  await db
    .insertInto('framework')
    .values({
      id: frameworkId,
      key: 'team-framework',
      name: 'Team framework',
      description: '',
      team_id: teamId,
      built_in: 0,
      created_by: null,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  await db
    .insertInto('framework_version')
    .values({
      id: frameworkVersionId,
      framework_id: frameworkId,
      number: 1,
      document: builtIn.document,
      skill_count: builtIn.skill_count,
      frozen_at: at,
      created_by: null,
      created_at: at,
    })
    .execute();
  await db
    .insertInto('assessment_round')
    .values({
      id: roundId,
      team_id: teamId,
      name: 'Baseline',
      framework_version_id: frameworkVersionId,
      opens_on: day(-1),
      closes_on: day(30),
      created_by: null,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  await db
    .insertInto('assessment')
    .values({
      id: assessmentId,
      round_id: roundId,
      member_id: memberId,
      mode: 'supervisor',
      assessor_user_id: assessorUserId,
      area_keys: JSON.stringify(['implementer-technical']),
      status: 'not-started',
      submitted_at: null,
      created_by: null,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  return { frameworkId, frameworkVersionId, roundId, assessmentId };
}

/**
 * A plan for 2026–2028 in USD (with an XOF rate), a funding source, and one activity for a member
 * (one cost line of 2 × 1,000.00 USD, 500.00 secured from the source), written straight to the database.
 */
export async function aPlanWorld(
  testApp: TestApp,
  { teamId, memberId }: { teamId: string; memberId: string },
): Promise<{ planId: string; activityId: string; fundingSourceId: string }> {
  const db = testApp.database.db;
  const at = testApp.clock.now().toISOString();
  const planId = randomUUID();
  const activityId = randomUUID();
  const fundingSourceId = randomUUID();
  await insertPlanUnlessExists(db, {
    id: planId,
    team_id: teamId,
    title: 'Capacity building plan 2026–2028',
    start_year: 2026,
    end_year: 2028,
    base_currency: 'USD',
    summary: '',
    exchange_rates: JSON.stringify([{ currency: 'XOF', rate: '0.0016', effectiveOn: '2026-01-01' }]),
    created_by: null,
    created_at: at,
    updated_at: at,
    version: 1,
  });
  await insertFundingSource(db, {
    id: fundingSourceId,
    team_id: teamId,
    kind: 'government',
    name: 'MoH budget line',
    notes: '',
    created_at: at,
    updated_at: at,
    version: 1,
  });
  await insertActivity(db, {
    id: activityId,
    plan_id: planId,
    title: 'DHIS2 Academy',
    type: 'academy-in-person',
    provider: '',
    timing: JSON.stringify({ kind: 'quarter', year: 2027, quarter: 2 }),
    year: 2027,
    status: 'planned',
    outcome_note: '',
    gap_category_keys: '[]',
    total_minor: 200_000,
    uncovered_minor: 150_000,
    position: 0,
    created_by: null,
    created_at: at,
    updated_at: at,
    version: 1,
  });
  await replaceActivityParts(db, activityId, {
    memberIds: [memberId],
    costLines: [
      {
        id: randomUUID(),
        kind: 'fees',
        description: '',
        quantity: 2,
        unitCostMinor: 100_000,
        currency: 'USD',
        totalMinor: 200_000,
        baseTotalMinor: 200_000,
      },
    ],
    fundingShares: [{ id: randomUUID(), fundingSourceId, amountMinor: 50_000, status: 'secured' }],
  });
  return { planId, activityId, fundingSourceId };
}

/**
 * A completed learning record of the member, and an optimiser proposal for the plan (at version 1,
 * as aPlanWorld leaves it) proposing an online course for the member, written straight to the database.
 */
export async function aLearningWorld(
  testApp: TestApp,
  { memberId, planId }: { memberId: string; planId: string },
): Promise<{ recordId: string; proposalId: string }> {
  const db = testApp.database.db;
  const at = testApp.clock.now().toISOString();
  const recordId = randomUUID();
  const proposalId = randomUUID();
  await db
    .insertInto('learning_record')
    .values({
      id: recordId,
      member_id: memberId,
      course_key: 'introduction-to-dhis2',
      taken_on: '2026-02-01',
      completed: 1,
      certificate: 1,
      plan_activity_id: null,
      note: '',
      created_by: null,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  const activityDraft = {
    title: 'Configuring Data Access and Outputs',
    type: 'remote-training',
    provider: 'DHIS2 Academy',
    timing: { kind: 'quarter', year: 2027, quarter: null },
    status: 'planned',
    outcomeNote: '',
    memberIds: [memberId],
    gapCategoryKeys: ['implementer-technical.user-access-controls'],
    costLines: [{ kind: 'fees', description: '', quantity: 1, unitCostMinor: 40_000, currency: 'USD' }],
    fundingShares: [],
    courseKey: 'configuring-data-access-and-outputs',
  };
  await db
    .insertInto('optimiser_proposal')
    .values({
      id: proposalId,
      plan_id: planId,
      plan_version: 1,
      year: 2027,
      budget_minor: 100_000,
      currency: 'USD',
      payload: JSON.stringify({
        cellMinor: 10,
        totalCostMinor: 40_000,
        budgetLeftMinor: 60_000,
        value: 1,
        possibleValue: 1,
        activities: [
          {
            candidateKey: `${memberId}/course:configuring-data-access-and-outputs`,
            memberId,
            memberName: 'Member',
            kind: 'course',
            courseKey: 'configuring-data-access-and-outputs',
            title: 'Configuring Data Access and Outputs',
            costMinor: 40_000,
            covers: [{ categoryKey: 'implementer-technical.user-access-controls', gap: 1 }],
            value: 1,
            prerequisiteFor: [],
            explanation: 'Covers User access controls (gap 1) for 400.00 USD.',
            activityDraft,
          },
        ],
        leftOut: [],
        membersWithoutGaps: [],
      }),
      created_by: null,
      created_at: at,
      accepted_at: null,
      accepted_by: null,
      accepted_activity_ids: '[]',
    })
    .execute();
  return { recordId, proposalId };
}

/** A body that passes validation, so an allowed caller gets a success rather than a 400. */
export function exampleBody(operation: string, fixture: ApiFixture, callerVersion = 1): object | undefined {
  const unique = randomUUID().slice(0, 8);
  const bodies: Record<string, object> = {
    'POST /api/setup': {
      token: 'wrong',
      email: `setup-${unique}@example.org`,
      displayName: 'X',
      password: 'a long setup passphrase',
    },
    'POST /api/auth/login': { email: `nobody-${unique}@example.org`, password: 'wrong password' },
    'PATCH /api/me': { version: callerVersion, displayName: 'Renamed' },
    'POST /api/me/password': { currentPassword: 'not my password', newPassword: 'a new long passphrase' },
    'POST /api/me/tokens': { name: 'script', scope: 'read' },
    'POST /api/users': {
      email: `new-${unique}@example.org`,
      displayName: 'New',
      temporaryPassword: 'a temporary passphrase',
    },
    'PATCH /api/users/{userId}': { version: fixture.target.version, displayName: 'Renamed' },
    'POST /api/teams': { name: 'New team', countryCode: 'SN', baseCurrency: 'XOF' },
    'PATCH /api/teams/{teamId}': { version: 1, description: 'Edited' },
    'POST /api/teams/import': anEmptyTeamDocument(),
    'POST /api/teams/{teamId}/access': { email: fixture.target.email, role: 'viewer' },
    'PATCH /api/roles/{roleKey}': { version: 1, description: 'Edited' },
    'PUT /api/teams/{teamId}/role-names': { roleNames: { 'operational-lead': 'HMIS Coordinator' } },
    'POST /api/teams/{teamId}/members': {
      name: 'New member',
      affiliation: 'ministry',
      basedInCountry: true,
      timeSharePercent: 100,
      funding: 'government',
    },
    'PATCH /api/teams/{teamId}/members/{memberId}': { version: 1, organisation: 'HMIS unit' },
    'PUT /api/teams/{teamId}/members/{memberId}/roles': {
      version: 1,
      assignments: [{ roleKey: 'implementer', subRoleKey: 'technical', status: 'current' }],
    },
    'POST /api/teams/{teamId}/members/{memberId}/growth': { kind: 'academy', occurredOn: '2026-06-15' },
    'POST /api/me/two-factor/enrolment/confirm': { code: '123456' },
    'POST /api/me/two-factor/disable': { password: 'not my password', code: '123456' },
    'POST /api/frameworks': {
      teamId: fixture.teamId,
      basedOnFrameworkId: fixture.frameworkId,
      key: `copy-${unique}`,
    },
    'POST /api/frameworks/{frameworkId}/versions': {
      basedOnVersion: 1,
      document: aSmallFramework('team-framework'),
    },
    'POST /api/frameworks/import': {
      teamId: fixture.teamId,
      format: 'json',
      content: JSON.stringify(aSmallFramework(`imported-${unique}`)),
    },
    'POST /api/teams/{teamId}/rounds': {
      name: 'Follow-up',
      frameworkVersionId: fixture.frameworkVersionId,
      opensOn: '2026-11-28',
      closesOn: '2026-12-31',
    },
    'POST /api/teams/{teamId}/rounds/{roundId}/assessments': {
      memberId: fixture.memberId,
      mode: 'external',
      assessorUserId: fixture.users.assessor.id,
      areaKeys: ['trainer'],
    },
    'POST /api/teams/{teamId}/rounds/{roundId}/response-imports/preview': formResponses(fixture),
    'POST /api/teams/{teamId}/rounds/{roundId}/response-imports': {
      ...formResponses(fixture),
      skipInvalidRows: false,
    },
    'PUT /api/assessments/{assessmentId}/ratings': {
      ratings: [{ skillKey: 'implementer-technical.user-access-controls.user-roles', level: 2 }],
    },
    'POST /api/teams/{teamId}/plans': {
      title: 'Next plan',
      startYear: 2030,
      endYear: 2031,
      baseCurrency: 'USD',
    },
    'PATCH /api/plans/{planId}': { version: 1, title: 'Renamed plan' },
    'POST /api/plans/{planId}/revisions': { version: 1, note: 'Annual review' },
    'POST /api/plans/{planId}/activities': {
      title: 'Mentoring',
      type: 'mentoring',
      timing: { kind: 'quarter', year: 2027, quarter: 3 },
      memberIds: [fixture.memberId],
      costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 10_000, currency: 'USD' }],
      fundingShares: [{ fundingSourceId: fixture.fundingSourceId, amountMinor: 5_000, status: 'pledged' }],
    },
    'POST /api/plans/{planId}/activities/batch': {
      activities: [
        {
          title: 'Introduction to DHIS2',
          type: 'online-course',
          timing: { kind: 'quarter', year: 2027, quarter: 1 },
          memberIds: [fixture.memberId],
          courseKey: 'introduction-to-dhis2',
        },
        {
          title: 'Mentoring',
          type: 'mentoring',
          timing: { kind: 'quarter', year: 2027, quarter: 2 },
          memberIds: [fixture.memberId],
          costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 10_000, currency: 'USD' }],
        },
      ],
    },
    'PATCH /api/plans/{planId}/activities/{activityId}': { version: 1, title: 'Renamed activity' },
    'POST /api/teams/{teamId}/funding-sources': { kind: 'partner', name: 'A partner' },
    'PATCH /api/teams/{teamId}/funding-sources/{fundingSourceId}': { version: 1, name: 'Renamed source' },
    'PUT /api/teams/{teamId}/tors/{roleKey}': {
      version: 0,
      purpose: 'Keeps the servers safe.',
      responsibilities: ['Review access rights every quarter.'],
      requiredCompetencies: [],
      reportingLine: 'Operational Lead',
    },
    'POST /api/courses': {
      key: `course-${unique}`,
      kind: 'academy',
      categoryKey: 'use',
      name: 'A new course',
      offerings: [
        { format: 'online-self-paced', durationDays: 1, feesMinor: 0, travelMinor: 0, currency: 'USD' },
      ],
      prerequisiteKeys: ['introduction-to-dhis2'],
    },
    'PUT /api/courses/{courseKey}': { version: 1, description: 'Edited' },
    'PUT /api/course-categories/{categoryKey}': { version: 0, name: 'Regional specialities' },
    'POST /api/teams/{teamId}/members/{memberId}/learning-records': {
      courseKey: 'maps',
      takenOn: '2026-05-01',
    },
    'PATCH /api/teams/{teamId}/members/{memberId}/learning-records/{recordId}': {
      version: 1,
      certificate: false,
    },
    'POST /api/plans/{planId}/optimise': { year: 2027, budgetMinor: 500_000, currency: 'USD' },
    // Turning the requirement on would change what every later caller meets.
    'PUT /api/settings/security': { twoFactorRequiredForEveryone: false },
  };
  return bodies[operation];
}

/**
 * A CSV of form responses with one valid row (the `member` persona rating every trainer skill of
 * the default framework) and its mapping, question headers being the skill keys.
 */
export function formResponses(fixture: ApiFixture): { csv: string; mapping: string } {
  const skillKeys = DEFAULT_FRAMEWORK.areas
    .filter((area) => area.key === 'trainer')
    .flatMap((area) => area.categories.flatMap((category) => category.skills.map((skill) => skill.key)));
  const header = ['Timestamp', 'Name', 'Email', ...skillKeys].join(',');
  const row = [
    '2026/11/01 09:30:00',
    'Member',
    fixture.users.member.email,
    ...skillKeys.map((_, i) => i % 4),
  ];
  const mapping = {
    columns: { timestamp: 'Timestamp', name: 'Name', email: 'Email' },
    questions: Object.fromEntries(skillKeys.map((key) => [key, key])),
  };
  return { csv: `${header}\n${row.join(',')}\n`, mapping: JSON.stringify(mapping) };
}

/** A team document of a new team with nothing in it yet: what the smallest import carries. */
export function anEmptyTeamDocument(teamId: string = randomUUID()): object {
  const at = '2026-11-01T08:00:00.000Z';
  return {
    format: 'coreteam-team',
    version: 1,
    exportedAt: at,
    team: {
      id: teamId,
      name: 'Imported team',
      countryCode: 'SN',
      description: '',
      baseCurrency: 'XOF',
      phase: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    },
    accounts: [],
    access: [],
    roleNames: [],
    members: [],
    frameworks: [],
    rounds: [],
    fundingSources: [],
    plans: [],
    termsOfReference: [],
  };
}

/** A valid framework document of one area, two categories and two skills each. */
export function aSmallFramework(key: string): object {
  const skills = (category: string) =>
    ['first', 'second'].map((skill) => ({
      key: `${category}.${skill}`,
      name: `Skill ${skill}`,
      description: 'A skill.',
    }));
  return {
    key,
    name: 'Small framework',
    description: 'For tests.',
    ratingScale: {
      levels: [0, 1, 2, 3].map((level) => ({
        level,
        name: `Level ${level}`,
        description: `Level ${level}.`,
      })),
      notApplicable: { name: 'N/A', description: 'Not part of my work.' },
    },
    areas: [
      {
        key: 'trainer',
        name: 'Trainer',
        description: 'Training.',
        roleKey: 'trainer',
        subRoleKey: null,
        categories: ['trainer.planning', 'trainer.delivery'].map((category) => ({
          key: category,
          name: category,
          description: 'A category.',
          skills: skills(category),
        })),
      },
    ],
    targets: [{ roleKey: 'trainer', subRoleKey: null, categoryKey: 'trainer.planning', level: 2 }],
  };
}

/** Deletes that take `?version=`: without it they would fail validation before any access check. */
const VERSIONED_DELETES = new Set([
  '/api/plans/{planId}/activities/{activityId}',
  '/api/teams/{teamId}/members/{memberId}/learning-records/{recordId}',
  '/api/teams/{teamId}/funding-sources/{fundingSourceId}',
]);

export interface PreparedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: object;
}

/** The request `persona` would send for `operation`, with a new session (cookie + CSRF token). */
export async function prepareRequest(
  testApp: TestApp,
  persona: Persona,
  operation: string,
  fixture: ApiFixture,
): Promise<PreparedRequest> {
  const [method, template] = operation.split(' ') as [string, string];
  const headers: Record<string, string> = {};
  let tokenId = randomUUID();
  let callerVersion = 1;
  if (persona !== 'anonymous') {
    const user = fixture.users[persona];
    const session = await startSession(testApp.context, testApp.database.db, user.id, {
      ip: '127.0.0.1',
      userAgent: 'api-fixture',
    });
    headers.cookie = `coreteam_session=${session.token}`;
    headers['x-csrf-token'] = session.csrfToken;
    await testApp.database.db
      .insertInto('personal_access_token')
      .values({
        id: tokenId,
        user_id: user.id,
        name: 'fixture',
        token_hash: sha256(tokenId),
        scope: 'read',
        created_at: testApp.clock.now().toISOString(),
        last_used_at: null,
        expires_at: null,
        revoked_at: null,
      })
      .execute();
    const row = await testApp.database.db
      .selectFrom('user_account')
      .select('version')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    callerVersion = Number(row.version);
  } else {
    tokenId = randomUUID();
  }
  const url = template
    .replace('{teamId}', fixture.teamId)
    .replace('{userId}', fixture.target.id)
    .replace('{memberId}', fixture.memberId)
    .replace('{roleKey}', 'security-expert')
    .replace('{opportunityId}', fixture.opportunityId)
    .replace('{tokenId}', tokenId)
    .replace('{frameworkId}', fixture.frameworkId)
    .replace('{roundId}', fixture.roundId)
    .replace('{assessmentId}', fixture.assessmentId)
    .replace('{planId}', fixture.planId)
    .replace('{activityId}', fixture.activityId)
    .replace('{fundingSourceId}', fixture.fundingSourceId)
    .replace('{courseKey}', 'maps')
    .replace('{categoryKey}', 'regional-specialities')
    .replace('{recordId}', fixture.recordId)
    .replace('{proposalId}', fixture.proposalId)
    // Deletes name the version they read in the query string.
    .concat(method === 'DELETE' && VERSIONED_DELETES.has(template) ? '?version=1' : '');
  const payload = exampleBody(operation, fixture, callerVersion);
  return { method, url, headers, ...(payload ? { payload } : {}) };
}

/** Every operation in the served OpenAPI document, as "METHOD /path/{param}". */
export async function listOperations(testApp: TestApp): Promise<string[]> {
  const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  return Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}
