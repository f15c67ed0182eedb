import { summariseBudget, type PlanBudget, type PlanTotals } from '@coreteam/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aPlanReport } from './plan-report.test-data.js';
import type { PlanReport } from './plan-report.js';
import { SHEET_NAMES, currencyNumberFormat, renderBudgetWorkbook } from './plan-workbook.js';

async function readBack(report: PlanReport): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderBudgetWorkbook(report)) as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Major units, the way the workbook holds them. */
const usd = (minor: number) => minor / 100;

interface SummaryLine {
  label: string;
  figures: Record<keyof PlanTotals, { formula: string | undefined; result: unknown }>;
}

/** The rows of one Summary section, between its column header and its Total row (included). */
function summarySection(workbook: ExcelJS.Workbook, title: string): SummaryLine[] {
  const summary = sheet(workbook, SHEET_NAMES.summary);
  let start = 0;
  summary.eachRow((row, number) => {
    if (row.getCell(1).value === title) start = number + 2;
  });
  if (start === 0) throw new Error(`no section ${title}`);
  const lines: SummaryLine[] = [];
  for (let number = start; ; number += 1) {
    const row = summary.getRow(number);
    const label = row.getCell(1).value;
    const figure = (column: number) => ({
      formula: row.getCell(column).formula,
      result: row.getCell(column).result,
    });
    lines.push({
      label: String(label),
      figures: {
        totalMinor: figure(2),
        securedMinor: figure(3),
        pledgedMinor: figure(4),
        unfundedMinor: figure(5),
      },
    });
    if (label === 'Total') return lines;
  }
}

