import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_FRAMEWORK, type FrameworkDetail, type FrameworkDocument } from '@coreteam/core';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';
import { aSmallFramework } from '../../../test/api-fixture.js';
import { freezeFrameworkVersion } from './framework-versions.repository.js';

describeForEachEngine('frameworks', (engine) => {
  let testApp: TestApp;
  let admin: SignedInActor;
  let lead: SignedInActor;
  let member: SignedInActor;
  let viewer: SignedInActor;
  let otherLead: SignedInActor;
  let teamId: string;
  let otherTeamId: string;
  let builtInId: string;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    teamId = (await aTeam(testApp, { name: 'Mozambique' })).id;
    otherTeamId = (await aTeam(testApp, { name: 'Senegal', countryCode: 'SN' })).id;
    const adminUser = await anAccount(testApp, { systemAdmin: true });
    const leadUser = await anAccount(testApp, { displayName: 'Lead' });
    const memberUser = await anAccount(testApp, { displayName: 'Member' });
    const viewerUser = await anAccount(testApp, { displayName: 'Viewer' });
    const otherLeadUser = await anAccount(testApp, { displayName: 'Other lead' });
    await grant(testApp, teamId, leadUser.email, 'lead');
    await grant(testApp, teamId, memberUser.email, 'member');
    await grant(testApp, teamId, viewerUser.email, 'viewer');
    await grant(testApp, otherTeamId, otherLeadUser.email, 'lead');
    admin = await signInAs(testApp, adminUser.email);
    lead = await signInAs(testApp, leadUser.email);
    member = await signInAs(testApp, memberUser.email);
    viewer = await signInAs(testApp, viewerUser.email);
    otherLead = await signInAs(testApp, otherLeadUser.email);
    builtInId = (
      await testApp.database.db
        .selectFrom('framework')
        .select('id')
        .where('built_in', '=', 1)
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => testApp.close());

  const call = (actor: SignedInActor, method: 'GET' | 'POST', url: string, payload?: object) =>
    testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const keysOf = (response: { json(): { frameworks: { key: string; teamId: string | null }[] } }) =>
    response
      .json()
      .frameworks.map(
        (framework) => `${framework.teamId === null ? 'all' : framework.teamId}:${framework.key}`,
      );
  const fieldsOf = (response: { json(): { error: { details: { field: string }[] } } }) =>
    response.json().error.details.map((detail) => detail.field);
  const count = async (table: 'framework' | 'framework_version' | 'audit_event') =>
    Number(
      (
        await testApp.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const writes = async () => [
    await count('framework'),
    await count('framework_version'),
    await count('audit_event'),
  ];

  /** A copy of the default into the team, made once and shared by the tests that need one. */
  let teamCopy: FrameworkDetail | undefined;
  async function aTeamCopy(): Promise<FrameworkDetail> {
    if (!teamCopy) {
      const response = await call(lead, 'POST', '/api/frameworks', { teamId, basedOnFrameworkId: builtInId });
      expect(response.statusCode, response.body).toBe(201);
      teamCopy = response.json() as FrameworkDetail;
    }
    return teamCopy;
  }

  it('lists the built-in default to everyone signed in, with its latest version', async () => {
    const response = await call(member, 'GET', '/api/frameworks');
    expect(response.statusCode).toBe(200);
    const [builtIn] = response.json().frameworks;
    expect(builtIn).toMatchObject({
      id: builtInId,
      key: 'dhis2-core-team',
      teamId: null,
      builtIn: true,
      latestVersion: { number: 1, frozen: false },
    });
    const skills = DEFAULT_FRAMEWORK.areas.flatMap((area) =>
      area.categories.flatMap((category) => category.skills),
    );
    expect(builtIn.latestVersion.skillCount).toBe(skills.length);
  });

  it('lets a lead copy the default into the team, keeping every element key', async () => {
    const copy = await aTeamCopy();
    expect(copy).toMatchObject({
      key: 'dhis2-core-team',
      teamId,
      builtIn: false,
      latestVersion: { number: 1 },
    });
    expect(copy.id).not.toBe(builtInId);
    const keys = (document: { areas: typeof DEFAULT_FRAMEWORK.areas }) =>
      document.areas.flatMap((area) => [
        area.key,
        ...area.categories.flatMap((category) => [
          category.key,
          ...category.skills.map((skill) => skill.key),
        ]),
      ]);
    expect(keys(copy.selectedVersion.document)).toEqual(keys(DEFAULT_FRAMEWORK));
    expect(copy.selectedVersion.document.targets.length).toBeGreaterThan(0);
    const audit = await testApp.database.db
      .selectFrom('audit_event')
      .select(['action', 'team_id'])
      .where('entity_id', '=', copy.id)
      .execute();
    expect(audit).toEqual([{ action: 'framework.created', team_id: teamId }]);
  });

  it('shows a team’s frameworks to its people and system admins, never to another team', async () => {
    const copy = await aTeamCopy();
    expect(keysOf(await call(viewer, 'GET', '/api/frameworks'))).toEqual([
      'all:dhis2-core-team',
      `${teamId}:dhis2-core-team`,
    ]);
    expect(keysOf(await call(otherLead, 'GET', '/api/frameworks'))).toEqual(['all:dhis2-core-team']);
    expect(keysOf(await call(admin, 'GET', '/api/frameworks'))).toContain(`${teamId}:dhis2-core-team`);
    expect(keysOf(await call(lead, 'GET', `/api/frameworks?teamId=${teamId}`))).toEqual([
      'all:dhis2-core-team',
      `${teamId}:dhis2-core-team`,
    ]);
    const foreignTeam = await call(otherLead, 'GET', `/api/frameworks?teamId=${teamId}`);
    expect(foreignTeam.statusCode).toBe(404);
    const foreign = await call(otherLead, 'GET', `/api/frameworks/${copy.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('framework_not_found');
    expect((await call(member, 'GET', `/api/frameworks/${copy.id}`)).statusCode).toBe(200);
  });

  it('refuses a second framework with the same key in the same team, naming the key', async () => {
    await aTeamCopy();
    const before = await writes();
    const response = await call(lead, 'POST', '/api/frameworks', { teamId, basedOnFrameworkId: builtInId });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('framework_key_taken');
    expect(fieldsOf(response)).toEqual(['body.key']);
    expect(await writes()).toEqual(before);
    const renamed = await call(lead, 'POST', '/api/frameworks', {
      teamId,
      basedOnFrameworkId: builtInId,
      key: 'dhis2-core-team-2027',
      name: 'Our 2027 framework',
    });
    expect(renamed.statusCode).toBe(201);
    expect(renamed.json()).toMatchObject({ key: 'dhis2-core-team-2027', name: 'Our 2027 framework' });
    expect(renamed.json().selectedVersion.document).toMatchObject({ key: 'dhis2-core-team-2027' });
  });

  it('lets only leads add frameworks, only admins for every team, and copies only what the caller sees', async () => {
    const copy = await aTeamCopy();
    const before = await writes();
    const byMember = await call(member, 'POST', '/api/frameworks', {
      teamId,
      basedOnFrameworkId: builtInId,
      key: 'x',
    });
    expect(byMember.statusCode).toBe(403);
    const everyTeam = await call(lead, 'POST', '/api/frameworks', {
      teamId: null,
      basedOnFrameworkId: builtInId,
    });
    expect(everyTeam.statusCode).toBe(403);
    const unseen = await call(otherLead, 'POST', '/api/frameworks', {
      teamId: otherTeamId,
      basedOnFrameworkId: copy.id,
    });
    expect(unseen.statusCode).toBe(400);
    expect(fieldsOf(unseen)).toEqual(['body.basedOnFrameworkId']);
    expect(await writes()).toEqual(before);
  });

  it('creates a framework from a document, and an admin one for every team', async () => {
    const response = await call(admin, 'POST', '/api/frameworks', {
      teamId: null,
      document: aSmallFramework('regional-framework'),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ key: 'regional-framework', teamId: null, builtIn: false });
    expect(keysOf(await call(otherLead, 'GET', '/api/frameworks'))).toContain('all:regional-framework');
  });

  it('saves an edit as the next version and keeps the earlier one as it was', async () => {
    const created = await call(lead, 'POST', '/api/frameworks', {
      teamId,
      document: aSmallFramework('editable'),
    });
    const framework = created.json() as FrameworkDetail;
    const document = structuredClone(framework.selectedVersion.document);
    document.areas[0]!.categories[0]!.name = 'Planning a training';
    document.areas[0]!.categories[0]!.skills.push({
      key: 'trainer.planning.third',
      name: 'Third skill',
      description: 'A third skill.',
    });
    const saved = await call(lead, 'POST', `/api/frameworks/${framework.id}/versions`, {
      basedOnVersion: 1,
      document,
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const detail = saved.json() as FrameworkDetail;
    expect(detail.latestVersion).toMatchObject({ number: 2, skillCount: 5, frozen: false });
    expect(detail.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(detail.selectedVersion.document.areas[0]!.categories[0]!.name).toBe('Planning a training');
    expect(detail.selectedVersion.document.version).toBe('2');
    const first = (await call(member, 'GET', `/api/frameworks/${framework.id}?version=1`)).json();
    expect(first.selectedVersion).toMatchObject({ number: 1, skillCount: 4 });
    expect(first.selectedVersion.document.areas[0].categories[0].name).toBe('trainer.planning');
    expect((await call(member, 'GET', `/api/frameworks/${framework.id}?version=7`)).statusCode).toBe(404);

    const before = await writes();
    const stale = await call(lead, 'POST', `/api/frameworks/${framework.id}/versions`, {
      basedOnVersion: 1,
      document,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      details: [{ field: 'body.basedOnVersion' }],
      current: { id: framework.id, latestVersion: { number: 2 } },
    });
    expect(await writes()).toEqual(before);
    const audit = await testApp.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', framework.id)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((event) => event.action)).toEqual(['framework.created', 'framework.version_created']);
  });

  it('keeps a frozen version as it is and still takes a new version', async () => {
    const created = (
      await call(lead, 'POST', '/api/frameworks', { teamId, document: aSmallFramework('frozen-one') })
    ).json() as FrameworkDetail;
    await freezeFrameworkVersion(testApp.database.db, created.selectedVersion.id, '2026-11-01T00:00:00.000Z');
    const frozen = (await call(lead, 'GET', `/api/frameworks/${created.id}`)).json();
    expect(frozen.selectedVersion.frozen).toBe(true);
    const next = await call(lead, 'POST', `/api/frameworks/${created.id}/versions`, {
      basedOnVersion: 1,
      document: { ...created.selectedVersion.document, name: 'Renamed' },
    });
    expect(next.statusCode).toBe(201);
    expect(next.json()).toMatchObject({ name: 'Renamed', latestVersion: { number: 2, frozen: false } });
    const first = (await call(lead, 'GET', `/api/frameworks/${created.id}?version=1`)).json();
    expect(first.selectedVersion).toMatchObject({ frozen: true, document: { name: 'Small framework' } });
  });

  it('keeps the built-in framework read-only, even for system admins', async () => {
    const before = await writes();
    const builtIn = (await call(admin, 'GET', `/api/frameworks/${builtInId}`)).json() as FrameworkDetail;
    const response = await call(admin, 'POST', `/api/frameworks/${builtInId}/versions`, {
      basedOnVersion: 1,
      document: builtIn.selectedVersion.document,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('framework_read_only');
    expect(response.json().error.message).toMatch(/copy/);
    const byMember = await call(member, 'POST', `/api/frameworks/${(await aTeamCopy()).id}/versions`, {
      basedOnVersion: 1,
      document: builtIn.selectedVersion.document,
    });
    expect(byMember.statusCode).toBe(403);
    expect(await writes()).toEqual(before);
  });

  it('refuses a version with problems, naming each field, and writes nothing', async () => {
    const framework = (
      await call(lead, 'POST', '/api/frameworks', { teamId, document: aSmallFramework('checked') })
    ).json() as FrameworkDetail;
    const document = structuredClone(framework.selectedVersion.document) as FrameworkDocument;
    document.areas[0]!.roleKey = 'astronaut';
    document.areas[0]!.categories[1]!.skills[1]!.key = 'trainer.delivery.first';
    document.areas[0]!.categories[0]!.name = '   ';
    document.targets.push({ roleKey: 'trainer', subRoleKey: null, categoryKey: 'trainer.nowhere', level: 2 });
    const before = await writes();
    const response = await call(lead, 'POST', `/api/frameworks/${framework.id}/versions`, {
      basedOnVersion: 1,
      document,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(fieldsOf(response)).toEqual(['body.document.areas.0.categories.0.name']);
    document.areas[0]!.categories[0]!.name = 'Planning';
    const second = await call(lead, 'POST', `/api/frameworks/${framework.id}/versions`, {
      basedOnVersion: 1,
      document,
    });
    expect(second.statusCode).toBe(400);
    expect(second.json().error.code).toBe('invalid_framework');
    expect(fieldsOf(second).sort()).toEqual(
      [
        'body.document.areas.0.roleKey',
        'body.document.areas.0.categories.1.skills.1.key',
        'body.document.targets.1.categoryKey',
      ].sort(),
    );
    const renamed = await call(lead, 'POST', `/api/frameworks/${framework.id}/versions`, {
      basedOnVersion: 1,
      document: { ...framework.selectedVersion.document, key: 'another-key' },
    });
    expect(renamed.statusCode).toBe(400);
    expect(fieldsOf(renamed)).toEqual(['body.document.key']);
    const unknownField = await call(lead, 'POST', `/api/frameworks/${framework.id}/versions`, {
      basedOnVersion: 1,
      document: { ...framework.selectedVersion.document, colour: 'blue' },
    });
    expect(unknownField.statusCode).toBe(400);
    expect(await writes()).toEqual(before);
  });

  it('returns advice as warnings without refusing the version', async () => {
    const small = aSmallFramework('advised') as FrameworkDocument;
    small.areas[0]!.categories[0]!.skills.pop();
    const response = await call(lead, 'POST', '/api/frameworks', { teamId, document: small });
    expect(response.statusCode).toBe(201);
    expect(response.json().warnings).toEqual([
      { field: 'areas.0.categories.0.skills', problem: expect.stringMatching(/has 1 skill/) },
    ]);
  });

  for (const format of ['yaml', 'json'] as const) {
    it(`exports a version as ${format} and imports it into another team as the same document`, async () => {
      const source = (
        await call(lead, 'POST', '/api/frameworks', {
          teamId,
          document: aSmallFramework(`travelling-${format}`),
        })
      ).json() as FrameworkDetail;
      const exported = await call(
        member,
        'GET',
        `/api/frameworks/${source.id}/export?format=${format}&version=1`,
      );
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toContain(
        format === 'yaml' ? 'application/yaml' : 'application/json',
      );
      expect(exported.headers['content-disposition']).toBe(
        `attachment; filename="travelling-${format}-v1.${format}"`,
      );
      const parsed = format === 'yaml' ? parseYaml(exported.body) : JSON.parse(exported.body);
      expect(parsed).toEqual(source.selectedVersion.document);
      expect(parsed.format).toBe('coreteam-framework/1');

      const imported = await call(otherLead, 'POST', '/api/frameworks/import', {
        teamId: otherTeamId,
        format,
        content: exported.body,
      });
      expect(imported.statusCode, imported.body).toBe(201);
      const detail = imported.json() as FrameworkDetail;
      expect(detail).toMatchObject({ teamId: otherTeamId, key: `travelling-${format}` });
      expect(detail.id).not.toBe(source.id);
      expect(detail.selectedVersion.document).toEqual(source.selectedVersion.document);

      const before = await writes();
      const again = await call(otherLead, 'POST', '/api/frameworks/import', {
        teamId: otherTeamId,
        format,
        content: exported.body,
      });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ id: detail.id, latestVersion: { number: 1 } });
      expect(await writes()).toEqual(before);
    });
  }

  it('imports a changed file with a known key as the next version of that framework', async () => {
    const copy = await aTeamCopy();
    const yamlFile = (await call(lead, 'GET', `/api/frameworks/${copy.id}/export`)).body;
    expect(yamlFile.startsWith('format: coreteam-framework/1\n')).toBe(true);
    const changed = yamlFile.replace(
      'name: DHIS2 core team capacity framework',
      'name: Our capacity framework',
    );
    const response = await call(lead, 'POST', '/api/frameworks/import', {
      teamId,
      format: 'yaml',
      content: changed,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ id: copy.id, name: 'Our capacity framework' });
    expect(response.json().latestVersion.number).toBe(copy.latestVersion.number + 1);
    teamCopy = response.json() as FrameworkDetail;
  });

  it('refuses unreadable files, unknown fields and alias bombs, naming the content, and writes nothing', async () => {
    const before = await writes();
    const importing = (format: 'yaml' | 'json', content: string) =>
      call(lead, 'POST', '/api/frameworks/import', { teamId, format, content });

    const unknown = { ...(aSmallFramework('with-extras') as FrameworkDocument) } as Record<string, unknown>;
    (unknown.areas as Record<string, unknown>[])[0]!.colour = 'blue';
    const unknownField = await importing('json', JSON.stringify(unknown));
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().error).toMatchObject({
      code: 'invalid_framework_file',
      details: [{ field: 'body.content.areas.0', problem: expect.stringContaining('colour') }],
    });

    const missingName = structuredClone(aSmallFramework('nameless')) as Record<string, unknown>;
    delete missingName.name;
    expect(fieldsOf(await importing('json', JSON.stringify(missingName)))).toEqual(['body.content.name']);

    const notJson = await importing('json', '{"key": ');
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('unreadable_framework_file');
    expect(fieldsOf(notJson)).toEqual(['body.content']);

    const notYaml = await importing('yaml', 'key: [unclosed\nname: x');
    expect(notYaml.statusCode).toBe(400);
    expect(fieldsOf(notYaml)).toEqual(['body.content']);

    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    ].join('\n');
    const bombed = await importing('yaml', bomb);
    expect(bombed.statusCode).toBe(400);
    expect(bombed.json().error.code).toBe('unreadable_framework_file');

    const wrongRole = aSmallFramework('wrong-role') as FrameworkDocument;
    wrongRole.areas[0]!.roleKey = 'astronaut';
    const invalid = await importing('json', JSON.stringify(wrongRole));
    expect(invalid.statusCode).toBe(400);
    expect(fieldsOf(invalid)).toEqual(['body.content.areas.0.roleKey']);

    const byMember = await call(member, 'POST', '/api/frameworks/import', {
      teamId,
      format: 'json',
      content: JSON.stringify(aSmallFramework('by-member')),
    });
    expect(byMember.statusCode).toBe(403);
    expect(await writes()).toEqual(before);
  });
});
