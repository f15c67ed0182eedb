import type { Locator, Page } from 'playwright-core';

/** /admin/users: accounts, their status, and a form to create one with a temporary password. */
export class AdminUsersPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly status: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Users' });
    this.table = page.getByRole('table');
    this.status = page.getByRole('status').filter({ hasText: 'Account created' });
  }

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/admin/users`);
    await this.heading.waitFor();
  }

  async createUser(person: { name: string; email: string; temporaryPassword: string }): Promise<void> {
    await this.page.getByLabel(/^Name/).fill(person.name);
    await this.page.getByLabel('Email address').fill(person.email);
    await this.page.getByRole('textbox', { name: /^Temporary password/ }).fill(person.temporaryPassword);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await this.table.getByRole('row').filter({ hasText: person.email }).waitFor();
  }

  row(email: string): Locator {
    return this.table.getByRole('row').filter({ hasText: email });
  }
}
