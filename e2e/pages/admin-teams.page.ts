import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './select-field.js';

/** /admin/teams: every team on the server, and a form to create one. */
export class AdminTeamsPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Teams' });
    this.table = page.getByRole('table');
  }

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/admin/teams`);
    await this.heading.waitFor();
  }

  /** Creates the team and answers its id, read from the link to its page. */
  async createTeam(team: { name: string; country: string; currency: string }): Promise<string> {
    await this.page.getByLabel('Team name').fill(team.name);
    await chooseOption(this.page, 'Country', team.country, team.country.slice(0, 5));
    await chooseOption(this.page, 'Base currency', team.currency, team.currency.slice(0, 5));
    await this.page.getByRole('button', { name: 'Create team' }).click();
    const link = this.table.getByRole('link', { name: team.name });
    await link.waitFor();
    const href = await link.getAttribute('href');
    const id = /^\/teams\/([^/]+)$/.exec(href ?? '')?.[1];
    if (!id) throw new Error(`no team link for ${team.name}: ${href}`);
    return id;
  }
}
