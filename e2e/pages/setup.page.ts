import type { Locator, Page } from 'playwright-core';

/** /setup#token=…: the first administrator, created with the link the server printed. */
export class SetupPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(setupLink: string): Promise<void> {
    await this.page.goto(setupLink);
    await this.page.getByLabel(/^Name/).waitFor();
  }

  async createAdministrator(person: { name: string; email: string; password: string }): Promise<void> {
    await this.page.getByLabel(/^Name/).fill(person.name);
    await this.page.getByLabel('Email address').fill(person.email);
    await this.page.getByLabel(/^New password/).fill(person.password);
    await this.page.getByLabel('Repeat the new password').fill(person.password);
    await this.page.getByRole('button', { name: 'Create administrator account' }).click();
  }
}
