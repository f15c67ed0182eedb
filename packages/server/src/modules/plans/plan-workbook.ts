import {
  summariseBudget,
  type FundingShareInput,
  type PlanTotals,
  type SupportedLanguage,
} from '@coreteam/core';
import ExcelJS from 'exceljs';
import { planDocumentLabels, type PlanDocumentLabels } from './plan-document-labels.js';
import { cleanText, describeTiming, minorToDecimal } from './plan-document.js';
import type { PlanReport, PlanReportActivity } from './plan-report.js';

/*
 * The budget workbook: the plan's activities, cost lines, funding shares and member shares as
 * rows, and a Summary whose totals are real formulas (SUMIFS over those rows), so that a funder
 * can change a figure and see the totals follow. Each formula carries its result as well, so a
 * reader that does not recalculate still shows the numbers; those results are sums of integer
 * minor units, the same figures as GET /api/plans/{planId}/budget.
 *
 * How an activity divides between its funding sources and its members is taken from core's
 * summariseBudget (one activity at a time), so the rows follow exactly the rules of the budget.
 *
 * Languages: column headers, section titles, type/status/kind names and notes are in the report's
 * language (plan-document-labels.ts), as are the seeded names the report carries. The sheet names
 * stay English in every language: scripts and the tests find the sheets by name, and the formulas
 * refer to them. The formulas are the same in every language but for the words they match: the
 * Summary's SUMIFS leave out the activities whose status reads "Cancelled" (or "Annulée"…) and
 * split funding shares by the status words the Funding shares sheet shows, so that a reader who
 * changes a status in the sheet sees the totals follow. Amounts are numbers; their number format
 * puts the currency code where the reader's language puts it, and the spreadsheet program shows
 * the digit separators of the reader's own settings.
 */

/** Stable identifiers, never translated: see above. */
export const SHEET_NAMES = {
  summary: 'Summary',
  activities: 'Activities',
  costLines: 'Cost lines',
  fundingShares: 'Funding shares',
  memberShares: 'Member shares',
} as const;

type Cell = string | number | Date | ExcelJS.CellFormulaValue | null;

const codeFirst = new Map<string, boolean>();

/** Whether the locale writes a currency code before the amount ("USD 1,234.56") or after it ("1 234,56 USD"). */
function currencyCodeFirst(locale: string): boolean {
  let first = codeFirst.get(locale);
  if (first === undefined) {
    const parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'code',
    }).formatToParts(1);
    first =
      parts.findIndex((part) => part.type === 'currency') <
      parts.findIndex((part) => part.type === 'integer');
    codeFirst.set(locale, first);
  }
  return first;
}

/**
 * A number format showing the currency code where the reader's language puts it and exactly the
 * currency's minor digits: "USD "#,##0.00 in English, #,##0.00" USD" in French. The "," and "."
 * of a number format stand for the grouping and decimal separators of the reader's own settings.
 */
export function currencyNumberFormat(
  currency: string,
  digits: number,
  language: SupportedLanguage = 'en',
): string {
  const code = currency.replace(/[^A-Z]/g, '');
  const number = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  return currencyCodeFirst(planDocumentLabels(language).locale)
    ? `"${code} "${number}`
    : `${number}" ${code}"`;
}

/** Minor units as a number of major units: exact decimal text first, then the nearest double. */
const major = (minor: number, digits: number): number => Number(minorToDecimal(minor, digits));

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F7FA' } };

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF718096' } } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}

/** Text is written as a string cell, never as a formula, whatever it starts with (= + - @). */
const textCell = (value: string): string => cleanText(value);

const formula = (expression: string, result: number): ExcelJS.CellFormulaValue => ({
  formula: expression,
  result,
});

/** Quotes a text for use inside a formula: "a ""b""". */
const formulaText = (value: string): string => `"${value.replace(/"/g, '""')}"`;

interface ActivityFigures {
  activity: PlanReportActivity;
  number: number;
  line: PlanTotals;
  /** Each share as counted (capped at the activity's total, in share order), then the uncovered part. */
  shares: { sourceName: string; status: 'secured' | 'pledged' | 'unfunded'; amountMinor: number }[];
  /** One part per member in the activity's member order; a single "no member" part without members. */
  memberParts: ({ memberName: string } & PlanTotals)[];
}

