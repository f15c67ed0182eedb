import { createRequire } from 'node:module';
import path from 'node:path';
import type { ActivityTiming, PlanTotals, SupportedLanguage } from '@coreteam/core';
import pdfMake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { planDocumentLabels, type PlanDocumentLabels } from './plan-document-labels.js';
import type { PlanReport, PlanReportActivity } from './plan-report.js';

/*
 * The plan document: a printable A4 PDF of a capacity building plan, fit to hand to a funder or a
 * governing body. Built with pdfmake (declarative layout: tables that repeat their header row and
 * never split a row across pages, page numbers in the footer) over its bundled Roboto, which covers
 * French, Portuguese and Spanish accents and typographic quotes. Generating touches no file but
 * those four fonts and fetches nothing: both access policies are set on every render.
 *
 * Written in the report's language: the words come from plan-document-labels.ts, and numbers,
 * money and dates are formatted by Intl in that language's locale.
 */

// ---------------------------------------------------------------------------------------------
// Figures in the reader's locale, shared with the budget workbook

/**
 * Roboto has no glyph for the narrow no-break space that French puts between digit groups and
 * before "%"; the no-break space looks alike and has one.
 */
const printable = (value: string): string => value.replace(/\u202f/g, '\u00a0');

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cachedFormat<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let format = formats.get(key);
  if (!format) {
    format = create();
    formats.set(key, format);
  }
  return format as T;
}

const localeOf = (language: SupportedLanguage): string => planDocumentLabels(language).locale;

/** "2026-03-09" → "9 Mar 2026", "9 mars 2026"… (read from the text in UTC: no time zone can shift the day). */
export function formatDate(isoDate: string, language: SupportedLanguage = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return isoDate;
  const locale = localeOf(language);
  const format = cachedFormat(
    `date ${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  return printable(format.format(date));
}

/** The hour and minute of an ISO timestamp in UTC, on the 24-hour clock: "14:05". */
function formatUtcTime(isoTimestamp: string, language: SupportedLanguage): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp.slice(11, 16);
  const locale = localeOf(language);
  const format = cachedFormat(
    `time ${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'UTC',
      }),
  );
  return printable(format.format(date));
}

/** When an activity happens, in words: "9 Mar 2026 – 13 Mar 2026", "Q3 2026" or "During 2026". */
export function describeTiming(timing: ActivityTiming, language: SupportedLanguage = 'en'): string {
  const labels = planDocumentLabels(language);
  if (timing.kind === 'dates') {
    return timing.startsOn === timing.endsOn
      ? formatDate(timing.startsOn, language)
      : `${formatDate(timing.startsOn, language)} – ${formatDate(timing.endsOn, language)}`;
  }
  return timing.quarter === null
    ? labels.duringYear(timing.year)
    : labels.quarter(timing.quarter, timing.year);
}

/**
 * An integer amount of minor units as an exact decimal string in major units ("123456", 2 →
 * "1234.56"; 0 digits → "123456"), by string arithmetic: no floating-point step.
 */
