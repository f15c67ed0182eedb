import { Secret, TOTP } from 'otpauth';

/**
 * What a person's authenticator app does: from the key shown at enrolment, the six-digit code for
 * now. `waitForFreshStep` waits for the next 30-second step, because the server accepts each
 * code once.
 */
export class AuthenticatorApp {
  private readonly totp: TOTP;
  private lastStep = -1;

  constructor(secretShownOnScreen: string) {
    this.totp = new TOTP({
      secret: Secret.fromBase32(secretShownOnScreen.replace(/\s+/g, '')),
      digits: 6,
      period: 30,
    });
  }

  async code(options: { fresh?: boolean } = {}): Promise<string> {
    const step = () => this.totp.counter();
    if (options.fresh !== false) {
      while (step() <= this.lastStep) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    this.lastStep = step();
    return this.totp.generate();
  }
}
