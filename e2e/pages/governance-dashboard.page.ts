import type { Locator, Page } from 'playwright-core';

/** /teams/:teamId/dashboard: the team's figures for a governing body, one printable page. */
export class GovernanceDashboardPage {
  readonly heading: Locator;
  readonly rolesFilled: Locator;
  readonly participation: Locator;
  readonly planCompletion: Locator;
  readonly budgetTotals: Locator;
  readonly budgetTable: Locator;
  readonly progressTable: Locator;
  readonly charts: Locator;
  readonly printButton: Locator;
  readonly findings: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.rolesFilled = page.getByTestId('roles-filled');
    this.participation = page.getByTestId('participation');
    this.planCompletion = page.getByTestId('plan-completion');
    this.budgetTotals = page.getByTestId('budget-totals');
    this.budgetTable = page.locator('[data-test="dashboard-budget"]');
    this.progressTable = page.locator('[data-test="dashboard-progress"]');
    this.charts = page.locator('.dashboard-chart canvas[role="img"]');
    this.printButton = page.getByRole('button', { name: 'Print' });
    this.findings = page.locator('[data-finding]');
  }

  async open(teamId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}/dashboard`);
    await this.waitFor();
  }

  /** The page with its data, its three charts drawn and the findings worded. */
  async waitFor(): Promise<void> {
    await this.budgetTable.waitFor();
    await this.findings.first().waitFor();
  }

  areaTable(pointOfView: 'self' | 'supervisor' | 'external'): Locator {
    return this.page.locator(`[data-test="dashboard-areas-${pointOfView}"]`);
  }

  /** The cells of the table row whose first cell is `name`, as the reader sees them. */
  async rowCells(table: Locator, name: string): Promise<string[]> {
    const exactly = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    const row = table
      .locator('tr')
      .filter({ has: this.page.locator('td:first-child', { hasText: exactly }) });
    return (await row.first().locator('td').allTextContents()).map((text) => text.trim());
  }
}
