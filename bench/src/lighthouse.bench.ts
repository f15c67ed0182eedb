// Lighthouse 12.2.3 (Debian chromium) on the pages people open most, as a phone on a slow network
// sees them: mobile scores with Lighthouse's default throttling, then load times under Slow 3G
// (400 kbps, 400 ms round trip, 4× slower CPU) with a cold cache and with a warm one.
// Prints figures; never fails on them. About 13 s per Lighthouse run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
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

const dataDir = mkdtempSync(path.join(tmpdir(), 'coreteam-lighthouse-'));
const config = loadConfig(
  { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  process.cwd(),
);
const server = await startServer(config);
const base = server.url;

/** A signed-in lead of one team, prepared through the API as an administrator would. */
async function prepareLead(): Promise<{ cookie: string; teamId: string }> {
  const database = openDatabase(config.database);
  const admin = await createSystemAdmin(database, config, {
    email: 'admin@example.org',
    displayName: 'Admin',
    password: 'a long benchmark passphrase',
  });
  const secret = await enableTotpForTesting(database, admin.id);
  await database.close();
  const call = async (url: string, method: string, body: object, cookie?: string, csrf?: string) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(cookie ? { cookie, 'x-csrf-token': csrf ?? '' } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return {
      body: (await response.json().catch(() => ({}))) as { id?: string; csrfToken?: string },
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!,
    };
  };
  const adminSession = await call('/api/auth/login', 'POST', {
    email: admin.email,
    password: 'a long benchmark passphrase',
    code: currentTotpCode(secret),
  });
  const as = (url: string, method: string, body: object) =>
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
  for (const [name, roleKey] of [
    ['Lucas', 'operational-lead'],
    ['Marta', 'implementer'],
    ['Joaquim', 'trainer'],
  ] as const) {
    await as(`/api/teams/${team.body.id}/members`, 'POST', {
      name,
      affiliation: 'ministry',
      basedInCountry: true,
      timeSharePercent: 100,
      funding: 'government',
      assignments: [{ roleKey, status: 'current' }],
    });
  }
  const first = await call('/api/auth/login', 'POST', {
    email: 'lucas.mabunda@example.org',
    password: 'a temporary passphrase',
  });
  const changed = await call(
    '/api/me/password',
    'POST',
    { currentPassword: 'a temporary passphrase', newPassword: 'the lead’s own passphrase' },
    first.cookie,
    first.body.csrfToken,
  );
  return { cookie: changed.cookie, teamId: team.body.id! };
}

interface Measured {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  interactive: number;
}

async function run(
  url: string,
  port: number,
  cookie: string | undefined,
  flags: Partial<Flags>,
): Promise<Measured> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    ...flags,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits } = result.lhr;
  const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
    interactive: ms('interactive'),
  };
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: CHROME_FLAGS,
});
try {
  const { cookie, teamId } = await prepareLead();
  const pages: { name: string; url: string; cookie?: string }[] = [
    { name: 'sign-in', url: `${base}/sign-in` },
    { name: 'team overview', url: `${base}/teams/${teamId}`, cookie },
    { name: 'team structure', url: `${base}/teams/${teamId}/structure`, cookie },
  ];

  console.log(`Lighthouse 12.2.3, mobile, against ${base}\n`);
  console.log(
    `${'page'.padEnd(16)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'b.p.'.padStart(5)} ${'FCP ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'TBT ms'.padStart(7)}`,
  );
  for (const page of pages) {
    const measured = await run(page.url, chrome.port, page.cookie, {
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    });
    console.log(
      `${page.name.padEnd(16)} ${String(measured.performance).padStart(5)} ${String(measured.accessibility).padStart(5)} ${String(measured.bestPractices).padStart(5)} ${String(measured.fcp).padStart(7)} ${String(measured.lcp).padStart(7)} ${String(measured.tbt).padStart(7)}`,
    );
  }

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
} finally {
  chrome.kill();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
