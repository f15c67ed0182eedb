import type { Locator, Page } from 'playwright-core';

/** /teams/:teamId/structure: the team read against the core team framework. */
export class TeamStructurePage {
  readonly heading: Locator;
  readonly nextPosition: Locator;
  readonly main: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Team structure' });
    this.nextPosition = page.getByTestId('next-position-role');
    this.main = page.getByRole('main');
  }

  async open(teamId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}/structure`);
    await this.waitFor();
  }

  /** Loaded: the next-position callout is the first thing shown once the report arrives. */
  async waitFor(): Promise<void> {
    await this.heading.waitFor();
    await this.nextPosition.waitFor();
  }

  async nextPositionToFill(): Promise<string> {
    return (await this.nextPosition.textContent()) ?? '';
  }

  /** A role's card on the coverage board, found by the name the team gives the role. */
  roleCard(name: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 4, name, exact: true }) });
  }

  findings(severity: 'Critical' | 'Warnings' | 'For information'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${severity}`) }).getByRole('listitem');
  }

  async setTeamPhase(phase: string): Promise<void> {
    await this.page.getByRole('combobox', { name: /^Team phase/ }).click();
    await this.page.getByRole('option', { name: phase, exact: true }).click();
    await this.page.getByRole('button', { name: 'Save phase' }).click();
    await this.page.getByRole('status').filter({ hasText: 'The team phase is saved.' }).waitFor();
  }
}
