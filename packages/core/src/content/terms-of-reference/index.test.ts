import { describe, expect, it } from 'vitest';
import { putTermsOfReferenceRequestSchema } from '../../schemas/plan.schema.js';
import { CORE_POSITION_KEYS, DEFAULT_TERMS_OF_REFERENCE } from '../../plan/terms-of-reference.js';
import { ROLES_CATALOGUE_TRANSLATIONS } from '../roles-catalogue-translations.js';
import { DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS, defaultTermsOfReferenceIn } from './index.js';

const languages = Object.keys(
  DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS,
) as (keyof typeof DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS)[];

describe('the default terms of reference’s translations', () => {
  it('exist in French, Portuguese and Spanish', () => {
    expect([...languages].sort()).toEqual(['es', 'fr', 'pt']);
  });

  it.each(languages)('cover exactly the five core positions in %s', (language) => {
    expect(Object.keys(DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS[language]).sort()).toEqual(
      [...CORE_POSITION_KEYS].sort(),
    );
  });

  it.each(languages)(
    'give every position in %s as many responsibilities and competencies as the English, none empty and none left in English',
    (language) => {
      for (const key of CORE_POSITION_KEYS) {
        const english = DEFAULT_TERMS_OF_REFERENCE[key];
        const translated = DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS[language][key];
        expect(translated.responsibilities, key).toHaveLength(english.responsibilities.length);
        expect(translated.requiredCompetencies, key).toHaveLength(english.requiredCompetencies.length);
        const pairs: [string, string, string][] = [
          [`${key}.purpose`, translated.purpose, english.purpose],
          [`${key}.reportingLine`, translated.reportingLine, english.reportingLine],
          ...translated.responsibilities.map((text, index): [string, string, string] => [
            `${key}.responsibilities[${index}]`,
            text,
            english.responsibilities[index]!,
          ]),
          ...translated.requiredCompetencies.map((text, index): [string, string, string] => [
            `${key}.requiredCompetencies[${index}]`,
            text,
            english.requiredCompetencies[index]!,
          ]),
        ];
        for (const [where, text, englishText] of pairs) {
          expect(text.trim(), where).not.toBe('');
          expect(text, where).toBe(text.trim());
          expect(text, where).not.toBe(englishText);
        }
      }
    },
  );

  it.each(languages)('are text a team could save back unchanged in %s', (language) => {
    for (const key of CORE_POSITION_KEYS) {
      const result = putTermsOfReferenceRequestSchema.safeParse({
        version: 0,
        ...DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS[language][key],
      });
      expect(result.success, key).toBe(true);
    }
  });

  it.each(languages)('name the operational lead as the roles catalogue does in %s', (language) => {
    const leadName = ROLES_CATALOGUE_TRANSLATIONS[language]['operational-lead']!.name.toLowerCase();
    for (const key of CORE_POSITION_KEYS.filter((candidate) => candidate !== 'operational-lead'))
      expect(DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS[language][key].reportingLine.toLowerCase()).toContain(
        leadName,
      );
  });
});

describe('defaultTermsOfReferenceIn', () => {
  it('gives the English default itself in English', () => {
    expect(defaultTermsOfReferenceIn('trainer', 'en')).toBe(DEFAULT_TERMS_OF_REFERENCE.trainer);
  });

  it('gives the translation in another supported language', () => {
    expect(defaultTermsOfReferenceIn('server-administrator', 'fr')).toBe(
      DEFAULT_TERMS_OF_REFERENCE_TRANSLATIONS.fr['server-administrator'],
    );
    expect(defaultTermsOfReferenceIn('implementer', 'pt').reportingLine).toBe(
      'Reporta ao responsável operacional da equipa central DHIS2.',
    );
    expect(defaultTermsOfReferenceIn('integration-expert', 'es').purpose).toMatch(/^Hace que los datos/);
  });
});
