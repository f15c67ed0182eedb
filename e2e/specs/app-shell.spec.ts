import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShellPage } from '../pages/app-shell.page.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';

describe('a first visit to a new Coreteam server', () => {
  let server: CoreteamServer;
  let session: BrowserSession;
  let shell: AppShellPage;

  beforeAll(async () => {
    server = await startCoreteamServer();
    session = await openBrowserSession();
    shell = new AppShellPage(session.page, server.baseUrl);
  });

  afterAll(async () => {
    await session?.close();
    await closeBrowser();
    await server?.stop();
  });

  it('sends a signed-out visitor from / to sign-in, with no console errors', async () => {
    await shell.open('/');
    expect(await shell.header.textContent()).toContain('Coreteam');
    expect(await shell.heading.textContent()).toBe('Sign in to Coreteam');
    expect(session.page.url()).toBe(`${server.baseUrl}/sign-in`);
    // A new server has no account yet: setup is offered next to sign-in.
    expect(await shell.navigation.getByRole('link').allTextContents()).toEqual([
      'Sign in',
      'Set up this server',
    ]);
    expect(await session.page.title()).toBe('Coreteam');
    expect(session.consoleErrors).toEqual([]);
  });

  it('has no serious accessibility violations on the sign-in page', async () => {
    expect(await seriousAccessibilityViolations(session.page)).toEqual([]);
  });

  it('navigates to the server facts without reloading the page', async () => {
    await session.page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await session.page.getByRole('main').getByRole('link', { name: 'About this server' }).click();
    const facts = session.page.getByTestId('server-facts');
    await facts.waitFor();
    expect(await facts.textContent()).toContain('SQLite (embedded)');
    expect(await facts.textContent()).toMatch(/Version\d+\.\d+\.\d+/);
    expect(session.page.url()).toBe(`${server.baseUrl}/about`);
    expect(await session.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await seriousAccessibilityViolations(session.page)).toEqual([]);
  });

  it('switches the interface to French and remembers the choice after a reload', async () => {
    await shell.chooseLanguage('fr');
    await session.page.getByRole('heading', { name: 'À propos de ce serveur' }).waitFor();
    expect(await session.page.getAttribute('html', 'lang')).toBe('fr');
    await session.page.reload();
    await session.page.getByRole('heading', { name: 'À propos de ce serveur' }).waitFor();
    expect(await shell.navigation.getByRole('link').allTextContents()).toEqual([
      'Se connecter',
      'Configurer ce serveur',
    ]);
    await shell.chooseLanguage('en');
    await session.page.getByRole('heading', { name: 'About this server' }).waitFor();
  });

  it('folds the menu behind one button on a phone-sized screen, and folds it again after a choice', async () => {
    await session.page.setViewportSize({ width: 412, height: 823 });
    try {
      await shell.open('/sign-in');
      const toggle = shell.navigation.getByRole('button', { name: 'Menu' });
      await toggle.waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await shell.navigation.getByRole('link').count()).toBe(0);
      // The page starts right under the header and the folded menu, not below a list of links.
      const mainTop = (await session.page.getByRole('main').boundingBox())!.y;
      expect(mainTop).toBeLessThan(120);

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await shell.navigation.getByRole('link').allTextContents()).toEqual([
        'Sign in',
        'Set up this server',
      ]);
      expect(await seriousAccessibilityViolations(session.page)).toEqual([]);

      await shell.navigation.getByRole('link', { name: 'Set up this server' }).click();
      await session.page.waitForURL(`${server.baseUrl}/setup`);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await shell.navigation.getByRole('link').count()).toBe(0);
    } finally {
      await session.page.setViewportSize({ width: 1280, height: 720 });
    }
    // On a wide screen the menu is a side bar, always open, with no button.
    expect(await shell.navigation.getByRole('button', { name: 'Menu' }).count()).toBe(0);
    expect(await shell.navigation.getByRole('link').count()).toBe(2);
    expect(session.consoleErrors).toEqual([]);
  });

  it('serves a client route directly and shows a not-found page for unknown ones', async () => {
    await shell.open('/no/such/page');
    expect(await shell.heading.textContent()).toBe('Page not found');
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('a browser that prefers Portuguese', () => {
  let server: CoreteamServer;
  let session: BrowserSession;

  beforeAll(async () => {
    server = await startCoreteamServer();
    session = await openBrowserSession({ locale: 'pt-BR' });
  });

  afterAll(async () => {
    await session?.close();
    await closeBrowser();
    await server?.stop();
  });

  it('opens in Portuguese without being asked', async () => {
    const shell = new AppShellPage(session.page, server.baseUrl);
    await session.page.goto(server.baseUrl);
    await session.page.getByRole('heading', { name: 'Iniciar sessão no Coreteam' }).waitFor();
    expect(await shell.languageSelect.inputValue()).toBe('pt');
  });
});
