import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  NOT_APPLICABLE,
  type AssessmentFramework,
  type AssessmentMode,
  type AssessmentProfile,
  type Rating,
  type Ratings,
  type ROUND_EXPORT_FORMATS,
  type SupportedLanguage,
  type TeamAggregates,
} from '@coreteam/core';
import { ROUND_EXPORT_LABELS, type RoundExportLabels } from './round-export-labels.js';

/*
 * A round's results as a file for a spreadsheet: one row per member × skill of each submitted
 * assessment, plus (XLSX) a summary of area scores per member and the team's figures per category.
 * Scores are rounded to 2 decimals: enough to tell 2.33 from 2.5 in a sheet, where the web app
 * shows 1 decimal (core's round1) for reading at a glance.
 *
 * Languages: the framework's names arrive in the reader's language (the built-in framework is
 * translated; a team's own text is as written). The XLSX is for people: its column headers and
 * points of view are in the reader's language too. The CSV is read by programs as much as by
 * people: its column headers and points of view ("self", "supervisor", "external") are stable
 * English keys in every language, so that a script reads any team's export the same way. The
 * sheet names ("Ratings", "Summary") stay English in every language: scripts find sheets by name.
 * "N/A" is the assessment form's mark in every language.
 */

export type RoundExportFormat = (typeof ROUND_EXPORT_FORMATS)[number];

export interface ExportedAssessment {
  memberName: string;
  mode: AssessmentMode;
  areaKeys: readonly string[];
  ratings: Ratings;
  profile: AssessmentProfile;
}

export interface RoundExportInput {
  format: RoundExportFormat;
  /** The language of the XLSX's headers; the framework's names are expected in it already. */
  language: SupportedLanguage;
  roundName: string;
  framework: AssessmentFramework;
  /** Submitted assessments in roster order. */
  assessments: readonly ExportedAssessment[];
  team: readonly TeamAggregates[];
}

export interface RoundExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

type Cell = string | number;

/** The CSV's header: stable English keys in every language (see above). */
export const RATINGS_HEADER = [
  'Member',
  'Assessed by',
  'Area',
  'Category',
  'Skill key',
  'Skill',
  'Rating',
  'Category score',
  'Area score',
] as const;

const ratingsHeader = ({ columns: c }: RoundExportLabels): string[] => [
  c.member,
  c.assessedBy,
  c.area,
  c.category,
  c.skillKey,
  c.skill,
  c.rating,
  c.categoryScore,
  c.areaScore,
];
const memberAreasHeader = ({ columns: c }: RoundExportLabels): string[] => [
  c.member,
  c.assessedBy,
  c.area,
  c.areaScore,
];
const teamCategoriesHeader = ({ columns: c }: RoundExportLabels): string[] => [
  c.assessedBy,
  c.area,
  c.category,
  c.members,
  c.mean,
  c.min,
  c.max,
  c.target,
  c.atOrAboveTarget,
];

/** How a point of view is written: its key in the CSV, the reader's word in the XLSX. */
type ModeName = (mode: AssessmentMode) => string;
const modeKey: ModeName = (mode) => mode;

/** Halves away from zero, with a nudge for binary representation error (as core's round1). */
export function round2(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
  return rounded === 0 ? 0 : rounded;
}

const scoreCell = (value: number | null): Cell => (value === null ? '' : round2(value));

function ratingCell(rating: Rating | undefined): Cell {
  if (rating === undefined) return '';
  return rating === NOT_APPLICABLE ? 'N/A' : rating;
}

/** A name for the download made of the round's name: letters, digits and dashes only. */
export function exportFileName(roundName: string, format: RoundExportFormat): string {
  const slug = roundName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return `${slug || 'round'}-results.${format}`;
}

function ratingRows(input: RoundExportInput, modeName: ModeName): Cell[][] {
  const rows: Cell[][] = [];
  for (const assessment of input.assessments) {
    const covered = new Set(assessment.areaKeys);
    input.framework.areas.forEach((area, areaIndex) => {
      if (!covered.has(area.key)) return;
      const areaScore = assessment.profile.areas[areaIndex];
      area.categories.forEach((category, categoryIndex) => {
        const categoryScore = areaScore?.categories[categoryIndex]?.score ?? null;
        for (const skill of category.skills) {
          const value: unknown = assessment.ratings[skill.key];
          rows.push([
            assessment.memberName,
            modeName(assessment.mode),
            area.name,
            category.name,
            skill.key,
            skill.name,
            ratingCell(value === undefined ? undefined : (value as Rating)),
            scoreCell(categoryScore),
            scoreCell(areaScore?.score ?? null),
          ]);
        }
      });
    });
  }
  return rows;
}

