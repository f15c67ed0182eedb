import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangePasswordPage } from '../pages/change-password.page.js';
import { FrameworkEditorPage, FrameworksPage } from '../pages/frameworks.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { TeamPage } from '../pages/team.page.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { takeExpectedFailure } from '../support/console-errors.js';
import { ApiSession } from '../support/api-session.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';
import { LEAD } from '../support/people.js';

const DEFAULT_NAME = 'DHIS2 core team capacity framework';
const COPY = { name: 'Mozambique capacity framework', key: 'mozambique-capacity' };
const RENAMED_CATEGORY = 'Steering and coordination';
const NEW_SKILL = 'Chairing the DHIS2 steering committee';

describe('a lead adapts the default framework and moves it between teams as a file', () => {
  let server: CoreteamServer;
  let admin: ApiSession;
  let teamId: string;
  let lead: BrowserSession;
  let exportedYaml = '';

  beforeAll(async () => {
    server = await startCoreteamServer();
    admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    teamId = (
      await admin.expect<{ id: string }>(
        'POST',
        '/api/teams',
        { name: 'Mozambique core team', countryCode: 'MZ', baseCurrency: 'MZN' },
        201,
      )
    ).id;
    await admin.expect(
      'POST',
      '/api/users',
      { email: LEAD.email, displayName: LEAD.name, temporaryPassword: LEAD.temporaryPassword },
      201,
    );
    await admin.expect('POST', `/api/teams/${teamId}/access`, { email: LEAD.email, role: 'lead' }, 200);
    lead = await openBrowserSession();
  });

  afterAll(async () => {
    await lead?.close();
    await closeBrowser();
    await server?.stop();
  });

  it('lists the built-in default and lets the lead make a team copy', async () => {
    const signIn = new SignInPage(lead.page, server.baseUrl);
    await signIn.open();
    await signIn.signIn(LEAD.email, LEAD.temporaryPassword);
    const change = new ChangePasswordPage(lead.page);
    await change.waitFor();
    await change.replaceTemporaryPassword(LEAD.temporaryPassword, LEAD.password);
    await new TeamPage(lead.page, server.baseUrl).waitFor();

    await lead.page.getByRole('link', { name: 'Frameworks' }).click();
    const list = new FrameworksPage(lead.page, server.baseUrl);
    await list.heading.waitFor();
    const builtIn = list.row(DEFAULT_NAME);
    expect(await builtIn.textContent()).toContain('Built-in');
    expect(await builtIn.textContent()).toContain('Version 1');
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);

    await list.makeTeamCopy(DEFAULT_NAME, COPY);
    const editor = new FrameworkEditorPage(lead.page);
    await editor.waitFor(COPY.name);
    expect(await editor.main.textContent()).toContain(COPY.key);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('renames a category, adds a skill, moves it up with the keyboard and saves version 2', async () => {
    const editor = new FrameworkEditorPage(lead.page);
    await editor.showCategories('Operational Lead');
    const firstCategory = editor.page.getByTestId('framework-category').first();
    const originalName = await firstCategory.getByLabel(/^Category name/).inputValue();
    await firstCategory.getByLabel(/^Category name/).fill(RENAMED_CATEGORY);
    const category = editor.category(RENAMED_CATEGORY);
    await category.waitFor();
    expect(originalName).not.toBe(RENAMED_CATEGORY);
    // The existing key stays: it is how rounds are compared across versions.
    expect(await category.locator('code').first().textContent()).toBe(
      'operational-lead.governance-and-coordination',
    );

    const before = await editor.skillNames(category);
    await category.getByRole('button', { name: 'Add a skill' }).click();
    // The new skill's name field has the focus: type straight away.
    await lead.page.keyboard.type(NEW_SKILL);
    const newSkill = category.getByTestId('framework-skill').last();
    expect(await newSkill.getByLabel(/^Key/).inputValue()).toBe(
      'operational-lead.governance-and-coordination.chairing-the-dhis2-steering-committee',
    );
    await newSkill.getByLabel(/^Skill description/).fill('Prepares and chairs the quarterly meeting.');

    await category.getByRole('button', { name: `Move ${NEW_SKILL} up` }).focus();
    await lead.page.keyboard.press('Enter');
    const after = await editor.skillNames(category);
    expect(after).toEqual([...before.slice(0, -1), NEW_SKILL, before.at(-1)]);
    // The focus follows the moved skill.
    expect(await lead.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Move ${NEW_SKILL} up`,
    );

    await editor.save();
    await editor.saved(2).waitFor();
    // Version 2 opens afresh, its areas folded.
    await editor.showCategories('Operational Lead');
    expect(await editor.skillNames(editor.category(RENAMED_CATEGORY))).toEqual(after);
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);

    await lead.page.getByRole('link', { name: 'All frameworks' }).click();
    const list = new FrameworksPage(lead.page, server.baseUrl);
    await list.heading.waitFor();
    expect(await list.row(COPY.name).textContent()).toContain('Version 2');
  });

  it('exports the copy as YAML and imports it back under another key, showing problems first', async () => {
    const list = new FrameworksPage(lead.page, server.baseUrl);
    const href = await list.exportLink(COPY.name, 'YAML').getAttribute('href');
    const download = await lead.page.request.get(`${server.baseUrl}${href}`);
    expect(download.headers()['content-disposition']).toBe(`attachment; filename="${COPY.key}-v2.yaml"`);
    exportedYaml = await download.text();
    expect(exportedYaml).toContain(`name: ${RENAMED_CATEGORY}`);
    expect(exportedYaml).toContain(`name: ${NEW_SKILL}`);

    const broken = exportedYaml.replace(`key: ${COPY.key}\n`, 'key: imported-copy\ncolour: blue\n');
    await list.importFile('broken.yaml', broken);
    await list.importProblems().first().waitFor();
    expect(await list.importProblems().allTextContents()).toEqual([
      'The file: Fields the format does not know: colour.',
    ]);
    takeExpectedFailure(lead, 400);

    const renamed = exportedYaml
      .replace(`key: ${COPY.key}\n`, 'key: imported-copy\n')
      .replace(`name: ${COPY.name}\n`, 'name: Imported copy\n');
    await list.importFile('imported-copy.yaml', renamed);
    const editor = new FrameworkEditorPage(lead.page);
    await editor.waitFor('Imported copy');
    await editor.showCategories('Operational Lead');
    expect(await editor.skillNames(editor.category(RENAMED_CATEGORY))).toContain(NEW_SKILL);
    expect(lead.consoleErrors).toEqual([]);
  });
});
