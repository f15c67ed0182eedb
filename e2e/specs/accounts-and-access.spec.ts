import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminTeamsPage } from '../pages/admin-teams.page.js';
import { AdminUsersPage } from '../pages/admin-users.page.js';
import { AppShellPage } from '../pages/app-shell.page.js';
import { ChangePasswordPage } from '../pages/change-password.page.js';
import { SetupPage } from '../pages/setup.page.js';
import { TwoFactorPage } from '../pages/two-factor.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { TeamAccessPage } from '../pages/team-access.page.js';
import { TeamPage } from '../pages/team.page.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';
import { takeExpectedFailure } from '../support/console-errors.js';
import { ADMIN, LEAD, VIEWER } from '../support/people.js';

const TEAM = { name: 'Mozambique core team', country: 'Mozambique', currency: 'Mozambican Metical (MZN)' };

describe('accounts, teams and access on a new server', () => {
  let server: CoreteamServer;
  let admin: BrowserSession;
  let teamId: string;

  beforeAll(async () => {
    server = await startCoreteamServer();
    admin = await openBrowserSession();
  });

  afterAll(async () => {
    await admin?.close();
    await closeBrowser();
    await server?.stop();
  });

  it('offers sign-in, and first-run setup, to a signed-out visitor', async () => {
    const shell = new AppShellPage(admin.page, server.baseUrl);
    await shell.open('/');
    expect(admin.page.url()).toBe(`${server.baseUrl}/sign-in`);
    await admin.page.getByRole('heading', { name: 'This server has no account yet' }).waitFor();
    expect(await shell.navigationLinks()).toEqual(['Sign in', 'Set up this server']);
    expect(await seriousAccessibilityViolations(admin.page)).toEqual([]);
    expect(admin.consoleErrors).toEqual([]);
  });

  it('lets the administrator complete first-run setup with the link the server printed', async () => {
    const setup = new SetupPage(admin.page);
    await setup.open(await server.setupLink());
    expect(await setup.heading.textContent()).toBe('First-run setup');
    expect(await admin.page.getByRole('main').textContent()).toContain('printed');
    expect(await seriousAccessibilityViolations(admin.page)).toEqual([]);
    await setup.createAdministrator(ADMIN);
    // System administrators sign in with a second factor: they are sent to set it up first.
    await new TwoFactorPage(admin.page).enrol();
    await new AdminTeamsPage(admin.page, server.baseUrl).heading.waitFor();
    const shell = new AppShellPage(admin.page, server.baseUrl);
    expect(await shell.header.textContent()).toContain(ADMIN.name);
    expect(await shell.navigationLinks()).toEqual(
      expect.arrayContaining(['Home', 'My account', 'Users', 'Teams', 'About this server']),
    );
    expect(admin.consoleErrors).toEqual([]);
  });

  it('creates a team with a country and a base currency', async () => {
    const teams = new AdminTeamsPage(admin.page, server.baseUrl);
    await teams.open();
    expect(await seriousAccessibilityViolations(admin.page)).toEqual([]);
    teamId = await teams.createTeam(TEAM);
    const row = teams.table.getByRole('row').filter({ hasText: TEAM.name });
    expect(await row.textContent()).toContain('Mozambique');
    expect(await row.textContent()).toContain('(MZN)');
    expect(admin.consoleErrors).toEqual([]);
  });

  it('creates accounts with temporary passwords for a lead and a viewer', async () => {
    const users = new AdminUsersPage(admin.page, server.baseUrl);
    await users.open();
    await users.createUser({ ...LEAD });
    await users.createUser({ ...VIEWER });
    expect(await users.row(LEAD.email).textContent()).toContain('Temporary password');
    expect(await users.row(VIEWER.email).textContent()).toContain('Active');
    expect(await users.row(ADMIN.email).textContent()).toContain('System administrator');
    expect(await seriousAccessibilityViolations(admin.page)).toEqual([]);
    expect(admin.consoleErrors).toEqual([]);
  });

  it('grants the lead and viewer roles in the team, and the audit log records it', async () => {
    const access = new TeamAccessPage(admin.page, server.baseUrl);
    await access.open(teamId);
    await admin.page.getByRole('heading', { level: 1, name: `People and roles — ${TEAM.name}` }).waitFor();
    await access.grant(LEAD.email, 'Lead');
    await access.grant(VIEWER.email, 'Viewer');
    expect(await access.row(LEAD.email).textContent()).toContain(LEAD.name);
    expect(await seriousAccessibilityViolations(admin.page)).toEqual([]);

    await new AppShellPage(admin.page, server.baseUrl).goTo('Audit log');
    const rows = admin.page.getByRole('table').getByRole('row');
    await rows.filter({ hasText: 'Created the team' }).waitFor();
    const texts = await rows.allTextContents();
    // Newest first: the header row, the two grants, then the team's creation.
    expect(texts[1]).toContain(`Gave ${VIEWER.name} the role Viewer`);
    expect(texts[2]).toContain(`Gave ${LEAD.name} the role Lead`);
    expect(texts[3]).toContain('Created the team');
    expect(texts[3]).toContain(ADMIN.name);
    expect(await seriousAccessibilityViolations(admin.page)).toEqual([]);
    expect(admin.consoleErrors).toEqual([]);
  });

  describe('the lead', () => {
    let lead: BrowserSession;

    beforeAll(async () => {
      lead = await openBrowserSession();
    });

    afterAll(async () => {
      await lead?.close();
    });

    it('is told plainly when the password is wrong, without a hint which part', async () => {
      const signIn = new SignInPage(lead.page, server.baseUrl);
      await signIn.open();
      await signIn.signIn(LEAD.email, 'not the right password');
      await signIn.error.filter({ hasText: 'The email address or password is not right.' }).waitFor();
      takeExpectedFailure(lead, 401);
      expect(lead.consoleErrors).toEqual([]);
    });

    it('must replace the temporary password, then sees their one team', async () => {
      const signIn = new SignInPage(lead.page, server.baseUrl);
      await signIn.signIn(LEAD.email, LEAD.temporaryPassword);
      const change = new ChangePasswordPage(lead.page);
      await change.waitFor();
      const shell = new AppShellPage(lead.page, server.baseUrl);
      expect(await shell.navigationLinks()).toEqual(['Change password']);
      expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
      await change.replaceTemporaryPassword(LEAD.temporaryPassword, LEAD.password);

      const team = new TeamPage(lead.page, server.baseUrl);
      await team.waitFor();
      expect(lead.page.url()).toBe(`${server.baseUrl}/teams/${teamId}`);
      expect(await team.heading.textContent()).toBe(TEAM.name);
      expect(await team.facts.textContent()).toContain('Mozambique');
      expect(await shell.teamsInSwitcher()).toEqual([TEAM.name]);
      expect(await shell.navigationLinks()).toEqual(
        expect.arrayContaining(['Team overview', 'People and roles', 'Audit log']),
      );
      expect(await shell.navigationLinks()).not.toContain('Users');
      expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
      expect(lead.consoleErrors).toEqual([]);
    });

    it('cannot remove the team’s only lead, and is told why', async () => {
      const access = new TeamAccessPage(lead.page, server.baseUrl);
      await access.open(teamId);
      await access.row(VIEWER.email).waitFor();
      const dialog = await access.revoke(LEAD.name);
      await dialog.getByText('A team needs a lead').waitFor();
      expect(await dialog.textContent()).toContain('at least one lead');
      expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
      await lead.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      takeExpectedFailure(lead, 409);
      expect(lead.consoleErrors).toEqual([]);
    });
  });

  describe('the viewer', () => {
    let viewer: BrowserSession;

    beforeAll(async () => {
      viewer = await openBrowserSession();
    });

    afterAll(async () => {
      await viewer?.close();
    });

    it('changes the temporary password and sees the team without anyone’s name', async () => {
      const signIn = new SignInPage(viewer.page, server.baseUrl);
      await signIn.open();
      await signIn.signIn(VIEWER.email, VIEWER.temporaryPassword);
      const change = new ChangePasswordPage(viewer.page);
      await change.waitFor();
      await change.replaceTemporaryPassword(VIEWER.temporaryPassword, VIEWER.password);

      const team = new TeamPage(viewer.page, server.baseUrl);
      await team.waitFor();
      expect(await team.heading.textContent()).toBe(TEAM.name);
      const text = (await viewer.page.locator('body').textContent()) ?? '';
      for (const someone of [LEAD, ADMIN]) {
        expect(text).not.toContain(someone.name);
        expect(text).not.toContain(someone.email);
      }
      expect(text).toContain('Viewer');
      const shell = new AppShellPage(viewer.page, server.baseUrl);
      expect(await shell.teamsInSwitcher()).toEqual([TEAM.name]);
      expect(await shell.navigationLinks()).not.toContain('People and roles');
      expect(await shell.navigationLinks()).not.toContain('Audit log');
      expect(await seriousAccessibilityViolations(viewer.page)).toEqual([]);
      expect(viewer.consoleErrors).toEqual([]);
    });

    it('is not shown the people of the team even at their address', async () => {
      await viewer.page.goto(`${server.baseUrl}/teams/${teamId}/access`);
      await viewer.page.getByRole('heading', { name: 'Not available to you' }).waitFor();
      const text = (await viewer.page.locator('body').textContent()) ?? '';
      expect(text).not.toContain(LEAD.name);
      expect(viewer.consoleErrors).toEqual([]);
    });

    it('signs out from the header menu', async () => {
      const shell = new AppShellPage(viewer.page, server.baseUrl);
      await shell.signOut();
      await viewer.page.getByRole('heading', { name: 'Sign in to Coreteam' }).waitFor();
      await viewer.page.goto(`${server.baseUrl}/account`);
      await viewer.page.getByRole('heading', { name: 'Sign in to Coreteam' }).waitFor();
      expect(new URL(viewer.page.url()).searchParams.get('next')).toBe('/account');
      expect(viewer.consoleErrors).toEqual([]);
    });
  });

  describe('the administrator’s own account', () => {
    it('keeps a personal access token secret after showing it once', async () => {
      const shell = new AppShellPage(admin.page, server.baseUrl);
      await shell.open('/account');
      await admin.page.getByLabel(/^Name/).first().waitFor();
      expect(await seriousAccessibilityViolations(admin.page)).toEqual([]);
      await admin.page.getByLabel(/^Name/).last().fill('nightly export');
      await admin.page.getByRole('button', { name: 'Create token' }).click();
      const notice = admin.page.getByTestId('new-token');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('will not be shown again');
      const secret = await notice.getByLabel('Your new token').inputValue();
      expect(secret).toMatch(/^ctpat_/);
      const row = admin.page.getByRole('table').getByRole('row').filter({ hasText: 'nightly export' });
      await row.waitFor();
      expect(await row.textContent()).toContain('Read only');
      await notice.getByRole('button', { name: 'I have copied it' }).click();
      await notice.waitFor({ state: 'detached' });
      expect(await admin.page.locator('body').textContent()).not.toContain(secret);

      await admin.page.getByRole('button', { name: 'Revoke token nightly export' }).click();
      await admin.page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
      await admin.page.getByText('You have no access tokens.').waitFor();
      expect(admin.consoleErrors).toEqual([]);
    });
  });
});
