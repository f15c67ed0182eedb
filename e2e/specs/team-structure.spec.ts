import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShellPage } from '../pages/app-shell.page.js';
import { ChangePasswordPage } from '../pages/change-password.page.js';
import { RosterPage } from '../pages/roster.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { TeamPage } from '../pages/team.page.js';
import { RoleNamesPage } from '../pages/team-structure-role-names.page.js';
import { TeamStructurePage } from '../pages/team-structure.page.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { ApiSession } from '../support/api-session.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';
import { takeExpectedFailure } from '../support/console-errors.js';
import { LEAD, VIEWER } from '../support/people.js';

const MEMBER = {
  name: 'Joaquim Nhantumbo',
  email: 'joaquim.nhantumbo@example.org',
  temporaryPassword: 'temporary member phrase',
  password: 'lighthouse at inhambane bay',
};
const MEMBERS = {
  lead: 'Lucas Mabunda',
  implementer: 'Marta Chissano',
  trainer: 'Joaquim Nhantumbo',
  serverAdmin: 'Paulo Sitoe',
  expert: 'Helena Machava',
};
/** A name that would run a script if the page ever put it into the DOM as markup. */
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** A calendar date `days` before today, as a date input takes it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Signs in with a temporary password and replaces it, as a new account does the first time. */
async function firstSignIn(
  session: BrowserSession,
  baseUrl: string,
  person: { email: string; temporaryPassword: string; password: string },
): Promise<void> {
  const signIn = new SignInPage(session.page, baseUrl);
  await signIn.open();
  await signIn.signIn(person.email, person.temporaryPassword);
  const change = new ChangePasswordPage(session.page);
  await change.waitFor();
  await change.replaceTemporaryPassword(person.temporaryPassword, person.password);
  await new TeamPage(session.page, baseUrl).waitFor();
}

