import type { Download, Locator, Page } from 'playwright-core';

/**
 * Chooses an option of a DHIS2 select (a combobox named by its label) inside `scope`; a select
 * with a filter box (currencies) is filtered first, as a person does with a long list.
 */
async function choose(
  page: Page,
  scope: Locator,
  label: RegExp,
  option: string | RegExp,
  filter?: string,
): Promise<void> {
  const combobox = scope.getByRole('combobox', { name: label });
  const shown = (await combobox.textContent())?.trim() ?? '';
  if (typeof option === 'string' ? shown === option : option.test(shown)) return;
  await combobox.click();
  if (filter) await page.getByRole('textbox', { name: 'Filter the options' }).fill(filter);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

export interface NewCostLine {
  kind: string;
  quantity: string;
  unitCost: string;
  /** The ISO code; the option is found by it. */
  currency: string;
  description?: string;
}

export interface NewFundingShare {
  source: string;
  amount: string;
  status: 'Secured' | 'Pledged' | 'Unfunded';
}

export interface NewActivity {
  title: string;
  type: string;
  year: string;
  quarter?: string;
  /** Labels of the gap checkboxes to tick, as shown: "Category (Area)". */
  gaps?: string[];
  costLines: NewCostLine[];
  shares: NewFundingShare[];
}

/** /teams/:teamId/funding-sources. */
export class FundingSourcesPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Funding sources' });
    this.table = page.locator('[data-test="funding-sources-table"]');
  }

  async add(source: { name: string; kind: 'Government budget line' | 'Partner' | 'Other' }): Promise<void> {
    const form = this.page.locator('form').filter({
      has: this.page.getByRole('button', { name: 'Add funding source' }),
    });
    await form.getByLabel(/^Name/).fill(source.name);
    await choose(this.page, form, /^Kind/, source.kind);
    await form.getByRole('button', { name: 'Add funding source' }).click();
    await this.table.getByRole('row').filter({ hasText: source.name }).waitFor();
  }
}

/** /teams/:teamId/plans and a plan's own page with its tabs and the activity editor. */
export class CapacityPlanPage {
  readonly heading: Locator;
  readonly plansTable: Locator;
  readonly headline: Locator;
  readonly editor: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.plansTable = page.locator('[data-test="plans-table"]');
    this.headline = page.locator('[data-test="plan-headline"]');
    this.editor = page.locator('[data-test="activity-editor"]');
  }

  async createPlan(plan: { title: string; startYear: string; endYear: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New plan' }).click();
    const form = this.page.locator('form').filter({
      has: this.page.getByRole('button', { name: 'Create plan' }),
    });
    await form.getByLabel(/^Plan title/).fill(plan.title);
    await form.getByLabel(/^First year/).fill(plan.startYear);
    await form.getByLabel(/^Last year/).fill(plan.endYear);
    await form.getByRole('button', { name: 'Create plan' }).click();
    await this.page.getByRole('heading', { level: 1, name: plan.title }).waitFor();
  }

  async openTab(name: 'By member' | 'Timeline' | 'Budget' | 'Exchange rates' | 'Revisions'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await this.page.getByRole('tabpanel').waitFor();
  }

  async addExchangeRate(rate: { currency: string; rate: string; effectiveOn: string }): Promise<void> {
    await this.openTab('Exchange rates');
    await this.page.getByRole('button', { name: 'Add a rate' }).click();
    const row = this.page.getByRole('group', { name: /^Rate \d+$/ }).last();
    await choose(this.page, row, /^Currency/, new RegExp(`\\(${rate.currency}\\)$`), rate.currency);
    await row.getByLabel(/^Rate in/).fill(rate.rate);
    await row.getByLabel(/^In force from/).fill(rate.effectiveOn);
    await this.page.getByRole('button', { name: 'Save exchange rates' }).click();
    await this.page.getByText('Exchange rates saved; the budget is recalculated.').waitFor();
  }

  memberColumn(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async addActivityFor(member: string, activity: NewActivity): Promise<void> {
    await this.openTab('By member');
    await this.memberColumn(member).getByRole('button', { name: 'Add activity' }).click();
    const editor = this.editor;
    await editor.waitFor();
    await editor.getByLabel(/^Title/).fill(activity.title);
    await choose(this.page, editor, /^Type/, activity.type);
    await editor.getByLabel(/^Year/).fill(activity.year);
    if (activity.quarter) await choose(this.page, editor, /^Quarter/, activity.quarter);
    for (const gap of activity.gaps ?? []) await editor.getByLabel(gap, { exact: true }).check();

    for (const [index, line] of activity.costLines.entries()) {
      if (index > 0 || (await editor.getByRole('group', { name: 'Cost line 1' }).count()) === 0) {
        await editor.getByRole('button', { name: 'Add a cost line' }).click();
      }
      const row = editor.getByRole('group', { name: `Cost line ${index + 1}` });
      await choose(this.page, row, /^Kind/, line.kind);
      if (line.description) await row.getByLabel(/^Description/).fill(line.description);
      await row.getByLabel(/^Quantity/).fill(line.quantity);
      await row.getByLabel(/^Unit cost/).fill(line.unitCost);
      await choose(this.page, row, /^Currency/, new RegExp(`\\(${line.currency}\\)$`), line.currency);
    }
    for (const [index, share] of activity.shares.entries()) {
      await editor.getByRole('button', { name: 'Add a funding share' }).click();
      const row = editor.getByRole('group', { name: `Funding share ${index + 1}` });
      await choose(this.page, row, /^Funding source/, share.source);
      await row.getByLabel(/^Amount/).fill(share.amount);
      await choose(this.page, row, /^Status/, share.status);
    }
  }

  /** What the editor says is still uncovered, e.g. "Not yet covered: $400.00". */
  async uncoveredText(): Promise<string> {
    return ((await this.editor.locator('[data-test="activity-uncovered"]').textContent()) ?? '').trim();
  }

  async liveTotalText(): Promise<string> {
    return ((await this.editor.locator('[data-test="activity-live-total"]').textContent()) ?? '').trim();
  }

  async saveActivity(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Save activity' }).click();
    await this.editor.waitFor({ state: 'detached' });
  }

  /** The headline figures as shown: { 'Funding gap': '$400.00', … }. */
  async headlineFigure(name: 'Funding gap' | 'Total cost' | 'Secured' | 'Pledged'): Promise<string> {
    const figure = this.headline.locator('div').filter({
      has: this.page.getByRole('term').getByText(name, { exact: true }),
    });
    return ((await figure.locator('.plan-headline__amount').textContent()) ?? '').trim();
  }

  async download(linkName: 'Download PDF' | 'Download budget (XLSX)'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: linkName }).click(),
    ]);
    return download;
  }
}
