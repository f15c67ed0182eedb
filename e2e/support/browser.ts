import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { NetworkSwitch } from './network-switch.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching for the network on its own (the machine has none). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** styled-jsx (inside @dhis2/ui) logs these harmless warnings; nothing else is forgiven. */
const KNOWN_HARMLESS_CONSOLE = [/illegal rule/i];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far (excluding the known harmless ones). */
  consoleErrors: string[];
  close(): Promise<void>;
}

let browser: Browser | undefined;

export async function openBrowserSession(options: { locale?: string } = {}): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`);
  }
  if (!browser) {
    // Playwright gives every launch a fresh, throwaway profile directory of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }
  const context = await browser.newContext({ locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    if (KNOWN_HARMLESS_CONSOLE.some((pattern) => pattern.test(text))) return;
    if (message.type() === 'error') consoleErrors.push(text);
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  return { context, page, consoleErrors, close: () => context.close() };
}

const API_REQUESTS = /\/api(\/|$|\?)/;
const refuseApiRequest = (route: Route) => route.abort('internetdisconnected');

/**
 * Cuts the browser off from the network, or brings it back. `setOffline` is what the page sees
 * (navigator.onLine, the offline/online events, requests failing as disconnected). Chromium applies
 * it to a service worker that starts meanwhile only once Playwright has attached to that worker,
 * and a request a service worker passes on can escape the context's routes too; so the relay the
 * browser reaches the server through (`network`) is switched off as well: while "offline",
 * nothing reaches the server.
 */
export async function setBrowserOnline(
  session: BrowserSession,
  online: boolean,
  network: NetworkSwitch,
): Promise<void> {
  if (online) {
    network.setOnline(true);
    await session.context.unroute(API_REQUESTS, refuseApiRequest);
    await session.context.setOffline(false);
  } else {
    network.setOnline(false);
    await session.context.route(API_REQUESTS, refuseApiRequest);
    await session.context.setOffline(true);
  }
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** WCAG 2.1 AA violations of impact serious or critical on the current page. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} element(s))`);
}