export function minorToDecimal(minor: number, digits: number): string {
  const value = BigInt(minor);
  const negative = value < 0n;
  const magnitude = (negative ? -value : value).toString().padStart(digits + 1, '0');
  const whole = digits === 0 ? magnitude : magnitude.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${magnitude.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * "USD 1,234.56", "1 234,56 USD", "USD 1.234,56": the whole part is formatted as a BigInt and the
 * fraction digits are the exact ones of the minor units, so no amount is ever rounded through a
 * float; only the separators and where the currency code goes follow the locale.
 */
export function formatMoney(
  minor: number,
  currency: string,
  digits: number,
  language: SupportedLanguage = 'en',
): string {
  const value = BigInt(minor);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const scale = 10n ** BigInt(digits);
  const fraction = (magnitude % scale).toString().padStart(digits, '0');
  const locale = localeOf(language);
  const format = cachedFormat(
    `money ${locale} ${currency} ${digits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'code',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  );
  const parts = format.formatToParts(magnitude / scale);
  const text = parts.map((part) => (part.type === 'fraction' ? fraction : part.value)).join('');
  return printable(negative ? `-${text}` : text);
}

/**
 * An exact decimal text ("0.00165", "1.33", "600") in the locale's digits and separators, without
 * a float: the whole part is grouped as a BigInt, the fraction digits are kept as written.
 */
export function formatDecimalText(value: string, language: SupportedLanguage = 'en'): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const digits = Math.min(fraction.length, 100);
  const locale = localeOf(language);
  const format = cachedFormat(
    `decimal ${locale} ${digits}`,
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );
  const parts = format.formatToParts(BigInt(whole));
  const text = parts.map((part) => (part.type === 'fraction' ? fraction : part.value)).join('');
  return printable(`${sign}${text}`);
}

/** A whole number in the locale: "1,200", "1 200", "1.200". */
export function formatWholeNumber(value: number, language: SupportedLanguage = 'en'): string {
  const locale = localeOf(language);
  return printable(cachedFormat(`whole ${locale}`, () => new Intl.NumberFormat(locale)).format(value));
}

/** `part` as a whole percentage of `whole`, rounded half up ("41%", "41 %"); "–" when there is no whole. */
export function formatShare(part: number, whole: number, language: SupportedLanguage = 'en'): string {
  if (whole <= 0) return '–';
  const percent = (BigInt(part) * 200n + BigInt(whole)) / (2n * BigInt(whole));
  const locale = localeOf(language);
  const format = cachedFormat(
    `percent ${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  );
  // A whole number of percent divided by 100 comes back to the same whole number once rounded.
  return printable(format.format(Number(percent) / 100));
}

// Control characters have no glyph and no business in a printed plan.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
export const cleanText = (text: string): string => text.replace(CONTROL_CHARACTERS, '');

// ---------------------------------------------------------------------------------------------
// Fonts and the access policies

const require = createRequire(import.meta.url);
const ROBOTO_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const ROBOTO = {
  normal: path.join(ROBOTO_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(ROBOTO_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(ROBOTO_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(ROBOTO_DIR, 'Roboto-MediumItalic.ttf'),
};
const FONT_FILES = new Set(Object.values(ROBOTO));

function preparePdfMake(): void {
  pdfMake.setFonts({ Roboto: { ...ROBOTO } });
  // A plan's text is data, never a path or an address: nothing but the four font files is read.
  pdfMake.setLocalAccessPolicy((file) => FONT_FILES.has(file));
  pdfMake.setUrlAccessPolicy(() => false);
}

// ---------------------------------------------------------------------------------------------
// Layout pieces

const COLOURS = {
  ink: '#1f2933',
  muted: '#52606d',
  accent: '#1d4f7c',
  rule: '#9aa5b1',
  fill: '#e8edf2',
  gap: '#a61b1b',
};

const text = (value: string, style?: string) => ({ text: cleanText(value), style });

const emptyCells = (count: number): TableCell[] => Array.from({ length: count }, () => ({ text: '' }));

/** A bulleted list under a small heading that stays with its first item. */
function captionedList(caption: string, items: readonly string[]): Content {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [8, '*'],
      body: [
        [{ ...text(caption, 'h3'), colSpan: 2 }, {}],
        ...items.map((item): TableCell[] => [{ text: '•' }, { text: cleanText(item) }]),
      ],
    },
    layout: 'list',
    margin: [0, 0, 0, 4],
  };
}

/*
 * Keeping headings with what follows them: a heading that introduces a table is the table's first
 * header row (its caption), so it can never be left at the foot of a page and it is repeated above
 * the rest of a long table. Only the few headings followed by running text are moved by
 * `pageBreakBefore`, which costs pdfmake a new layout of the whole document each time.
 */
const heading = (value: string): Content => ({ text: cleanText(value), style: 'h1' });
const subheading = (value: string) => ({ text: cleanText(value), style: 'h2' });
/** A heading followed by running text: moved to the next page when it falls near the bottom. */
const sectionHeading = (value: string): Content => ({
  text: cleanText(value),
  style: 'h1',
  headlineLevel: 1,
});

const headerCell = (value: string, alignment: 'left' | 'right' = 'left'): TableCell => ({
  text: value,
  style: 'tableHeader',
  alignment,
});
const moneyCell = (value: string, bold = false): TableCell => ({
  text: value,
  alignment: 'right',
  bold,
  noWrap: true,
});

/**
 * A table that repeats its header (and caption) on every page, never cuts a row in two and never
 * leaves its header without a first row.
 */
function table(
  widths: (string | number)[],
  header: TableCell[],
  rows: TableCell[][],
  options: { caption?: Content[]; footer?: TableCell[] } = {},
): Content {
  const caption: TableCell[][] = options.caption
    ? [
        [
          { stack: options.caption, colSpan: widths.length, margin: [-4, 0, -4, 0] },
          ...emptyCells(widths.length - 1),
        ],
      ]
    : [];
  const body = [...caption, header, ...rows, ...(options.footer ? [options.footer] : [])];
  return {
    table: { headerRows: caption.length + 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body },
    layout: 'plan',
    margin: [0, 2, 0, 10],
  };
}

/** What every section writes with: the words, and the figures in the report's locale. */
interface Writer {
  labels: PlanDocumentLabels;
  language: SupportedLanguage;
  /** An amount of the plan's base currency. */
  money: (minor: number) => string;
  date: (isoDate: string) => string;
  share: (part: number, whole: number) => string;
  timing: (timing: ActivityTiming) => string;
}

function totalsCells(line: PlanTotals, w: Writer, bold = false): TableCell[] {
  return [
    moneyCell(w.money(line.totalMinor), bold),
    moneyCell(w.money(line.securedMinor), bold),
    moneyCell(w.money(line.pledgedMinor), bold),
    { text: w.money(line.unfundedMinor), alignment: 'right', bold: true, color: COLOURS.gap, noWrap: true },
  ];
}

const totalsHeader = ({ labels }: Writer): TableCell[] => [
  headerCell(labels.total, 'right'),
  headerCell(labels.secured, 'right'),
  headerCell(labels.pledged, 'right'),
  headerCell(labels.unfunded, 'right'),
];
const TOTALS_WIDTHS = [68, 68, 68, 68];

function budgetTable<T extends PlanTotals>(
  caption: Content[],
  labelHeader: string[],
  labelWidths: (string | number)[],
  lines: readonly T[],
  label: (line: T) => string[],
  total: PlanTotals,
  w: Writer,
): Content {
  if (lines.length === 0) {
    return { stack: [...caption, text(w.labels.document.nothingToShow, 'muted')] };
  }
  return table(
    [...labelWidths, ...TOTALS_WIDTHS],
    [...labelHeader.map((value) => headerCell(value)), ...totalsHeader(w)],
    lines.map((line) => [
      ...label(line).map((value) => ({ text: cleanText(value) })),
      ...totalsCells(line, w),
    ]),
    {
      caption,
      footer: [
        { text: w.labels.total, bold: true },
        ...emptyCells(labelHeader.length - 1),
        ...totalsCells(total, w, true),
      ],
    },
  );
}

const periodOf = (plan: PlanReport['plan']): string =>
  plan.startYear === plan.endYear ? `${plan.startYear}` : `${plan.startYear}–${plan.endYear}`;

// ---------------------------------------------------------------------------------------------
// Sections

function titleBlock(report: PlanReport, w: Writer): Content[] {
  const { plan, team } = report;
  const words = w.labels.document;
  const revision = plan.latestRevision
    ? words.revisionOf(plan.latestRevision.number, w.date(plan.latestRevision.createdAt)) +
      (plan.latestRevision.note ? ` — ${plan.latestRevision.note}` : '')
    : words.draft;
  const facts: [string, string][] = [
    [words.team, team.name],
    ...(team.country ? ([[words.country, team.country]] as [string, string][]) : []),
    [words.period, periodOf(plan)],
    [words.baseCurrency, plan.baseCurrency],
    [words.revision, revision],
    [
      words.generated,
      words.generatedAt(w.date(report.generatedAt), formatUtcTime(report.generatedAt, w.language)),
    ],
  ];
  return [
    text(words.kicker, 'kicker'),
    text(plan.title, 'title'),
    text(team.name, 'subtitle'),
    {
      table: {
        widths: [90, '*'],
        body: facts.map(([label, value]) => [
          { text: label, style: 'factLabel' },
          { text: cleanText(value) },
        ]),
      },
      layout: 'noBorders',
      margin: [0, 8, 0, 4],
    },
  ];
}

function fundingGapHeadline(report: PlanReport, w: Writer): Content[] {
  const { budget, plan } = report;
  const words = w.labels.document;
  const cards: Content[] = budget.byYear.map((year) => ({
    stack: [
      { text: words.fundingGapOf(year.year), style: 'cardLabel' },
      { text: w.money(year.unfundedMinor), style: 'cardFigure' },
      {
        text: words.ofPlanned(w.money(year.totalMinor), w.share(year.unfundedMinor, year.totalMinor)),
        style: 'cardNote',
      },
    ],
  }));
  const rows: Content[] = [];
  for (let index = 0; index < cards.length; index += 3) {
    rows.push({ columns: cards.slice(index, index + 3), columnGap: 12, margin: [0, 0, 0, 8] });
  }
  const bold = (value: string, color?: string) => ({ text: value, bold: true, ...(color ? { color } : {}) });
  return [
    sectionHeading(words.fundingGap),
    {
      text: words.fundingSentence({
        period: bold(periodOf(plan)),
        total: bold(w.money(budget.totals.totalMinor)),
        secured: bold(w.money(budget.totals.securedMinor)),
        pledged: bold(w.money(budget.totals.pledgedMinor)),
        unfunded: bold(w.money(budget.totals.unfundedMinor), COLOURS.gap),
        share: w.share(budget.totals.unfundedMinor, budget.totals.totalMinor),
      }),
      margin: [0, 0, 0, 10],
    },
    ...rows,
  ];
}

function summarySection(report: PlanReport, w: Writer): Content[] {
  const words = w.labels.document;
  const counted = report.activities.filter((activity) => activity.status !== 'cancelled');
  const members = new Set(counted.flatMap((activity) => activity.memberNames));
  const facts = [
    words.activitiesFact(
      counted.length,
      members.size,
      report.members.length,
      w.money(report.budget.totals.totalMinor),
    ),
    words.fundingSourcesFact(
      report.fundingSources.length,
      report.fundingSources.map((source) => source.name),
    ),
  ];
  return [
    sectionHeading(words.summary),
    ...(report.plan.summary.trim() ? [text(report.plan.summary, 'paragraph')] : []),
    { ul: facts.map((fact) => cleanText(fact)), margin: [0, 0, 0, 6] },
  ];
}

function teamSection(report: PlanReport, w: Writer): Content[] {
  const words = w.labels.document;
  const names = (people: PlanReport['roles'][number]['people'], status: 'current' | 'envisioned') =>
    people
      .filter((person) => person.status === status)
      .map((person) => cleanText(person.name))
      .join('\n') || '–';
  return [
    table(
      [150, '*', '*'],
      [headerCell(words.role), headerCell(words.current), headerCell(words.envisioned)],
      report.roles.map((role) => [
        { text: cleanText(role.roleName), bold: true },
        { text: names(role.people, 'current') },
        { text: names(role.people, 'envisioned') },
      ]),
      { caption: [heading(words.teamAndRoles)] },
    ),
  ];
}

/** "1.45" → 145: hundredths as an integer, so a change is exact. */
function hundredths(score: string): number | null {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(score.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

function scoreChange(baseline: string | null, latest: string | null, w: Writer): string {
  if (baseline === null || latest === null) return '–';
  const before = hundredths(baseline);
  const after = hundredths(latest);
  if (before === null || after === null) return '–';
  const change = after - before;
  const magnitude = Math.abs(change);
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  const decimal = `${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
  return `${sign}${formatDecimalText(decimal, w.language)}`;
}

function assessmentSection(report: PlanReport, w: Writer): Content[] {
  const words = w.labels.document;
  const { baseline, latest, areas } = report.assessmentSummary;
  const round = (label: string, value: { roundName: string; closesOn: string } | null) =>
    value ? words.roundClosed(label, value.roundName, w.date(value.closesOn)) : words.noRoundYet(label);
  if (!baseline && !latest) {
    return [
      {
        stack: [heading(words.assessmentSummary), text(words.noAssessmentYet, 'muted')],
      },
    ];
  }
  const score = (value: string | null) => (value === null ? '–' : formatDecimalText(value, w.language));
  return [
    table(
      ['*', 70, 70, 70],
      [
        headerCell(words.area),
        headerCell(words.baseline, 'right'),
        headerCell(words.latest, 'right'),
        headerCell(words.change, 'right'),
      ],
      areas.map((area) => [
        { text: cleanText(area.areaName) },
        { text: score(area.baseline), alignment: 'right' },
        { text: score(area.latest), alignment: 'right' },
        { text: scoreChange(area.baseline, area.latest, w), alignment: 'right' },
      ]),
      {
        caption: [
          heading(words.assessmentSummary),
          text(`${round(words.baseline, baseline)}. ${round(words.latest, latest)}.`, 'paragraph'),
          text(words.scaleNote, 'muted'),
        ],
      },
    ),
  ];
}

function prioritySection(report: PlanReport, w: Writer): Content[] {
  const words = w.labels.document;
  return [
    table(
      [120, 120, '*'],
      [headerCell(w.labels.member), headerCell(words.roles), headerCell(words.priorityGapsMostPressingFirst)],
      report.members.map((member) => [
        { text: cleanText(member.name), bold: true },
        { text: cleanText(member.roleNames.join(', ')) || '–' },
        member.priorityGaps.length > 0
          ? { ol: member.priorityGaps.map((gap) => cleanText(gap)) }
          : { text: words.noneRecorded, style: 'muted' },
      ]),
      { caption: [heading(words.priorityGapsPerMember)] },
    ),
  ];
}

function fundingLines(activity: PlanReportActivity, w: Writer): string[] {
  const words = w.labels.document;
  const lines = activity.fundingShares.map((share) =>
    words.fundingShare(
      share.fundingSourceName,
      w.money(share.amountMinor),
      w.labels.fundingStatus[share.status],
    ),
  );
  if (activity.uncoveredMinor > 0) lines.push(words.notYetCovered(w.money(activity.uncoveredMinor)));
  return lines.length > 0 ? lines : ['–'];
}

function activityRow(activity: PlanReportActivity, memberName: string | null, w: Writer): TableCell[] {
  const words = w.labels.document;
  const others = activity.memberNames.filter((name) => name !== memberName);
  const cancelled = activity.status === 'cancelled';
  const details = [
    activity.provider ? words.provider(activity.provider) : null,
    activity.gapCategoryNames.length > 0 ? words.addresses(activity.gapCategoryNames) : null,
    memberName !== null && others.length > 0 ? words.sharedWith(others.join(', ')) : null,
    cancelled ? words.cancelledNote : null,
  ].filter((line): line is string => line !== null);
  return [
    {
      stack: [
        { text: cleanText(activity.title), bold: true },
        ...details.map((line) => ({ text: cleanText(line), style: 'cellNote' })),
        ...(activity.outcomeNote
          ? [{ text: cleanText(activity.outcomeNote), style: 'cellNote', italics: true }]
          : []),
      ],
    },
    { text: w.labels.activityType[activity.type] },
    { text: w.timing(activity.timing) },
    { text: w.labels.activityStatus[activity.status] },
    {
      text: w.money(activity.totalMinor),
      alignment: 'right',
      noWrap: true,
      decoration: cancelled ? 'lineThrough' : undefined,
    },
    { stack: fundingLines(activity, w).map((line) => ({ text: cleanText(line), style: 'cellNote' })) },
  ];
}

function activitiesTable(
  caption: string,
  activities: readonly PlanReportActivity[],
  memberName: string | null,
  w: Writer,
): Content {
  const { labels } = w;
  if (activities.length === 0) {
    return {
      stack: [subheading(caption), text(labels.document.noActivityPlanned, 'muted')],
      unbreakable: true,
    };
  }
  return table(
    ['*', 60, 56, 46, 64, 108],
    [
      headerCell(labels.activity),
      headerCell(labels.type),
      headerCell(labels.timing),
      headerCell(labels.status),
      headerCell(labels.document.cost, 'right'),
      headerCell(labels.document.funding),
    ],
    activities.map((activity) => activityRow(activity, memberName, w)),
    { caption: [subheading(caption)] },
  );
}

function activitiesSection(report: PlanReport, w: Writer): Content[] {
  const words = w.labels.document;
  const teamWide = report.activities.filter((activity) => activity.memberNames.length === 0);
  return [
    sectionHeading(words.activitiesPerMember),
    text(words.costsNote(report.plan.baseCurrency), 'muted'),
    ...report.members.map((member) =>
      activitiesTable(
        member.roleNames.length > 0 ? `${member.name} — ${member.roleNames.join(', ')}` : member.name,
        member.activities,
        member.name,
        w,
      ),
    ),
    ...(teamWide.length > 0 ? [activitiesTable(words.forTheWholeTeam, teamWide, null, w)] : []),
  ];
}

function costDetailSection(report: PlanReport, w: Writer): Content[] {
  if (report.activities.length === 0) return [];
  const { labels } = w;
  const { baseCurrency } = report.plan;
  const rows = report.activities.flatMap((activity): TableCell[][] => [
    [
      {
        text: [
          { text: cleanText(activity.title), bold: true },
          {
            text: `  ${w.timing(activity.timing)} · ${labels.activityStatus[activity.status]}`,
            style: 'cellNote',
          },
        ],
        colSpan: 5,
        fillColor: '#f5f7fa',
      },
      {},
      {},
      {},
      {},
      {
        text: w.money(activity.totalMinor),
        alignment: 'right',
        bold: true,
        noWrap: true,
        fillColor: '#f5f7fa',
      },
    ],
    ...activity.costLines.map((line): TableCell[] => [
      { text: labels.costKind[line.kind] },
      { text: cleanText(line.description) || '–' },
      { text: formatWholeNumber(line.quantity, w.language), alignment: 'right' },
      moneyCell(formatMoney(line.unitCostMinor, line.currency, line.currencyDigits, w.language)),
      moneyCell(formatMoney(line.totalMinor, line.currency, line.currencyDigits, w.language)),
      moneyCell(w.money(line.baseTotalMinor)),
    ]),
  ]);
  return [
    table(
      [72, '*', 36, 72, 78, 72],
      [
        headerCell(labels.document.costKind),
        headerCell(labels.description),
        headerCell(labels.document.quantityShort, 'right'),
        headerCell(labels.unitCost, 'right'),
        headerCell(labels.lineTotal, 'right'),
        headerCell(labels.document.inCurrency(baseCurrency), 'right'),
      ],
      rows,
      {
        caption: [
          heading(labels.document.costOfEachActivity),
          text(labels.document.conversionNote(baseCurrency), 'muted'),
        ],
      },
    ),
  ];
}

/**
 * The budget's warnings in the reader's words. Core words them in English only; what each says
 * follows from the activity itself (its funding shares exceed its cost, or it starts outside the
 * plan period), so they are worded again here from those facts.
 */
function budgetWarnings(report: PlanReport, w: Writer): string[] {
  const words = w.labels.document;
  const { plan } = report;
  const warned = [...new Set(report.budget.warnings.map((warning) => warning.activityId))];
  return warned.flatMap((activityId) => {
    const activity = report.activities.find((candidate) => candidate.id === activityId);
    if (!activity) {
      return report.budget.warnings
        .filter((warning) => warning.activityId === activityId)
        .map((warning) => `${activityId}: ${warning.problem}`);
    }
    const shared = activity.fundingShares.reduce((sum, share) => sum + share.amountMinor, 0);
    const lines: string[] = [];
    if (shared > activity.totalMinor) {
      lines.push(words.overfunded(activity.title, w.money(shared), w.money(activity.totalMinor)));
    }
    if (activity.year < plan.startYear || activity.year > plan.endYear) {
      lines.push(words.outsidePeriod(activity.title, activity.year, periodOf(plan)));
    }
    return lines.length > 0
      ? lines
      : report.budget.warnings
          .filter((warning) => warning.activityId === activityId)
          .map((warning) => `${activity.title}: ${warning.problem}`);
  });
}

function budgetSection(report: PlanReport, w: Writer): Content[] {
  const { labels } = w;
  const words = labels.document;
  const { budget } = report;
  const roleNames = new Map(report.roles.map((role) => [role.roleKey, role.roleName]));
  const warnings = budgetWarnings(report, w);
  return [
    sectionHeading(words.budget),
    text(words.budgetNote(budget.baseCurrency), 'muted'),
    budgetTable(
      [subheading(labels.byYear)],
      [labels.year],
      ['*'],
      budget.byYear,
      (line) => [String(line.year)],
      budget.totals,
      w,
    ),
    budgetTable(
      [subheading(labels.byFundingSource)],
      [labels.fundingSource, labels.kind],
      ['*', 62],
      budget.byFundingSource,
      (line) => [
        line.fundingSourceId === null ? labels.notCoveredBySource : line.name,
        line.kind ? labels.fundingSourceKind[line.kind] : '–',
      ],
      budget.totals,
      w,
    ),
    budgetTable(
      [subheading(labels.byActivityType)],
      [labels.type],
      ['*'],
      budget.byActivityType,
      (line) => [labels.activityType[line.type]],
      budget.totals,
      w,
    ),
    budgetTable(
      [subheading(words.byRole)],
      [words.role],
      ['*'],
      budget.byRole,
      (line) => [line.roleKey === null ? words.noRole : (roleNames.get(line.roleKey) ?? line.roleKey)],
      budget.totals,
      w,
    ),
    ...(budget.byMember
      ? [
          budgetTable(
            [subheading(labels.byMember), text(words.splitEvenly, 'muted')],
            [labels.member],
            ['*'],
            withMemberless(budget.byMember, budget.totals, words.noMember),
            (line) => [line.name],
            budget.totals,
            w,
          ),
        ]
      : []),
    ...(warnings.length > 0
      ? [
          { ...subheading(words.warnings), headlineLevel: 1 },
          { ul: warnings.map((warning) => cleanText(warning)) },
        ]
      : []),
  ];
}

/** The member lines, then what activities naming no member cost, so that the lines add up to the plan. */
function withMemberless(
  lines: readonly (PlanTotals & { name: string })[],
  planTotals: PlanTotals,
  name: string,
): (PlanTotals & { name: string })[] {
  const rest = (key: keyof PlanTotals) =>
    planTotals[key] - lines.reduce((total, line) => total + line[key], 0);
  const memberless = {
    name,
    totalMinor: rest('totalMinor'),
    securedMinor: rest('securedMinor'),
    pledgedMinor: rest('pledgedMinor'),
    unfundedMinor: rest('unfundedMinor'),
  };
  return memberless.totalMinor !== 0 ? [...lines, memberless] : [...lines];
}

/** The day before an ISO date, for "in force until". */
function dayBefore(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

function exchangeRateSection(report: PlanReport, w: Writer): Content[] {
  const { labels } = w;
  const words = labels.document;
  const { baseCurrency, exchangeRates } = report.plan;
  if (exchangeRates.length === 0) {
    return [
      {
        stack: [heading(labels.exchangeRates), text(words.noExchangeRate(baseCurrency), 'muted')],
      },
    ];
  }
  const sorted = [...exchangeRates].sort(
    (a, b) => a.currency.localeCompare(b.currency) || a.effectiveOn.localeCompare(b.effectiveOn),
  );
  return [
    table(
      [60, '*', '*'],
      [headerCell(labels.currency), headerCell(words.rate), headerCell(words.inForce)],
      sorted.map((rate, index) => {
        const next = sorted[index + 1];
        const from = w.date(rate.effectiveOn);
        return [
          { text: rate.currency, bold: true },
          { text: `1 ${rate.currency} = ${formatDecimalText(rate.rate, w.language)} ${baseCurrency}` },
          {
            text:
              next && next.currency === rate.currency
                ? words.inForceBetween(from, w.date(dayBefore(next.effectiveOn)))
                : words.inForceFrom(from),
          },
        ];
      }),
      {
        caption: [heading(labels.exchangeRates), text(words.rateNote, 'muted')],
      },
    ),
  ];
}

function termsOfReferenceSection(report: PlanReport, w: Writer): Content[] {
  if (report.termsOfReference.length === 0) return [];
  const words = w.labels.document;
  const holders = new Map(report.roles.map((role) => [role.roleKey, role.people]));
  return [
    { text: words.termsOfReference, style: 'h1', pageBreak: 'before' },
    ...report.termsOfReference.flatMap((tor): Content[] => {
      const people = holders.get(tor.roleKey) ?? [];
      const heldBy = people.map((person) =>
        person.status === 'current' ? person.name : words.envisionedHolder(person.name),
      );
      return [
        // At most a heading and 4,000 characters: always fits on one page.
        {
          stack: [
            subheading(tor.roleName),
            ...(heldBy.length > 0 ? [text(words.heldBy(heldBy.join(', ')), 'muted')] : []),
            text(words.purpose, 'h3'),
            text(tor.purpose, 'paragraph'),
          ],
          unbreakable: true,
        },
        captionedList(words.responsibilities, tor.responsibilities),
        ...(tor.requiredCompetencies.length > 0
          ? [captionedList(words.requiredCompetencies, tor.requiredCompetencies)]
          : []),
        {
          stack: [text(words.reportingLine, 'h3'), text(tor.reportingLine || '–', 'paragraph')],
          unbreakable: tor.reportingLine.length <= 1000,
        },
      ];
    }),
  ];
}

// ---------------------------------------------------------------------------------------------

interface LaidOutTable {
  table: { headerRows?: number; body: unknown[] };
}

/** With a caption, the column header is the second header row; the caption has no rule or fill. */
const TABLE_LAYOUTS = {
  plan: {
    hLineWidth: (row: number, node: LaidOutTable) => {
      const headerRows = node.table.headerRows ?? 1;
      if (row < headerRows - 1) return 0;
      return row === headerRows - 1 || row === headerRows || row === node.table.body.length ? 0.8 : 0.3;
    },
    vLineWidth: () => 0,
    hLineColor: (row: number, node: LaidOutTable) =>
      row === (node.table.headerRows ?? 1) ? COLOURS.accent : COLOURS.rule,
    fillColor: (row: number, node: LaidOutTable) =>
      row === (node.table.headerRows ?? 1) - 1 ? COLOURS.fill : null,
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  },
  list: {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: (column: number) => (column === 0 ? 0 : 2),
    paddingRight: () => 0,
    paddingTop: () => 1,
    paddingBottom: () => 1,
  },
};

/** Below this share of the page's height, a heading followed by running text moves to the next page. */
const HEADING_BOTTOM_LIMIT = 0.75;

export function planDocumentDefinition(report: PlanReport): TDocumentDefinitions {
  const { plan, language } = report;
  const labels = planDocumentLabels(language);
  const w: Writer = {
    labels,
    language,
    money: (minor) => formatMoney(minor, plan.baseCurrency, plan.baseCurrencyDigits, language),
    date: (isoDate) => formatDate(isoDate, language),
    share: (part, whole) => formatShare(part, whole, language),
    timing: (timing) => describeTiming(timing, language),
  };
  return {
    pageSize: 'A4',
    pageMargins: [48, 52, 48, 56],
    info: {
      title: cleanText(plan.title),
      subject: cleanText(labels.document.subject(report.team.name)),
      creator: 'Coreteam',
      producer: 'Coreteam',
    },
    language,
    content: [
      ...titleBlock(report, w),
      ...fundingGapHeadline(report, w),
      ...summarySection(report, w),
      ...teamSection(report, w),
      ...assessmentSection(report, w),
      ...prioritySection(report, w),
      ...activitiesSection(report, w),
      ...costDetailSection(report, w),
      ...budgetSection(report, w),
      ...exchangeRateSection(report, w),
      ...termsOfReferenceSection(report, w),
    ],
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: cleanText(`${plan.title} · ${report.team.name}`), width: '*' },
        { text: labels.document.page(currentPage, pageCount), alignment: 'right', width: 90 },
      ],
      margin: [48, 20, 48, 0],
      fontSize: 7.5,
      color: COLOURS.muted,
    }),
    // A heading starts a new page rather than sit alone at the bottom of one.
    pageBreakBefore: (node) =>
      node.headlineLevel !== undefined && (node.startPosition?.verticalRatio ?? 0) > HEADING_BOTTOM_LIMIT,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2, color: COLOURS.ink },
    styles: {
      kicker: { fontSize: 9, color: COLOURS.muted, characterSpacing: 0.5, margin: [0, 0, 0, 6] },
      title: { fontSize: 22, bold: true, color: COLOURS.accent, lineHeight: 1.1, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, color: COLOURS.ink, margin: [0, 0, 0, 4] },
      factLabel: { color: COLOURS.muted },
      h1: { fontSize: 14, bold: true, color: COLOURS.accent, margin: [0, 14, 0, 6] },
      h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 9.5, bold: true, margin: [0, 4, 0, 2] },
      paragraph: { margin: [0, 0, 0, 6] },
      muted: { color: COLOURS.muted, fontSize: 8.5, margin: [0, 0, 0, 4] },
      tableHeader: { bold: true, fontSize: 8.5 },
      cellNote: { fontSize: 7.5, color: COLOURS.muted },
      cardLabel: { fontSize: 8.5, color: COLOURS.muted },
      cardFigure: { fontSize: 16, bold: true, color: COLOURS.gap, margin: [0, 1, 0, 1] },
      cardNote: { fontSize: 8, color: COLOURS.muted },
    },
  };
}

/** The plan document as a PDF. */
export async function renderPlanDocumentPdf(report: PlanReport): Promise<Buffer> {
  preparePdfMake();
  pdfMake.setTableLayouts(TABLE_LAYOUTS);
  return pdfMake.createPdf(planDocumentDefinition(report)).getBuffer();
}
