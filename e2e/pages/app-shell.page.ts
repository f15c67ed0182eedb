import type { Locator, Page } from 'playwright-core';

/** The parts of the app shell that every page shares: header, language switch, navigation. */
export class AppShellPage {
  readonly header: Locator;
  readonly navigation: Locator;
  readonly languageSelect: Locator;
  readonly teamSwitcher: Locator;
  readonly userMenuButton: Locator;
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.header = page.locator('header');
    this.navigation = page.getByRole('navigation');
    this.languageSelect = page.getByTestId('language-select');
    this.teamSwitcher = page.locator('header').getByLabel('Team');
    this.userMenuButton = page.locator('header').getByRole('button', { name: 'Account menu' });
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.heading.waitFor();
  }

  async goTo(linkName: string): Promise<void> {
    await this.navigation.getByRole('link', { name: linkName }).click();
  }

  async navigationLinks(): Promise<string[]> {
    return this.navigation.getByRole('link').allTextContents();
  }

  async teamsInSwitcher(): Promise<string[]> {
    return this.teamSwitcher.locator('option').allTextContents();
  }

  async signOut(): Promise<void> {
    await this.userMenuButton.click();
    await this.header.getByRole('button', { name: 'Sign out' }).click();
  }

  async chooseLanguage(language: 'en' | 'fr' | 'pt' | 'es'): Promise<void> {
    await this.languageSelect.selectOption(language);
  }
}
