import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PLAN_DOCUMENT_LABELS } from './plan-document-labels.js';
import {
  describeTiming,
  formatDate,
  formatDecimalText,
  formatMoney,
  formatShare,
  formatWholeNumber,
  minorToDecimal,
  renderPlanDocumentPdf,
} from './plan-document.js';
import { aPlanReport } from './plan-report.test-data.js';

/** The document's text as a reader would copy it, with every run of white space made one space. */
async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return result.text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

const usd = (minor: number) => formatMoney(minor, 'USD', 2).replace(/\s+/g, ' ');

describe('money in the plan document', () => {
  it('formats minor units with the currency code and exactly the currency’s digits', () => {
    expect(formatMoney(123_456, 'USD', 2)).toBe('USD\u00a01,234.56');
    expect(formatMoney(5, 'USD', 2)).toBe('USD\u00a00.05');
    expect(formatMoney(450_000, 'XOF', 0)).toBe('XOF\u00a0450,000');
    expect(formatMoney(1_234_567, 'BHD', 3)).toBe('BHD\u00a01,234.567');
    expect(formatMoney(-250, 'EUR', 2)).toBe('-EUR\u00a02.50');
  });

  it('keeps the largest amounts exact, where a float would round them', () => {
    expect(formatMoney(89_999_999_999_999, 'USD', 2)).toBe('USD\u00a0899,999,999,999.99');
    expect(minorToDecimal(89_999_999_999_999, 2)).toBe('899999999999.99');
    expect(minorToDecimal(7, 3)).toBe('0.007');
    expect(minorToDecimal(450_000, 0)).toBe('450000');
  });

  it('gives shares as whole percentages, rounded half up', () => {
    expect(formatShare(1, 8)).toBe('13%');
    expect(formatShare(1_015_212, 2_466_212)).toBe('41%');
    expect(formatShare(0, 0)).toBe('–');
  });

  it('describes timings in words', () => {
    expect(describeTiming({ kind: 'dates', startsOn: '2026-03-09', endsOn: '2026-03-13' })).toBe(
      '9 Mar 2026 – 13 Mar 2026',
    );
    expect(describeTiming({ kind: 'quarter', year: 2026, quarter: 3 })).toBe('Q3 2026');
    expect(describeTiming({ kind: 'quarter', year: 2027, quarter: null })).toBe('During 2027');
  });
});

describe('figures in the reader’s language', () => {
  it('moves only the separators and the currency code, never a digit', () => {
    expect(formatMoney(123_456, 'USD', 2, 'fr')).toBe('1\u00a0234,56\u00a0USD');
    expect(formatMoney(123_456, 'USD', 2, 'pt')).toBe('USD\u00a01.234,56');
    expect(formatMoney(12_345_678, 'USD', 2, 'es')).toBe('123.456,78\u00a0USD');
    expect(formatMoney(450_000, 'XOF', 0, 'fr')).toBe('450\u00a0000\u00a0XOF');
    expect(formatMoney(1_234_567, 'BHD', 3, 'pt')).toBe('BHD\u00a01.234,567');
    expect(formatMoney(-250, 'EUR', 2, 'fr')).toBe('-2,50\u00a0EUR');
    expect(formatMoney(89_999_999_999_999, 'USD', 2, 'fr')).toBe(
      '899\u00a0999\u00a0999\u00a0999,99\u00a0USD',
    );
  });

  it('prints no narrow no-break space, which the bundled font has no glyph for', () => {
    for (const figure of [
      formatMoney(123_456, 'USD', 2, 'fr'),
      formatShare(1, 8, 'fr'),
      formatDecimalText('1234.5', 'fr'),
      formatWholeNumber(1200, 'fr'),
    ]) {
      expect(figure).not.toContain('\u202f');
    }
  });

  it('writes shares, scores, rates and dates as the language does', () => {
    expect(formatShare(1, 8, 'fr')).toBe('13\u00a0%');
    expect(formatShare(1, 8, 'pt')).toBe('13%');
    expect(formatDecimalText('0.00165', 'fr')).toBe('0,00165');
    expect(formatDecimalText('1.33', 'es')).toBe('1,33');
    expect(formatDecimalText('600', 'pt')).toBe('600');
    expect(formatDecimalText('0.00165')).toBe('0.00165');
    expect(formatWholeNumber(1200, 'pt')).toBe('1.200');
    expect(formatDate('2026-03-09', 'fr')).toBe('9 mars 2026');
    expect(formatDate('2026-03-09', 'pt')).toBe('9 de mar. de 2026');
    expect(formatDate('2026-03-09', 'es')).toBe('9 mar 2026');
    expect(describeTiming({ kind: 'dates', startsOn: '2026-03-09', endsOn: '2026-03-13' }, 'fr')).toBe(
      '9 mars 2026 – 13 mars 2026',
    );
    expect(describeTiming({ kind: 'quarter', year: 2026, quarter: 3 }, 'fr')).toBe('T3 2026');
    expect(describeTiming({ kind: 'quarter', year: 2027, quarter: null }, 'pt')).toBe('Durante 2027');
  });

  it('has every label in every language, none left empty', () => {
    const keysOf = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        inner !== null && typeof inner === 'object'
          ? keysOf(inner as object, `${prefix}${key}.`)
          : [`${prefix}${key}`],
      );
    const english = keysOf(PLAN_DOCUMENT_LABELS.en).sort();
    for (const labels of Object.values(PLAN_DOCUMENT_LABELS)) {
      expect(keysOf(labels).sort()).toEqual(english);
      for (const value of Object.values(labels.activityType)) expect(value.trim()).not.toBe('');
    }
  });
});

