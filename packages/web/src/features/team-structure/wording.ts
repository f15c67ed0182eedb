/**
 * Small helpers for wording values from the API in the reader's language. Translation keys are
 * camelCase (the translations test recognises `t(\`x.${key}\`)` patterns only in that form), while
 * the API's values are kebab-case: `partner-project` is worded by the key `partnerProject`.
 */
export function keyOf(value: string): string {
  return value.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** `one` or `other`, the two plural forms every locale file of the feature defines. */
export function pluralOf(count: number, language: string): 'one' | 'other' {
  try {
    return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}

/** "Ana, João and Rosa", joined the way the language joins lists. */
export function listOf(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * A calendar date (YYYY-MM-DD) in the reader's words. Read as UTC and shown as UTC, so that it
 * is the same day wherever the reader is.
 */
export function formatDay(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatPercent(ratio: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** Today as YYYY-MM-DD in the reader's own time zone (the default for dates they record). */
export function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