describe('a team lead builds the core team and follows the framework’s advice', () => {
  let server: CoreteamServer;
  let lead: BrowserSession;
  let teamId: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startCoreteamServer();
    const admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    teamId = await admin.createTeam();
    await admin.createAccount(teamId, LEAD, 'lead');
    await admin.createAccount(teamId, VIEWER, 'viewer');
    await admin.createAccount(teamId, MEMBER, 'member');
    lead = await openBrowserSession();
    lead.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await lead?.close();
    await closeBrowser();
    await server?.stop();
  });

  const structure = () => new TeamStructurePage(lead.page, server.baseUrl);
  const roster = () => new RosterPage(lead.page, server.baseUrl);
  const shell = () => new AppShellPage(lead.page, server.baseUrl);

  /** Opens Team structure from the navigation and reads the next position to fill. */
  async function nextPosition(): Promise<string> {
    await shell().goTo('Team structure');
    await structure().waitFor();
    return structure().nextPositionToFill();
  }

  it('shows an empty team its first position to fill: the Operational Lead', async () => {
    await firstSignIn(lead, server.baseUrl, LEAD);
    expect(await shell().navigationLinks()).toEqual(
      expect.arrayContaining(['Team structure', 'Roster', 'Local role names']),
    );
    expect(await nextPosition()).toBe('Operational Lead');
    const main = (await structure().main.textContent()) ?? '';
    expect(main).toContain('Step 1 of the framework');
    expect(await structure().findings('Critical').first().textContent()).toContain(
      'No one holds the core position Operational Lead.',
    );
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('adds the first person, naming the field the server refused', async () => {
    await shell().goTo('Roster');
    await roster().heading.waitFor();
    await lead.page.getByText('No one is on the roster yet.').waitFor();
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);

    await roster().fillNewMember({
      name: MEMBERS.lead,
      organisation: 'Ministry of Health, HIS department',
      account: `${LEAD.name} (${LEAD.email})`,
      startDate: '2024-03-01',
      endDate: '2024-02-01',
    });
    await roster().submitNewMember();
    const endDate = roster().addForm.getByText('The end date must not be before the start date.');
    await endDate.waitFor();
    takeExpectedFailure(lead, 400);
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);

    await roster()
      .addForm.getByLabel(/^End date/)
      .fill('');
    await roster().submitNewMember();
    await roster()
      .status.filter({ hasText: `${MEMBERS.lead} is added to the roster.` })
      .waitFor();
    const row = roster().row(MEMBERS.lead);
    expect(await row.textContent()).toContain('(you)');
    expect(await row.textContent()).toContain('No role yet');
    expect(lead.consoleErrors).toEqual([]);
  });

  it('moves the advice on along the build order as roles are assigned', async () => {
    await roster().setRoles(MEMBERS.lead, [{ role: 'Operational Lead' }]);
    expect(await nextPosition()).toBe('Implementer');

    await shell().goTo('Roster');
    await roster().addMember({ name: MEMBERS.implementer, organisation: 'Ministry of Health' });
    await roster().setRoles(MEMBERS.implementer, [{ role: 'Implementer', subRole: 'Technical' }]);
    expect(await roster().row(MEMBERS.implementer).textContent()).toContain('Implementer – Technical');
    expect(await nextPosition()).toBe('Trainer');

    await shell().goTo('Roster');
    await roster().addMember({
      name: MEMBERS.trainer,
      organisation: 'Ministry of Health, training unit',
      account: `${MEMBER.name} (${MEMBER.email})`,
    });
    await roster().setRoles(MEMBERS.trainer, [{ role: 'Trainer', subRole: 'Program' }]);
    expect(await nextPosition()).toBe('Server Administrator');

    await shell().goTo('Roster');
    await roster().addMember({
      name: MEMBERS.serverAdmin,
      organisation: 'National data centre',
      timeSharePercent: 30,
    });
    await roster().setRoles(MEMBERS.serverAdmin, [{ role: 'Server Administrator' }]);
    expect(await roster().row(MEMBERS.serverAdmin).textContent()).toContain('30%');
    // The Integration Expert is a core position outside the build order: the one left.
    expect(await nextPosition()).toBe('Integration Expert');
    expect(await lead.page.getByRole('main').textContent()).toContain('this is the core position left');
    expect(lead.consoleErrors).toEqual([]);
  });

  it('adds a contributing role with the person, and an envisioned role someone grows into', async () => {
    await shell().goTo('Roster');
    await roster().addMember({
      name: MEMBERS.expert,
      organisation: 'National Malaria Control Programme',
      timeSharePercent: 20,
      roles: [{ role: 'Subject Matter Expert' }],
    });
    await roster().setRoles(MEMBERS.implementer, [
      { role: 'Implementer', subRole: 'Technical' },
      { role: 'Trainer', subRole: 'Technical', envisioned: true },
    ]);
    expect(await roster().row(MEMBERS.implementer).textContent()).toContain('Envisioned');
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);

    expect(await nextPosition()).toBe('Integration Expert');
    const trainer = await structure().roleCard('Trainer').textContent();
    expect(trainer).toContain(`${MEMBERS.trainer} — Program`);
    expect(trainer).toContain(`${MEMBERS.implementer} — Technical`);
    expect(trainer).toContain('Envisioned');
    expect(await structure().roleCard('Subject Matter Expert').textContent()).toContain(MEMBERS.expert);
    // Part-time is acceptable for the server administrator: no finding about it.
    const texts = (await structure().main.textContent()) ?? '';
    expect(texts).not.toContain('of their time');
    expect(texts).toContain(`${MEMBERS.serverAdmin} is the only Server Administrator.`);
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('shows a name written as markup as plain text, and runs nothing', async () => {
    await shell().goTo('Roster');
    await roster().addMember({ name: HOSTILE_NAME, roles: [{ role: 'App Developer' }] });
    await roster().row(HOSTILE_NAME).getByText(HOSTILE_NAME, { exact: true }).waitFor();
    expect(await lead.page.locator('main img').count()).toBe(0);

    await nextPosition();
    await structure().roleCard('App Developer').getByText(HOSTILE_NAME, { exact: true }).waitFor();
    expect(await lead.page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('records growth opportunities, the team phase and a departure', async () => {
    await shell().goTo('Roster');
    await roster().heading.waitFor();
    const growth = await roster().openGrowth(MEMBERS.implementer);
    await growth.getByText('None recorded yet.').waitFor();
    await roster().recordGrowth(growth, 'DHIS2 academy', daysAgo(90), 'Level 2 academy, Maputo');
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
    await growth.getByRole('button', { name: 'Close' }).click();
    await growth.waitFor({ state: 'detached' });

    await roster().recordDeparture(MEMBERS.serverAdmin, daysAgo(30), 'A better-paid position elsewhere');
    expect(await roster().row(MEMBERS.serverAdmin).textContent()).toContain('Left on');

    // With its only holder gone, the server administrator is the next position to fill again.
    expect(await nextPosition()).toBe('Server Administrator');
    expect(await lead.page.getByTestId('turnover').textContent()).toContain('Left in the last 12 months');

    await structure().setTeamPhase('Foundational');
    await lead.page.reload();
    await structure().waitFor();
    expect(await lead.page.getByRole('combobox', { name: /^Team phase/ }).textContent()).toContain(
      'Foundational',
    );
    expect(lead.consoleErrors).toEqual([]);
  });

  it('uses the team’s local role names everywhere', async () => {
    await shell().goTo('Local role names');
    const names = new RoleNamesPage(lead.page, server.baseUrl);
    await names.heading.waitFor();
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
    await names.rename({ 'Operational Lead': 'HMIS Coordinator' });

    await nextPosition();
    const card = structure().roleCard('HMIS Coordinator');
    expect(await card.textContent()).toContain('Framework name: Operational Lead');
    expect(await card.textContent()).toContain(MEMBERS.lead);
    await shell().goTo('Roster');
    expect(await roster().row(MEMBERS.lead).textContent()).toContain('HMIS Coordinator');
    expect(lead.consoleErrors).toEqual([]);
  });

  describe('a member of the team', () => {
    let member: BrowserSession;

    beforeAll(async () => {
      member = await openBrowserSession();
    });

    afterAll(async () => {
      await member?.close();
    });

    it('sees the roster read-only and edits only their own profile', async () => {
      await firstSignIn(member, server.baseUrl, MEMBER);
      const memberShell = new AppShellPage(member.page, server.baseUrl);
      expect(await memberShell.navigationLinks()).not.toContain('Local role names');
      await memberShell.goTo('Roster');
      const page = new RosterPage(member.page, server.baseUrl);
      await page.row(MEMBERS.lead).waitFor();
      expect(await member.page.getByRole('button', { name: 'Add a member' }).count()).toBe(0);
      for (const leadsOnly of [`Edit ${MEMBERS.implementer}`, `Roles of ${MEMBERS.implementer}`]) {
        expect(await member.page.getByRole('button', { name: leadsOnly }).count()).toBe(0);
      }
      expect(await page.row(MEMBERS.lead).getByRole('button', { name: 'Edit my profile' }).count()).toBe(0);
      expect(await seriousAccessibilityViolations(member.page)).toEqual([]);

      await page.row(MEMBERS.trainer).getByRole('button', { name: 'Edit my profile' }).click();
      const dialog = member.page.getByRole('dialog');
      await dialog.getByLabel(/^Organisation/).fill('Eduardo Mondlane University');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.status.filter({ hasText: `The details of ${MEMBERS.trainer} are saved.` }).waitFor();
      expect(await page.row(MEMBERS.trainer).textContent()).toContain('Eduardo Mondlane University');
      expect(member.consoleErrors).toEqual([]);
    });
  });

  describe('a viewer', () => {
    let viewer: BrowserSession;

    beforeAll(async () => {
      viewer = await openBrowserSession();
    });

    afterAll(async () => {
      await viewer?.close();
    });

    it('sees how roles are filled, never by whom', async () => {
      await firstSignIn(viewer, server.baseUrl, VIEWER);
      const viewerShell = new AppShellPage(viewer.page, server.baseUrl);
      const links = await viewerShell.navigationLinks();
      expect(links).toContain('Team structure');
      expect(links).not.toContain('Roster');
      expect(links).not.toContain('Local role names');

      await viewerShell.goTo('Team structure');
      const page = new TeamStructurePage(viewer.page, server.baseUrl);
      await page.waitFor();
      expect(await page.nextPositionToFill()).toBe('Server Administrator');
      expect(await page.roleCard('HMIS Coordinator').textContent()).toContain('Held by 1 person');
      expect(await page.roleCard('Implementer').textContent()).toContain('Held by 1 person');
      const text = (await viewer.page.locator('body').textContent()) ?? '';
      for (const name of [...Object.values(MEMBERS), HOSTILE_NAME, LEAD.name]) {
        expect(text).not.toContain(name);
      }
      expect(await seriousAccessibilityViolations(viewer.page)).toEqual([]);
      expect(viewer.consoleErrors).toEqual([]);
    });

    it('is not shown the roster even at its address', async () => {
      await viewer.page.goto(`${server.baseUrl}/teams/${teamId}/members`);
      await viewer.page.getByRole('heading', { level: 1, name: 'Not available to you' }).waitFor();
      expect((await viewer.page.locator('body').textContent()) ?? '').not.toContain(MEMBERS.implementer);
      expect(viewer.consoleErrors).toEqual([]);
    });
  });
});
