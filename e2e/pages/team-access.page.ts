import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './select-field.js';

/** /teams/:teamId/access: who has which role in the team; grant and revoke. */
export class TeamAccessPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByRole('table');
  }

  async open(teamId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}/access`);
    await this.heading.waitFor();
  }

  async grant(email: string, role: 'Lead' | 'Member' | 'Assessor' | 'Viewer'): Promise<void> {
    await this.page.getByLabel('Email address').fill(email);
    await chooseOption(this.page, 'Role', role);
    await this.page.getByRole('button', { name: 'Give role' }).click();
    await this.row(email).filter({ hasText: role }).waitFor();
  }

  row(email: string): Locator {
    return this.table.getByRole('row').filter({ hasText: email });
  }

  /** Opens the confirmation for removing someone's roles (all of them, unless `only` is given). */
  async revoke(name: string, only?: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Remove roles of ${name}` }).click();
    const dialog = this.page.getByRole('dialog');
    if (only) await dialog.getByLabel(`Only ${only}`).check();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    return dialog;
  }
}
