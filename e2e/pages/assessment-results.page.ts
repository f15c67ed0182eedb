import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './select-field.js';

/**
 * /teams/:teamId/rounds/:roundId/results (the team's results) and
 * /teams/:teamId/members/:memberId/results (one member's).
 */
export class AssessmentResultsPage {
  readonly heading: Locator;
  readonly main: Locator;
  readonly heatmap: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.main = page.getByRole('main');
    this.heatmap = page.getByRole('table', { name: 'Category scores from 0 to 3 for each member' });
  }

  async openRound(teamId: string, roundId: string, roundName: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}/rounds/${roundId}/results`);
    await this.page.getByRole('heading', { level: 1, name: `Results: ${roundName}` }).waitFor();
  }

  async openMember(teamId: string, memberId: string, roundId: string, memberName: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}/members/${memberId}/results?roundId=${roundId}`);
    await this.page.getByRole('heading', { level: 1, name: `Results of ${memberName}` }).waitFor();
  }

  async compareWith(roundName: string): Promise<void> {
    await chooseOption(this.page, 'Compare with', roundName);
  }

  /** The row names of the heatmap, top to bottom. */
  async heatmapRowNames(): Promise<string[]> {
    return (await this.heatmap.locator('tbody th a').allTextContents()).map((text) => text.trim());
  }

  /** The text of the heatmap cell in the row named `row` and the category column named `category`. */
  async heatmapCell(row: string, category: string): Promise<{ text: string; belowTarget: boolean }> {
    return this.heatmap.evaluate(
      (table, { row, category }) => {
        const headers = Array.from((table as HTMLTableElement).tHead!.rows[1]!.cells).map((cell) =>
          cell.textContent!.trim(),
        );
        const column = headers.indexOf(category);
        if (column < 0) throw new Error(`no column ${category} in ${headers.join(' | ')}`);
        const body = (table as HTMLTableElement).tBodies[0]!;
        const tr = Array.from(body.rows).find(
          (each) => each.cells[0]!.querySelector('a')?.textContent === row,
        );
        if (!tr) throw new Error(`no row ${row}`);
        const cell = tr.cells[column + 1]!;
        const visible = Array.from(cell.childNodes)
          .filter((node) => !(node instanceof HTMLElement && node.classList.contains('visually-hidden')))
          .map((node) => node.textContent)
          .join('')
          .trim();
        return { text: visible, belowTarget: cell.classList.contains('heatmap__cell--below') };
      },
      { row, category },
    );
  }

  /** A table's body rows as the text of their cells (row header first). */
  async rows(table: Locator): Promise<string[][]> {
    await table.waitFor();
    return table.evaluate((element) =>
      Array.from((element as HTMLTableElement).tBodies[0]!.rows).map((tr) =>
        Array.from(tr.cells).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    );
  }

  /** The body row whose first cell is `name`. */
  async row(table: Locator, name: string): Promise<string[]> {
    const rows = await this.rows(table);
    const found = rows.find((cells) => cells[0] === name);
    if (!found) throw new Error(`no row ${name} in ${JSON.stringify(rows)}`);
    return found;
  }

  tableByCaption(caption: string | RegExp): Locator {
    return this.page.getByRole('table', { name: caption });
  }

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }
}
