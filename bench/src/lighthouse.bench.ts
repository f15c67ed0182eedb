/// <reference lib="dom" />
// Lighthouse 12.2.3 (Debian chromium) on the pages people open most, as a phone on a slow network
// sees them: mobile scores with Lighthouse's default throttling, then load times under Slow 3G
// (400 kbps, 400 ms round trip, 4× slower CPU) with a cold cache and with a warm one. The
// assessment form (a member's self-assessment of the built-in framework's trainer area) is also
// timed until it is usable: every category added, `.assessment-areas[aria-busy="false"]`.
// Prints figures; never fails on them. About 13 s per Lighthouse run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import { chromium } from 'playwright-core';
import { createSystemAdmin, loadConfig, openDatabase, startServer } from '@coreteam/server';
import { currentTotpCode, enableTotpForTesting } from './totp-for-bench.js';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SLOW_3G = {
  rttMs: 400,
  throughputKbps: 400,
  requestLatencyMs: 400 * 3.75,
  downloadThroughputKbps: 400 * 0.9,
  uploadThroughputKbps: 400 * 0.9,
  cpuSlowdownMultiplier: 4,
};
/** Loads of the assessment form timed until it is usable, per cache state (the median is printed). */
const READY_LOADS = 3;
const FORM_READY = '.assessment-areas[aria-busy="false"]';
const MEMBER_EMAIL = 'joaquim.sitoe@example.org';
/** The web app asks the server for the session only when this browser has signed in before. */
const SESSION_HINT = 'coreteam.signedInBefore';

const dataDir = mkdtempSync(path.join(tmpdir(), 'coreteam-lighthouse-'));
const config = loadConfig(
  { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  process.cwd(),
);
const server = await startServer(config);
const base = server.url;

interface Prepared {
  /** The lead's session cookie. */
  cookie: string;
  teamId: string;
  /** The session cookie of Joaquim, a member with an account, and his self-assessment. */
  memberCookie: string;
  assessmentId: string;
}

/**
 * A signed-in lead of one team and a signed-in member with a self-assessment (the trainer area of
 * the built-in framework) in an open round, prepared through the API as an administrator would.
 */
async function prepare(): Promise<Prepared> {
  const database = openDatabase(config.database);
  const admin = await createSystemAdmin(database, config, {
    email: 'admin@example.org',
    displayName: 'Admin',
    password: 'a long benchmark passphrase',
  });
  const secret = await enableTotpForTesting(database, admin.id);
  await database.close();
  const call = async (url: string, method: string, body?: object, cookie?: string, csrf?: string) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie, 'x-csrf-token': csrf ?? '' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return {
      body: (await response.json().catch(() => ({}))) as {
        id?: string;
        csrfToken?: string;
        frameworks?: { builtIn: boolean; latestVersion: { id: string } | null }[];
      },
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!,
    };
  };
  const adminSession = await call('/api/auth/login', 'POST', {
    email: admin.email,
    password: 'a long benchmark passphrase',
    code: currentTotpCode(secret),
  });
  const as = (url: string, method: string, body?: object) =>
    call(url, method, body, adminSession.cookie, adminSession.body.csrfToken);
  const team = await as('/api/teams', 'POST', {
    name: 'Mozambique core team',
    countryCode: 'MZ',
    baseCurrency: 'MZN',
  });
  await as('/api/users', 'POST', {
    email: 'lucas.mabunda@example.org',
    displayName: 'Lead',
    temporaryPassword: 'a temporary passphrase',
  });
  await as(`/api/teams/${team.body.id}/access`, 'POST', { email: 'lucas.mabunda@example.org', role: 'lead' });
  const joaquim = await as('/api/users', 'POST', {
    email: MEMBER_EMAIL,
    displayName: 'Joaquim',
    temporaryPassword: 'a temporary passphrase',
  });
  await as(`/api/teams/${team.body.id}/access`, 'POST', { email: MEMBER_EMAIL, role: 'member' });
  let memberId = '';
  for (const [name, roleKey, userId] of [
    ['Lucas', 'operational-lead', undefined],
    ['Marta', 'implementer', undefined],
    ['Joaquim', 'trainer', joaquim.body.id],
  ] as const) {
    const member = await as(`/api/teams/${team.body.id}/members`, 'POST', {
      name,
      ...(userId ? { userId } : {}),
      affiliation: 'ministry',
      basedInCountry: true,
      timeSharePercent: 100,
      funding: 'government',
      assignments: [{ roleKey, status: 'current' }],
    });
    if (userId) memberId = member.body.id!;
  }
  const frameworks = await as('/api/frameworks', 'GET');
  const builtIn = frameworks.body.frameworks?.find((framework) => framework.builtIn)?.latestVersion;
  if (!builtIn) throw new Error('GET /api/frameworks: no built-in framework with a version');
  const today = new Date().toISOString().slice(0, 10);
  const round = await as(`/api/teams/${team.body.id}/rounds`, 'POST', {
    name: `${new Date().getFullYear()} needs assessment`,
    frameworkVersionId: builtIn.id,
    opensOn: today,
    closesOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  });
  const assessment = await as(`/api/teams/${team.body.id}/rounds/${round.body.id}/assessments`, 'POST', {
    memberId,
    mode: 'self',
    areaKeys: ['trainer'],
  });
  const signIn = async (email: string, newPassword: string) => {
    const first = await call('/api/auth/login', 'POST', { email, password: 'a temporary passphrase' });
    const changed = await call(
      '/api/me/password',
      'POST',
      { currentPassword: 'a temporary passphrase', newPassword },
      first.cookie,
      first.body.csrfToken,
    );
    return changed.cookie;
  };
  return {
    cookie: await signIn('lucas.mabunda@example.org', 'the lead’s own passphrase'),
    teamId: team.body.id!,
    memberCookie: await signIn(MEMBER_EMAIL, 'the member’s own passphrase'),
    assessmentId: assessment.body.id!,
  };
}

