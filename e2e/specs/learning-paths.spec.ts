import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapacityPlanPage } from '../pages/capacity-plan.page.js';
import { LearningPage } from '../pages/learning.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { ApiSession } from '../support/api-session.js';
import { takeExpectedFailure } from '../support/console-errors.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';
import { LEAD } from '../support/people.js';

const ANA = {
  name: 'Ana Cossa',
  email: 'ana.cossa@example.org',
  temporaryPassword: 'temporary phrase for ana',
  password: 'cashew trees in the dry season',
};
/** Ana's two priority gaps: she rated every skill of these two categories 0, the rest 2. */
const GAP_CATEGORIES = [
  'implementer-technical.user-access-controls',
  'implementer-technical.tracker-configuration',
];

function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** "$1,234.50" → 123450 minor units. */
function minorOf(text: string): number {
  return Math.round(Number(text.replace(/[^0-9.]/g, '')) * 100);
}

describe('learning: a member’s recommended courses and the lead’s budget-constrained proposal', () => {
  let server: CoreteamServer;
  let teamId: string;
  let memberId: string;
  let roundId: string;
  let planId: string;
  let leadApi: ApiSession;
  let browser: BrowserSession | undefined;
  const thisYear = new Date().getUTCFullYear();

  beforeAll(async () => {
    server = await startCoreteamServer();
    const admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    teamId = await admin.createTeam({ name: 'Mozambique core team', countryCode: 'MZ', baseCurrency: 'USD' });
    await admin.createAccount(teamId, LEAD, 'lead');
    leadApi = await ApiSession.withOwnPassword(server.baseUrl, LEAD);
    const anaUserId = await admin.createAccount(teamId, ANA, 'member');
    const anaApi = await ApiSession.withOwnPassword(server.baseUrl, ANA);
    memberId = await leadApi.addMember(teamId, {
      name: ANA.name,
      userId: anaUserId,
      roleKey: 'implementer',
      subRoleKey: 'technical',
    });
    roundId = await leadApi.openBuiltInRound(teamId, {
      name: 'Baseline',
      opensOn: day(-1),
      closesOn: day(30),
    });
    const assessmentId = await leadApi.addAssessment(teamId, roundId, {
      memberId,
      mode: 'self',
      areaKeys: ['implementer-technical'],
    });
    await anaApi.answerArea(assessmentId, 'implementer-technical', (categoryKey) =>
      GAP_CATEGORIES.includes(categoryKey) ? 0 : 2,
    );
    planId = (
      await leadApi.expect<{ id: string }>(
        'POST',
        `/api/teams/${teamId}/plans`,
        { title: 'Capacity building plan', startYear: thisYear, endYear: thisYear + 1, baseCurrency: 'USD' },
        201,
      )
    ).id;
  });

  afterAll(async () => {
    await browser?.close();
    await closeBrowser();
    await server?.stop();
  });

  async function signIn(person: { email: string; password: string }): Promise<BrowserSession> {
    await browser?.close();
    browser = await openBrowserSession();
    const signInPage = new SignInPage(browser.page, server.baseUrl);
    await signInPage.open();
    await signInPage.signIn(person.email, person.password);
    await browser.page.locator('header').getByRole('button', { name: 'Account menu' }).waitFor();
    return browser;
  }

  it('shows the member the courses recommended for her two priority gaps on her results page', async () => {
    const { page, consoleErrors } = await signIn(ANA);
    await page.goto(`${server.baseUrl}/teams/${teamId}/members/${memberId}/results?roundId=${roundId}`);
    await page.getByRole('heading', { level: 1, name: `Results of ${ANA.name}` }).waitFor();
    const learning = new LearningPage(page, server.baseUrl);
    const titles = await learning.recommendedTitles();
    expect(titles).toEqual(
      expect.arrayContaining(['Configuring Data Access and Outputs', 'Tracker Configuration']),
    );
    // A member does not plan: no "Add to plan" for her.
    expect(await learning.recommendations.getByRole('button', { name: /^Add .* to the plan$/ }).count()).toBe(
      0,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Her own learning page: the path for her role, Introduction to DHIS2 next.
    await page.getByRole('link', { name: 'Learning path progress and records' }).click();
    await page.getByRole('heading', { level: 1, name: `Learning of ${ANA.name}` }).waitFor();
    expect(await learning.pathStatus('Introduction to DHIS2')).toBe('Next');
    await learning.recordCourse('Introduction to DHIS2', day(-10));
    expect(await learning.pathStatus('Introduction to DHIS2')).toBe('Done');
    expect(
      await page.locator('[data-test="learning-records"]').getByRole('rowheader').allTextContents(),
    ).toEqual(['Introduction to DHIS2']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('lists Introduction to DHIS2 first on a role’s learning path', async () => {
    const learning = new LearningPage(browser!.page, server.baseUrl);
    await learning.openPaths('implementer');
    const names = await learning.pathCourseNames();
    expect(names[0]).toBe('Introduction to DHIS2');
    expect(names.length).toBeGreaterThan(1);
    expect(await seriousAccessibilityViolations(browser!.page)).toEqual([]);
  });

  it('lets the lead add a recommended course to the plan from the member’s results', async () => {
    const { page } = await signIn(LEAD);
    await page.goto(`${server.baseUrl}/teams/${teamId}/plans/${planId}`);
    const plan = new CapacityPlanPage(page, server.baseUrl);
    await plan.headline.waitFor();
    const before = minorOf(await plan.headlineFigure('Total cost'));

    await page.goto(`${server.baseUrl}/teams/${teamId}/members/${memberId}/results?roundId=${roundId}`);
    const learning = new LearningPage(page, server.baseUrl);
    await learning.recommendations.waitFor();
    const tracker = learning.recommendation('Tracker Configuration');
    const cost = minorOf((await tracker.cost.textContent()) ?? '');
    expect(cost).toBeGreaterThan(0);
    // Its prerequisite not yet taken comes with it, in the cost and in the plan.
    expect(await learning.recommendations.textContent()).toContain(
      'Includes the prerequisites: Tracker Data Capture and Analysis',
    );
    await tracker.add.click();
    await page.getByText('“Tracker Configuration” was added to Capacity building plan.').waitFor();

    await page.goto(`${server.baseUrl}/teams/${teamId}/plans/${planId}`);
    await plan.headline.waitFor();
    expect(minorOf(await plan.headlineFigure('Total cost'))).toBe(before + cost);
    expect(browser!.consoleErrors).toEqual([]);
  });

  it('lets the lead run the optimiser with a budget and accept it, and the plan’s total grows by the proposal', async () => {
    const session = browser!;
    const { page, consoleErrors } = session;
    await page.goto(`${server.baseUrl}/teams/${teamId}/plans/${planId}`);
    await page.getByRole('heading', { level: 1, name: 'Capacity building plan' }).waitFor();
    const plan = new CapacityPlanPage(page, server.baseUrl);
    // What the recommendation added: the optimiser's proposal comes on top of it.
    const before = minorOf(await plan.headlineFigure('Total cost'));
    const gapBefore = minorOf(await plan.headlineFigure('Funding gap'));
    expect(before).toBeGreaterThan(0);

    const learning = new LearningPage(page, server.baseUrl);
    await learning.propose('5000');
    const total = minorOf(await learning.proposalFigure('total'));
    const left = minorOf(await learning.proposalFigure('left'));
    expect(total).toBeGreaterThan(0);
    expect(total + left).toBe(500_000);
    expect((await learning.proposedTitles()).length).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Someone changes the plan meanwhile: the proposal is refused, and the dialog offers to run again.
    const current = await leadApi.expect<{ version: number }>('GET', `/api/plans/${planId}`, undefined, 200);
    await leadApi.expect(
      'PATCH',
      `/api/plans/${planId}`,
      { version: current.version, summary: 'Priorities agreed with the ministry.' },
      200,
    );
    await learning.optimiser.locator('[data-test="optimiser-accept"]').click();
    await learning.optimiser
      .locator('[data-test="optimiser-conflict"]')
      .getByText('The plan changed meanwhile')
      .waitFor();
    takeExpectedFailure(session, 409);
    await learning.optimiser.getByRole('button', { name: 'Run again' }).click();
    await learning.optimiser.locator('[data-test="optimiser-proposal"]').waitFor();
    expect(minorOf(await learning.proposalFigure('total'))).toBe(total);

    await learning.accept();
    // The plan and its budget reload: the headline shows the sum once they have.
    await plan.headline
      .getByText(formatUsd(before + total), { exact: true })
      .first()
      .waitFor();
    expect(await plan.headlineFigure('Total cost')).toBe(formatUsd(before + total));
    expect(await plan.headlineFigure('Funding gap')).toBe(formatUsd(gapBefore + total));
    await plan.openTab('Budget');
    expect(
      await page
        .locator('[data-test="budget-by-year"]')
        .getByRole('row')
        .filter({ hasText: String(thisYear) })
        .first()
        .textContent(),
    ).toContain(formatUsd(before + total));
    expect(consoleErrors).toEqual([]);
  });
});

function formatUsd(minor: number): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(minor / 100);
}
