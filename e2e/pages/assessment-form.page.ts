import type { Locator, Page } from 'playwright-core';

/** /assessments/:assessmentId: the form, one radio group per skill, and its read-only view. */
export class AssessmentFormPage {
  readonly syncStatus: Locator;
  readonly submitButton: Locator;
  readonly missingList: Locator;
  readonly readOnlyNote: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.syncStatus = page.getByTestId('sync-status');
    this.submitButton = page.getByRole('button', { name: 'Submit the assessment' });
    this.missingList = page.getByRole('alert').filter({ hasText: 'Not answered yet' });
    this.readOnlyNote = page.getByText(/^Submitted on /);
  }

  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessments/${assessmentId}`);
    await this.waitFor();
  }

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: /^Skills assessment of / }).waitFor();
    // Long forms add their later categories a few at a time.
    await this.page.locator('.assessment-areas[aria-busy="false"]').waitFor();
  }

  /** A skill's fieldset, named by its legend. */
  skill(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  /** One option of a skill's scale: "0 No experience" … "3 Expert", "N/A Not applicable". */
  option(skill: string, option: string): Locator {
    return this.skill(skill).getByRole('radio', { name: option, exact: true });
  }

  /** The names of every skill on the form, in order. */
  async skillNames(): Promise<string[]> {
    return this.page.locator('fieldset.skill-row > legend').allTextContents();
  }

  /** The option checked in a skill, or undefined. */
  async answerOf(skill: string): Promise<string | undefined> {
    const checked = this.skill(skill).locator('input:checked');
    if ((await checked.count()) === 0) return undefined;
    const labelId = await checked.getAttribute('aria-labelledby');
    return (await this.page.locator(`[id="${labelId}"]`).textContent())?.trim();
  }

  comment(category: string): Locator {
    return this.page.getByLabel(`Comment on ${category} (optional)`);
  }

  async waitUntilSaved(): Promise<void> {
    await this.syncStatus.filter({ hasText: /^Saved$/ }).waitFor();
  }

  overallProgress(): Locator {
    return this.page.getByText(/^Overall: \d+ of \d+ answered$/);
  }
}
