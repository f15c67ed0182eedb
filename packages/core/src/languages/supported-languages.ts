/** The languages Coreteam's interface and seeded content are written in. English is the fallback. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'pt', 'es'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: SupportedLanguage = 'en';

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the first supported language from a preference list such as `navigator.languages`
 * ("pt-BR" → "pt"), falling back to English.
 */
export function pickSupportedLanguage(preferences: readonly string[]): SupportedLanguage {
  for (const preference of preferences) {
    const primary = preference.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isSupportedLanguage(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}
