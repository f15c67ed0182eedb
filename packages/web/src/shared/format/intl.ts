/** Names and dates in the reader's language, from the browser's own Intl data (no tables shipped). */

const regionNames = new Map<string, Intl.DisplayNames>();
const currencyNames = new Map<string, Intl.DisplayNames>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

export function countryName(code: string, language: string): string {
  try {
    const names = cached(regionNames, language, () => new Intl.DisplayNames([language], { type: 'region' }));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function currencyName(code: string, language: string): string {
  try {
    const names = cached(
      currencyNames,
      language,
      () => new Intl.DisplayNames([language], { type: 'currency' }),
    );
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDateTime(iso: string, language: string): string {
  const format = cached(
    dateTimeFormats,
    language,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return format.format(new Date(iso));
}

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));
}

/** "in 15 minutes", "dans 15 minutes", "dentro de 15 minutos": plural rules come with Intl. */
export function formatRelativeWait(seconds: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  return seconds < 60
    ? format.format(Math.max(1, Math.ceil(seconds)), 'second')
    : format.format(Math.ceil(seconds / 60), 'minute');
}

/** Options sorted by name in the reader's language, for country and currency selects. */
export function sortedOptions(
  codes: readonly string[],
  label: (code: string) => string,
  language: string,
): Array<{ value: string; label: string }> {
  const collator = new Intl.Collator(language);
  return codes
    .map((code) => ({ value: code, label: label(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