/**
 * The Summary's SUMIFS match funding sources and members by number, not by name: a name may be
 * shared by two, and one with * ? ~ or a leading = < > would be read as a pattern.
 */
class Numbering {
  private readonly numbers = new Map<string, number>();
  constructor(names: readonly string[]) {
    names.forEach((name) => this.of(name));
  }
  of(name: string): number {
    let number = this.numbers.get(name);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(name, number);
    }
    return number;
  }
}

/**
 * One activity's figures as the budget counts them. Cancelled activities are priced as if they
 * were not, so that their rows show what they would have cost; the Summary's formulas leave them out.
 */
function activityFigures(
  activity: PlanReportActivity,
  number: number,
  report: PlanReport,
  names: { uncovered: string; noMember: string },
): ActivityFigures {
  const uncoveredName = names.uncovered;
  const shares: FundingShareInput[] = activity.fundingShares.map((share, index) => ({
    fundingSourceId: String(index),
    amountMinor: share.amountMinor,
    status: share.status,
  }));
  const memberIds = activity.memberNames.map((_, index) => String(index));
  const budget = summariseBudget({
    plan: {
      id: report.plan.id,
      startYear: activity.year,
      endYear: activity.year,
      baseCurrency: report.plan.baseCurrency,
    },
    activities: [
      {
        id: activity.id,
        type: activity.type,
        status: activity.status === 'cancelled' ? 'planned' : activity.status,
        year: activity.year,
        memberIds,
        totalMinor: activity.totalMinor,
        fundingShares: shares,
        uncoveredMinor: activity.uncoveredMinor,
      },
    ],
    fundingSources: activity.fundingShares.map((share, index) => ({
      id: String(index),
      name: share.fundingSourceName,
      kind: 'other' as const,
    })),
    members: activity.memberNames.map((name, index) => ({ id: String(index), name, roleKey: null })),
    visibility: 'full',
    labels: { uncovered: uncoveredName },
  });
  const counted = new Map(budget.byFundingSource.map((line) => [line.fundingSourceId, line.totalMinor]));
  const uncovered = budget.byFundingSource.find((line) => line.fundingSourceId === null)?.totalMinor ?? 0;
  return {
    activity,
    number,
    line: budget.totals,
    shares: [
      ...activity.fundingShares.map((share, index) => ({
        sourceName: share.fundingSourceName,
        status: share.status,
        amountMinor: counted.get(String(index)) ?? 0,
      })),
      ...(uncovered > 0
        ? [{ sourceName: uncoveredName, status: 'unfunded' as const, amountMinor: uncovered }]
        : []),
    ],
    memberParts:
      memberIds.length > 0
        ? (budget.byMember ?? []).map((part, index) => ({
            ...part,
            memberName: activity.memberNames[index] ?? part.name,
          }))
        : [{ memberName: names.noMember, ...budget.totals }],
  };
}

/** Sets widths, freezes the header row(s) and turns on filters. */
function finishSheet(sheet: ExcelJS.Worksheet, widths: number[], headerRow = 1): void {
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
}

