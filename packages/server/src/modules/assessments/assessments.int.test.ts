import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_TRANSLATIONS } from '@coreteam/core';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

type Method = 'GET' | 'POST' | 'PUT';

/** The skill keys of some areas of the default framework, in framework order. */
function skillsOf(...areaKeys: string[]): string[] {
  return DEFAULT_FRAMEWORK.areas
    .filter((area) => areaKeys.includes(area.key))
    .flatMap((area) => area.categories.flatMap((category) => category.skills.map((skill) => skill.key)));
}

describeForEachEngine('assessment rounds and assessments', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let otherTeamId: string;
  let lead: SignedInActor;
  let joana: SignedInActor;
  let supervisor: SignedInActor;
  let colleague: SignedInActor;
  let viewer: SignedInActor;
  let systemAdmin: SignedInActor;
  let otherTeamLead: SignedInActor;
  let builtInVersionId: string;
  /** Joana: a technical implementer who is meant to become a trainer. */
  let joanaMemberId: string;
  let colleagueMemberId: string;
  /** On the roster but without an account. */
  let noAccountMemberId: string;
  /** With an account but no roles. */
  let noRolesMemberId: string;
  let otherTeamMemberId: string;

  const call = (actor: SignedInActor, method: Method, url: string, payload?: object) =>
    testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const count = async (
    table: 'assessment' | 'assessment_rating' | 'assessment_comment' | 'assessment_round',
  ) =>
    Number(
      (
        await testApp.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const today = () => testApp.clock.now().toISOString().slice(0, 10);
  const day = (offset: number) =>
    new Date(testApp.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  async function aMember(team: string, body: object): Promise<string> {
    const response = await call(
      team === teamId ? lead : otherTeamLead,
      'POST',
      `/api/teams/${team}/members`,
      {
        affiliation: 'ministry',
        basedInCountry: true,
        timeSharePercent: 100,
        funding: 'government',
        ...body,
      },
    );
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }

  async function aRound(body: object = {}, actor = lead, team = teamId) {
    return call(actor, 'POST', `/api/teams/${team}/rounds`, {
      name: 'Baseline 2026',
      frameworkVersionId: builtInVersionId,
      opensOn: today(),
      closesOn: day(30),
      ...body,
    });
  }

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    teamId = (await aTeam(testApp)).id;
    otherTeamId = (await aTeam(testApp, { name: 'Other team', countryCode: 'LA' })).id;
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
    joana = await account('Joana', 'member');
    supervisor = await account('Supervisor', 'assessor');
    colleague = await account('Colleague', 'member');
    viewer = await account('Funder', 'viewer');
    systemAdmin = await account('Admin', undefined, true);
    otherTeamLead = await account('Other lead');
    await grant(testApp, otherTeamId, otherTeamLead.user.email, 'lead');
    const noRolesUser = await account('No roles', 'member');

    builtInVersionId = (
      await testApp.database.db
        .selectFrom('framework_version')
        .innerJoin('framework', 'framework.id', 'framework_version.framework_id')
        .select('framework_version.id')
        .where('framework.built_in', '=', 1)
        .executeTakeFirstOrThrow()
    ).id;

    joanaMemberId = await aMember(teamId, {
      name: 'Joana',
      userId: joana.user.id,
      assignments: [
        { roleKey: 'implementer', subRoleKey: 'technical', status: 'current' },
        { roleKey: 'trainer', subRoleKey: null, status: 'envisioned' },
      ],
    });
    colleagueMemberId = await aMember(teamId, {
      name: 'Colleague',
      userId: colleague.user.id,
      assignments: [{ roleKey: 'server-administrator', subRoleKey: null, status: 'current' }],
    });
    noAccountMemberId = await aMember(teamId, {
      name: 'Paper only',
      assignments: [{ roleKey: 'trainer', subRoleKey: null, status: 'current' }],
    });
    noRolesMemberId = await aMember(teamId, { name: 'No roles', userId: noRolesUser.user.id });
    otherTeamMemberId = await aMember(otherTeamId, {
      name: 'Elsewhere',
      assignments: [{ roleKey: 'trainer', subRoleKey: null, status: 'current' }],
    });
  });
  afterAll(() => testApp.close());

  describe('the whole flow', () => {
    let roundId: string;
    let selfId: string;
    let supervisorId: string;
    const joanaSkills = () => skillsOf('implementer-technical', 'trainer');

    it('lets a lead open a round, which freezes its framework version', async () => {
      const response = await aRound();
      expect(response.statusCode, response.body).toBe(201);
      const round = response.json();
      roundId = round.id;
      expect(round).toMatchObject({
        teamId,
        name: 'Baseline 2026',
        frameworkVersionId: builtInVersionId,
        frameworkVersion: 1,
        frameworkName: DEFAULT_FRAMEWORK.name,
        status: 'open',
        progress: { assessments: 0, notStarted: 0, inProgress: 0, submitted: 0, members: 0 },
        assessments: [],
        version: 1,
      });
      const version = await testApp.database.db
        .selectFrom('framework_version')
        .select('frozen_at')
        .where('id', '=', builtInVersionId)
        .executeTakeFirstOrThrow();
      expect(version.frozen_at).not.toBeNull();
      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select(['action', 'team_id', 'actor_user_id'])
        .where('entity_id', '=', roundId)
        .execute();
      expect(audit).toEqual([{ action: 'round.created', team_id: teamId, actor_user_id: lead.user.id }]);
    });

    it('creates a self-assessment whose areas default to the member’s current and envisioned roles', async () => {
      const response = await call(lead, 'POST', `/api/teams/${teamId}/rounds/${roundId}/assessments`, {
        memberId: joanaMemberId,
        mode: 'self',
      });
      expect(response.statusCode, response.body).toBe(201);
      const assessment = response.json();
      selfId = assessment.id;
      expect(assessment).toMatchObject({
        roundId,
        teamId,
        memberId: joanaMemberId,
        memberName: 'Joana',
        mode: 'self',
        respondentUserId: joana.user.id,
        assessorUserId: null,
        assessorName: null,
        areaKeys: ['implementer-technical', 'trainer'],
        status: 'not-started',
        answered: 0,
        total: joanaSkills().length,
        submittedAt: null,
      });
    });

    it('creates a supervisor assessment answered by the assessor', async () => {
      const response = await call(lead, 'POST', `/api/teams/${teamId}/rounds/${roundId}/assessments`, {
        memberId: joanaMemberId,
        mode: 'supervisor',
        assessorUserId: supervisor.user.id,
      });
      expect(response.statusCode, response.body).toBe(201);
      supervisorId = response.json().id;
      expect(response.json()).toMatchObject({
        mode: 'supervisor',
        respondentUserId: supervisor.user.id,
        assessorUserId: supervisor.user.id,
        assessorName: 'Supervisor',
        areaKeys: ['implementer-technical', 'trainer'],
      });
    });

    it('saves answers as they are given, over two saves, with progress per area', async () => {
      const skills = joanaSkills();
      const first = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, {
        ratings: [
          { skillKey: skills[0], level: 2 },
          { skillKey: skills[1], level: null },
        ],
        comments: [
          { categoryKey: 'implementer-technical.user-access-controls', comment: 'Learning sharing' },
        ],
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().assessment).toMatchObject({ status: 'in-progress', answered: 2, version: 2 });
      expect(first.json().superseded).toEqual([]);

      const second = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, {
        ratings: [
          { skillKey: skills[2], level: 0 },
          { skillKey: skills[3], level: 3 },
        ],
      });
      expect(second.statusCode, second.body).toBe(200);
      const technicalTotal = skillsOf('implementer-technical').length;
      expect(second.json().progress).toEqual([
        { areaKey: 'implementer-technical', answered: 4, total: technicalTotal },
        { areaKey: 'trainer', answered: 0, total: skillsOf('trainer').length },
      ]);

      // One rating changed later, without redoing the rest.
      testApp.clock.advanceMinutes(5);
      const change = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, {
        ratings: [{ skillKey: skills[0], level: 3 }],
      });
      expect(change.statusCode, change.body).toBe(200);
      expect(change.json().assessment.answered).toBe(4);

      const detail = (await call(joana, 'GET', `/api/assessments/${selfId}`)).json();
      const levels = Object.fromEntries(
        detail.ratings.map((rating: { skillKey: string; level: number | null }) => [
          rating.skillKey,
          rating.level,
        ]),
      );
      expect(levels).toEqual({ [skills[0]!]: 3, [skills[1]!]: null, [skills[2]!]: 0, [skills[3]!]: 3 });
      expect(detail.comments).toMatchObject([
        { categoryKey: 'implementer-technical.user-access-controls', comment: 'Learning sharing' },
      ]);
      expect(detail).toMatchObject({
        canAnswer: true,
        canReopen: false,
        round: { id: roundId, status: 'open' },
      });
      expect(detail.framework.key).toBe(DEFAULT_FRAMEWORK.key);
    });

    it('keeps the newer answer when an offline answer arrives with an older changedAt', async () => {
      const skill = joanaSkills()[0]!;
      const before = testApp.clock.now();
      testApp.clock.advanceMinutes(1);
      const response = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, {
        ratings: [
          { skillKey: skill, level: 1, changedAt: new Date(before.getTime() - 3_600_000).toISOString() },
          { skillKey: joanaSkills()[4]!, level: 1, changedAt: before.toISOString() },
        ],
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().superseded).toEqual([
        { skillKey: skill, level: 3, updatedAt: expect.any(String) },
      ]);
      const stored = await testApp.database.db
        .selectFrom('assessment_rating')
        .select(['skill_key', 'level'])
        .where('assessment_id', '=', selfId)
        .where('skill_key', 'in', [skill, joanaSkills()[4]!])
        .orderBy('skill_key')
        .execute();
      expect(Object.fromEntries(stored.map((row) => [row.skill_key, Number(row.level)]))).toEqual({
        [skill]: 3,
        [joanaSkills()[4]!]: 1,
      });

      // An offline answer given after the stored one is applied.
      const newer = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, {
        ratings: [{ skillKey: skill, level: 2, changedAt: testApp.clock.now().toISOString() }],
      });
      expect(newer.json().superseded).toEqual([]);
      const detail = (await call(joana, 'GET', `/api/assessments/${selfId}`)).json();
      expect(detail.ratings.find((rating: { skillKey: string }) => rating.skillKey === skill).level).toBe(2);
    });

    it('refuses bad answers, naming the field, and writes nothing', async () => {
      const skills = joanaSkills();
      const before = {
        ratings: await count('assessment_rating'),
        comments: await count('assessment_comment'),
      };
      const cases: { body: object; field: string }[] = [
        { body: { ratings: [{ skillKey: skills[10], level: 4 }] }, field: 'body.ratings.0.level' },
        { body: { ratings: [{ skillKey: skills[10], level: 1.5 }] }, field: 'body.ratings.0.level' },
        {
          body: {
            ratings: [
              { skillKey: skills[10], level: 1 },
              { skillKey: 'implementer-technical.nothing.such-skill', level: 1 },
            ],
          },
          field: 'body.ratings.1.skillKey',
        },
        {
          // A real skill, of an area this assessment does not cover.
          body: {
            ratings: [
              { skillKey: skills[11], level: 1 },
              { skillKey: skillsOf('server-administrator')[0], level: 2 },
            ],
          },
          field: 'body.ratings.1.skillKey',
        },
        {
          body: {
            ratings: [{ skillKey: skills[10], level: 1 }],
            comments: [{ categoryKey: 'operational-lead.project-management', comment: 'x' }],
          },
          field: 'body.comments.0.categoryKey',
        },
      ];
      for (const { body, field } of cases) {
        const response = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, body);
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toContain(
          field,
        );
      }
      const unknown = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, cases[2]!.body);
      expect(unknown.json().error.details[0].problem).toContain('is not a skill of this assessment');
      expect({
        ratings: await count('assessment_rating'),
        comments: await count('assessment_comment'),
      }).toEqual(before);
      const detail = (await call(joana, 'GET', `/api/assessments/${selfId}`)).json();
      expect(detail.ratings.map((rating: { skillKey: string }) => rating.skillKey)).not.toContain(skills[10]);
    });

    it('refuses to submit an incomplete assessment, listing what is missing', async () => {
      const response = await call(joana, 'POST', `/api/assessments/${selfId}/submit`);
      expect(response.statusCode, response.body).toBe(422);
      const error = response.json().error;
      const missing = joanaSkills().length - 5;
      expect(error.code).toBe('assessment_incomplete');
      expect(error.message).toContain(String(missing));
      expect(error.details).toHaveLength(Math.min(missing, 200));
      expect(error.details[0]).toEqual({ field: `ratings.${joanaSkills()[5]}`, problem: 'not answered' });
      const row = await testApp.database.db
        .selectFrom('assessment')
        .select('status')
        .where('id', '=', selfId)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('in-progress');
    });

    it('submits once every skill is answered, after which answers are refused until a lead reopens it', async () => {
      const rest = joanaSkills()
        .slice(5)
        .map((skillKey, index) => ({ skillKey, level: index % 5 === 4 ? null : index % 4 }));
      const answered = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, { ratings: rest });
      expect(answered.statusCode, answered.body).toBe(200);
      expect(answered.json().assessment.answered).toBe(joanaSkills().length);

      const submitted = await call(joana, 'POST', `/api/assessments/${selfId}/submit`);
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json()).toMatchObject({
        status: 'submitted',
        submittedAt: testApp.clock.now().toISOString(),
      });

      const late = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, {
        ratings: [{ skillKey: joanaSkills()[0], level: 0 }],
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('assessment_submitted');
      expect((await call(joana, 'POST', `/api/assessments/${selfId}/submit`)).statusCode).toBe(409);
      const detail = (await call(joana, 'GET', `/api/assessments/${selfId}`)).json();
      expect(detail.canAnswer).toBe(false);
      expect(
        detail.ratings.find((rating: { skillKey: string }) => rating.skillKey === joanaSkills()[0]).level,
      ).toBe(2);
      const leadView = (await call(lead, 'GET', `/api/assessments/${selfId}`)).json();
      expect(leadView).toMatchObject({ canAnswer: false, canReopen: true });
    });

    it('lets only a lead reopen a submitted assessment, after which it can change again', async () => {
      const byMember = await call(joana, 'POST', `/api/assessments/${selfId}/reopen`);
      expect(byMember.statusCode).toBe(403);
      expect(byMember.json().error.code).toBe('forbidden');
      expect((await call(colleague, 'POST', `/api/assessments/${selfId}/reopen`)).statusCode).toBe(404);

      const reopened = await call(lead, 'POST', `/api/assessments/${selfId}/reopen`);
      expect(reopened.statusCode, reopened.body).toBe(200);
      expect(reopened.json()).toMatchObject({ status: 'in-progress', submittedAt: null });
      expect((await call(lead, 'POST', `/api/assessments/${selfId}/reopen`)).json().error.code).toBe(
        'assessment_not_submitted',
      );

      const change = await call(joana, 'PUT', `/api/assessments/${selfId}/ratings`, {
        ratings: [{ skillKey: joanaSkills()[0], level: 0 }],
      });
      expect(change.statusCode, change.body).toBe(200);
      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('entity_id', '=', selfId)
        .orderBy('occurred_at')
        .execute();
      expect(audit.map((event) => event.action)).toEqual([
        'assessment.created',
        'assessment.submitted',
        'assessment.reopened',
      ]);
    });

    it('shows the built-in framework in the language the reader asks for, keys unchanged', async () => {
      const read = (headers: Record<string, string>) =>
        testApp.app.inject(asActor(joana, { method: 'GET', url: `/api/assessments/${selfId}`, headers }));
      const english = (await read({})).json();
      const accessControls =
        DEFAULT_FRAMEWORK_TRANSLATIONS.fr.elements['implementer-technical.user-access-controls']!;
      const categoryNamed = (body: { framework: typeof DEFAULT_FRAMEWORK }, key: string) =>
        body.framework.areas.flatMap((area) => area.categories).find((category) => category.key === key)!;

      const french = (await read({ 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' })).json();
      expect(french.framework.name).toBe(DEFAULT_FRAMEWORK_TRANSLATIONS.fr.name);
      expect(french.framework.ratingScale.levels[2].name).toBe(
        DEFAULT_FRAMEWORK_TRANSLATIONS.fr.ratingScale.levels[2].name,
      );
      expect(categoryNamed(french, 'implementer-technical.user-access-controls').name).toBe(
        accessControls.name,
      );
      expect(categoryNamed(english, 'implementer-technical.user-access-controls').name).toBe(
        'Create and manage user-based access controls',
      );
      expect(JSON.stringify(french.ratings)).toBe(JSON.stringify(english.ratings));

      // The first supported language of the header wins; an unsupported one falls back to English.
      const portuguese = (await read({ 'accept-language': 'de-DE, pt-MZ;q=0.8, fr;q=0.5' })).json();
      expect(portuguese.framework.name).toBe(DEFAULT_FRAMEWORK_TRANSLATIONS.pt.name);
      expect((await read({ 'accept-language': 'de' })).json().framework.name).toBe(DEFAULT_FRAMEWORK.name);
    });

    it('shows an assessment only to its subject, its respondent and the team’s leads', async () => {
      for (const outsider of [colleague, viewer, systemAdmin, otherTeamLead]) {
        const response = await call(outsider, 'GET', `/api/assessments/${selfId}`);
        expect(response.statusCode).toBe(404);
        expect(response.json().error.code).toBe('assessment_not_found');
        const write = await call(outsider, 'PUT', `/api/assessments/${selfId}/ratings`, {
          ratings: [{ skillKey: joanaSkills()[0], level: 1 }],
        });
        expect(write.statusCode).toBe(404);
      }
      // The supervisor answers the supervisor assessment, not Joana's own.
      expect((await call(supervisor, 'GET', `/api/assessments/${selfId}`)).statusCode).toBe(404);
      expect((await call(supervisor, 'GET', `/api/assessments/${supervisorId}`)).statusCode).toBe(200);

      const leadView = await call(lead, 'GET', `/api/assessments/${selfId}`);
      expect(leadView.statusCode).toBe(200);
      expect(leadView.json().canAnswer).toBe(false);
      const leadWrite = await call(lead, 'PUT', `/api/assessments/${selfId}/ratings`, {
        ratings: [{ skillKey: joanaSkills()[0], level: 1 }],
      });
      expect(leadWrite.statusCode).toBe(403);
      expect(leadWrite.json().error.code).toBe('forbidden');

      // Joana may read what her supervisor says of her, but not answer for them.
      const subjectView = await call(joana, 'GET', `/api/assessments/${supervisorId}`);
      expect(subjectView.statusCode).toBe(200);
      expect(subjectView.json().canAnswer).toBe(false);
      expect(
        (
          await call(joana, 'PUT', `/api/assessments/${supervisorId}/ratings`, {
            ratings: [{ skillKey: joanaSkills()[0], level: 3 }],
          })
        ).statusCode,
      ).toBe(403);
      const bySupervisor = await call(supervisor, 'PUT', `/api/assessments/${supervisorId}/ratings`, {
        ratings: [{ skillKey: joanaSkills()[0], level: 1 }],
      });
      expect(bySupervisor.statusCode, bySupervisor.body).toBe(200);
    });

    it('lists a round’s assessments to each reader as far as they may see them', async () => {
      const listed = async (actor: SignedInActor) => {
        const response = await call(actor, 'GET', `/api/teams/${teamId}/rounds/${roundId}`);
        expect(response.statusCode, response.body).toBe(200);
        return response.json();
      };
      const leadView = await listed(lead);
      expect(leadView.progress).toEqual({
        assessments: 2,
        notStarted: 0,
        inProgress: 2,
        submitted: 0,
        members: 1,
      });
      expect(leadView.assessments.map((assessment: { id: string }) => assessment.id).sort()).toEqual(
        [selfId, supervisorId].sort(),
      );
      expect((await listed(joana)).assessments).toHaveLength(2);
      expect(
        (await listed(supervisor)).assessments.map((assessment: { id: string }) => assessment.id),
      ).toEqual([supervisorId]);
      expect((await listed(colleague)).assessments).toEqual([]);
      const viewerView = await listed(viewer);
      expect(viewerView.assessments).toEqual([]);
      expect(viewerView.progress.assessments).toBe(2);
      expect((await listed(systemAdmin)).assessments).toEqual([]);

      const rounds = (await call(viewer, 'GET', `/api/teams/${teamId}/rounds`)).json().rounds;
      expect(rounds.find((round: { id: string }) => round.id === roundId)).toMatchObject({
        name: 'Baseline 2026',
        status: 'open',
        progress: { assessments: 2, inProgress: 2 },
      });
      expect((await call(otherTeamLead, 'GET', `/api/teams/${teamId}/rounds`)).statusCode).toBe(404);
    });

    it('lists the assessments a person answers under GET /api/me/assessments', async () => {
      const mine = (await call(joana, 'GET', '/api/me/assessments')).json().assessments;
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        id: selfId,
        roundName: 'Baseline 2026',
        roundStatus: 'open',
        teamName: 'Mozambique MoH core team',
        answered: joanaSkills().length,
      });
      const assessed = (await call(supervisor, 'GET', '/api/me/assessments')).json().assessments;
      expect(assessed.map((assessment: { id: string }) => assessment.id)).toEqual([supervisorId]);
      expect((await call(viewer, 'GET', '/api/me/assessments')).json().assessments).toEqual([]);
    });

    it('refuses bad assessment requests, naming the field, and writes nothing', async () => {
      const before = await count('assessment');
      const url = `/api/teams/${teamId}/rounds/${roundId}/assessments`;
      const cases: { body: object; status: number; field: string; code?: string }[] = [
        {
          body: { memberId: joanaMemberId, mode: 'self' },
          status: 409,
          field: 'body.mode',
          code: 'assessment_exists',
        },
        {
          body: { memberId: colleagueMemberId, mode: 'self', assessorUserId: supervisor.user.id },
          status: 400,
          field: 'body.assessorUserId',
        },
        {
          body: { memberId: colleagueMemberId, mode: 'supervisor' },
          status: 400,
          field: 'body.assessorUserId',
        },
        {
          body: { memberId: colleagueMemberId, mode: 'external', assessorUserId: otherTeamLead.user.id },
          status: 400,
          field: 'body.assessorUserId',
        },
        {
          body: { memberId: colleagueMemberId, mode: 'supervisor', assessorUserId: colleague.user.id },
          status: 400,
          field: 'body.assessorUserId',
        },
        {
          body: { memberId: colleagueMemberId, mode: 'self', areaKeys: ['trainer', 'no-such-area'] },
          status: 400,
          field: 'body.areaKeys',
        },
        { body: { memberId: noAccountMemberId, mode: 'self' }, status: 422, field: 'body.memberId' },
        { body: { memberId: noRolesMemberId, mode: 'self' }, status: 422, field: 'body.areaKeys' },
        { body: { memberId: otherTeamMemberId, mode: 'self' }, status: 400, field: 'body.memberId' },
        { body: { memberId: colleagueMemberId, mode: 'peer' }, status: 400, field: 'body.mode' },
      ];
      for (const { body, status, field, code } of cases) {
        const response = await call(lead, 'POST', url, body);
        expect(response.statusCode, `${JSON.stringify(body)}: ${response.body}`).toBe(status);
        const error = response.json().error;
        expect(error.details.map((detail: { field: string }) => detail.field)).toContain(field);
        if (code) expect(error.code).toBe(code);
      }
      expect(await count('assessment')).toBe(before);

      // Chosen areas are kept in framework order; a member with no roles can be assessed on them.
      const chosen = await call(lead, 'POST', url, {
        memberId: noRolesMemberId,
        mode: 'self',
        areaKeys: ['trainer', 'operational-lead'],
      });
      expect(chosen.statusCode, chosen.body).toBe(201);
      expect(chosen.json().areaKeys).toEqual(['operational-lead', 'trainer']);
    });
  });

  describe('rounds', () => {
    it('refuses a framework version of another team, naming it, and writes nothing', async () => {
      const db = testApp.database.db;
      const at = testApp.clock.now().toISOString();
      const document = await db
        .selectFrom('framework_version')
        .select(['document', 'skill_count'])
        .where('id', '=', builtInVersionId)
        .executeTakeFirstOrThrow();
      await db
        .insertInto('framework')
        .values({
          id: '00000000-0000-4000-8000-00000000f001',
          key: 'their-framework',
          name: 'Theirs',
          description: '',
          team_id: otherTeamId,
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
          id: '00000000-0000-4000-8000-00000000f002',
          framework_id: '00000000-0000-4000-8000-00000000f001',
          number: 1,
          document: document.document,
          skill_count: document.skill_count,
          frozen_at: null,
          created_by: null,
          created_at: at,
        })
        .execute();
      const before = await count('assessment_round');
      for (const frameworkVersionId of [
        '00000000-0000-4000-8000-00000000f002',
        '00000000-0000-4000-8000-0000000000ff',
      ]) {
        const response = await aRound({ frameworkVersionId });
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json().error.details[0].field).toBe('body.frameworkVersionId');
      }
      const backwards = await aRound({ opensOn: day(5), closesOn: day(1) });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error.details[0].field).toBe('body.closesOn');
      expect(await count('assessment_round')).toBe(before);
      // The other team itself may use it.
      expect(
        (
          await aRound(
            { frameworkVersionId: '00000000-0000-4000-8000-00000000f002' },
            otherTeamLead,
            otherTeamId,
          )
        ).statusCode,
      ).toBe(201);
    });

    it('does not show a round of another team', async () => {
      const theirs = await aRound({}, otherTeamLead, otherTeamId);
      const response = await call(lead, 'GET', `/api/teams/${teamId}/rounds/${theirs.json().id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('round_not_found');
      const create = await call(lead, 'POST', `/api/teams/${teamId}/rounds/${theirs.json().id}/assessments`, {
        memberId: colleagueMemberId,
        mode: 'self',
      });
      expect(create.statusCode).toBe(404);
    });

    it('derives a round’s status from its dates and refuses answers outside them', async () => {
      const closed = await aRound({ name: 'Last year', opensOn: '2025-01-01', closesOn: '2025-01-31' });
      expect(closed.json().status).toBe('closed');
      const lateAssessment = await call(
        lead,
        'POST',
        `/api/teams/${teamId}/rounds/${closed.json().id}/assessments`,
        {
          memberId: colleagueMemberId,
          mode: 'self',
        },
      );
      expect(lateAssessment.statusCode).toBe(409);
      expect(lateAssessment.json().error.code).toBe('round_closed');

      const upcoming = await aRound({ name: 'Next', opensOn: day(3), closesOn: day(40) });
      expect(upcoming.json().status).toBe('upcoming');
      const early = await call(
        lead,
        'POST',
        `/api/teams/${teamId}/rounds/${upcoming.json().id}/assessments`,
        {
          memberId: colleagueMemberId,
          mode: 'self',
        },
      );
      expect(early.statusCode, early.body).toBe(201);
      expect(early.json().areaKeys).toEqual(['server-administrator']);
      const answer = await call(colleague, 'PUT', `/api/assessments/${early.json().id}/ratings`, {
        ratings: [{ skillKey: skillsOf('server-administrator')[0], level: 2 }],
      });
      expect(answer.statusCode).toBe(409);
      expect(answer.json().error.code).toBe('round_not_open');
      expect((await call(colleague, 'GET', `/api/assessments/${early.json().id}`)).json().canAnswer).toBe(
        false,
      );
    });

    it('saves 300 answers in one request', async () => {
      // A framework of 300 skills in one area, owned by the team.
      const db = testApp.database.db;
      const at = testApp.clock.now().toISOString();
      const categories = Array.from({ length: 50 }, (_, c) => ({
        key: `big.c${c}`,
        name: `Category ${c}`,
        description: '',
        skills: Array.from({ length: 6 }, (_, s) => ({
          key: `big.c${c}.s${s}`,
          name: `Skill ${s}`,
          description: '',
        })),
      }));
      const base = JSON.parse(
        (
          await db
            .selectFrom('framework_version')
            .select('document')
            .where('id', '=', builtInVersionId)
            .executeTakeFirstOrThrow()
        ).document,
      );
      const document = {
        ...base,
        key: 'big',
        areas: [
          { key: 'big', name: 'Big', description: '', roleKey: 'trainer', subRoleKey: null, categories },
        ],
        targets: [],
      };
      await db
        .insertInto('framework')
        .values({
          id: '00000000-0000-4000-8000-00000000b001',
          key: 'big',
          name: 'Big',
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
          id: '00000000-0000-4000-8000-00000000b002',
          framework_id: '00000000-0000-4000-8000-00000000b001',
          number: 1,
          document: JSON.stringify(document),
          skill_count: 300,
          frozen_at: null,
          created_by: null,
          created_at: at,
        })
        .execute();
      const round = await aRound({ name: 'Big', frameworkVersionId: '00000000-0000-4000-8000-00000000b002' });
      expect(round.statusCode, round.body).toBe(201);
      const assessment = await call(
        lead,
        'POST',
        `/api/teams/${teamId}/rounds/${round.json().id}/assessments`,
        {
          memberId: colleagueMemberId,
          mode: 'self',
          areaKeys: ['big'],
        },
      );
      expect(assessment.statusCode, assessment.body).toBe(201);
      const ratings = categories.flatMap((category) =>
        category.skills.map((skill, index) => ({
          skillKey: skill.key,
          level: index === 5 ? null : index % 4,
        })),
      );
      const started = performance.now();
      const response = await call(colleague, 'PUT', `/api/assessments/${assessment.json().id}/ratings`, {
        ratings,
      });
      const elapsed = performance.now() - started;
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().assessment).toMatchObject({ answered: 300, total: 300 });
      // Again, all of them replaced.
      const again = performance.now();
      const second = await call(colleague, 'PUT', `/api/assessments/${assessment.json().id}/ratings`, {
        ratings: ratings.map((rating) => ({ ...rating, level: 3 })),
      });
      const elapsedAgain = performance.now() - again;
      expect(second.statusCode).toBe(200);
      const threes = await db
        .selectFrom('assessment_rating')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('assessment_id', '=', assessment.json().id)
        .where('level', '=', 3)
        .executeTakeFirstOrThrow();
      expect(Number(threes.n)).toBe(300);
      console.info(
        `[${engine}] PUT 300 ratings: first ${elapsed.toFixed(1)} ms, replacing all ${elapsedAgain.toFixed(1)} ms`,
      );
      const submitted = await call(colleague, 'POST', `/api/assessments/${assessment.json().id}/submit`);
      expect(submitted.statusCode, submitted.body).toBe(200);
    });

    it('lists at most 200 missing answers while the message gives the whole count', async () => {
      const mine = (await call(colleague, 'GET', '/api/me/assessments')).json().assessments;
      const big = mine.find((assessment: { roundName: string }) => assessment.roundName === 'Big');
      expect(big.status).toBe('submitted');
      const reopened = await call(lead, 'POST', `/api/assessments/${big.id}/reopen`);
      expect(reopened.statusCode).toBe(200);
      await testApp.database.db.deleteFrom('assessment_rating').where('assessment_id', '=', big.id).execute();
      const response = await call(colleague, 'POST', `/api/assessments/${big.id}/submit`);
      expect(response.statusCode).toBe(422);
      expect(response.json().error.details).toHaveLength(200);
      expect(response.json().error.message).toContain('300');
    });

    it('refuses answers and reopening once the round has closed', async () => {
      const round = await aRound({ name: 'Short', opensOn: today(), closesOn: today() });
      const created = await call(lead, 'POST', `/api/teams/${teamId}/rounds/${round.json().id}/assessments`, {
        memberId: colleagueMemberId,
        mode: 'self',
      });
      const id = created.json().id;
      const all = skillsOf('server-administrator').map((skillKey) => ({ skillKey, level: 2 }));
      expect(
        (await call(colleague, 'PUT', `/api/assessments/${id}/ratings`, { ratings: all })).statusCode,
      ).toBe(200);
      expect((await call(colleague, 'POST', `/api/assessments/${id}/submit`)).statusCode).toBe(200);
      // Time passes beyond the closing day (moving the clock a day would end every session).
      await testApp.database.db
        .updateTable('assessment_round')
        .set({ opens_on: day(-10), closes_on: day(-1) })
        .where('id', '=', round.json().id)
        .execute();
      const late = await call(colleague, 'PUT', `/api/assessments/${id}/ratings`, {
        ratings: all.slice(0, 1),
      });
      expect(late.statusCode).toBe(409);
      const reopen = await call(lead, 'POST', `/api/assessments/${id}/reopen`);
      expect(reopen.statusCode).toBe(409);
      expect(reopen.json().error.code).toBe('round_not_open');
      const detail = (await call(lead, 'GET', `/api/assessments/${id}`)).json();
      expect(detail).toMatchObject({ status: 'submitted', canReopen: false, round: { status: 'closed' } });
    });
  });
});
