import { createRequire } from 'node:module';
import path from 'node:path';
import type {
  ActivityStatus,
  ActivityTiming,
  ActivityType,
  CostKind,
  FundingSourceKind,
  FundingStatus,
  PlanTotals,
} from '@coreteam/core';
import pdfMake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { PlanReport, PlanReportActivity } from './plan-report.js';

/*
 * The plan document: a printable A4 PDF of a capacity building plan, fit to hand to a funder or a
 * governing body. Built with pdfmake (declarative layout: tables that repeat their header row and
 * never split a row across pages, page numbers in the footer) over its bundled Roboto, which covers
 * French, Portuguese and Spanish accents and typographic quotes. Generating touches no file but
 * those four fonts and fetches nothing: both access policies are set on every render.
 */

// ---------------------------------------------------------------------------------------------
// Words and figures shared with the budget workbook

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  'academy-in-person': 'DHIS2 Academy (in person)',
  'online-course': 'Online course',
  'remote-training': 'Remote training',
  'in-person-training': 'In-person training',
  'on-the-job-coaching': 'On-the-job coaching',
  mentoring: 'Mentoring',
  'exchange-visit': 'Exchange visit',
  conference: 'Conference',
  scholarship: 'Scholarship (master’s, PhD)',
  other: 'Other',
};

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: 'Planned',
  approved: 'Approved',
  'in-progress': 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const COST_KIND_LABELS: Record<CostKind, string> = {
  fees: 'Fees',
  travel: 'Travel',
  accommodation: 'Accommodation',
  'per-diem': 'Per diem',
  materials: 'Materials',
  other: 'Other',
};

export const FUNDING_SOURCE_KIND_LABELS: Record<FundingSourceKind, string> = {
  government: 'Government',
  partner: 'Partner',
  other: 'Other',
};