interface Measured {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  interactive: number;
  /** Cumulative layout shift (unitless; Lighthouse counts 0.1 or less as good). */
  cls: number;
  /** The accessibility and best-practice audits that cost points. */
  failing: string[];
  /** The elements that moved most, with their share of the shift: where to look when CLS is high. */
  shifts: string[];
}

/**
 * The session cookie alone is not enough: without the hint in localStorage (which Lighthouse's
 * storage reset leaves alone) the app takes the visit for a signed-out one and goes to sign-in.
 * Set it as the browser of someone who signed in has it, or remove it for a first visit.
 */
async function setSessionHint(port: number, signedInBefore: boolean): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(`${base}/favicon.svg`);
    await page.evaluate(
      ([key, value]) => (value ? localStorage.setItem(key, value) : localStorage.removeItem(key)),
      [SESSION_HINT, signedInBefore ? 'yes' : ''] as const,
    );
    await page.close();
  } finally {
    await browser.close();
  }
}

async function run(
  url: string,
  port: number,
  cookie: string | undefined,
  flags: Partial<Flags>,
): Promise<Measured> {
  await setSessionHint(port, cookie !== undefined);
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    ...flags,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  // LH_REPORTS_DIR=/some/dir keeps each full report (JSON, viewable at googlechrome.github.io/lighthouse/viewer).
  if (process.env.LH_REPORTS_DIR) {
    const name = `${new URL(url).pathname.replace(/\W+/g, '-')}-${flags.throttlingMethod ?? 'simulate'}-${Date.now()}.json`;
    writeFileSync(path.join(process.env.LH_REPORTS_DIR, name), JSON.stringify(result.lhr));
  }
  const landed = new URL(result.lhr.finalDisplayedUrl);
  if (landed.pathname !== new URL(url).pathname) throw new Error(`${url} ended at ${landed.href}`);
  const { categories, audits } = result.lhr;
  const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
  const failing = (category: string) =>
    (categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
    interactive: ms('interactive'),
    cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    failing: [...failing('accessibility'), ...failing('best-practices')],
    shifts: shiftedElements(audits['layout-shifts']),
  };
}

function shiftedElements(audit: { details?: unknown; errorMessage?: string } | undefined): string[] {
  // With some Chromium releases Lighthouse 12.2 cannot find the causes (its RootCauses gatherer fails).
  if (audit?.errorMessage) return [`Lighthouse could not tell: ${audit.errorMessage.slice(0, 120)}`];
  const items = (audit?.details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.slice(0, 3).map((item) => {
    const { node, score } = item as { node?: { selector?: string; snippet?: string }; score?: number };
    const what = node?.selector ?? node?.snippet ?? 'unknown element';
    return `${(score ?? 0).toFixed(3)} ${what.slice(0, 100)}`;
  });
}

const serviceWorkerReady = () =>
  Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 120_000)),
  ]);

/**
 * Navigation start → the assessment form usable (every category added), under the same Slow 3G
 * emulation, in a fresh browser context each time: a cold load, then, once the service worker has
 * installed, a warm one (HTTP cache and the service worker's copy of the app).
 */
