import { expect } from 'vitest';
import type { BrowserSession } from './browser.js';

/** The browser logs a failed request as a console error: take out the one a step expected. */
export function takeExpectedFailure(session: BrowserSession, status: number): void {
  const index = session.consoleErrors.findIndex((text) => text.includes(`status of ${status}`));
  expect(index, `a logged ${status} among ${JSON.stringify(session.consoleErrors)}`).toBeGreaterThanOrEqual(
    0,
  );
  session.consoleErrors.splice(index, 1);
}
