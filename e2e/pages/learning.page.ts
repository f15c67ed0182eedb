import type { Locator, Page } from 'playwright-core';

/** /learning-paths, the recommendations on a member's results page and the plan optimiser dialog. */
export class LearningPage {
  readonly pathSteps: Locator;
  readonly recommendations: Locator;
  readonly optimiser: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.pathSteps = page.locator('[data-test="learning-path-step"]');
    this.recommendations = page.locator('[data-test="recommendations-table"]');
    this.optimiser = page.locator('[data-test="optimiser-dialog"]');
  }

  async openPaths(roleKey: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/learning-paths?role=${roleKey}`);
    await this.page.getByRole('heading', { level: 1, name: 'Learning paths' }).waitFor();
    await this.pathSteps.first().waitFor();
  }

  /** The course names of the path, in order. */
  async pathCourseNames(): Promise<string[]> {
    return (await this.pathSteps
      .locator('th')
      .evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent?.trim() ?? ''))) as string[];
  }

  /** The titles of the recommended courses and mentoring, top to bottom. */
  async recommendedTitles(): Promise<string[]> {
    await this.recommendations.waitFor();
    return this.recommendations
      .locator('[data-test="recommendation"] th')
      .evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent?.trim() ?? ''));
  }

  /** Opens the optimiser on the plan page, asks for a proposal with `budget` (major units) and waits for it. */
  async propose(budget: string): Promise<void> {
    await this.page.locator('[data-test="plan-optimise"]').click();
    await this.optimiser.waitFor();
    await this.optimiser.getByLabel(/^Budget/).fill(budget);
    await this.optimiser.locator('[data-test="optimiser-run"]').click();
    await this.optimiser.locator('[data-test="optimiser-proposal"]').waitFor();
  }

  async proposalFigure(which: 'total' | 'left'): Promise<string> {
    return ((await this.optimiser.locator(`[data-test="proposal-${which}"]`).textContent()) ?? '').trim();
  }

  async proposedTitles(): Promise<string[]> {
    return this.optimiser
      .locator('[data-test="proposal-activities"] tbody th')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
  }

  /** On a member's learning page: records a completed course taken on `date` (YYYY-MM-DD). */
  async recordCourse(courseName: string, date: string): Promise<void> {
    const form = this.page.locator('[data-test="learning-record-form"]');
    await form.getByRole('combobox', { name: /^Course/ }).click();
    await this.page.getByRole('textbox', { name: 'Filter the options' }).fill(courseName);
    await this.page.getByRole('option', { name: courseName, exact: true }).click();
    await form.getByLabel(/^Date taken or completed/).fill(date);
    await form.getByRole('button', { name: 'Record course' }).click();
    await this.page.getByText('The course was recorded.').waitFor();
  }

  /** The status cell of a course on the first path shown on a member's learning page. */
  async pathStatus(courseName: string): Promise<string> {
    const row = this.page
      .locator('[data-test="learning-progress"]')
      .first()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: courseName, exact: true }) });
    return ((await row.locator('td').first().textContent()) ?? '').trim();
  }

  /** The cost shown for a recommendation, and its "Add to plan" button. */
  recommendation(title: string): { cost: Locator; add: Locator } {
    const row = this.recommendations
      .locator('[data-test="recommendation"]')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${title}`) }) });
    return {
      cost: row.locator('td.number'),
      add: row.getByRole('button', { name: `Add ${title} to the plan` }),
    };
  }

  async accept(): Promise<void> {
    await this.optimiser.locator('[data-test="optimiser-accept"]').click();
    await this.optimiser.waitFor({ state: 'detached' });
  }
}