function expectFigures(line: SummaryLine | undefined, expected: PlanTotals): void {
  expect(line).toBeDefined();
  for (const key of ['totalMinor', 'securedMinor', 'pledgedMinor', 'unfundedMinor'] as const) {
    expect(line!.figures[key].formula, `${line!.label} ${key}`).toMatch(/^(SUMIFS|SUM)\(/);
    expect(line!.figures[key].result, `${line!.label} ${key}`).toBe(usd(expected[key]));
  }
}

/** What core's summariseBudget makes of the report's activities, as the plans service would. */
function budgetFromCore(report: PlanReport): PlanBudget {
  const memberId = new Map(report.members.map((member) => [member.name, member.memberId]));
  const sourceId = new Map(report.fundingSources.map((source) => [source.name, source.id]));
  const firstRole = (memberId: string) =>
    report.roles.find((role) =>
      role.people.some((person) => person.memberId === memberId && person.status === 'current'),
    )?.roleKey ?? null;
  return summariseBudget({
    plan: {
      id: report.plan.id,
      startYear: report.plan.startYear,
      endYear: report.plan.endYear,
      baseCurrency: report.plan.baseCurrency,
    },
    activities: report.activities.map((activity) => ({
      id: activity.id,
      type: activity.type,
      status: activity.status,
      year: activity.year,
      memberIds: activity.memberNames.map((name) => memberId.get(name)!),
      totalMinor: activity.totalMinor,
      fundingShares: activity.fundingShares.map((share) => ({
        fundingSourceId: sourceId.get(share.fundingSourceName)!,
        amountMinor: share.amountMinor,
        status: share.status,
      })),
      uncoveredMinor: activity.uncoveredMinor,
    })),
    fundingSources: report.fundingSources,
    members: report.members.map((member) => ({
      id: member.memberId,
      name: member.name,
      roleKey: firstRole(member.memberId),
    })),
    visibility: 'full',
    labels: { uncovered: 'Not yet funded' },
  });
}

describe('renderBudgetWorkbook', () => {
  it('is built on a test report whose budget is what core computes', () => {
    const report = aPlanReport();
    expect(budgetFromCore(report)).toEqual(report.budget);
  });

  it('has the Summary, Activities, Cost lines and share sheets, with frozen header rows', async () => {
    const workbook = await readBack(aPlanReport());
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'Summary',
      'Activities',
      'Cost lines',
      'Funding shares',
      'Member shares',
    ]);
    for (const worksheet of workbook.worksheets) {
      expect(worksheet.views[0]).toMatchObject({
        state: 'frozen',
        ySplit: worksheet.name === 'Summary' ? 3 : 1,
      });
      expect(worksheet.getColumn(2).width).toBeGreaterThan(10);
    }
  });

  it('totals by year, funding source, member and type as formulas whose results match the budget', async () => {
    const report = aPlanReport();
    const workbook = await readBack(report);
    const { budget } = report;

    const byYear = summarySection(workbook, 'By year');
    budget.byYear.forEach((line, index) => {
      expect(byYear[index]!.label).toBe(String(line.year));
      expectFigures(byYear[index], line);
    });
    expect(byYear[0]!.figures.totalMinor.formula).toBe(
      `SUMIFS('Activities'!$I:$I,'Activities'!$E:$E,$A7,'Activities'!$G:$G,"<>Cancelled")`,
    );
    expectFigures(byYear.at(-1), budget.totals);

    const bySource = summarySection(workbook, 'By funding source');
    budget.byFundingSource.forEach((line, index) => {
      expect(bySource[index]!.label).toBe(line.name);
      expectFigures(bySource[index], line);
    });
    expectFigures(bySource.at(-1), budget.totals);

    const byMember = summarySection(workbook, 'By member');
    (budget.byMember ?? []).forEach((line, index) => {
      expect(byMember[index]!.label).toBe(line.name);
      expectFigures(byMember[index], line);
    });
    expectFigures(byMember.at(-1), budget.totals);

    const byType = summarySection(workbook, 'By activity type');
    budget.byActivityType.forEach((line, index) => expectFigures(byType[index], line));
    expectFigures(byType.at(-1), budget.totals);
  });

  it('splits a shared activity between members as the budget does, remainders included', async () => {
    const report = aPlanReport();
    const shared = report.activities[2]!;
    shared.costLines[0]!.unitCostMinor = 80_001;
    shared.costLines[0]!.totalMinor = 80_001;
    shared.costLines[0]!.baseTotalMinor = 80_001;
    shared.totalMinor = 83_713;
    shared.uncoveredMinor = 23_713;
    report.budget = budgetFromCore(report);

    const byMember = summarySection(await readBack(report), 'By member');
    (report.budget.byMember ?? []).forEach((line, index) => expectFigures(byMember[index], line));
    expectFigures(byMember.at(-1), report.budget.totals);
  });

  it('gives each activity its total as a formula over its cost lines, in the base currency format', async () => {
    const report = aPlanReport();
    const activities = sheet(await readBack(report), SHEET_NAMES.activities);
    report.activities.forEach((activity, index) => {
      const row = activities.getRow(index + 2);
      expect(row.getCell('B').value).toBe(activity.title);
      expect(row.getCell('I').formula).toBe(`SUMIFS('Cost lines'!$I:$I,'Cost lines'!$A:$A,$A${index + 2})`);
      expect(row.getCell('I').result).toBe(usd(activity.totalMinor));
      expect(row.getCell('I').numFmt).toBe('"USD "#,##0.00');
      expect(row.getCell('L').formula).toBe(`I${index + 2}-J${index + 2}-K${index + 2}`);
    });
    expect(activities.getRow(4).getCell('L').result).toBe(usd(32_712));
  });

  it('writes each cost line total as quantity × unit cost in its own currency', async () => {
    const report = aPlanReport();
    const costLines = sheet(await readBack(report), SHEET_NAMES.costLines);
    const lines = report.activities.flatMap((activity) => activity.costLines);
    lines.forEach((line, index) => {
      const row = costLines.getRow(index + 2);
      expect(row.getCell('H').formula).toBe(`E${index + 2}*F${index + 2}`);
      expect(row.getCell('H').result).toBe(line.totalMinor / 10 ** line.currencyDigits);
      expect(row.getCell('I').value).toBe(usd(line.baseTotalMinor));
      expect(row.getCell('F').numFmt).toBe(currencyNumberFormat(line.currency, line.currencyDigits));
    });
    expect(currencyNumberFormat('XOF', 0)).toBe('"XOF "#,##0');
    expect(currencyNumberFormat('BHD', 3)).toBe('"BHD "#,##0.000');
  });

  it('keeps text that looks like a formula or markup as plain text', async () => {
    const report = aPlanReport();
    const hostile = ["=cmd|' /C calc'!A0", '+SUM(A1:A9)', '-2+3', '@SUM(1)', '<script>alert("x")</script>'];
    hostile.forEach((title, index) => {
      report.activities[index]!.title = title;
    });
    report.activities[0]!.provider = '=HYPERLINK("http://example.org","click")';
    const workbook = await readBack(report);
    const activities = sheet(workbook, SHEET_NAMES.activities);
    hostile.forEach((title, index) => {
      const cell = activities.getRow(index + 2).getCell('B');
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(title);
    });
    expect(activities.getRow(2).getCell('H').type).toBe(ExcelJS.ValueType.String);
    const costLines = sheet(workbook, SHEET_NAMES.costLines);
    expect(costLines.getRow(2).getCell('B').type).toBe(ExcelJS.ValueType.String);
  });
});

