import type { SupportedLanguage } from '../../languages/supported-languages.js';
import type { CourseCatalogueTranslation } from './catalogue-translation.js';
import { DEFAULT_COURSE_CATEGORIES, DEFAULT_COURSES } from './default-catalogue.js';
import { COURSE_CATALOGUE_ES } from './es.js';
import { COURSE_CATALOGUE_FR } from './fr.js';
import { COURSE_CATALOGUE_PT } from './pt.js';

export * from './catalogue-translation.js';
export * from './default-catalogue.js';

/** The seeded catalogue in French, Portuguese and Spanish; English is the catalogue itself and the fallback. */
export const COURSE_CATALOGUE_TRANSLATIONS: Record<
  Exclude<SupportedLanguage, 'en'>,
  CourseCatalogueTranslation
> = { fr: COURSE_CATALOGUE_FR, pt: COURSE_CATALOGUE_PT, es: COURSE_CATALOGUE_ES };

interface Labelled {
  key: string;
  name: string;
  description: string;
}

function translateLabelled<T extends Labelled>(
  item: T,
  seeded: readonly Labelled[],
  translations: Record<string, { name: string; description: string }>,
): T {
  const original = seeded.find((candidate) => candidate.key === item.key);
  const translation = translations[item.key];
  if (!original || !translation) return item;
  return {
    ...item,
    name: item.name === original.name ? translation.name : item.name,
    description: item.description === original.description ? translation.description : item.description,
  };
}

/**
 * A course in the reader's language. Only text still as seeded is translated: a name or
 * description a system admin rewrote is shown as written, and added courses as entered.
 */
export function translateCourse<T extends Labelled>(course: T, language: SupportedLanguage): T {
  if (language === 'en') return course;
  return translateLabelled(course, DEFAULT_COURSES, COURSE_CATALOGUE_TRANSLATIONS[language].courses);
}

/** A course category in the reader's language (same rule as translateCourse). */
export function translateCourseCategory<T extends Labelled>(category: T, language: SupportedLanguage): T {
  if (language === 'en') return category;
  return translateLabelled(
    category,
    DEFAULT_COURSE_CATEGORIES,
    COURSE_CATALOGUE_TRANSLATIONS[language].categories,
  );
}
