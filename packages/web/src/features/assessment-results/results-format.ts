/** Scores, deltas and counts in the reader's language: one decimal, as the scoring rounds them. */

const scoreFormats = new Map<string, Intl.NumberFormat>();
const deltaFormats = new Map<string, Intl.NumberFormat>();

function scoreFormat(language: string): Intl.NumberFormat {
  let format = scoreFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    scoreFormats.set(language, format);
  }
  return format;
}

function deltaFormat(language: string): Intl.NumberFormat {
  let format = deltaFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    deltaFormats.set(language, format);
  }
  return format;
}

/** "2.5", "2,5"; an em dash for no score. */
export function formatScore(value: number | null | undefined, language: string): string {
  return value === null || value === undefined ? '—' : scoreFormat(language).format(value);
}

/** "+0.5", "−0.3", "0.0"; an em dash when there is nothing to compare. */
export function formatDelta(value: number | null | undefined, language: string): string {
  return value === null || value === undefined ? '—' : deltaFormat(language).format(value);
}

export type DeltaDirection = 'up' | 'down' | 'same';

/** A change smaller than the rounding shown is no change for the reader either. */
export function deltaDirection(value: number): DeltaDirection {
  if (value >= 0.05) return 'up';
  if (value <= -0.05) return 'down';
  return 'same';
}

export function pluralOf(count: number, language: string): 'one' | 'other' {
  try {
    return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}
