/// <reference lib="dom" />
// The assessment form with 300 skills in headless Chromium: how long it takes to show, and how long
// a click on a rating takes to be checked and painted (input latency), over 30 clicks spread over
// the form. Run with `npm run bench:form` (it builds the web app first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEFAULT_FRAMEWORK } from '@coreteam/core';
import { createSystemAdmin, loadConfig, openDatabase, startServer } from '@coreteam/server';
import { currentTotpCode, enableTotpForTesting } from './totp-for-bench.js';

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
const LOADS = 5;
const CLICKS = 30;
const SKILLS = 300;
const MEMBER_EMAIL = 'joaquim@example.org';
const MEMBER_PASSWORD = 'the member’s own passphrase';

const dataDir = mkdtempSync(path.join(tmpdir(), 'coreteam-form-bench-'));
const config = loadConfig(
  { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  process.cwd(),
);
const server = await startServer(config);
const base = server.url;

type Session = { cookie: string; csrf: string };

async function call<T>(
  url: string,
  method: string,
  body?: object,
  session?: Session,
): Promise<T & { cookie: string }> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  const json = (await response.json().catch(() => ({}))) as T;
  return { ...json, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]! };
}

/** The default framework's five areas, each with 10 categories of 6 skills: 300 skills. */
function aFrameworkOf300Skills(): object {
  const scale = DEFAULT_FRAMEWORK.ratingScale;
  return {
    key: 'bench-300',
    name: 'Benchmark framework of 300 skills',
    description: 'Generated for the form benchmark.',
    ratingScale: { levels: scale.levels, notApplicable: scale.notApplicable },
    areas: DEFAULT_FRAMEWORK.areas.map((area, a) => ({
      key: `area-${a + 1}`,
      name: area.name,
      description: area.description,
      roleKey: area.roleKey,
      subRoleKey: area.subRoleKey,
      categories: Array.from({ length: 10 }, (_, c) => ({
        key: `area-${a + 1}.category-${c + 1}`,
        name: `Category ${a + 1}.${c + 1}`,
        description:
          'A group of related skills, described in a sentence or two as the default framework does.',
        skills: Array.from({ length: SKILLS / 50 }, (_, s) => ({
          key: `area-${a + 1}.category-${c + 1}.skill-${s + 1}`,
          name: `Skill ${a + 1}.${c + 1}.${s + 1}: configure and maintain a part of DHIS2`,
          description: 'What the skill covers, in one line, as written in the default framework.',
        })),
      })),
    })),
  };
}

/** An admin sets up a team, a 300-skill framework, a round and a member's self-assessment of all of it. */
async function prepare(): Promise<{ assessmentId: string }> {
  const database = openDatabase(config.database);
  const admin = await createSystemAdmin(database, config, {
    email: 'admin@example.org',
    displayName: 'Admin',
    password: 'a long benchmark passphrase',
  });
  const secret = await enableTotpForTesting(database, admin.id);
  await database.close();
  const signedIn = await call<{ csrfToken: string }>('/api/auth/login', 'POST', {
    email: admin.email,
    password: 'a long benchmark passphrase',
    code: currentTotpCode(secret),
  });
  const as: Session = { cookie: signedIn.cookie, csrf: signedIn.csrfToken };
  const team = await call<{ id: string }>(
    '/api/teams',
    'POST',
    { name: 'Mozambique core team', countryCode: 'MZ', baseCurrency: 'MZN' },
    as,
  );
  const user = await call<{ id: string }>(
    '/api/users',
    'POST',
    { email: 'joaquim@example.org', displayName: 'Joaquim', temporaryPassword: 'a temporary passphrase' },
    as,
  );
  await call(`/api/teams/${team.id}/access`, 'POST', { email: 'joaquim@example.org', role: 'member' }, as);
  const member = await call<{ id: string }>(
    `/api/teams/${team.id}/members`,
    'POST',
    {
      name: 'Joaquim',
      userId: user.id,
      affiliation: 'ministry',
      basedInCountry: true,
      timeSharePercent: 100,
      funding: 'government',
      assignments: [{ roleKey: 'trainer', subRoleKey: null, status: 'current' }],
    },
    as,
  );
  const framework = await call<{ id: string; latestVersion: { id: string; skillCount: number } }>(
    '/api/frameworks/import',
    'POST',
    { teamId: team.id, format: 'json', content: JSON.stringify(aFrameworkOf300Skills()) },
    as,
  );
  if (framework.latestVersion.skillCount !== SKILLS)
    throw new Error(`imported ${framework.latestVersion.skillCount} skills`);
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const round = await call<{ id: string }>(
    `/api/teams/${team.id}/rounds`,
    'POST',
    {
      name: 'Benchmark round',
      frameworkVersionId: framework.latestVersion.id,
      opensOn: today,
      closesOn: later,
    },
    as,
  );
  const assessment = await call<{ id: string; total: number }>(
    `/api/teams/${team.id}/rounds/${round.id}/assessments`,
    'POST',
    { memberId: member.id, mode: 'self', areaKeys: [1, 2, 3, 4, 5].map((n) => `area-${n}`) },
    as,
  );
  if (assessment.total !== SKILLS) throw new Error(`the assessment has ${assessment.total} skills`);
  const first = await call<{ csrfToken: string }>('/api/auth/login', 'POST', {
    email: 'joaquim@example.org',
    password: 'a temporary passphrase',
  });
  await call(
    '/api/me/password',
    'POST',
    { currentPassword: 'a temporary passphrase', newPassword: MEMBER_PASSWORD },
    { cookie: first.cookie, csrf: first.csrfToken },
  );
  return { assessmentId: assessment.id };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);

