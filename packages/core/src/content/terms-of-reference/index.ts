import {
  DEFAULT_TERMS_OF_REFERENCE,
  type CorePositionKey,
  type TermsOfReferenceText,
} from '../../plan/terms-of-reference.js';
import type { SupportedLanguage } from '../../languages/supported-languages.js';
import { DEFAULT_TERMS_OF_REFERENCE_ES } from './es.js';
import { DEFAULT_TERMS_OF_REFERENCE_FR } from './fr.js';
import { DEFAULT_TERMS_OF_REFERENCE_PT } from './pt.js';

/**
 * The default terms of reference of the core positions in French, Portuguese and Spanish. English
 * is DEFAULT_TERMS_OF_REFERENCE itself, and the fallback.
 */
export const DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS: Record<
  Exclude<SupportedLanguage, 'en'>,
  Record<CorePositionKey, TermsOfReferenceText>
> = {
  fr: DEFAULT_TERMS_OF_REFERENCE_FR,
  pt: DEFAULT_TERMS_OF_REFERENCE_PT,
  es: DEFAULT_TERMS_OF_REFERENCE_ES,
};

/**
 * A core position's default terms of reference in `language`. Only the default is translated: terms
 * a team has written are its own words and are shown as written, so callers use this only for a
 * position the team has not edited.
 */
export function defaultTermsOfReferenceIn(
  roleKey: CorePositionKey,
  language: SupportedLanguage,
): TermsOfReferenceText {
  if (language === 'en') return DEFAULT_TERMS_OF_REFERENCE[roleKey];
  return DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS[language][roleKey];
}
