import type { Locator, Page } from 'playwright-core';

/** The parts of the app shell that every page shares: header, language switch, navigation. */
export class AppShellPage {
  readonly header: Locator;
  readonly navigation: Locator;
  readonly languageSelect: Locator;
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.header = page.locator('header');
    this.navigation = page.getByRole('navigation');
    this.languageSelect = page.locator('header select');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.heading.waitFor();
  }

  async goTo(linkName: string): Promise<void> {
    await this.navigation.getByRole('link', { name: linkName }).click();
  }

  async chooseLanguage(language: 'en' | 'fr' | 'pt' | 'es'): Promise<void> {
    await this.languageSelect.selectOption(language);
  }
}
