import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  CORE_POSITION_KEYS,
  DEFAULT_ROLES_CATALOGUE,
  DEFAULT_TERMS_OF_REFERENCE,
  DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS,
  ROLES_CATALOGUE_TRANSLATIONS,
} from '@coreteam/core';
import { aTeam, anAccount, asActor, grant, signInAs, type SignedInActor } from '../../../test/actors.js';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

type Method = 'GET' | 'PUT';

describeForEachEngine('terms of reference', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let lead: SignedInActor;
  let member: SignedInActor;
  let spanishReader: SignedInActor;

  const call = (actor: SignedInActor, method: Method, url: string, payload?: object) =>
    testApp.app.inject(asActor(actor, { method, url, ...(payload ? { payload } : {}) }));
  const read = (actor: SignedInActor, url: string, acceptLanguage?: string) =>
    testApp.app.inject(
      asActor(actor, {
        method: 'GET',
        url,
        ...(acceptLanguage ? { headers: { 'accept-language': acceptLanguage } } : {}),
      }),
    );
  const torUrl = (roleKey: string) => `/api/teams/${teamId}/tors/${roleKey}`;
  const edited = {
    purpose: 'Keeps the national DHIS2 instance running, safe and fast.',
    responsibilities: ['Apply security updates every month.', 'Test the backups every quarter.'],
    requiredCompetencies: ['Linux administration'],
    reportingLine: 'Reports to the Operational Lead.',
  };

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    teamId = (await aTeam(testApp)).id;
    const account = async (name: string, role: 'lead' | 'member') => {
      const user = await anAccount(testApp, { displayName: name });
      await grant(testApp, teamId, user.email, role);
      return signInAs(testApp, user.email);
    };
    lead = await account('Lead', 'lead');
    member = await account('Member', 'member');
    spanishReader = await account('Lectora', 'member');
    await testApp.database.db
      .updateTable('user_account')
      .set({ preferred_language: 'es' })
      .where('id', '=', spanishReader.user.id)
      .execute();
  });
  afterAll(() => testApp.close());

  it('lists the default terms of every core position until the team edits them', async () => {
    const response = await call(member, 'GET', `/api/teams/${teamId}/tors`);
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json().termsOfReference;
    expect(list.map((tor: { roleKey: string }) => tor.roleKey)).toEqual([...CORE_POSITION_KEYS]);
    expect(
      list.every((tor: { isDefault: boolean; version: number }) => tor.isDefault && tor.version === 0),
    ).toBe(true);
  });

  it('gives the default terms in French to a reader who asks for French', async () => {
    const response = await read(member, torUrl('trainer'), 'fr-FR,fr;q=0.9,en;q=0.5');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      ...DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS.fr.trainer,
      roleKey: 'trainer',
      isDefault: true,
      version: 0,
    });
    const list = (await read(member, `/api/teams/${teamId}/tors`, 'fr')).json().termsOfReference;
    for (const tor of list)
      expect(tor.purpose).toBe(
        DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS.fr[tor.roleKey as (typeof CORE_POSITION_KEYS)[number]]
          .purpose,
      );
  });

  it('gives the default terms in English without an Accept-Language header to someone who prefers English', async () => {
    const response = await read(member, torUrl('trainer'));
    expect(response.json()).toMatchObject({ ...DEFAULT_TERMS_OF_REFERENCE.trainer, isDefault: true });
    expect((await read(member, torUrl('trainer'), 'de-DE')).json().purpose).toBe(
      DEFAULT_TERMS_OF_REFERENCE.trainer.purpose,
    );
  });

  it('falls back to the caller’s preferred language, and lets Accept-Language override it', async () => {
    expect((await read(spanishReader, torUrl('implementer'))).json()).toMatchObject(
      DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS.es.implementer,
    );
    expect((await read(spanishReader, torUrl('implementer'), 'pt-MZ')).json()).toMatchObject(
      DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS.pt.implementer,
    );
  });

  it('gives a role outside the core positions its catalogue description, translated, as the purpose', async () => {
    const french = await read(member, torUrl('data-scientist'), 'fr');
    expect(french.statusCode, french.body).toBe(200);
    expect(french.json()).toMatchObject({
      purpose: ROLES_CATALOGUE_TRANSLATIONS.fr['data-scientist']!.description,
      responsibilities: [],
      isDefault: true,
    });
    expect((await read(member, torUrl('data-scientist'))).json().purpose).toBe(
      DEFAULT_ROLES_CATALOGUE.find((role) => role.key === 'data-scientist')!.description,
    );
  });

  it('gives a position’s default (version 0), and a PUT of version 0 makes version 1', async () => {
    const before = await call(member, 'GET', torUrl('server-administrator'));
    expect(before.json()).toMatchObject({
      roleKey: 'server-administrator',
      isDefault: true,
      version: 0,
      updatedAt: null,
      purpose: DEFAULT_TERMS_OF_REFERENCE['server-administrator'].purpose,
    });
    const saved = await call(lead, 'PUT', torUrl('server-administrator'), { version: 0, ...edited });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...edited, isDefault: false, version: 1, teamId });
    expect((await call(member, 'GET', torUrl('server-administrator'))).json().version).toBe(1);
    const again = await call(lead, 'PUT', torUrl('server-administrator'), {
      version: 1,
      ...edited,
      reportingLine: 'Reports to the HMIS unit head.',
    });
    expect(again.json()).toMatchObject({ version: 2, reportingLine: 'Reports to the HMIS unit head.' });
  });

  it('refuses a stale version with 409 and the terms as they are now', async () => {
    const response = await call(lead, 'PUT', torUrl('server-administrator'), { version: 0, ...edited });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'version_conflict', current: { version: 2 } });
  });

  it('returns terms the team edited as written, whatever the reader’s language', async () => {
    for (const acceptLanguage of ['fr', 'pt', 'es', undefined]) {
      const response = await read(member, torUrl('server-administrator'), acceptLanguage);
      expect(response.json(), acceptLanguage).toMatchObject({
        ...edited,
        reportingLine: 'Reports to the HMIS unit head.',
        isDefault: false,
        version: 2,
      });
    }
    const list = (await read(spanishReader, `/api/teams/${teamId}/tors`)).json().termsOfReference;
    const byRole = new Map(list.map((tor: { roleKey: string }) => [tor.roleKey, tor]));
    expect(byRole.get('server-administrator')).toMatchObject({ purpose: edited.purpose, version: 2 });
    expect(byRole.get('trainer')).toMatchObject({
      purpose: DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS.es.trainer.purpose,
      isDefault: true,
    });
  });

  it('refuses members an edit (403) and answers 404 for a role that does not exist', async () => {
    expect((await call(member, 'PUT', torUrl('trainer'), { version: 0, ...edited })).statusCode).toBe(403);
    const unknown = await call(lead, 'GET', torUrl('astronaut'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('role_not_found');
  });
});