function memberAreaRows(input: RoundExportInput, modeName: ModeName): Cell[][] {
  return input.assessments.flatMap((assessment) => {
    const covered = new Set(assessment.areaKeys);
    return input.framework.areas.flatMap((area, areaIndex) =>
      covered.has(area.key)
        ? [
            [
              assessment.memberName,
              modeName(assessment.mode),
              area.name,
              scoreCell(assessment.profile.areas[areaIndex]?.score ?? null),
            ],
          ]
        : [],
    );
  });
}

function teamCategoryRows(input: RoundExportInput, modeName: ModeName): Cell[][] {
  const areaName = new Map(input.framework.areas.map((area) => [area.key, area.name]));
  const categoryName = new Map(
    input.framework.areas.flatMap((area) => area.categories.map((category) => [category.key, category.name])),
  );
  return input.team.flatMap((pointOfView) =>
    pointOfView.areas.flatMap((area) =>
      area.categories.map((category) => [
        modeName(pointOfView.assessedBy),
        areaName.get(area.areaKey) ?? area.areaKey,
        categoryName.get(category.categoryKey) ?? category.categoryKey,
        category.memberCount,
        scoreCell(category.mean),
        scoreCell(category.min),
        scoreCell(category.max),
        category.target ?? '',
        category.atOrAboveTarget ?? '',
      ]),
    ),
  );
}

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return) as a formula:
 * a member's name or a skill name must never run as one. Such text is prefixed with a quote.
 */
export function neutraliseFormula(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function toCsv(input: RoundExportInput): Buffer {
  const rows = ratingRows(input, modeKey).map((row) => row.map(neutraliseFormula));
  // The byte order mark makes spreadsheet programs read the file as UTF-8 (accents in names).
  return Buffer.from(stringify([[...RATINGS_HEADER], ...rows], { bom: true }), 'utf8');
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF2' } };

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF718096' } } };
  });
}

function addTable(sheet: ExcelJS.Worksheet, header: readonly string[], rows: Cell[][]): ExcelJS.Row {
  const headerRow = sheet.addRow([...header]);
  styleHeader(headerRow);
  sheet.addRows(rows);
  return headerRow;
}

async function toXlsx(input: RoundExportInput): Promise<Buffer> {
  const labels = ROUND_EXPORT_LABELS[input.language];
  const modeName: ModeName = (mode) => labels.assessedBy[mode];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Coreteam';

  const ratings = workbook.addWorksheet('Ratings', { views: [{ state: 'frozen', ySplit: 1 }] });
  const ratingsColumns = ratingsHeader(labels);
  addTable(ratings, ratingsColumns, ratingRows(input, modeName));
  ratings.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ratingsColumns.length } };
  [28, 12, 28, 36, 48, 48, 8, 14, 12].forEach((width, index) => {
    ratings.getColumn(index + 1).width = width;
  });

  const summary = workbook.addWorksheet('Summary', { views: [{ state: 'frozen', ySplit: 1 }] });
  const memberColumns = memberAreasHeader(labels);
  addTable(summary, memberColumns, memberAreaRows(input, modeName));
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: memberColumns.length } };
  summary.addRow([]);
  addTable(summary, teamCategoriesHeader(labels), teamCategoryRows(input, modeName));
  [28, 28, 36, 10, 8, 8, 8, 8, 18].forEach((width, index) => {
    summary.getColumn(index + 1).width = width;
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CONTENT_TYPES: Record<RoundExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function buildRoundExport(input: RoundExportInput): Promise<RoundExportFile> {
  return {
    fileName: exportFileName(input.roundName, input.format),
    contentType: CONTENT_TYPES[input.format],
    body: input.format === 'xlsx' ? await toXlsx(input) : toCsv(input),
  };
}
