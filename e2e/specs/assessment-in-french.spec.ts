import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_TRANSLATIONS } from '@coreteam/core';
import { SignInPage } from '../pages/sign-in.page.js';
import { ApiSession } from '../support/api-session.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';

const AMINATA = {
  name: 'Aminata Sow',
  email: 'aminata.sow@example.org',
  temporaryPassword: 'temporary phrase for aminata',
  password: 'baobabs along the road to thies',
};
const FRENCH = DEFAULT_FRAMEWORK_TRANSLATIONS.fr;
const PORTUGUESE = DEFAULT_FRAMEWORK_TRANSLATIONS.pt;
const TRAINER = DEFAULT_FRAMEWORK.areas.find((area) => area.key === 'trainer')!;

function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('a trainer fills her self-assessment in French', () => {
  let server: CoreteamServer;
  let assessmentId: string;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startCoreteamServer();
    const admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    const teamId = await admin.createTeam({
      name: 'Équipe centrale du Sénégal',
      countryCode: 'SN',
      baseCurrency: 'XOF',
    });
    const userId = await admin.createAccount(teamId, AMINATA, 'member');
    await ApiSession.withOwnPassword(server.baseUrl, AMINATA);
    const memberId = await admin.addMember(teamId, { name: AMINATA.name, userId, roleKey: 'trainer' });
    const roundId = await admin.openBuiltInRound(teamId, {
      name: 'Référence 2026',
      opensOn: day(-1),
      closesOn: day(30),
    });
    assessmentId = await admin.addAssessment(teamId, roundId, {
      memberId,
      mode: 'self',
      areaKeys: ['trainer'],
    });
    browser = await openBrowserSession();
  });

  afterAll(async () => {
    await browser?.close();
    await closeBrowser();
    await server?.stop();
  });

  it('shows the whole form in French, the built-in framework’s text included', async () => {
    const { page } = browser;
    const signIn = new SignInPage(page, server.baseUrl);
    await signIn.open();
    await signIn.signIn(AMINATA.email, AMINATA.password);
    await page.locator('header').getByRole('button', { name: 'Account menu' }).waitFor();
    // She switches the interface to French from the header.
    // The choice is her preferred language from now on, on any device.
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
    );
    await page.getByTestId('language-select').selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect((await saved).status()).toBe(200);
    const elsewhere = new ApiSession(server.baseUrl);
    await elsewhere.signIn(AMINATA.email, AMINATA.password);
    const me = await elsewhere.expect<{ user: { preferredLanguage: string } }>(
      'GET',
      '/api/me',
      undefined,
      200,
    );
    expect(me.user.preferredLanguage).toBe('fr');

    await page.goto(`${server.baseUrl}/assessments/${assessmentId}`);
    await page
      .getByRole('heading', { level: 1, name: `Évaluation des compétences de ${AMINATA.name}` })
      .waitFor();
    await page.locator('.assessment-areas[aria-busy="false"]').waitFor();

    // Every skill of the Trainer area, in French and in the framework's order.
    const skillNames = await page.locator('fieldset.skill-row > legend').allTextContents();
    const frenchSkills = TRAINER.categories.flatMap((category) =>
      category.skills.map((skill) => FRENCH.elements[skill.key]!.name),
    );
    expect(skillNames.map((name) => name.trim())).toEqual(frenchSkills);
    for (const category of TRAINER.categories) {
      await page
        .getByRole('heading', { name: FRENCH.elements[category.key]!.name, exact: true })
        .first()
        .waitFor();
    }
    // The rating scale's levels, next to every question, in French.
    const firstSkill = page.getByRole('group', { name: frenchSkills[0]!, exact: true });
    for (const level of FRENCH.ratingScale.levels) {
      expect(await firstSkill.getByRole('radio', { name: new RegExp(level.name) }).count()).toBe(1);
    }
    expect(
      await firstSkill
        .getByRole('radio', { name: new RegExp(FRENCH.ratingScale.notApplicable.name) })
        .count(),
    ).toBe(1);

    // No English text of the framework is left on the page.
    const text = (await page.locator('main').textContent()) ?? '';
    for (const category of TRAINER.categories) {
      expect(text).not.toContain(category.name);
      for (const skill of category.skills) expect(text).not.toContain(skill.description);
    }
    expect(text).not.toContain('No experience');
    expect(text).toContain('Envoyer l’évaluation');

    // Answering works the same in French: the answer is saved on the server under its key.
    await firstSkill.getByRole('radio', { name: new RegExp(FRENCH.ratingScale.levels[2].name) }).check();
    await page
      .getByTestId('sync-status')
      .filter({ hasText: /^Enregistré/ })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });

  it('switches the framework’s text to Portuguese mid-form, keeping the answer given', async () => {
    const { page } = browser;
    const frenchSkills = TRAINER.categories.flatMap((category) =>
      category.skills.map((skill) => FRENCH.elements[skill.key]!.name),
    );
    const portugueseSkills = TRAINER.categories.flatMap((category) =>
      category.skills.map((skill) => PORTUGUESE.elements[skill.key]!.name),
    );
    const fetched = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/assessments/${assessmentId}`) && response.request().method() === 'GET',
    );
    await page.getByTestId('language-select').selectOption('pt');
    expect((await fetched).status()).toBe(200);
    const firstSkill = page.getByRole('group', { name: portugueseSkills[0]!, exact: true });
    await firstSkill.waitFor();
    const skillNames = await page.locator('fieldset.skill-row > legend').allTextContents();
    expect(skillNames.map((name) => name.trim())).toEqual(portugueseSkills);
    expect(skillNames).not.toContain(frenchSkills[1]);
    // The answer given in French is still there, now under the Portuguese level name.
    expect(
      await firstSkill
        .getByRole('radio', { name: new RegExp(PORTUGUESE.ratingScale.levels[2].name) })
        .isChecked(),
    ).toBe(true);
    await page
      .getByTestId('sync-status')
      .filter({ hasText: /^Guardad|^Salv/ })
      .waitFor();
    expect(browser.consoleErrors).toEqual([]);
  });
});