interface RenderTimes {
  /** Navigation start → the first skills painted (the rest follow in small steps). */
  first: number;
  /** Navigation start → all 300 skills in the page and painted. */
  complete: number;
  /** The assessment's data received → all 300 skills painted: the form's own rendering. */
  afterData: number;
}

async function measureRender(page: Page, url: string): Promise<RenderTimes> {
  await page.goto(url);
  const painted = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))),
        ),
    );
  await page.waitForFunction(() => document.querySelector('fieldset.skill-row') !== null, undefined, {
    polling: 'raf',
  });
  const first = await painted();
  await page
    .waitForFunction((count) => document.querySelectorAll('fieldset.skill-row').length === count, SKILLS, {
      polling: 'raf',
      timeout: 20_000,
    })
    .catch(async (error: unknown) => {
      console.error(page.url(), (await page.locator('body').innerText()).slice(0, 500));
      throw error;
    });
  const complete = await painted();
  const responseEnd = await page.evaluate(
    () =>
      (
        performance
          .getEntriesByType('resource')
          .find((entry) => /\/api\/assessments\/[^/]+$/.test(entry.name)) as PerformanceResourceTiming
      ).responseEnd,
  );
  return { first, complete, afterData: complete - responseEnd };
}

/** Pointer down → the radio checked → the next frame painted, for 30 clicks over the whole form. */
async function measureClicks(page: Page): Promise<{ latencies: number[]; eventDurations: number[] }> {
  await page.evaluate(() => {
    const state = { latencies: [] as number[], eventDurations: [] as number[], start: 0 };
    (window as unknown as { __bench: typeof state }).__bench = state;
    document.addEventListener('pointerdown', (event) => (state.start = event.timeStamp), true);
    document.addEventListener('change', () => {
      const start = state.start;
      requestAnimationFrame(() => setTimeout(() => state.latencies.push(performance.now() - start)));
    });
    new PerformanceObserver((list) => {
      // A click on a label is two 'click' events (the label's, then the radio's): one interaction.
      const byInteraction = new Map<number, number>();
      for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
        if (!entry.interactionId) continue;
        byInteraction.set(
          entry.interactionId,
          Math.max(byInteraction.get(entry.interactionId) ?? 0, entry.duration),
        );
      }
      state.eventDurations.push(...byInteraction.values());
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  const rows = page.locator('fieldset.skill-row');
  for (let i = 0; i < CLICKS; i += 1) {
    const option = rows
      .nth(i * 10 + 3)
      .locator('label.rating-option')
      .nth(i % 5);
    await option.scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
    await option.click();
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  const checked = await page.locator('fieldset.skill-row input:checked').count();
  if (checked < CLICKS) throw new Error(`only ${checked} answers are checked after ${CLICKS} clicks`);
  return page.evaluate(
    () => (window as unknown as { __bench: { latencies: number[]; eventDurations: number[] } }).__bench,
  );
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const { assessmentId } = await prepare();
  const url = `${base}/assessments/${assessmentId}`;
  console.log(`Assessment form, ${SKILLS} skills, headless Chromium (${CLICKS} clicks, ${LOADS} loads)\n`);
  for (const slowdown of [1, 4]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email address').fill(MEMBER_EMAIL);
    await page.getByLabel(/^Password/).fill(MEMBER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((address) => !address.pathname.startsWith('/sign-in'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await measureRender(page, url); // warm the HTTP cache, as a second visit would be
    const renders: RenderTimes[] = [];
    for (let i = 0; i < LOADS; i += 1) renders.push(await measureRender(page, url));
    const { latencies, eventDurations } = await measureClicks(page);
    console.log(`CPU ${slowdown}x${slowdown === 1 ? ' (this machine)' : ' slower (a modest laptop)'}:`);
    const line = (label: string, values: number[]) =>
      console.log(
        `  ${label.padEnd(38)} median ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}`,
      );
    line(
      'navigation → first skills painted',
      renders.map((r) => r.first),
    );
    line(
      'navigation → all 300 skills painted',
      renders.map((r) => r.complete),
    );
    line(
      'data received → all 300 painted',
      renders.map((r) => r.afterData),
    );
    console.log(
      `  click → checked and painted    median ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  max ${ms(Math.max(...latencies))}`,
    );
    console.log(
      `  Event Timing interactions ≥ 16 ms: ${eventDurations.length} of ${CLICKS}` +
        (eventDurations.length > 0 ? ` (max ${ms(Math.max(...eventDurations))})` : ''),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
