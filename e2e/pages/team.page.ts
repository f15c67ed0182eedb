import type { Locator, Page } from 'playwright-core';

/** /teams/:teamId: the team's details and the reader's own roles. */
export class TeamPage {
  readonly heading: Locator;
  readonly facts: Locator;
  readonly main: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.facts = page.getByTestId('team-facts');
    this.main = page.getByRole('main');
  }

  async open(teamId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}`);
    await this.facts.waitFor();
  }

  async waitFor(): Promise<void> {
    await this.facts.waitFor();
  }
}