function addHeader(sheet: ExcelJS.Worksheet, header: string[]): void {
  styleHeader(sheet.addRow(header));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

// ---------------------------------------------------------------------------------------------
// Row sheets

/** Columns of the Activities sheet the Summary refers to. */
const ACT = {
  number: 'A',
  type: 'D',
  year: 'E',
  status: 'G',
  total: 'I',
  secured: 'J',
  pledged: 'K',
  unfunded: 'L',
};
const COST = { number: 'A', baseTotal: 'I' };
const SHARE = { status: 'C', sourceNumber: 'D', fundingStatus: 'F', amount: 'G' };
const PART = { status: 'C', memberNumber: 'D', total: 'F', secured: 'G', pledged: 'H', unfunded: 'I' };

function activitiesSheet(
  workbook: ExcelJS.Workbook,
  figures: ActivityFigures[],
  report: PlanReport,
  labels: PlanDocumentLabels,
): void {
  const { baseCurrency, baseCurrencyDigits: digits } = report.plan;
  const words = labels.workbook;
  const sheet = workbook.addWorksheet(SHEET_NAMES.activities);
  addHeader(sheet, [
    words.number,
    labels.activity,
    words.members,
    labels.type,
    labels.year,
    labels.timing,
    labels.status,
    words.provider,
    words.totalIn(baseCurrency),
    labels.secured,
    labels.pledged,
    labels.unfunded,
    words.gapsAddressed,
    words.outcomeNote,
  ]);
  const money = currencyNumberFormat(baseCurrency, digits, report.language);
  for (const { activity, number, line } of figures) {
    const r = sheet.rowCount + 1;
    const cells: Cell[] = [
      number,
      textCell(activity.title),
      textCell(activity.memberNames.join(', ')),
      labels.activityType[activity.type],
      activity.year,
      describeTiming(activity.timing, report.language),
      labels.activityStatus[activity.status],
      textCell(activity.provider),
      formula(
        `SUMIFS('${SHEET_NAMES.costLines}'!$${COST.baseTotal}:$${COST.baseTotal},'${SHEET_NAMES.costLines}'!$${COST.number}:$${COST.number},$${ACT.number}${r})`,
        major(activity.totalMinor, digits),
      ),
      major(line.securedMinor, digits),
      major(line.pledgedMinor, digits),
      formula(
        `${ACT.total}${r}-${ACT.secured}${r}-${ACT.pledged}${r}`,
        major(activity.totalMinor - line.securedMinor - line.pledgedMinor, digits),
      ),
      textCell(activity.gapCategoryNames.join('; ')),
      textCell(activity.outcomeNote),
    ];
    const row = sheet.addRow(cells);
    for (const column of [ACT.total, ACT.secured, ACT.pledged, ACT.unfunded])
      row.getCell(column).numFmt = money;
    row.alignment = { vertical: 'top', wrapText: true };
  }
  finishSheet(sheet, [6, 44, 30, 24, 7, 24, 12, 28, 16, 16, 16, 16, 40, 40]);
}

function costLinesSheet(
  workbook: ExcelJS.Workbook,
  figures: ActivityFigures[],
  report: PlanReport,
  labels: PlanDocumentLabels,
): void {
  const { baseCurrency, baseCurrencyDigits: digits } = report.plan;
  const words = labels.workbook;
  const sheet = workbook.addWorksheet(SHEET_NAMES.costLines);
  addHeader(sheet, [
    words.number,
    labels.activity,
    words.costKind,
    labels.description,
    words.quantity,
    labels.unitCost,
    labels.currency,
    labels.lineTotal,
    words.totalInBase(baseCurrency),
  ]);
  const money = currencyNumberFormat(baseCurrency, digits, report.language);
  for (const { activity, number } of figures) {
    for (const line of activity.costLines) {
      const r = sheet.rowCount + 1;
      const own = currencyNumberFormat(line.currency, line.currencyDigits, report.language);
      const row = sheet.addRow([
        number,
        textCell(activity.title),
        labels.costKind[line.kind],
        textCell(line.description),
        line.quantity,
        major(line.unitCostMinor, line.currencyDigits),
        textCell(line.currency),
        formula(`E${r}*F${r}`, major(line.totalMinor, line.currencyDigits)),
        major(line.baseTotalMinor, digits),
      ] satisfies Cell[]);
      row.getCell('E').numFmt = '#,##0';
      row.getCell('F').numFmt = own;
      row.getCell('H').numFmt = own;
      row.getCell('I').numFmt = money;
    }
  }
  finishSheet(sheet, [6, 44, 14, 32, 10, 16, 10, 18, 18]);
}

function fundingSharesSheet(
  workbook: ExcelJS.Workbook,
  figures: ActivityFigures[],
  report: PlanReport,
  sources: Numbering,
  labels: PlanDocumentLabels,
): void {
  const { baseCurrency, baseCurrencyDigits: digits } = report.plan;
  const words = labels.workbook;
  const sheet = workbook.addWorksheet(SHEET_NAMES.fundingShares);
  addHeader(sheet, [
    words.number,
    labels.activity,
    words.activityStatus,
    words.sourceNumber,
    labels.fundingSource,
    words.fundingStatus,
    words.amountIn(baseCurrency),
  ]);
  const money = currencyNumberFormat(baseCurrency, digits, report.language);
  for (const { activity, number, shares } of figures) {
    for (const share of shares) {
      const row = sheet.addRow([
        number,
        textCell(activity.title),
        labels.activityStatus[activity.status],
        sources.of(share.sourceName),
        textCell(share.sourceName),
        labels.fundingStatus[share.status],
        major(share.amountMinor, digits),
      ] satisfies Cell[]);
      row.getCell(SHARE.amount).numFmt = money;
    }
  }
  finishSheet(sheet, [6, 44, 14, 10, 40, 14, 18]);
}

function memberSharesSheet(
  workbook: ExcelJS.Workbook,
  figures: ActivityFigures[],
  report: PlanReport,
  members: Numbering,
  labels: PlanDocumentLabels,
): void {
  const { baseCurrency, baseCurrencyDigits: digits } = report.plan;
  const words = labels.workbook;
  const sheet = workbook.addWorksheet(SHEET_NAMES.memberShares);
  addHeader(sheet, [
    words.number,
    labels.activity,
    words.activityStatus,
    words.memberNumber,
    labels.member,
    words.shareIn(baseCurrency),
    labels.secured,
    labels.pledged,
    labels.unfunded,
  ]);
  const money = currencyNumberFormat(baseCurrency, digits, report.language);
  for (const { activity, number, memberParts } of figures) {
    for (const part of memberParts) {
      const row = sheet.addRow([
        number,
        textCell(activity.title),
        labels.activityStatus[activity.status],
        members.of(part.memberName),
        textCell(part.memberName),
        major(part.totalMinor, digits),
        major(part.securedMinor, digits),
        major(part.pledgedMinor, digits),
        major(part.unfundedMinor, digits),
      ] satisfies Cell[]);
      for (const column of [PART.total, PART.secured, PART.pledged, PART.unfunded])
        row.getCell(column).numFmt = money;
    }
  }
  finishSheet(sheet, [6, 44, 14, 10, 30, 16, 16, 16, 16]);
}

// ---------------------------------------------------------------------------------------------
// Summary

interface SummarySection {
  title: string;
  labelHeader: string;
  /** Each line: its label, what SUMIFS matches (the label itself, or a number) and its cached figures. */
  lines: { label: string | number; criterion: 'label' | number; figures: PlanTotals; extra?: string }[];
  extraHeader?: string;
  /** SUMIFS over which sheet: the amount columns and the criterion column. */
  source: {
    sheet: string;
    key: string;
    status: string;
    total: string;
    /** Either one column per figure (Activities, Member shares) or one amount column filtered by funding status. */
    figures:
      { secured: string; pledged: string; unfunded: string } | { amount: string; fundingStatus: string };
  };
}

const range = (sheet: string, column: string) => `'${sheet}'!$${column}:$${column}`;

function sectionFormulas(
  section: SummarySection,
  criterion: string,
  labels: PlanDocumentLabels,
): Record<keyof PlanTotals, string> {
  const { source } = section;
  const cancelled = formulaText(`<>${labels.activityStatus.cancelled}`);
  const where = `${range(source.sheet, source.key)},${criterion},${range(source.sheet, source.status)},${cancelled}`;
  const sum = (column: string, extra = '') => `SUMIFS(${range(source.sheet, column)},${where}${extra})`;
  if ('amount' in source.figures) {
    const { amount, fundingStatus } = source.figures;
    const withStatus = (status: string) => `,${range(source.sheet, fundingStatus)},${formulaText(status)}`;
    return {
      totalMinor: sum(amount),
      securedMinor: sum(amount, withStatus(labels.fundingStatus.secured)),
      pledgedMinor: sum(amount, withStatus(labels.fundingStatus.pledged)),
      unfundedMinor: sum(amount, withStatus(labels.fundingStatus.unfunded)),
    };
  }
  return {
    totalMinor: sum(source.total),
    securedMinor: sum(source.figures.secured),
    pledgedMinor: sum(source.figures.pledged),
    unfundedMinor: sum(source.figures.unfunded),
  };
}

const FIGURE_KEYS = ['totalMinor', 'securedMinor', 'pledgedMinor', 'unfundedMinor'] as const;
const FIGURE_COLUMNS = ['B', 'C', 'D', 'E'] as const;

function addSection(
  sheet: ExcelJS.Worksheet,
  section: SummarySection,
  report: PlanReport,
  labels: PlanDocumentLabels,
): void {
  const { baseCurrency, baseCurrencyDigits: digits } = report.plan;
  const money = currencyNumberFormat(baseCurrency, digits, report.language);
  const title = sheet.addRow([section.title]);
  title.font = { bold: true, size: 12 };
  styleHeader(
    sheet.addRow([
      section.labelHeader,
      labels.workbook.totalIn(baseCurrency),
      labels.secured,
      labels.pledged,
      labels.workbook.unfundedGap,
      ...(section.extraHeader ? [section.extraHeader] : []),
    ]),
  );
  const first = sheet.rowCount + 1;
  for (const line of section.lines) {
    const r = sheet.rowCount + 1;
    const formulas = sectionFormulas(
      section,
      line.criterion === 'label' ? `$A${r}` : String(line.criterion),
      labels,
    );
    const row = sheet.addRow([
      typeof line.label === 'number' ? line.label : textCell(line.label),
      ...FIGURE_KEYS.map((key) => formula(formulas[key], major(line.figures[key], digits))),
      ...(line.extra !== undefined ? [line.extra] : []),
    ]);
    FIGURE_COLUMNS.forEach((column) => {
      row.getCell(column).numFmt = money;
    });
  }
  const last = sheet.rowCount;
  const total = sheet.addRow([
    labels.total,
    ...FIGURE_KEYS.map((key, index) =>
      formula(
        section.lines.length > 0
          ? `SUM(${FIGURE_COLUMNS[index]}${first}:${FIGURE_COLUMNS[index]}${last})`
          : '0',
        major(
          section.lines.reduce((sum, line) => sum + line.figures[key], 0),
          digits,
        ),
      ),
    ),
  ]);
  total.font = { bold: true };
  total.eachCell((cell) => {
    cell.fill = TOTAL_FILL;
    cell.border = { top: { style: 'thin', color: { argb: 'FF718096' } } };
  });
  FIGURE_COLUMNS.forEach((column) => {
    total.getCell(column).numFmt = money;
  });
  sheet.addRow([]);
}

const sumLines = (lines: readonly PlanTotals[]): PlanTotals => ({
  totalMinor: lines.reduce((sum, line) => sum + line.totalMinor, 0),
  securedMinor: lines.reduce((sum, line) => sum + line.securedMinor, 0),
  pledgedMinor: lines.reduce((sum, line) => sum + line.pledgedMinor, 0),
  unfundedMinor: lines.reduce((sum, line) => sum + line.unfundedMinor, 0),
});

interface Numberings {
  sources: Numbering;
  members: Numbering;
}

function summarySheet(
  workbook: ExcelJS.Workbook,
  figures: ActivityFigures[],
  report: PlanReport,
  names: { uncovered: string; noMember: string; members: readonly string[] },
  numbering: Numberings,
  labels: PlanDocumentLabels,
): void {
  const { plan, budget } = report;
  const sheet = workbook.addWorksheet(SHEET_NAMES.summary);
  sheet.addRow([textCell(plan.title)]).font = { bold: true, size: 14 };
  sheet.addRow([textCell(`${report.team.name} · ${plan.startYear}–${plan.endYear}`)]);
  sheet.addRow([labels.workbook.summaryNote(plan.baseCurrency)]).font = {
    italic: true,
    color: { argb: 'FF52606D' },
  };
  sheet.addRow([]);

  const counted = figures.filter((figure) => figure.activity.status !== 'cancelled');
  const activitySource = {
    sheet: SHEET_NAMES.activities,
    status: ACT.status,
    total: ACT.total,
    figures: { secured: ACT.secured, pledged: ACT.pledged, unfunded: ACT.unfunded },
  };

  addSection(
    sheet,
    {
      title: labels.byYear,
      labelHeader: labels.year,
      lines: budget.byYear.map((line) => ({ label: line.year, criterion: 'label', figures: line })),
      source: { ...activitySource, key: ACT.year },
    },
    report,
    labels,
  );

  const sourceKinds = new Map(report.fundingSources.map((source) => [source.name, source.kind]));
  const sourceLine = (name: string): PlanTotals =>
    sumLines(
      counted.flatMap(({ shares }) =>
        shares
          .filter((share) => share.sourceName === name)
          .map((share) => ({
            totalMinor: share.amountMinor,
            securedMinor: share.status === 'secured' ? share.amountMinor : 0,
            pledgedMinor: share.status === 'pledged' ? share.amountMinor : 0,
            unfundedMinor: share.status === 'unfunded' ? share.amountMinor : 0,
          })),
      ),
    );
  addSection(
    sheet,
    {
      title: labels.byFundingSource,
      labelHeader: labels.fundingSource,
      extraHeader: labels.kind,
      lines: budget.byFundingSource.map((line) => {
        const name = line.fundingSourceId === null ? names.uncovered : line.name;
        const kind =
          line.kind ?? (line.fundingSourceId === null ? null : (sourceKinds.get(line.name) ?? null));
        return {
          label: name,
          criterion: numbering.sources.of(name),
          figures: sourceLine(name),
          extra: kind ? labels.fundingSourceKind[kind] : '',
        };
      }),
      source: {
        sheet: SHEET_NAMES.fundingShares,
        key: SHARE.sourceNumber,
        status: SHARE.status,
        total: SHARE.amount,
        figures: { amount: SHARE.amount, fundingStatus: SHARE.fundingStatus },
      },
    },
    report,
    labels,
  );

  const memberless = counted.some(({ activity }) => activity.memberNames.length === 0);
  const memberLine = (name: string): PlanTotals =>
    sumLines(counted.flatMap(({ memberParts }) => memberParts.filter((part) => part.memberName === name)));
  addSection(
    sheet,
    {
      title: labels.byMember,
      labelHeader: labels.workbook.memberSplitEvenly,
      lines: [...names.members, ...(memberless ? [names.noMember] : [])].map((name) => ({
        label: name,
        criterion: numbering.members.of(name),
        figures: memberLine(name),
      })),
      source: {
        sheet: SHEET_NAMES.memberShares,
        key: PART.memberNumber,
        status: PART.status,
        total: PART.total,
        figures: { secured: PART.secured, pledged: PART.pledged, unfunded: PART.unfunded },
      },
    },
    report,
    labels,
  );

  addSection(
    sheet,
    {
      title: labels.byActivityType,
      labelHeader: labels.type,
      lines: budget.byActivityType.map((line) => ({
        label: labels.activityType[line.type],
        criterion: 'label',
        figures: line,
      })),
      source: { ...activitySource, key: ACT.type },
    },
    report,
    labels,
  );

  if (plan.exchangeRates.length > 0) {
    sheet.addRow([labels.exchangeRates]).font = { bold: true, size: 12 };
    styleHeader(
      sheet.addRow([labels.currency, labels.workbook.rateIn(plan.baseCurrency), labels.workbook.inForceFrom]),
    );
    for (const rate of plan.exchangeRates) {
      const row = sheet.addRow([rate.currency, Number(rate.rate), spreadsheetDate(rate.effectiveOn)]);
      row.getCell('B').numFmt = `0.${'0'.repeat(Math.max(1, rate.rate.split('.')[1]?.length ?? 0))}`;
      // The spreadsheet's own short date format (14), which shows the date as the reader's settings do.
      row.getCell('C').numFmt = 'mm-dd-yy';
    }
  }
  finishSheet(sheet, [52, 18, 18, 18, 22, 14], 3);
}

/** An ISO date as a date cell (midnight UTC, which is how spreadsheets count days); the text if it is none. */
function spreadsheetDate(isoDate: string): Date | string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00.000Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(date.getTime()) ? date : isoDate;
}

