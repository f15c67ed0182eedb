import type { Locator, Page } from 'playwright-core';

/** /change-password: the screen a person with a temporary password sees before anything else. */
export class ChangePasswordPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Choose your own password' });
  }

  async waitFor(): Promise<void> {
    await this.heading.waitFor();
  }

  async replaceTemporaryPassword(temporary: string, chosen: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /^Temporary password/ }).fill(temporary);
    await this.page.getByLabel(/^New password/).fill(chosen);
    await this.page.getByLabel('Repeat the new password').fill(chosen);
    await this.page.getByRole('button', { name: 'Change password' }).click();
  }
}