async function formReady(
  port: number,
  url: string,
  cookie: string,
): Promise<Record<'cold' | 'warm', number[]> & { withoutServiceWorker: number }> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const times = { cold: [] as number[], warm: [] as number[], withoutServiceWorker: 0 };
  const [name, ...value] = cookie.split('=');
  try {
    for (let i = 0; i < READY_LOADS; i += 1) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      await context.addCookies([{ name: name!, value: value.join('='), url: base }]);
      await context.addInitScript((key) => localStorage.setItem(key, 'yes'), SESSION_HINT);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_3G.requestLatencyMs,
        downloadThroughput: Math.floor((SLOW_3G.downloadThroughputKbps * 1024) / 8),
        uploadThroughput: Math.floor((SLOW_3G.uploadThroughputKbps * 1024) / 8),
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_3G.cpuSlowdownMultiplier });
      for (const cache of ['cold', 'warm'] as const) {
        await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
        const usable = await page.waitForFunction(
          (selector) => (document.querySelector(selector) ? performance.now() : 0),
          FORM_READY,
          { polling: 'raf', timeout: 120_000 },
        );
        times[cache].push(Math.round(await usable.jsonValue()));
        // The service worker's install (precaching the app) ends before it becomes ready.
        if (cache === 'cold' && !(await page.evaluate(serviceWorkerReady))) times.withoutServiceWorker += 1;
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () =>
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} (1, 5, 15 min) on ${cpus().length} cores`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: CHROME_FLAGS,
});
try {
  const { cookie, teamId, memberCookie, assessmentId } = await prepare();
  const formUrl = `${base}/assessments/${assessmentId}`;
  const pages: { name: string; url: string; cookie?: string }[] = [
    { name: 'sign-in', url: `${base}/sign-in` },
    { name: 'team overview', url: `${base}/teams/${teamId}`, cookie },
    { name: 'team structure', url: `${base}/teams/${teamId}/structure`, cookie },
    { name: 'assessment form', url: formUrl, cookie: memberCookie },
  ];

  console.log(`Lighthouse 12.2.3, mobile, against ${base}; ${load()}\n`);
  console.log(
    `${'page'.padEnd(16)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'b.p.'.padStart(5)} ${'FCP ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'TBT ms'.padStart(7)} ${'CLS'.padStart(6)}`,
  );
  const failing: string[] = [];
  const shifts: string[] = [];
  for (const page of pages) {
    const measured = await run(page.url, chrome.port, page.cookie, {
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    });
    console.log(
      `${page.name.padEnd(16)} ${String(measured.performance).padStart(5)} ${String(measured.accessibility).padStart(5)} ${String(measured.bestPractices).padStart(5)} ${String(measured.fcp).padStart(7)} ${String(measured.lcp).padStart(7)} ${String(measured.tbt).padStart(7)} ${measured.cls.toFixed(3).padStart(6)}`,
    );
    if (measured.failing.length > 0) failing.push(`${page.name}: ${measured.failing.join(', ')}`);
    if (measured.cls > 0.1) shifts.push(`${page.name}: ${measured.shifts.join('; ')}`);
  }
  if (shifts.length > 0) console.log(`Largest layout shifts (share, element):\n  ${shifts.join('\n  ')}`);
  if (failing.length > 0) console.log(`Audits that cost a11y or b.p. points:\n  ${failing.join('\n  ')}`);

  console.log('\nSlow 3G (400 kbps, 400 ms RTT, CPU ×4), applied to the browser:');
  console.log(
    `${'page'.padEnd(16)} ${'cache'.padEnd(6)} ${'FCP ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'TTI ms'.padStart(7)}`,
  );
  for (const page of pages.slice(1)) {
    for (const cache of ['cold', 'warm'] as const) {
      const measured = await run(page.url, chrome.port, page.cookie, {
        formFactor: 'mobile',
        throttlingMethod: 'devtools',
        throttling: SLOW_3G,
        disableStorageReset: cache === 'warm',
      });
      console.log(
        `${page.name.padEnd(16)} ${cache.padEnd(6)} ${String(measured.fcp).padStart(7)} ${String(measured.lcp).padStart(7)} ${String(measured.interactive).padStart(7)}`,
      );
    }
  }

  console.log(
    `\nAssessment form usable (${FORM_READY}), same Slow 3G emulation, ${READY_LOADS} loads each, as the member:`,
  );
  const ready = await formReady(chrome.port, formUrl, memberCookie);
  console.log(`${'cache'.padEnd(6)} ${'median ms'.padStart(10)}  all ms`);
  for (const cache of ['cold', 'warm'] as const)
    console.log(
      `${cache.padEnd(6)} ${String(median(ready[cache])).padStart(10)}  ${ready[cache].join(', ')}`,
    );
  if (ready.withoutServiceWorker > 0)
    console.log(`(${ready.withoutServiceWorker} warm load(s) started before the service worker was ready)`);
  console.log(`\n${load()}`);
} finally {
  chrome.kill();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