/** The budget workbook as an XLSX file, in the report's language. */
export async function renderBudgetWorkbook(report: PlanReport): Promise<Buffer> {
  const labels = planDocumentLabels(report.language);
  // The budget names what no source covers in English; the workbook uses the reader's words.
  const uncovered = labels.notCoveredBySource;
  const noMember = labels.workbook.noMember;
  const members =
    report.budget.byMember?.map((line) => line.name) ?? report.members.map((member) => member.name);
  const numbering: Numberings = {
    sources: new Numbering(
      report.budget.byFundingSource.map((line) => (line.fundingSourceId === null ? uncovered : line.name)),
    ),
    members: new Numbering(members),
  };
  const figures = report.activities.map((activity, index) =>
    activityFigures(activity, index + 1, report, { uncovered, noMember }),
  );

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Coreteam';
  workbook.title = cleanText(report.plan.title);
  workbook.created = new Date(report.generatedAt);
  workbook.modified = new Date(report.generatedAt);
  // Readers that calculate do so on opening; the cached results serve those that do not.
  workbook.calcProperties.fullCalcOnLoad = true;

  summarySheet(workbook, figures, report, { uncovered, noMember, members }, numbering, labels);
  activitiesSheet(workbook, figures, report, labels);
  costLinesSheet(workbook, figures, report, labels);
  fundingSharesSheet(workbook, figures, report, numbering.sources, labels);
  memberSharesSheet(workbook, figures, report, numbering.members, labels);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