export const FUNDING_STATUS_LABELS: Record<FundingStatus, string> = {
  secured: 'secured',
  pledged: 'pledged',
  unfunded: 'unfunded',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-09" → "9 Mar 2026" (from the text itself: no time zone can shift the day). */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** When an activity happens, in words: "9 Mar 2026 – 13 Mar 2026", "Q3 2026" or "During 2026". */
export function describeTiming(timing: ActivityTiming): string {
  if (timing.kind === 'dates') {
    return timing.startsOn === timing.endsOn
      ? formatDate(timing.startsOn)
      : `${formatDate(timing.startsOn)} – ${formatDate(timing.endsOn)}`;
  }
  return timing.quarter === null ? `During ${timing.year}` : `Q${timing.quarter} ${timing.year}`;
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

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, digits: number): Intl.NumberFormat {
  const key = `${currency}:${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * "USD 1,234.56", "XOF 450,000". The whole part is formatted as a BigInt and the fraction digits
 * are the exact ones of the minor units, so no amount is ever rounded through a float.
 */
export function formatMoney(minor: number, currency: string, digits: number): string {
  const value = BigInt(minor);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const scale = 10n ** BigInt(digits);
  const fraction = (magnitude % scale).toString().padStart(digits, '0');
  const parts = moneyFormat(currency, digits).formatToParts(magnitude / scale);
  const text = parts.map((part) => (part.type === 'fraction' ? fraction : part.value)).join('');
  return negative ? `-${text}` : text;
}

/** `part` as a whole percentage of `whole`, rounded half up; "–" when there is no whole. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '–';
  const percent = (BigInt(part) * 200n + BigInt(whole)) / (2n * BigInt(whole));
  return `${percent}%`;
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

interface Money {
  (minor: number): string;
}

function totalsCells(line: PlanTotals, money: Money, bold = false): TableCell[] {
  return [
    moneyCell(money(line.totalMinor), bold),
    moneyCell(money(line.securedMinor), bold),
    moneyCell(money(line.pledgedMinor), bold),
    { text: money(line.unfundedMinor), alignment: 'right', bold: true, color: COLOURS.gap, noWrap: true },
  ];
}

const TOTALS_HEADER: TableCell[] = [
  headerCell('Total', 'right'),
  headerCell('Secured', 'right'),
  headerCell('Pledged', 'right'),
  headerCell('Unfunded', 'right'),
];
const TOTALS_WIDTHS = [68, 68, 68, 68];

function budgetTable<T extends PlanTotals>(
  caption: Content[],
  labelHeader: string[],
  labelWidths: (string | number)[],
  lines: readonly T[],
  label: (line: T) => string[],
  total: PlanTotals,
  money: Money,
): Content {
  if (lines.length === 0) {
    return { stack: [...caption, text('Nothing to show: the plan has no costed activity yet.', 'muted')] };
  }
  return table(
    [...labelWidths, ...TOTALS_WIDTHS],
    [...labelHeader.map((value) => headerCell(value)), ...TOTALS_HEADER],
    lines.map((line) => [
      ...label(line).map((value) => ({ text: cleanText(value) })),
      ...totalsCells(line, money),
    ]),
    {
      caption,
      footer: [
        { text: 'Total', bold: true },
        ...emptyCells(labelHeader.length - 1),
        ...totalsCells(total, money, true),
      ],
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Sections

function titleBlock(report: PlanReport): Content[] {
  const { plan, team } = report;
  const revision = plan.latestRevision
    ? `Revision ${plan.latestRevision.number} of ${formatDate(plan.latestRevision.createdAt)}` +
      (plan.latestRevision.note ? ` — ${plan.latestRevision.note}` : '')
    : 'Draft: not yet revised';
  const facts: [string, string][] = [
    ['Team', team.name],
    ...(team.country ? ([['Country', team.country]] as [string, string][]) : []),
    ['Period', plan.startYear === plan.endYear ? `${plan.startYear}` : `${plan.startYear}–${plan.endYear}`],
    ['Base currency', plan.baseCurrency],
    ['Revision', revision],
    ['Generated', `${formatDate(report.generatedAt)} at ${report.generatedAt.slice(11, 16)} UTC`],
  ];
  return [
    text('DHIS2 core team · Capacity building plan', 'kicker'),
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

function fundingGapHeadline(report: PlanReport, money: Money): Content[] {
  const { budget, plan } = report;
  const period = plan.startYear === plan.endYear ? `${plan.startYear}` : `${plan.startYear}–${plan.endYear}`;
  const cards: Content[] = budget.byYear.map((year) => ({
    stack: [
      { text: `Funding gap ${year.year}`, style: 'cardLabel' },
      { text: money(year.unfundedMinor), style: 'cardFigure' },
      {
        text: `of ${money(year.totalMinor)} planned (${formatShare(year.unfundedMinor, year.totalMinor)})`,
        style: 'cardNote',
      },
    ],
  }));
  const rows: Content[] = [];
  for (let index = 0; index < cards.length; index += 3) {
    rows.push({ columns: cards.slice(index, index + 3), columnGap: 12, margin: [0, 0, 0, 8] });
  }
  return [
    sectionHeading('Funding gap'),
    {
      text: [
        'Across ',
        { text: period, bold: true },
        ', the plan costs ',
        { text: money(budget.totals.totalMinor), bold: true },
        ', of which ',
        { text: money(budget.totals.securedMinor), bold: true },
        ' is secured and ',
        { text: money(budget.totals.pledgedMinor), bold: true },
        ' pledged. ',
        { text: money(budget.totals.unfundedMinor), bold: true, color: COLOURS.gap },
        ` (${formatShare(budget.totals.unfundedMinor, budget.totals.totalMinor)}) has no funding yet.`,
      ],
      margin: [0, 0, 0, 10],
    },
    ...rows,
  ];
}

function summarySection(report: PlanReport, money: Money): Content[] {
  const counted = report.activities.filter((activity) => activity.status !== 'cancelled');
  const members = new Set(counted.flatMap((activity) => activity.memberNames));
  const facts = [
    `${counted.length} ${counted.length === 1 ? 'activity' : 'activities'} for ${members.size} of the team’s ` +
      `${report.members.length} members, costing ${money(report.budget.totals.totalMinor)} in all.`,
    `${report.fundingSources.length} funding ${report.fundingSources.length === 1 ? 'source' : 'sources'}` +
      (report.fundingSources.length > 0
        ? `: ${report.fundingSources.map((source) => source.name).join('; ')}.`
        : '.'),
  ];
  return [
    sectionHeading('Summary'),
    ...(report.plan.summary.trim() ? [text(report.plan.summary, 'paragraph')] : []),
    { ul: facts.map((fact) => cleanText(fact)), margin: [0, 0, 0, 6] },
  ];
}

function teamSection(report: PlanReport): Content[] {
  const names = (people: PlanReport['roles'][number]['people'], status: 'current' | 'envisioned') =>
    people
      .filter((person) => person.status === status)
      .map((person) => cleanText(person.name))
      .join('\n') || '–';
  return [
    table(
      [150, '*', '*'],
      [headerCell('Role'), headerCell('Current'), headerCell('Envisioned')],
      report.roles.map((role) => [
        { text: cleanText(role.roleName), bold: true },
        { text: names(role.people, 'current') },
        { text: names(role.people, 'envisioned') },
      ]),
      { caption: [heading('Team and roles')] },
    ),
  ];
}

/** "1.45" → 145: hundredths as an integer, so a change is exact. */
function hundredths(score: string): number | null {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(score.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

function scoreChange(baseline: string | null, latest: string | null): string {
  if (baseline === null || latest === null) return '–';
  const before = hundredths(baseline);
  const after = hundredths(latest);
  if (before === null || after === null) return '–';
  const change = after - before;
  const magnitude = Math.abs(change);
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

function assessmentSection(report: PlanReport): Content[] {
  const { baseline, latest, areas } = report.assessmentSummary;
  const round = (label: string, value: { roundName: string; closesOn: string } | null) =>
    value ? `${label}: ${value.roundName} (closed ${formatDate(value.closesOn)})` : `${label}: none yet`;
  if (!baseline && !latest) {
    return [
      {
        stack: [heading('Assessment summary'), text('No assessment round has been completed yet.', 'muted')],
      },
    ];
  }
  return [
    table(
      ['*', 70, 70, 70],
      [
        headerCell('Area'),
        headerCell('Baseline', 'right'),
        headerCell('Latest', 'right'),
        headerCell('Change', 'right'),
      ],
      areas.map((area) => [
        { text: cleanText(area.areaName) },
        { text: area.baseline ?? '–', alignment: 'right' },
        { text: area.latest ?? '–', alignment: 'right' },
        { text: scoreChange(area.baseline, area.latest), alignment: 'right' },
      ]),
      {
        caption: [
          heading('Assessment summary'),
          text(`${round('Baseline', baseline)}. ${round('Latest', latest)}.`, 'paragraph'),
          text('Team averages per area on the 0–3 scale of the needs assessment.', 'muted'),
        ],
      },
    ),
  ];
}

function prioritySection(report: PlanReport): Content[] {
  return [
    table(
      [120, 120, '*'],
      [headerCell('Member'), headerCell('Roles'), headerCell('Priority gaps, most pressing first')],
      report.members.map((member) => [
        { text: cleanText(member.name), bold: true },
        { text: cleanText(member.roleNames.join(', ')) || '–' },
        member.priorityGaps.length > 0
          ? { ol: member.priorityGaps.map((gap) => cleanText(gap)) }
          : { text: 'None recorded', style: 'muted' },
      ]),
      { caption: [heading('Priority gaps per member')] },
    ),
  ];
}

function fundingLines(activity: PlanReportActivity, money: Money): string[] {
  const lines = activity.fundingShares.map(
    (share) =>
      `${share.fundingSourceName}: ${money(share.amountMinor)} ${FUNDING_STATUS_LABELS[share.status]}`,
  );
  if (activity.uncoveredMinor > 0) lines.push(`Not yet covered: ${money(activity.uncoveredMinor)}`);
  return lines.length > 0 ? lines : ['–'];
}

function activityRow(activity: PlanReportActivity, memberName: string | null, money: Money): TableCell[] {
  const others = activity.memberNames.filter((name) => name !== memberName);
  const cancelled = activity.status === 'cancelled';
  const details = [
    activity.provider ? `Provider: ${activity.provider}` : null,
    activity.gapCategoryNames.length > 0 ? `Addresses: ${activity.gapCategoryNames.join('; ')}` : null,
    memberName !== null && others.length > 0 ? `Shared with ${others.join(', ')}` : null,
    cancelled ? 'Cancelled: not counted in the budget.' : null,
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
    { text: ACTIVITY_TYPE_LABELS[activity.type] },
    { text: describeTiming(activity.timing) },
    { text: ACTIVITY_STATUS_LABELS[activity.status] },
    {
      text: money(activity.totalMinor),
      alignment: 'right',
      noWrap: true,
      decoration: cancelled ? 'lineThrough' : undefined,
    },
    { stack: fundingLines(activity, money).map((line) => ({ text: cleanText(line), style: 'cellNote' })) },
  ];
}

function activitiesTable(
  caption: string,
  activities: readonly PlanReportActivity[],
  memberName: string | null,
  money: Money,
): Content {
  if (activities.length === 0) {
    return { stack: [subheading(caption), text('No activity planned.', 'muted')], unbreakable: true };
  }
  return table(
    ['*', 60, 56, 46, 64, 108],
    [
      headerCell('Activity'),
      headerCell('Type'),
      headerCell('Timing'),
      headerCell('Status'),
      headerCell('Cost', 'right'),
      headerCell('Funding'),
    ],
    activities.map((activity) => activityRow(activity, memberName, money)),
    { caption: [subheading(caption)] },
  );
}

function activitiesSection(report: PlanReport, money: Money): Content[] {
  const teamWide = report.activities.filter((activity) => activity.memberNames.length === 0);
  return [
    sectionHeading('Activities per member'),
    text(
      `Costs in ${report.plan.baseCurrency}. An activity for several members shows its full cost under each of them; ` +
        'the budget tables split it evenly.',
      'muted',
    ),
    ...report.members.map((member) =>
      activitiesTable(
        member.roleNames.length > 0 ? `${member.name} — ${member.roleNames.join(', ')}` : member.name,
        member.activities,
        member.name,
        money,
      ),
    ),
    ...(teamWide.length > 0 ? [activitiesTable('For the whole team', teamWide, null, money)] : []),
  ];
}

function costDetailSection(report: PlanReport, money: Money): Content[] {
  if (report.activities.length === 0) return [];
  const { baseCurrency } = report.plan;
  const rows = report.activities.flatMap((activity): TableCell[][] => [
    [
      {
        text: [
          { text: cleanText(activity.title), bold: true },
          {
            text: `  ${describeTiming(activity.timing)} · ${ACTIVITY_STATUS_LABELS[activity.status]}`,
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
        text: money(activity.totalMinor),
        alignment: 'right',
        bold: true,
        noWrap: true,
        fillColor: '#f5f7fa',
      },
    ],
    ...activity.costLines.map((line): TableCell[] => [
      { text: COST_KIND_LABELS[line.kind] },
      { text: cleanText(line.description) || '–' },
      { text: new Intl.NumberFormat('en').format(line.quantity), alignment: 'right' },
      moneyCell(formatMoney(line.unitCostMinor, line.currency, line.currencyDigits)),
      moneyCell(formatMoney(line.totalMinor, line.currency, line.currencyDigits)),
      moneyCell(money(line.baseTotalMinor)),
    ]),
  ]);
  return [
    table(
      [72, '*', 36, 72, 78, 72],
      [
        headerCell('Cost'),
        headerCell('Description'),
        headerCell('Qty', 'right'),
        headerCell('Unit cost', 'right'),
        headerCell('Line total', 'right'),
        headerCell(`In ${baseCurrency}`, 'right'),
      ],
      rows,
      {
        caption: [
          heading('Cost of each activity'),
          text(
            `Each cost line is quantity × unit cost in its own currency, converted to ${baseCurrency} at the rate ` +
              `in force on the activity’s start and rounded to the ${baseCurrency} minor unit (half to even).`,
            'muted',
          ),
        ],
      },
    ),
  ];
}

function budgetSection(report: PlanReport, money: Money): Content[] {
  const { budget } = report;
  const roleNames = new Map(report.roles.map((role) => [role.roleKey, role.roleName]));
  const activityTitles = new Map(report.activities.map((activity) => [activity.id, activity.title]));
  return [
    sectionHeading('Budget'),
    text(
      `All amounts in ${budget.baseCurrency}. Cancelled activities are left out. “Unfunded” is the funding gap: ` +
        'shares marked unfunded plus whatever no funding source covers.',
      'muted',
    ),
    budgetTable(
      [subheading('By year')],
      ['Year'],
      ['*'],
      budget.byYear,
      (line) => [String(line.year)],
      budget.totals,
      money,
    ),
    budgetTable(
      [subheading('By funding source')],
      ['Funding source', 'Kind'],
      ['*', 62],
      budget.byFundingSource,
      (line) => [line.name, line.kind ? FUNDING_SOURCE_KIND_LABELS[line.kind] : '–'],
      budget.totals,
      money,
    ),
    budgetTable(
      [subheading('By activity type')],
      ['Type'],
      ['*'],
      budget.byActivityType,
      (line) => [ACTIVITY_TYPE_LABELS[line.type]],
      budget.totals,
      money,
    ),
    budgetTable(
      [subheading('By role')],
      ['Role'],
      ['*'],
      budget.byRole,
      (line) => [
        line.roleKey === null
          ? 'No role (team-wide activities)'
          : (roleNames.get(line.roleKey) ?? line.roleKey),
      ],
      budget.totals,
      money,
    ),
    ...(budget.byMember
      ? [
          budgetTable(
            [
              subheading('By member'),
              text('An activity for several members is split evenly between them.', 'muted'),
            ],
            ['Member'],
            ['*'],
            withMemberless(budget.byMember, budget.totals),
            (line) => [line.name],
            budget.totals,
            money,
          ),
        ]
      : []),
    ...(budget.warnings.length > 0
      ? [
          { ...subheading('Warnings'), headlineLevel: 1 },
          {
            ul: budget.warnings.map((warning) =>
              cleanText(
                `${activityTitles.get(warning.activityId) ?? warning.activityId}: ${warning.problem}`,
              ),
            ),
          },
        ]
      : []),
  ];
}

/** The member lines, then what activities naming no member cost, so that the lines add up to the plan. */
function withMemberless(
  lines: readonly (PlanTotals & { name: string })[],
  planTotals: PlanTotals,
): (PlanTotals & { name: string })[] {
  const rest = (key: keyof PlanTotals) =>
    planTotals[key] - lines.reduce((total, line) => total + line[key], 0);
  const memberless = {
    name: 'No member (team-wide activities)',
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

function exchangeRateSection(report: PlanReport): Content[] {
  const { baseCurrency, exchangeRates } = report.plan;
  if (exchangeRates.length === 0) {
    return [
      {
        stack: [
          heading('Exchange rates'),
          text(`No exchange rate: every cost is in ${baseCurrency}.`, 'muted'),
        ],
      },
    ];
  }
  const sorted = [...exchangeRates].sort(
    (a, b) => a.currency.localeCompare(b.currency) || a.effectiveOn.localeCompare(b.effectiveOn),
  );
  return [
    table(
      [60, '*', '*'],
      [headerCell('Currency'), headerCell('Rate'), headerCell('In force')],
      sorted.map((rate, index) => {
        const next = sorted[index + 1];
        const until =
          next && next.currency === rate.currency
            ? ` to ${formatDate(dayBefore(next.effectiveOn))}`
            : ' onwards';
        return [
          { text: rate.currency, bold: true },
          { text: `1 ${rate.currency} = ${rate.rate} ${baseCurrency}` },
          { text: `${formatDate(rate.effectiveOn)}${until}` },
        ];
      }),
      {
        caption: [
          heading('Exchange rates'),
          text(
            `Each cost line is converted with the rate in force on its activity’s start date; before a currency’s ` +
              'first rate, that first rate applies.',
            'muted',
          ),
        ],
      },
    ),
  ];
}

function termsOfReferenceSection(report: PlanReport): Content[] {
  if (report.termsOfReference.length === 0) return [];
  const holders = new Map(report.roles.map((role) => [role.roleKey, role.people]));
  return [
    { text: 'Terms of reference', style: 'h1', pageBreak: 'before' },
    ...report.termsOfReference.flatMap((tor): Content[] => {
      const people = holders.get(tor.roleKey) ?? [];
      const heldBy = people.map((person) =>
        person.status === 'current' ? person.name : `${person.name} (envisioned)`,
      );
      return [
        // At most a heading and 4,000 characters: always fits on one page.
        {
          stack: [
            subheading(tor.roleName),
            ...(heldBy.length > 0 ? [text(`Held by: ${heldBy.join(', ')}`, 'muted')] : []),
            text('Purpose', 'h3'),
            text(tor.purpose, 'paragraph'),
          ],
          unbreakable: true,
        },
        captionedList('Responsibilities', tor.responsibilities),
        ...(tor.requiredCompetencies.length > 0
          ? [captionedList('Required competencies', tor.requiredCompetencies)]
          : []),
        {
          stack: [text('Reporting line', 'h3'), text(tor.reportingLine || '–', 'paragraph')],
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
  const { plan } = report;
  const money: Money = (minor) => formatMoney(minor, plan.baseCurrency, plan.baseCurrencyDigits);
  return {
    pageSize: 'A4',
    pageMargins: [48, 52, 48, 56],
    info: {
      title: cleanText(plan.title),
      subject: cleanText(`Capacity building plan of ${report.team.name}`),
      creator: 'Coreteam',
      producer: 'Coreteam',
    },
    language: 'en',
    content: [
      ...titleBlock(report),
      ...fundingGapHeadline(report, money),
      ...summarySection(report, money),
      ...teamSection(report),
      ...assessmentSection(report),
      ...prioritySection(report),
      ...activitiesSection(report, money),
      ...costDetailSection(report, money),
      ...budgetSection(report, money),
      ...exchangeRateSection(report),
      ...termsOfReferenceSection(report),
    ],
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: cleanText(`${plan.title} · ${report.team.name}`), width: '*' },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right', width: 80 },
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
