import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShellPage } from '../pages/app-shell.page.js';
import { GovernanceDashboardPage } from '../pages/governance-dashboard.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { TeamPage } from '../pages/team.page.js';
import { ApiSession } from '../support/api-session.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';
import { LEAD, VIEWER } from '../support/people.js';

const TEAM = 'Mozambique core team';
const AREA = 'implementer-technical';

function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/*
 * A lead's team: Ana, Bruno and Carla (Implementer – Technical) and Dário (Trainer). The lead
 * assessed the three implementers as their supervisor in a baseline round (every skill at 1),
 * opened two months ago, and again in a follow-up opened ten days ago (every skill at 2); Dário's
 * follow-up assessment is not started yet. The plan for this year and next, in meticais: a
 * completed activity of 50,000.00 fully secured from the ministry, one in progress of 30,000.00
 * with 10,000.00 pledged by a partner, and next year one planned activity of 40,000.00 nobody
 * funds yet.
 */
describe('a governing body reads the team’s dashboard', () => {
  let server: CoreteamServer;
  let teamId: string;
  let leadApi: ApiSession;
  let viewerApi: ApiSession;
  let lead: BrowserSession;
  let viewer: BrowserSession;
  const thisYear = new Date().getUTCFullYear();

  beforeAll(async () => {
    server = await startCoreteamServer();
    const admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    teamId = await admin.createTeam({ name: TEAM, countryCode: 'MZ', baseCurrency: 'MZN' });
    await admin.createAccount(teamId, LEAD, 'lead');
    await admin.createAccount(teamId, VIEWER, 'viewer');
    leadApi = await ApiSession.withOwnPassword(server.baseUrl, LEAD);
    viewerApi = await ApiSession.withOwnPassword(server.baseUrl, VIEWER);
    const leadUserId = (await leadApi.expect<{ user: { id: string } }>('GET', '/api/me', undefined, 200)).user
      .id;

    const implementers: string[] = [];
    for (const name of ['Ana Cossa', 'Bruno Nhantumbo', 'Carla Sitoe']) {
      implementers.push(
        await leadApi.addMember(teamId, { name, roleKey: 'implementer', subRoleKey: 'technical' }),
      );
    }
    const dario = await leadApi.addMember(teamId, { name: 'Dário Macuácua', roleKey: 'trainer' });

    const baseline = await leadApi.openBuiltInRound(teamId, {
      name: 'Baseline',
      opensOn: day(-60),
      // Assessments are added to rounds that have not closed yet: this one is still open too.
      closesOn: day(30),
    });
    const followUp = await leadApi.openBuiltInRound(teamId, {
      name: 'Follow-up',
      opensOn: day(-10),
      closesOn: day(20),
    });
    const supervise = (roundId: string, memberId: string, areaKey: string) =>
      leadApi.addAssessment(teamId, roundId, {
        memberId,
        mode: 'supervisor',
        assessorUserId: leadUserId,
        areaKeys: [areaKey],
      });
    for (const memberId of implementers) {
      await leadApi.answerArea(await supervise(baseline, memberId, AREA), AREA, 1);
      await leadApi.answerArea(await supervise(followUp, memberId, AREA), AREA, 2);
    }
    await supervise(followUp, dario, 'trainer');

    const source = async (kind: string, name: string) =>
      (
        await leadApi.expect<{ id: string }>(
          'POST',
          `/api/teams/${teamId}/funding-sources`,
          { kind, name },
          201,
        )
      ).id;
    const ministry = await source('government', 'MoH budget line 4.2.1');
    const partner = await source('partner', 'Health Data Partners');
    const planId = (
      await leadApi.expect<{ id: string }>(
        'POST',
        `/api/teams/${teamId}/plans`,
        { title: 'Capacity building plan', startYear: thisYear, endYear: thisYear + 1, baseCurrency: 'MZN' },
        201,
      )
    ).id;
    const activity = (
      title: string,
      status: string,
      year: number,
      amountMinor: number,
      fundingShares: Array<{ fundingSourceId: string; amountMinor: number; status: string }>,
    ) =>
      leadApi.expect(
        'POST',
        `/api/plans/${planId}/activities`,
        {
          title,
          type: 'in-person-training',
          status,
          timing: { kind: 'quarter', year, quarter: 2 },
          memberIds: implementers,
          costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: amountMinor, currency: 'MZN' }],
          fundingShares,
        },
        201,
      );
    await activity('Server administration course', 'completed', thisYear, 5_000_000, [
      { fundingSourceId: ministry, amountMinor: 5_000_000, status: 'secured' },
    ]);
    await activity('Data use workshop', 'in-progress', thisYear, 3_000_000, [
      { fundingSourceId: partner, amountMinor: 1_000_000, status: 'pledged' },
    ]);
    await activity('DHIS2 Academy', 'planned', thisYear + 1, 4_000_000, []);

    lead = await openBrowserSession();
    const signIn = new SignInPage(lead.page, server.baseUrl);
    await signIn.open();
    await signIn.signIn(LEAD.email, LEAD.password);
    await new TeamPage(lead.page, server.baseUrl).waitFor();
  });

  afterAll(async () => {
    await lead?.close();
    await viewer?.close();
    await closeBrowser();
    await server?.stop();
  });

  it('shows the lead the roles filled, participation, averages against the baseline, progress and budget', async () => {
    const page = lead.page;
    await new AppShellPage(page, server.baseUrl).goTo('Governance dashboard');
    const dashboard = new GovernanceDashboardPage(page, server.baseUrl);
    await dashboard.waitFor();
    expect(await dashboard.heading.textContent()).toBe(`Governance dashboard: ${TEAM}`);

    // Implementer and Trainer are held: 2 of the 5 core positions.
    expect(await dashboard.rolesFilled.textContent()).toContain('Core roles filled2 of 5');
    // The first core position to fill (the Operational Lead) is a critical finding, worded without names.
    expect(await dashboard.findings.first().getAttribute('data-finding')).toBe('core-position-unfilled');
    expect(await dashboard.participation.textContent()).toContain('3 of 4 planned');
    expect(await dashboard.participation.textContent()).toContain('1 not started');

    const areas = dashboard.areaTable('supervisor');
    expect(await dashboard.rowCells(areas, 'Implementer – Technical')).toEqual([
      'Implementer – Technical',
      '3',
      '2.0',
      '1.0',
      '+1.0',
    ]);
    // Nobody else was assessed on the trainer area: hidden, not shown as a lone score.
    expect((await dashboard.rowCells(areas, 'Trainer')).slice(1)).toEqual(['Hidden: fewer than 3 people']);

    expect(await dashboard.planCompletion.textContent()).toContain('33% (1 of 3)');
    expect(await dashboard.rowCells(dashboard.progressTable, String(thisYear))).toEqual([
      String(thisYear),
      '0',
      '0',
      '1',
      '1',
      '0',
      '50%',
    ]);
    const budgetRow = await dashboard.rowCells(dashboard.budgetTable, String(thisYear));
    expect(budgetRow.slice(1).map((cell) => cell.replace(/[^\d.,]/g, ''))).toEqual([
      '80,000.00',
      '50,000.00',
      '10,000.00',
      '20,000.00',
    ]);
    const nextYear = await dashboard.rowCells(dashboard.budgetTable, String(thisYear + 1));
    expect(nextYear[4]!.replace(/[^\d.,]/g, '')).toBe('40,000.00');

    // Every chart is an image named by its figures, next to a table with the same figures.
    expect(await dashboard.charts.count()).toBe(3);
    expect(await dashboard.charts.nth(2).getAttribute('aria-label')).toContain(`${thisYear}: MZN`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('prints a clean page: the Print button opens the print dialog and the navigation is left out', async () => {
    const page = lead.page;
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    const dashboard = new GovernanceDashboardPage(page, server.baseUrl);
    await dashboard.printButton.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await dashboard.printButton.isVisible()).toBe(false);
    expect(await dashboard.budgetTable.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows a viewer (a funder) the same aggregates, and no one by name', async () => {
    const figures = async (api: ApiSession) => {
      const { generatedAt: _generatedAt, ...rest } = await api.expect<{ generatedAt: string }>(
        'GET',
        `/api/teams/${teamId}/dashboard`,
        undefined,
        200,
      );
      return rest;
    };
    expect(await figures(viewerApi)).toEqual(await figures(leadApi));
    viewer = await openBrowserSession();
    const signIn = new SignInPage(viewer.page, server.baseUrl);
    await signIn.open();
    await signIn.signIn(VIEWER.email, VIEWER.password);
    await new TeamPage(viewer.page, server.baseUrl).waitFor();
    await viewer.page.getByRole('main').getByRole('link', { name: 'Governance dashboard' }).click();
    const dashboard = new GovernanceDashboardPage(viewer.page, server.baseUrl);
    await dashboard.waitFor();
    expect(await dashboard.participation.textContent()).toContain('3 of 4 planned');
    expect(
      (await dashboard.rowCells(dashboard.areaTable('supervisor'), 'Implementer – Technical')).slice(2),
    ).toEqual(['2.0', '1.0', '+1.0']);
    expect(await dashboard.planCompletion.textContent()).toContain('33% (1 of 3)');
    const text = (await viewer.page.getByRole('main').textContent()) ?? '';
    for (const name of ['Ana Cossa', 'Bruno', 'Carla', 'Dário']) expect(text).not.toContain(name);
    expect(await seriousAccessibilityViolations(viewer.page)).toEqual([]);
    expect(viewer.consoleErrors).toEqual([]);
  });
});
