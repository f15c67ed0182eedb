import type { Locator, Page } from 'playwright-core';

/** /teams/:teamId/frameworks: the frameworks the team can use, "Make a team copy" and the import form. */
export class FrameworksPage {
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Frameworks' });
  }

  async open(teamId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}/frameworks`);
    await this.heading.waitFor();
  }

  row(name: string): Locator {
    return this.page
      .locator('[data-test="framework-row"]')
      .filter({ has: this.page.getByRole('link', { name }) });
  }

  async makeTeamCopy(sourceName: string, copy: { name: string; key: string }): Promise<void> {
    await this.row(sourceName).getByRole('button', { name: 'Make a team copy' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^Name of the copy/).fill(copy.name);
    await dialog.getByLabel(/^Key of the copy/).fill(copy.key);
    await dialog.getByRole('button', { name: 'Make the copy' }).click();
  }

  exportLink(name: string, format: 'YAML' | 'JSON'): Locator {
    return this.row(name).getByRole('link', { name: `Export ${name} as ${format}` });
  }

  async importFile(fileName: string, content: string): Promise<void> {
    await this.page.getByLabel('Framework file (YAML or JSON)').setInputFiles({
      name: fileName,
      mimeType: fileName.endsWith('.json') ? 'application/json' : 'application/yaml',
      buffer: Buffer.from(content, 'utf8'),
    });
    await this.page.getByRole('button', { name: `Import ${fileName}` }).click();
  }

  importProblems(): Locator {
    return this.page.getByTestId('import-problems').getByRole('listitem');
  }
}

/** /teams/:teamId/frameworks/:frameworkId: the editor (leads) or the read-only view. */
export class FrameworkEditorPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async waitFor(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  area(name: string): Locator {
    return this.page.getByTestId('framework-area').filter({
      has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^Area \\d+: ${escape(name)}$`) }),
    });
  }

  async showCategories(area: string): Promise<void> {
    await this.area(area)
      .getByRole('button', { name: /^Show the \d+ categories$/ })
      .click();
  }

  category(name: string): Locator {
    return this.page.getByTestId('framework-category').filter({
      has: this.page.getByRole('heading', { level: 4, name: new RegExp(`^Category \\d+: ${escape(name)}$`) }),
    });
  }

  skillNames(category: Locator): Promise<string[]> {
    return category
      .getByTestId('framework-skill')
      .getByLabel(/^Skill name/)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^Save as version \d+$/ }).click();
  }

  saved(number: number): Locator {
    return this.page.getByRole('status').filter({ hasText: `Saved as version ${number}.` });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