describe('renderBudgetWorkbook for a French reader', () => {
  const french = (): PlanReport => ({ ...aPlanReport(), language: 'fr' });

  /** A formula with each quoted text replaced by a placeholder: what it computes over, not the words it matches. */
  const shape = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '"…"');
  const quoted = (formula: string) => formula.match(/"(?:[^"]|"")*"/g) ?? [];

  it('keeps the sheet names (scripts find sheets by name) and writes the headers and names in French', async () => {
    const workbook = await readBack(french());
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(Object.values(SHEET_NAMES));
    expect((sheet(workbook, SHEET_NAMES.activities).getRow(1).values as unknown[]).slice(1)).toEqual([
      'N°',
      'Activité',
      'Membres',
      'Type',
      'Année',
      'Quand',
      'Statut',
      'Prestataire',
      'Total (USD)',
      'Acquis',
      'Promis',
      'Non financé',
      'Lacunes traitées',
      'Note sur les résultats',
    ]);
    expect(sheet(workbook, SHEET_NAMES.costLines).getRow(1).getCell('C').value).toBe('Nature');
    expect(sheet(workbook, SHEET_NAMES.costLines).getRow(2).getCell('C').value).toBe('Frais d’inscription');
    expect(sheet(workbook, SHEET_NAMES.fundingShares).getRow(1).getCell('F').value).toBe(
      'Statut du financement',
    );
    const activities = sheet(workbook, SHEET_NAMES.activities);
    expect(activities.getRow(3).getCell('F').value).toBe('T3 2026');
    expect(activities.getRow(2).getCell('F').value).toBe('9 mars 2026 – 13 mars 2026');
    expect(activities.getRow(6).getCell('G').value).toBe('Annulée');

    const summary = sheet(workbook, SHEET_NAMES.summary);
    expect(summary.getRow(3).getCell(1).value).toMatch(/^Montants en USD\./);
    const bySource = summarySection(workbook, 'Par source de financement');
    expect(bySource.map((line) => line.label)).toContain('Non couvert par une source');
    expect(summarySection(workbook, 'Par type d’activité')[0]!.label).toBe('DHIS2 Academy (en présentiel)');
  });

  it('puts the currency code after the amount, as French does', async () => {
    const workbook = await readBack(french());
    const activities = sheet(workbook, SHEET_NAMES.activities);
    expect(activities.getRow(2).getCell('I').numFmt).toBe('#,##0.00" USD"');
    expect(sheet(workbook, SHEET_NAMES.costLines).getRow(3).getCell('F').numFmt).toBe('#,##0" XOF"');
    expect(currencyNumberFormat('USD', 2, 'fr')).toBe('#,##0.00" USD"');
    expect(currencyNumberFormat('USD', 2, 'pt')).toBe('"USD "#,##0.00');
    expect(currencyNumberFormat('XOF', 0, 'es')).toBe('#,##0" XOF"');
  });

  it('keeps every formula and every figure of the English workbook, but for the words they match', async () => {
    const english = await readBack(aPlanReport());
    const workbook = await readBack(french());
    let formulas = 0;
    for (const name of Object.values(SHEET_NAMES)) {
      const theirs = sheet(english, name);
      const ours = sheet(workbook, name);
      expect(ours.rowCount, name).toBe(theirs.rowCount);
      theirs.eachRow((row, rowNumber) => {
        row.eachCell((cell, column) => {
          const mine = ours.getRow(rowNumber).getCell(column);
          const where = `${name}!${cell.address}`;
          if (cell.formula) {
            formulas += 1;
            expect(mine.formula, where).toBeDefined();
            expect(shape(mine.formula), where).toBe(shape(cell.formula));
            expect(mine.result, where).toBe(cell.result);
          } else if (typeof cell.value === 'number') {
            expect(mine.value, where).toBe(cell.value);
          }
        });
      });
    }
    expect(formulas).toBeGreaterThan(50);

    // The words the French formulas match are the ones the French sheets show.
    const summaryWords = new Set<string>();
    sheet(workbook, SHEET_NAMES.summary).eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) quoted(cell.formula).forEach((word) => summaryWords.add(word));
      }),
    );
    expect([...summaryWords].sort()).toEqual(['"<>Annulée"', '"acquis"', '"non financé"', '"promis"']);
    const shownStatuses = new Set<unknown>();
    sheet(workbook, SHEET_NAMES.fundingShares).eachRow((row, number) => {
      if (number > 1) shownStatuses.add(row.getCell('F').value);
    });
    expect([...shownStatuses].sort()).toEqual(['acquis', 'non financé', 'promis']);

    const budget = aPlanReport().budget;
    const byYear = summarySection(workbook, 'Par année');
    budget.byYear.forEach((line, index) => expectFigures(byYear[index], line));
    expectFigures(byYear.at(-1), budget.totals);
  });
});
