import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '@coreteam/core';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';
import { aRosterMember, aRound, anAssessment } from '../../../test/assessment-results-data.js';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const ACCESS = 'implementer-technical.user-access-controls';
const TRACKER = 'implementer-technical.tracker-configuration';
const technicalArea = DEFAULT_FRAMEWORK.areas.find((area) => area.key === 'implementer-technical')!;

/** Every implementer-technical skill at `level`, except the categories given. */
function ratings(
  byCategory: Record<string, number>,
  otherwise: number | null,
): Record<string, number | null> {
  return Object.fromEntries(
    technicalArea.categories.flatMap((category) =>
      category.skills.map((skill) => [skill.key, byCategory[category.key] ?? otherwise]),
    ),
  );
}

/*
 * Carla (Implementer – Technical, signed in as herself) was assessed by her supervisor (the
 * assessor account): user access controls all 0 (gap 2 against the default target 2), tracker
 * configuration all 1 (gap 1), everything else 2. Dina, a colleague with no role, scores 3 in
 * tracker configuration: she could mentor Carla. The plan is 2026–2028 in USD.
 */
describeForEachEngine('learning', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let lead: SignedInActor;
  let carla: SignedInActor;
  let dina: SignedInActor;
  let assessor: SignedInActor;
  let viewer: SignedInActor;
  let admin: SignedInActor;
  let otherTeamLead: SignedInActor;
  let carlaId: string;
  let dinaId: string;
  let planId: string;

  const call = (actor: SignedInActor, method: Method, url: string, payload?: object) =>
    testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const count = async (table: 'optimiser_proposal' | 'plan_activity' | 'learning_record' | 'course') =>
    Number(
      (
        await testApp.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const recordsUrl = (memberId: string) => `/api/teams/${teamId}/members/${memberId}/learning-records`;
  const recommendationsUrl = (memberId: string) => `/api/teams/${teamId}/members/${memberId}/recommendations`;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    teamId = (await aTeam(testApp)).id;
    const otherTeamId = (await aTeam(testApp, { name: 'Other team', countryCode: 'LA' })).id;
    const account = async (
      name: string,
      role?: 'lead' | 'member' | 'assessor' | 'viewer',
      systemAdmin = false,
    ) => {
      const user = await anAccount(testApp, { displayName: name, systemAdmin });
      if (role) await grant(testApp, teamId, user.email, role);
      return signInAs(testApp, user.email);
    };
    lead = await account('Lead', 'lead');
    carla = await account('Carla', 'member');
    dina = await account('Dina', 'member');
    assessor = await account('Supervisor', 'assessor');
    viewer = await account('Funder', 'viewer');
    admin = await account('Admin', undefined, true);
    otherTeamLead = await account('Other lead');
    await grant(testApp, otherTeamId, otherTeamLead.user.email, 'lead');

    const db = testApp.database.db;
    carlaId = await aRosterMember(db, {
      teamId,
      name: 'Carla',
      userId: carla.user.id,
      assignments: [{ roleKey: 'implementer', subRoleKey: 'technical' }],
    });
    dinaId = await aRosterMember(db, { teamId, name: 'Dina', userId: dina.user.id });
    const builtIn = await db
      .selectFrom('framework_version')
      .innerJoin('framework', 'framework.id', 'framework_version.framework_id')
      .select('framework_version.id')
      .where('framework.built_in', '=', 1)
      .executeTakeFirstOrThrow();
    const roundId = await aRound(db, {
      teamId,
      frameworkVersionId: builtIn.id,
      name: 'Baseline 2026',
      opensOn: '2026-01-01',
      closesOn: '2026-02-01',
    });
    await anAssessment(db, {
      roundId,
      memberId: carlaId,
      mode: 'supervisor',
      assessorUserId: assessor.user.id,
      areaKeys: ['implementer-technical'],
      ratings: ratings({ [ACCESS]: 0, [TRACKER]: 1 }, 2),
    });
    await anAssessment(db, {
      roundId,
      memberId: dinaId,
      mode: 'self',
      areaKeys: ['implementer-technical'],
      ratings: ratings({ [TRACKER]: 3 }, null),
    });
    const plan = await call(lead, 'POST', `/api/teams/${teamId}/plans`, {
      title: 'Capacity building 2026–2028',
      startYear: 2026,
      endYear: 2028,
      baseCurrency: 'USD',
      exchangeRates: [{ currency: 'MZN', rate: '0.0157', effectiveOn: '2026-01-01' }],
    });
    expect(plan.statusCode, plan.body).toBe(201);
    planId = plan.json().id;
  });
  afterAll(() => testApp.close());

  describe('the catalogue', () => {
    it('serves the seeded academy courses and resources in their categories', async () => {
      const response = await call(carla, 'GET', '/api/courses');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.categories.map((category: { name: string }) => category.name)).toEqual([
        'Introduction to DHIS2',
        'DHIS2 Use',
        'DHIS2 Configuration',
        'Domain & Program Management',
        'Architecture & Extensions',
      ]);
      expect(body.courses).toHaveLength(17);
      expect(
        body.courses.find((course: { key: string }) => course.key === 'tracker-configuration'),
      ).toMatchObject({
        categoryKey: 'configuration',
        prerequisiteKeys: ['tracker-data-capture-and-analysis'],
        offerings: [
          { format: 'online-instructor-led', feesMinor: 45_000, travelMinor: 0, currency: 'USD' },
          { format: 'in-person-regional', feesMinor: 200_000, travelMinor: 180_000, currency: 'USD' },
        ],
        version: 1,
      });
    });

    it('serves it in the language the request accepts', async () => {
      const response = await testApp.app.inject(
        asActor(carla, { method: 'GET', url: '/api/courses', headers: { 'accept-language': 'fr' } }),
      );
      expect(response.json().courses[1].name).toBe('Visualisation des données dans DHIS2');
      expect(response.json().categories[1].name).toBe('Utilisation de DHIS2');
    });

    it('gives a role’s learning path, Introduction first, and one sub-role’s steps', async () => {
      const technical = await call(carla, 'GET', '/api/roles/implementer/learning-path?subRoleKey=technical');
      expect(technical.statusCode).toBe(200);
      expect(technical.json().steps.map((step: { courseKey: string }) => step.courseKey)).toEqual([
        'introduction-to-dhis2',
        'tracker-data-capture-and-analysis',
        'configuring-data-access-and-outputs',
        'tracker-configuration',
        'android',
        'data-quality',
      ]);
      const unknown = await call(carla, 'GET', '/api/roles/astronaut/learning-path');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe('role_not_found');
    });

    it('refuses a course with an unknown prerequisite, naming the field, and adds nothing', async () => {
      const before = await count('course');
      const response = await call(admin, 'POST', '/api/courses', {
        key: 'cartography',
        kind: 'academy',
        categoryKey: 'use',
        name: 'Cartography',
        offerings: [
          { format: 'online-self-paced', durationDays: 2, feesMinor: 0, travelMinor: 0, currency: 'USD' },
        ],
        prerequisiteKeys: ['introduction-to-dhis2', 'geography'],
        developsCategoryKeys: ['implementer-program.flying'],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('unknown_course');
      expect(response.json().error.details).toEqual([
        { field: 'body.prerequisiteKeys.1', problem: 'is not a course of the catalogue (geography)' },
        {
          field: 'body.developsCategoryKeys.0',
          problem: 'is not a skill category of the default framework (implementer-program.flying)',
        },
      ]);
      expect(await count('course')).toBe(before);
    });

    it('refuses an edit that makes the prerequisites go round in a circle', async () => {
      const response = await call(admin, 'PUT', '/api/courses/introduction-to-dhis2', {
        version: 1,
        prerequisiteKeys: ['maps'],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'prerequisite_cycle',
        details: [
          {
            field: 'body.prerequisiteKeys.0',
            problem:
              'makes the prerequisites go round in a circle (introduction-to-dhis2 → maps → … → introduction-to-dhis2)',
          },
        ],
      });
    });

    it('lets a system admin edit costs, and refuses a stale version with the course as it is', async () => {
      const edited = await call(admin, 'PUT', '/api/courses/maps', {
        version: 1,
        offerings: [
          { format: 'in-country', durationDays: 3, feesMinor: 20_000, travelMinor: 5_000, currency: 'USD' },
        ],
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({
        version: 2,
        offerings: [{ format: 'in-country', feesMinor: 20_000 }],
      });
      const stale = await call(admin, 'PUT', '/api/courses/maps', { version: 1, name: 'Mapping' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({
        code: 'version_conflict',
        current: { name: 'Maps', version: 2 },
      });
      expect((await call(lead, 'PUT', '/api/courses/maps', { version: 2, name: 'Mapping' })).statusCode).toBe(
        403,
      );
    });

    it('keeps categories editable: create with version 0, then rename with the version read', async () => {
      const created = await call(admin, 'PUT', '/api/course-categories/disease-surveillance', {
        version: 0,
        name: 'Disease Surveillance',
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ key: 'disease-surveillance', position: 5, version: 1 });
      const again = await call(admin, 'PUT', '/api/course-categories/disease-surveillance', {
        version: 0,
        name: 'Twice',
      });
      expect(again.statusCode).toBe(409);
      const renamed = await call(admin, 'PUT', '/api/course-categories/disease-surveillance', {
        version: 1,
        name: 'Surveillance',
      });
      expect(renamed.json()).toMatchObject({ name: 'Surveillance', version: 2 });
    });
  });

  describe('learning records', () => {
    it('lets a member record a course and shows their progress on their path', async () => {
      const response = await call(carla, 'POST', recordsUrl(carlaId), {
        courseKey: 'introduction-to-dhis2',
        takenOn: '2026-03-01',
        certificate: true,
      });
      expect(response.statusCode, response.body).toBe(201);
      const body = response.json();
      expect(body.records).toMatchObject([
        { courseKey: 'introduction-to-dhis2', completed: true, certificate: true, takenOn: '2026-03-01' },
      ]);
      expect(body.progress).toHaveLength(1);
      expect(body.progress[0]).toMatchObject({
        roleKey: 'implementer',
        subRoleKey: 'technical',
        doneCount: 1,
        stepCount: 6,
      });
      expect(
        body.progress[0].steps.map(
          (step: { courseKey: string; status: string; missingPrerequisiteKeys: string[] }) => [
            step.courseKey,
            step.status,
            step.missingPrerequisiteKeys,
          ],
        ),
      ).toEqual([
        ['introduction-to-dhis2', 'done', []],
        ['tracker-data-capture-and-analysis', 'next', []],
        ['configuring-data-access-and-outputs', 'eligible', []],
        ['tracker-configuration', 'not-yet-eligible', ['tracker-data-capture-and-analysis']],
        ['android', 'not-yet-eligible', ['tracker-data-capture-and-analysis']],
        ['data-quality', 'eligible', []],
      ]);
    });

    it('refuses an unknown course naming body.courseKey', async () => {
      const response = await call(carla, 'POST', recordsUrl(carlaId), {
        courseKey: 'astrology',
        takenOn: '2026-03-01',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        { field: 'body.courseKey', problem: 'is not a course of the catalogue' },
      ]);
    });

    it('shows a member’s records to them, their leads and their assessor, not to viewers or other members', async () => {
      for (const actor of [carla, lead, assessor, admin]) {
        expect((await call(actor, 'GET', recordsUrl(carlaId))).statusCode).toBe(200);
      }
      for (const actor of [viewer, dina]) {
        const response = await call(actor, 'GET', recordsUrl(carlaId));
        expect(response.statusCode).toBe(403);
        expect(response.body).not.toContain('introduction-to-dhis2');
      }
      expect((await call(otherTeamLead, 'GET', recordsUrl(carlaId))).statusCode).toBe(404);
    });

    it('lets only the member and leads change records; refuses a stale version', async () => {
      const [record] = (await call(carla, 'GET', recordsUrl(carlaId))).json().records;
      expect(
        (await call(assessor, 'PATCH', `${recordsUrl(carlaId)}/${record.id}`, { version: 1, note: 'x' }))
          .statusCode,
      ).toBe(403);
      expect(
        (await call(dina, 'POST', recordsUrl(carlaId), { courseKey: 'maps', takenOn: '2026-03-01' }))
          .statusCode,
      ).toBe(403);
      const edited = await call(lead, 'PATCH', `${recordsUrl(carlaId)}/${record.id}`, {
        version: 1,
        note: 'Certificate seen',
      });
      expect(edited.json()).toMatchObject({ note: 'Certificate seen', version: 2 });
      const stale = await call(carla, 'DELETE', `${recordsUrl(carlaId)}/${record.id}?version=1`);
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.current).toMatchObject({ version: 2 });
    });
  });

  describe('recommendations', () => {
    it('recommends courses for a member’s two gaps, and mentoring by a colleague who scores 3', async () => {
      const response = await call(lead, 'GET', `${recommendationsUrl(carlaId)}?planId=${planId}&year=2027`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.gapsFrom).toMatchObject({ roundName: 'Baseline 2026', assessedBy: 'supervisor' });
      expect(
        body.gaps.map((gap: { categoryKey: string; gap: number }) => [gap.categoryKey, gap.gap]),
      ).toEqual([
        [ACCESS, 2],
        [TRACKER, 1],
      ]);
      expect(
        body.candidates.map((candidate: { key: string; value: number; totalCostMinor: number }) => [
          candidate.key,
          candidate.value,
          candidate.totalCostMinor,
        ]),
      ).toEqual([
        ['course:configuring-data-access-and-outputs', 2, 40_000],
        [`mentoring:${TRACKER}`, 1, 0],
        // Its prerequisite Tracker Data Capture and Analysis (300.00) comes with it.
        ['course:tracker-configuration', 1, 75_000],
      ]);
      expect(body.candidates[1].mentor).toEqual({ memberId: dinaId, name: 'Dina' });
      expect(body.candidates[0].activityDraft).toMatchObject({
        type: 'remote-training',
        memberIds: [carlaId],
        gapCategoryKeys: [ACCESS],
        courseKey: 'configuring-data-access-and-outputs',
        costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 40_000, currency: 'USD' }],
      });
    });

    it('adds a recommendation to the plan unchanged through the activities route', async () => {
      const { candidates } = (
        await call(lead, 'GET', `${recommendationsUrl(carlaId)}?planId=${planId}&year=2026`)
      ).json();
      const added = await call(
        lead,
        'POST',
        `/api/plans/${planId}/activities`,
        candidates[2].prerequisites[0].activityDraft,
      );
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json()).toMatchObject({
        courseKey: 'tracker-data-capture-and-analysis',
        totalMinor: 30_000,
      });
    });

    it('does not name the mentor to the member: "a colleague"', async () => {
      const response = await call(carla, 'GET', recommendationsUrl(carlaId));
      expect(response.statusCode).toBe(200);
      const mentoring = response
        .json()
        .candidates.find((candidate: { kind: string }) => candidate.kind === 'mentoring');
      expect(mentoring.mentor).toBeNull();
      expect(mentoring.reason).toContain('a colleague');
      expect(response.body).not.toContain('Dina');
      expect(response.body).not.toContain(dinaId);
    });

    it('keeps a member’s recommendations from viewers and other members', async () => {
      for (const actor of [viewer, dina]) {
        const response = await call(actor, 'GET', recommendationsUrl(carlaId));
        expect(response.statusCode).toBe(403);
        expect(response.body).not.toContain(ACCESS);
      }
      expect((await call(assessor, 'GET', recommendationsUrl(carlaId))).json().gaps).toHaveLength(2);
    });

    it('recommends nothing to a member without a submitted assessment', async () => {
      const response = await call(lead, 'GET', recommendationsUrl(dinaId));
      expect(response.json()).toMatchObject({ gapsFrom: { assessedBy: 'self' }, gaps: [], candidates: [] });
    });
  });

  describe('the optimiser', () => {
    const optimise = (body: object, actor = lead) =>
      call(actor, 'POST', `/api/plans/${planId}/optimise`, body);

    it('refuses a negative budget, a currency without a rate and a year outside the plan, storing nothing', async () => {
      const before = await count('optimiser_proposal');
      const negative = await optimise({ year: 2027, budgetMinor: -1, currency: 'USD' });
      expect(negative.statusCode).toBe(400);
      expect(negative.json().error.details.map((detail: { field: string }) => detail.field)).toEqual([
        'body.budgetMinor',
      ]);
      const noRate = await optimise({ year: 2027, budgetMinor: 100_000, currency: 'EUR' });
      expect(noRate.statusCode).toBe(400);
      expect(noRate.json().error.details).toEqual([
        { field: 'body.currency', problem: 'has no exchange rate in this plan (its base currency is USD)' },
      ]);
      const outside = await optimise({ year: 2031, budgetMinor: 100_000, currency: 'USD' });
      expect(outside.json().error.details[0].field).toBe('body.year');
      expect((await optimise({ year: 2027, budgetMinor: 100_000, currency: 'USD' }, carla)).statusCode).toBe(
        403,
      );
      expect(await count('optimiser_proposal')).toBe(before);
    });

    it('proposes the best use of the budget, accepts it into the plan once, and the budget follows', async () => {
      const budgetBefore = (await call(lead, 'GET', `/api/plans/${planId}/budget?year=2027`)).json().totals
        .totalMinor;
      const activitiesBefore = await count('plan_activity');
      const response = await optimise({ year: 2027, budgetMinor: 50_000, currency: 'USD' });
      expect(response.statusCode, response.body).toBe(201);
      const proposal = response.json();
      // Tracker Data Capture is already planned (added above), so Tracker Configuration would cost
      // 450.00 on its own; Configuring Data Access (400.00, gap 2) and Dina's mentoring (free, gap 1)
      // cover both gaps for 400.00.
      expect(
        proposal.activities.map((activity: { candidateKey: string; costMinor: number }) => [
          activity.candidateKey,
          activity.costMinor,
        ]),
      ).toEqual([
        [`${carlaId}/course:configuring-data-access-and-outputs`, 40_000],
        [`${carlaId}/mentoring:${TRACKER}`, 0],
      ]);
      expect(proposal).toMatchObject({
        year: 2027,
        currency: 'USD',
        budgetMinor: 50_000,
        totalCostMinor: 40_000,
        budgetLeftMinor: 10_000,
        value: 3,
        possibleValue: 3,
        cellMinor: 5,
        acceptedAt: null,
        membersWithoutGaps: [{ memberId: dinaId, memberName: 'Dina' }],
      });
      expect(proposal.leftOut).toMatchObject([
        { candidateKey: `${carlaId}/course:tracker-configuration`, reason: 'gap-already-covered' },
      ]);
      expect(await count('plan_activity')).toBe(activitiesBefore);

      const read = await call(lead, 'GET', `/api/plans/${planId}/optimise/${proposal.id}`);
      expect(read.json()).toEqual(proposal);

      const accepted = await call(lead, 'POST', `/api/plans/${planId}/optimise/${proposal.id}/accept`);
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json().acceptedActivityIds).toHaveLength(2);
      expect(await count('plan_activity')).toBe(activitiesBefore + 2);
      const budgetAfter = (await call(lead, 'GET', `/api/plans/${planId}/budget?year=2027`)).json().totals
        .totalMinor;
      expect(budgetAfter - budgetBefore).toBe(40_000);

      const again = await call(lead, 'POST', `/api/plans/${planId}/optimise/${proposal.id}/accept`);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('proposal_already_accepted');

      // The gaps are now addressed in the plan: nothing more to propose for Carla.
      const next = (await optimise({ year: 2027, budgetMinor: 50_000, currency: 'USD' })).json();
      expect(next.activities).toEqual([]);
      expect(next.membersWithoutGaps.map((member: { memberName: string }) => member.memberName)).toEqual([
        'Carla',
        'Dina',
      ]);
    });

    it('refuses to accept a proposal after the plan changed (409) and an unknown one (404)', async () => {
      const { activities } = (await call(lead, 'GET', `/api/plans/${planId}/activities`)).json();
      const mentoring = activities.find((activity: { type: string }) => activity.type === 'mentoring');
      const removed = await call(
        lead,
        'DELETE',
        `/api/plans/${planId}/activities/${mentoring.id}?version=${mentoring.version}`,
      );
      expect(removed.statusCode).toBe(204);
      const proposal = (await optimise({ year: 2028, budgetMinor: 0, currency: 'USD' })).json();
      expect(proposal.activities.map((activity: { kind: string }) => activity.kind)).toEqual(['mentoring']);
      await call(lead, 'PATCH', `/api/plans/${planId}`, {
        version: proposal.planVersion,
        summary: 'Changed',
      });
      const refused = await call(lead, 'POST', `/api/plans/${planId}/optimise/${proposal.id}/accept`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('plan_changed');
      const unknown = await call(lead, 'POST', `/api/plans/${planId}/optimise/${randomUUID()}/accept`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe('proposal_not_found');
    });

    it('prices the proposal in another currency of the plan', async () => {
      const response = await optimise({ year: 2028, budgetMinor: 10_000_000, currency: 'MZN' });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ currency: 'MZN', budgetMinor: 10_000_000 });
    });
  });

  describe('completing a course from the plan', () => {
    it('records the course as completed for the activity’s members, once', async () => {
      const { activities } = (await call(lead, 'GET', `/api/plans/${planId}/activities`)).json();
      const course = activities.find(
        (activity: { courseKey?: string | null }) =>
          activity.courseKey === 'configuring-data-access-and-outputs',
      );
      const before = await count('learning_record');
      const completed = await call(lead, 'PATCH', `/api/plans/${planId}/activities/${course.id}`, {
        version: course.version,
        status: 'completed',
        timing: { kind: 'dates', startsOn: '2027-04-05', endsOn: '2027-04-16' },
      });
      expect(completed.statusCode, completed.body).toBe(200);
      expect(await count('learning_record')).toBe(before + 1);
      const { records } = (await call(carla, 'GET', recordsUrl(carlaId))).json();
      expect(
        records.find(
          (record: { courseKey: string }) => record.courseKey === 'configuring-data-access-and-outputs',
        ),
      ).toMatchObject({
        completed: true,
        takenOn: '2027-04-16',
        planActivityId: course.id,
      });
      await call(lead, 'PATCH', `/api/plans/${planId}/activities/${course.id}`, {
        version: completed.json().version,
        outcomeNote: 'Passed',
      });
      expect(await count('learning_record')).toBe(before + 1);
    });

    it('refuses an activity for an unknown course naming body.courseKey', async () => {
      const response = await call(lead, 'POST', `/api/plans/${planId}/activities`, {
        title: 'Astrology',
        type: 'online-course',
        timing: { kind: 'quarter', year: 2027, quarter: 1 },
        memberIds: [carlaId],
        courseKey: 'astrology',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        { field: 'body.courseKey', problem: 'is not a course of the catalogue' },
      ]);
    });
  });
});