describe('renderPlanDocumentPdf', () => {
  const report = aPlanReport();
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await renderPlanDocumentPdf(report);
    text = await pdfText(pdf);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('makes an A4 PDF with embedded fonts and page numbers', () => {
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('names the team, every member, each year’s total and the funding gap', () => {
    expect(text).toContain('Ministry of Health – Ruritania DHIS2 core team');
    for (const member of report.members) expect(text).toContain(member.name);
    for (const year of report.budget.byYear) {
      expect(text).toContain(usd(year.totalMinor));
      expect(text).toContain(`Funding gap ${year.year} ${usd(year.unfundedMinor)}`);
    }
    expect(usd(report.budget.byYear[1]!.totalMinor)).toBe('USD 16,962.12');
    expect(text).toContain(`${usd(report.budget.totals.unfundedMinor)} (41%) has no funding yet`);
    expect(text).toContain('USD 10,152.12');
  });

  it('shows the accents and typographic quotes of French, Portuguese and Spanish names', () => {
    for (const words of [
      'Amélie Ndiaye',
      'João Pereira',
      'José Martínez',
      'Universidade de São Paulo',
      '“Data use”',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('prints the budget tables, the exchange rates and every ToR', () => {
    for (const source of report.budget.byFundingSource) expect(text).toContain(usd(source.totalMinor));
    for (const member of report.budget.byMember ?? []) expect(text).toContain(usd(member.totalMinor));
    expect(text).toContain('1 XOF = 0.00165 USD');
    expect(text).toContain('XOF 450,000');
    for (const tor of report.termsOfReference) {
      expect(text).toContain(tor.roleName);
      expect(text).toContain(tor.purpose.split(' ').slice(0, 6).join(' '));
    }
  });

  it('prints a title with markup or a formula as plain text', async () => {
    const hostile = aPlanReport();
    hostile.plan.title = '<script>alert("plan")</script>';
    hostile.activities[1]!.title = "=cmd|' /C calc'!A0";
    const hostileText = await pdfText(await renderPlanDocumentPdf(hostile));
    expect(hostileText).toContain('<script>alert("plan")</script>');
    expect(hostileText).toContain("=cmd|' /C calc'!A0");
  });

  it('reads no file but its own fonts and writes none', async () => {
    const read = vi.spyOn(fs, 'readFileSync');
    const open = vi.spyOn(fs, 'openSync');
    const write = vi.spyOn(fs, 'writeFileSync');
    const stream = vi.spyOn(fs, 'createWriteStream');
    const odd = aPlanReport();
    odd.plan.title = '/etc/passwd';
    odd.activities[0]!.title = 'https://example.org/image.png';

    await renderPlanDocumentPdf(odd);

    const files = [...read.mock.calls, ...open.mock.calls].map(([file]) => String(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file).toMatch(/pdfmake[/\\]fonts[/\\]Roboto[/\\]Roboto-[A-Za-z]+\.ttf$/);
    expect(write).not.toHaveBeenCalled();
    expect(stream).not.toHaveBeenCalled();
  });

  it('copes with a plan that has no activity, no rate and no assessment yet', async () => {
    const empty = aPlanReport();
    empty.activities = [];
    empty.members = empty.members.map((member) => ({ ...member, activities: [] }));
    empty.plan.exchangeRates = [];
    empty.plan.latestRevision = null;
    empty.assessmentSummary = { baseline: null, latest: null, areas: [] };
    const zero = { totalMinor: 0, securedMinor: 0, pledgedMinor: 0, unfundedMinor: 0 };
    empty.budget = {
      ...empty.budget,
      totals: zero,
      byYear: empty.budget.byYear.map((line) => ({ ...line, ...zero })),
      byFundingSource: [],
      byActivityType: [],
      byRole: [],
      byMember: empty.budget.byMember?.map((line) => ({ ...line, ...zero })),
    };
    const emptyText = await pdfText(await renderPlanDocumentPdf(empty));
    expect(emptyText).toContain('Draft: not yet revised');
    expect(emptyText).toContain('No assessment round has been completed yet.');
    expect(emptyText).toContain('Funding gap 2026 USD 0.00');
  });
});

describe('renderPlanDocumentPdf for a French reader', () => {
  const report = { ...aPlanReport(), language: 'fr' as const };
  let text: string;
  beforeAll(async () => {
    text = await pdfText(await renderPlanDocumentPdf(report));
  });

  const usdInFrench = (minor: number) => formatMoney(minor, 'USD', 2, 'fr').replace(/\s+/g, ' ');

  it('writes every heading, label and footer in French', () => {
    for (const words of [
      'Équipe centrale DHIS2 · Plan de renforcement des capacités',
      'Devise de référence',
      'Généré le 14 févr. 2026 à 09:30 UTC',
      'Révision 2 du 10 févr. 2026',
      'Déficit de financement',
      'Résumé',
      'Équipe et rôles',
      'Synthèse de l’évaluation',
      'Lacunes prioritaires par membre',
      'Activités par membre',
      'Coût de chaque activité',
      'Par source de financement',
      'Par type d’activité',
      'Taux de change',
      'Termes de référence',
      'Rattachement hiérarchique',
      'Formation à distance',
      'Accompagnement',
      'Approuvée',
      'Annulée : non comptée dans le budget.',
      'Frais d’inscription',
      'Non couvert par une source',
      'Budget de l’État',
      'T3 2026',
    ]) {
      expect(text).toContain(words);
    }
    const pages = Number(/Page 1 sur (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Page ${pages} sur ${pages}`);
    for (const english of [
      'Funding gap',
      'Activities per member',
      'Terms of reference',
      'Exchange rates',
      'Page 1 of',
      'Cancelled',
      'Not yet funded',
      'Q3 2026',
    ]) {
      expect(text).not.toContain(english);
    }
  });

  it('formats amounts, shares, scores and rates the French way', () => {
    expect(usdInFrench(report.budget.byYear[1]!.totalMinor)).toBe('16 962,12 USD');
    for (const year of report.budget.byYear) {
      expect(text).toContain(`Déficit de financement ${year.year} ${usdInFrench(year.unfundedMinor)}`);
    }
    expect(text).toContain(
      `${usdInFrench(report.budget.totals.unfundedMinor)} (41 %) n’a pas encore de financement`,
    );
    expect(text).toContain('10 152,12 USD');
    expect(text).toContain('450 000 XOF');
    expect(text).toContain('1 XOF = 0,00165 USD');
    expect(text).toContain('1,50 2,00 +0,50');
    expect(text).not.toContain('USD 16,962.12');
  });
});
