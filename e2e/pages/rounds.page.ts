import type { Locator, Page } from 'playwright-core';

/** Chooses an option of a DHIS2 select (a combobox named by its label) inside `scope`. */
async function choose(page: Page, scope: Locator, label: RegExp, option: string): Promise<void> {
  const combobox = scope.getByRole('combobox', { name: label });
  if ((await combobox.textContent())?.trim() === option) return;
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** /teams/:teamId/rounds: the team's assessment rounds, and the lead's form to open one. */
export class RoundsPage {
  readonly heading: Locator;
  readonly openForm: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Assessment rounds' });
    this.openForm = page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Open the round' }) });
  }

  async open(teamId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}/rounds`);
    await this.heading.waitFor();
  }

  /** Fills the "Open a round" form (opening it first) and sends it; the caller waits for the outcome. */
  async submitNewRound(round: { name: string; framework?: string; opensOn?: string; closesOn?: string }) {
    if (!(await this.openForm.isVisible())) {
      await this.page.getByRole('button', { name: 'Open a round' }).click();
    }
    const form = this.openForm;
    await form.getByLabel(/^Name/).fill(round.name);
    if (round.framework) await choose(this.page, form, /^Framework version/, round.framework);
    if (round.opensOn) await form.getByLabel(/^Opens on/).fill(round.opensOn);
    if (round.closesOn) await form.getByLabel(/^Closes on/).fill(round.closesOn);
    await form.getByRole('button', { name: 'Open the round' }).click();
  }

  fieldError(text: string): Locator {
    return this.openForm.getByText(text);
  }
}

/** /teams/:teamId/rounds/:roundId: who has submitted, and the lead's "Add an assessment" dialog. */
export class RoundPage {
  readonly table: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table');
    this.status = page.getByRole('status');
  }

  async waitFor(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  row(member: string): Locator {
    return this.table.getByRole('row').filter({ hasText: member });
  }

  /** Adds an assessment through the dialog, reading out each mode's strengths and limits on the way. */
  async addAssessment(choice: {
    member: string;
    mode: 'Self-assessment' | 'Supervisor assessment' | 'External assessment';
    assessor?: string;
    areas?: string[];
  }): Promise<{ modeTexts: string[] }> {
    await this.page.getByRole('button', { name: 'Add an assessment' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Add an assessment' }).waitFor();
    await choose(this.page, dialog, /^Member/, choice.member);
    const modes = dialog.getByRole('group', { name: 'How it is run' });
    const modeTexts = await modes.locator('label').allTextContents();
    await modes.getByRole('radio', { name: choice.mode }).check();
    if (choice.assessor) await choose(this.page, dialog, /^Assessor/, choice.assessor);
    for (const area of choice.areas ?? []) await dialog.getByLabel(area, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Add the assessment' }).click();
    await dialog.waitFor({ state: 'detached' });
    return { modeTexts };
  }
}
