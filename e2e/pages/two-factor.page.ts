import type { Locator, Page } from 'playwright-core';
import { AuthenticatorApp } from '../support/authenticator-app.js';

/** /two-factor: set up an authenticator app, keep the recovery codes. */
export class TwoFactorPage {
  readonly heading: Locator;
  readonly state: Locator;
  readonly secret: Locator;
  readonly recoveryCodes: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' });
    this.state = page.getByTestId('two-factor-state');
    this.secret = page.getByTestId('totp-secret');
    this.recoveryCodes = page.getByTestId('recovery-codes').locator('code');
  }

  /** Enrols, as a person with the app at hand would; returns the app and the recovery codes shown. */
  async enrol(): Promise<{ app: AuthenticatorApp; recoveryCodes: string[] }> {
    await this.heading.waitFor();
    await this.page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await this.secret.waitFor();
    const app = new AuthenticatorApp((await this.secret.textContent()) ?? '');
    await this.page.getByLabel('Six-digit code from the app').fill(await app.code());
    await this.page.getByRole('button', { name: 'Turn on' }).click();
    await this.recoveryCodes.first().waitFor();
    const recoveryCodes = await this.recoveryCodes.allTextContents();
    await this.page.getByRole('button', { name: 'I have stored my codes' }).click();
    return { app, recoveryCodes };
  }
}
