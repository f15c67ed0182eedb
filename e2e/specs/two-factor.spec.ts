import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShellPage } from '../pages/app-shell.page.js';
import { SetupPage } from '../pages/setup.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { TwoFactorPage } from '../pages/two-factor.page.js';
import type { AuthenticatorApp } from '../support/authenticator-app.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';

const ADMIN = { name: 'Ana Mabunda', email: 'ana@moh.gov.mz', password: 'a long admin passphrase' };

describe('a system administrator signs in with a second factor', () => {
  let server: CoreteamServer;
  let session: BrowserSession;
  let app: AuthenticatorApp;
  let recoveryCodes: string[];

  beforeAll(async () => {
    server = await startCoreteamServer();
    session = await openBrowserSession();
  });
  afterAll(async () => {
    await session?.close();
    await closeBrowser();
    await server?.stop();
  });

  const shell = () => new AppShellPage(session.page, server.baseUrl);
  const signOut = async () => {
    await shell().signOut();
    await session.page.getByRole('heading', { level: 1, name: 'Sign in to Coreteam' }).waitFor();
  };
  /** Signed in: the header shows the person's menu. */
  const signedInMenu = () => session.page.getByRole('banner').getByRole('button', { name: ADMIN.name });
  const signInPage = () => new SignInPage(session.page, server.baseUrl);
  const codeField = () => session.page.getByLabel('Code from your authenticator app');

  it('is sent to enrolment after setup, and can do nothing else until enrolled', async () => {
    const setup = new SetupPage(session.page);
    await setup.open(await server.setupLink());
    await setup.createAdministrator(ADMIN);
    const twoFactor = new TwoFactorPage(session.page);
    await twoFactor.heading.waitFor();
    expect(session.page.url()).toContain('/two-factor');
    expect(await shell().navigationLinks()).toEqual(['Two-factor sign-in']);
    await session.page.goto(`${server.baseUrl}/admin/users`);
    await twoFactor.heading.waitFor();
    expect(await seriousAccessibilityViolations(session.page)).toEqual([]);

    ({ app, recoveryCodes } = await twoFactor.enrol());
    expect(recoveryCodes).toHaveLength(10);
    await session.page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Two-factor' }).waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it('signs in again with a code from the app, and a reused code is refused', async () => {
    await signOut();
    const signIn = signInPage();
    await signIn.signIn(ADMIN.email, ADMIN.password);
    await codeField().waitFor();
    expect(await seriousAccessibilityViolations(session.page)).toEqual([]);
    const code = await app.code();
    await codeField().fill(code);
    await session.page.getByRole('button', { name: 'Sign in' }).click();
    await signedInMenu().waitFor();

    await signOut();
    await signIn.signIn(ADMIN.email, ADMIN.password);
    await codeField().fill(code);
    await session.page.getByRole('button', { name: 'Sign in' }).click();
    await session.page.getByRole('alert').filter({ hasText: /code/i }).waitFor();
    expect(session.page.url()).toContain('/sign-in');
  });

  it('accepts a recovery code once', async () => {
    await signInPage().open();
    await signInPage().signIn(ADMIN.email, ADMIN.password);
    await codeField().fill(recoveryCodes[0]!);
    await session.page.getByRole('button', { name: 'Sign in' }).click();
    await signedInMenu().waitFor();
    await session.page.goto(`${server.baseUrl}/two-factor`);
    await new TwoFactorPage(session.page).state.waitFor();
    expect(await session.page.getByRole('main').textContent()).toContain('Recovery codes left: 9');

    await signOut();
    await signInPage().signIn(ADMIN.email, ADMIN.password);
    await codeField().fill(recoveryCodes[0]!);
    await session.page.getByRole('button', { name: 'Sign in' }).click();
    await session.page.getByRole('alert').filter({ hasText: /code/i }).waitFor();
    expect(session.page.url()).toContain('/sign-in');
  });
});
