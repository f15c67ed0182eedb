import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapacityPlanPage, FundingSourcesPage } from '../pages/capacity-plan.page.js';
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
import { LEAD } from '../support/people.js';

const ANA = {
  name: 'Ana Cossa',
  email: 'ana.cossa@example.org',
  temporaryPassword: 'temporary phrase for ana',
  password: 'cashew trees in the dry season',
};
const PLAN_TITLE = 'Capacity building plan 2026–2027';
const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
const MINISTRY = 'MoH budget line 4.2.1';
const PARTNER = 'Health Data Partners';
const ACCESS_CONTROLS = 'Create and manage user-based access controls';
/** Any alert() a page runs: there must be none. */
const dialogs: string[] = [];

function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('a lead plans and budgets capacity building from a member’s priority gaps', () => {
  let server: CoreteamServer;
  let teamId: string;
  let leadApi: ApiSession;
  let lead: BrowserSession;
  const thisYear = new Date().getUTCFullYear();

  beforeAll(async () => {
    server = await startCoreteamServer();
    const admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    teamId = (
      await admin.expect<{ id: string }>(
        'POST',
        '/api/teams',
        { name: 'Mozambique core team', countryCode: 'MZ', baseCurrency: 'USD' },
        201,
      )
    ).id;
    await admin.createAccount(teamId, LEAD, 'lead');
    leadApi = await ApiSession.withOwnPassword(server.baseUrl, LEAD);

    // Ana, an Implementer – Technical, assessed herself: no experience with access controls (0),
    // independent (2) in everything else, so access controls is her first priority gap.
    const anaUserId = await admin.createAccount(teamId, ANA, 'member');
    const anaApi = await ApiSession.withOwnPassword(server.baseUrl, ANA);
    const memberId = await leadApi.addMember(teamId, {
      name: ANA.name,
      userId: anaUserId,
      roleKey: 'implementer',
      subRoleKey: 'technical',
    });
    const roundId = await leadApi.openBuiltInRound(teamId, {
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
      categoryKey === 'implementer-technical.user-access-controls' ? 0 : 2,
    );

    lead = await openBrowserSession();
    lead.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const signIn = new SignInPage(lead.page, server.baseUrl);
    await signIn.open();
    await signIn.signIn(LEAD.email, LEAD.password);
    await new TeamPage(lead.page, server.baseUrl).waitFor();
  });

  afterAll(async () => {
    await lead?.close();
    await closeBrowser();
    await server?.stop();
  });

  it('adds two funders, plans two activities split between them and shows the funding gap', async () => {
    const page = lead.page;
    await page.goto(`${server.baseUrl}/teams/${teamId}/funding-sources`);
    const sources = new FundingSourcesPage(page, server.baseUrl);
    await sources.heading.waitFor();
    await sources.add({ name: MINISTRY, kind: 'Government budget line' });
    await sources.add({ name: PARTNER, kind: 'Partner' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(`${server.baseUrl}/teams/${teamId}/plans`);
    const plan = new CapacityPlanPage(page, server.baseUrl);
    await plan.createPlan({
      title: PLAN_TITLE,
      startYear: String(thisYear),
      endYear: String(thisYear + 1),
    });
    // Per diems are paid in meticais: 1 MZN = 0.0157 USD.
    await plan.addExchangeRate({ currency: 'MZN', rate: '0.0157', effectiveOn: `${thisYear}-01-01` });

    // Fees 1 × 1,200.00 USD + per diem 5 × 2,548.00 MZN (12,740.00 MZN × 0.0157 = 200.018 → 200.02 USD).
    await plan.addActivityFor(ANA.name, {
      title: 'DHIS2 Academy: user management and sharing',
      type: 'DHIS2 Academy (in person)',
      year: String(thisYear),
      quarter: 'Quarter 3',
      gaps: [`${ACCESS_CONTROLS} (Implementer – Technical)`],
      costLines: [
        { kind: 'Fees', quantity: '1', unitCost: '1200.00', currency: 'USD' },
        { kind: 'Per diem', quantity: '5', unitCost: '2548.00', currency: 'MZN' },
      ],
      shares: [
        { source: MINISTRY, amount: '400.00', status: 'Secured' },
        { source: PARTNER, amount: '600.00', status: 'Pledged' },
      ],
    });
    expect(await plan.liveTotalText()).toBe('Total in USD: $1,400.02');
    expect(await plan.uncoveredText()).toBe('Not yet covered: $400.02');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await plan.saveActivity();

    // Materials 2 × 150.00 USD, wholly secured from the partner.
    await plan.addActivityFor(ANA.name, {
      title: 'Mentoring on user roles and sharing',
      type: 'Mentoring',
      year: String(thisYear + 1),
      gaps: [`${ACCESS_CONTROLS} (Implementer – Technical)`],
      costLines: [{ kind: 'Materials', quantity: '2', unitCost: '150.00', currency: 'USD' }],
      shares: [{ source: PARTNER, amount: '300.00', status: 'Secured' }],
    });
    await plan.saveActivity();

    const column = plan.memberColumn(ANA.name);
    await column.getByText('Mentoring on user roles and sharing').waitFor();
    expect(await column.getByText(`Addresses: ${ACCESS_CONTROLS}`).count()).toBe(2);
    // Total 1,700.02 = 700.00 secured + 600.00 pledged + 400.02 not covered by anyone.
    expect(await plan.headlineFigure('Funding gap')).toBe('$400.02');
    expect(await plan.headlineFigure('Total cost')).toBe('$1,700.02');
    expect(await plan.headlineFigure('Secured')).toBe('$700.00');
    expect(await plan.headlineFigure('Pledged')).toBe('$600.00');

    await plan.openTab('Budget');
    const byYear = page.locator('[data-test="budget-by-year"]');
    expect(
      await byYear
        .getByRole('row')
        .filter({ hasText: String(thisYear) })
        .first()
        .textContent(),
    ).toContain('$400.02');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('downloads the plan document and a budget workbook whose totals are formulas', async () => {
    const plan = new CapacityPlanPage(lead.page, server.baseUrl);
    const pdf = await plan.download('Download PDF');
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfBytes = await readDownload(pdf);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfBytes.length).toBeGreaterThan(5_000);

    const workbookDownload = await plan.download('Download budget (XLSX)');
    expect(workbookDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readDownload(workbookDownload)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Activities', 'Cost lines', 'Summary']),
    );
    const formulas: Array<{ formula: string; result: unknown }> = [];
    workbook.getWorksheet('Summary')!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push({ formula: cell.formula, result: cell.result });
      }),
    );
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.map((cell) => cell.result)).toContain(1700.02);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('shows a plan title written as markup as plain text, and runs nothing', async () => {
    const created = await leadApi.expect<{ id: string }>(
      'POST',
      `/api/teams/${teamId}/plans`,
      { title: HOSTILE_TITLE, startYear: thisYear + 2, endYear: thisYear + 3, baseCurrency: 'USD' },
      201,
    );
    const page = lead.page;
    await page.goto(`${server.baseUrl}/teams/${teamId}/plans`);
    const plan = new CapacityPlanPage(page, server.baseUrl);
    await plan.plansTable.getByRole('link', { name: HOSTILE_TITLE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: HOSTILE_TITLE }).waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    await page.goto(`${server.baseUrl}/teams/${teamId}/plans/${created.id}/print`);
    await page.getByRole('heading', { level: 1, name: HOSTILE_TITLE }).waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });
});

async function readDownload(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
