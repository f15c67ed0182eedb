import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignInPage } from '../pages/sign-in.page.js';
import { ApiSession } from '../support/api-session.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';
import { ADMIN } from '../support/people.js';

/** Every route the web app declares, read from its router so a new page cannot be forgotten here. */
const APP_ROUTES = [
  ...readFileSync(new URL('../../packages/web/src/app.tsx', import.meta.url), 'utf8').matchAll(
    /<Route path="([^"]+)"/g,
  ),
].map((match) => match[1]!);

const MEMBER = {
  name: 'Ana Cossa',
  email: 'ana.cossa@example.org',
  temporaryPassword: 'temporary phrase for ana',
  password: 'cashew trees in the dry season',
};

function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * WCAG 2.1 AA, checked by axe-core on every page of the app with real data in it: a system
 * administrator who also leads a team with a roster, a submitted assessment, a framework copy and
 * a costed plan. The journeys check their own dialogs and states as well.
 */
describe('every page of the app passes axe with no serious or critical violation', () => {
  let server: CoreteamServer;
  let browser: BrowserSession;
  const params: Record<string, string> = {};
  const visited = new Set<string>();
  const failures: Record<string, string[]> = {};
  let adminRecoveryCode: string;

  beforeAll(async () => {
    server = await startCoreteamServer();
    const admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    adminRecoveryCode = admin.recoveryCodes[0]!;
    const teamId = await admin.createTeam();
    params.teamId = teamId;
    await admin.expect('POST', `/api/teams/${teamId}/access`, { email: ADMIN.email, role: 'lead' }, 200);

    const memberUserId = await admin.createAccount(teamId, MEMBER, 'member');
    const ana = await ApiSession.withOwnPassword(server.baseUrl, MEMBER);
    params.memberId = await admin.addMember(teamId, {
      name: MEMBER.name,
      userId: memberUserId,
      roleKey: 'trainer',
    });

    const { frameworks } = await admin.expect<{
      frameworks: Array<{ id: string; builtIn: boolean; latestVersion: { id: string } }>;
    }>('GET', '/api/frameworks', undefined, 200);
    const builtIn = frameworks.find((framework) => framework.builtIn)!;
    params.frameworkId = (
      await admin.expect<{ id: string }>(
        'POST',
        '/api/frameworks',
        { teamId, basedOnFrameworkId: builtIn.id, key: 'mozambique-core-team', name: 'Mozambique framework' },
        201,
      )
    ).id;
    params.roundId = await admin.openBuiltInRound(teamId, {
      name: 'Baseline',
      opensOn: day(-1),
      closesOn: day(30),
    });
    params.assessmentId = await admin.addAssessment(teamId, params.roundId, {
      memberId: params.memberId,
      mode: 'self',
      areaKeys: ['trainer'],
    });
    const detail = await ana.expect<{
      framework: { areas: Array<{ key: string; categories: Array<{ skills: Array<{ key: string }> }> }> };
    }>('GET', `/api/assessments/${params.assessmentId}`, undefined, 200);
    const ratings = detail.framework.areas
      .filter((area) => area.key === 'trainer')
      .flatMap((area) =>
        area.categories.flatMap((category, index) =>
          category.skills.map((skill) => ({ skillKey: skill.key, level: index % 4 })),
        ),
      );
    await ana.expect(
      'PUT',
      `/api/assessments/${params.assessmentId}/ratings`,
      { ratings, comments: [] },
      200,
    );
    await ana.expect('POST', `/api/assessments/${params.assessmentId}/submit`, undefined, 200);

    const source = await admin.expect<{ id: string }>(
      'POST',
      `/api/teams/${teamId}/funding-sources`,
      { kind: 'partner', name: 'Health Data Partners' },
      201,
    );
    const year = new Date().getUTCFullYear();
    params.planId = (
      await admin.expect<{ id: string }>(
        'POST',
        `/api/teams/${teamId}/plans`,
        { title: 'Capacity building plan', startYear: year, endYear: year + 1, baseCurrency: 'MZN' },
        201,
      )
    ).id;
    await admin.expect(
      'POST',
      `/api/plans/${params.planId}/activities`,
      {
        title: 'Training of trainers',
        type: 'in-person-training',
        timing: { kind: 'quarter', year, quarter: 4 },
        memberIds: [params.memberId],
        costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 5_000_000, currency: 'MZN' }],
        fundingShares: [{ fundingSourceId: source.id, amountMinor: 2_000_000, status: 'pledged' }],
      },
      201,
    );

    browser = await openBrowserSession();
  });

  afterAll(async () => {
    await browser?.close();
    await closeBrowser();
    await server?.stop();
  });

  async function check(route: string, url: string, ready: () => Promise<void>): Promise<void> {
    await browser.page.goto(`${server.baseUrl}${url}`);
    await ready();
    // Let the page load its data: an empty shell would pass axe without proving anything.
    await browser.page.waitForLoadState('networkidle');
    visited.add(route);
    const violations = await seriousAccessibilityViolations(browser.page);
    if (violations.length > 0) failures[url] = violations;
  }
  const heading = () => browser.page.getByRole('heading', { level: 1 }).first().waitFor();

  it('checks the pages of a signed-out visitor', async () => {
    for (const route of ['/sign-in', '/setup', '/about']) await check(route, route, heading);
    expect(failures).toEqual({});
  });

  it('checks every page of a system administrator who leads a team', async () => {
    const { page } = browser;
    const signIn = new SignInPage(page, server.baseUrl);
    await signIn.open();
    await signIn.signIn(ADMIN.email, ADMIN.password);
    // A recovery code: the app's code of this 30-second step went to the enrolment, and waiting
    // for the next one would only slow the suite down.
    await page.getByLabel('Code from your authenticator app').fill(adminRecoveryCode);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('header').getByRole('button', { name: 'Account menu' }).waitFor();

    for (const route of APP_ROUTES) {
      if (visited.has(route)) continue;
      const url = route.replace(/:(\w+)/g, (_, name: string) => {
        const value = params[name];
        if (value === undefined) throw new Error(`no value for :${name} in ${route}`);
        return value;
      });
      await check(route, url, heading);
      // The plan page's tabs are views of their own.
      if (route === '/teams/:teamId/plans/:planId') {
        for (const view of ['timeline', 'budget', 'rates', 'revisions']) {
          await check(route, `${url}?view=${view}`, heading);
        }
      }
    }
    expect(APP_ROUTES.filter((route) => !visited.has(route))).toEqual([]);
    expect(failures).toEqual({});
    // About thirty pages, each loaded with its data and checked in full.
  }, 420_000);
});
