import type { Locator, Page } from 'playwright-core';

/** /teams/:teamId/role-names: the team's own names for the framework's roles. */
export class RoleNamesPage {
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Local role names' });
  }

  async open(teamId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}/role-names`);
    await this.heading.waitFor();
    await this.page.getByRole('button', { name: 'Save local names' }).waitFor();
  }

  /** The input of a role is labelled with the framework's name of the role. */
  field(catalogueName: string): Locator {
    return this.page.getByRole('textbox', { name: catalogueName, exact: true });
  }

  async rename(names: Record<string, string>): Promise<void> {
    for (const [catalogueName, localName] of Object.entries(names)) {
      await this.field(catalogueName).fill(localName);
    }
    await this.page.getByRole('button', { name: 'Save local names' }).click();
    await this.page.getByRole('status').filter({ hasText: 'The local role names are saved.' }).waitFor();
  }
}
