import type { Locator, Page } from 'playwright-core';

/** /assessments/:assessmentId: the form, one radio group per skill, and its read-only view. */
export class AssessmentFormPage {
  readonly syncStatus: Locator;
  readonly submitButton: Locator;
  readonly missingList: Locator;
  readonly readOnlyNote: Locator;
  /** The form shows the copy kept on this device: the server could not be reached. */
  readonly offlineCopyNotice: Locator;
  /** The line above the app while the browser is offline or the app opened from the device. */
  readonly offlineShellNotice: Locator;
  /** Answers the server kept from elsewhere, being newer than the ones given here. */
  readonly supersededNotice: Locator;
  /** Next to the save status: how many answers were changed elsewhere, linking to the notice. */
  readonly supersededLink: Locator;
  /** Shown while the server refuses the answers: sends them again. */
  readonly retryButton: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.syncStatus = page.getByTestId('sync-status');
    this.submitButton = page.getByRole('button', { name: 'Submit the assessment' });
    this.missingList = page.getByRole('alert').filter({ hasText: 'Not answered yet' });
    this.readOnlyNote = page.getByText(/^Submitted on /);
    this.offlineCopyNotice = page.getByText('Offline — showing the copy saved on this device');
    this.offlineShellNotice = page.getByRole('complementary', { name: 'Connection' });
    this.supersededNotice = page
      .getByRole('status')
      .filter({ hasText: 'Some answers were changed elsewhere' });
    this.supersededLink = page.getByRole('link', { name: /^Answers changed elsewhere \(\d+\)$/ });
    this.retryButton = page.getByRole('button', { name: 'Retry', exact: true });
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

  /** The answers could not be sent and wait on this device. */
  async waitUntilWaitingToSync(): Promise<void> {
    await this.syncStatus.filter({ hasText: /^Waiting to sync/ }).waitFor();
  }

  /** Each skill named in the notice of answers changed elsewhere. */
  async supersededSkills(): Promise<string[]> {
    const lines = await this.supersededNotice.getByRole('listitem').allTextContents();
    return lines.map((line) => /“(.+)”/.exec(line)?.[1] ?? line);
  }

  /** Waits until the service worker has cached the app and controls this page. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  /** The keys of the copies this browser keeps for offline use (IndexedDB, idb-keyval's store). */
  async deviceCopyKeys(): Promise<string[]> {
    return this.page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const opening = indexedDB.open('keyval-store');
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const database = opening.result;
            const reading = database.transaction('keyval').objectStore('keyval').getAllKeys();
            reading.onerror = () => reject(reading.error);
            reading.onsuccess = () => {
              database.close();
              resolve(reading.result.map(String).filter((key) => key.startsWith('coreteam.offline.')));
            };
          };
        }),
    );
  }

  overallProgress(): Locator {
    return this.page.getByText(/^Overall: \d+ of \d+ answered$/);
  }
}
