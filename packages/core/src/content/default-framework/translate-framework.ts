import { DEFAULT_FRAMEWORK } from '../../assessment/default-framework.js';
import type { SupportedLanguage } from '../../languages/supported-languages.js';
import { DEFAULT_FRAMEWORK_ES } from './es.js';
import { DEFAULT_FRAMEWORK_FR } from './fr.js';
import type { FrameworkTranslation, LabelledText } from './framework-translation.js';
import { DEFAULT_FRAMEWORK_PT } from './pt.js';

/** The built-in framework in French, Portuguese and Spanish; English is the framework itself. */
export const DEFAULT_FRAMEWORK_TRANSLATIONS: Record<
  Exclude<SupportedLanguage, 'en'>,
  FrameworkTranslation
> = { fr: DEFAULT_FRAMEWORK_FR, pt: DEFAULT_FRAMEWORK_PT, es: DEFAULT_FRAMEWORK_ES };

/** The parts of a framework (or framework document) that carry text people read. */
interface TranslatableFramework {
  key: string;
  name: string;
  description: string;
  ratingScale: {
    levels: readonly { name: string; description: string }[];
    notApplicable: { name: string; description: string };
  };
  areas: readonly {
    key: string;
    name: string;
    description: string;
    categories: readonly {
      key: string;
      name: string;
      description: string;
      skills: readonly { key: string; name: string; description: string }[];
    }[];
  }[];
}

const ENGLISH_ELEMENTS: ReadonlyMap<string, LabelledText> = new Map(
  DEFAULT_FRAMEWORK.areas.flatMap((area) => [
    [area.key, area] as const,
    ...area.categories.flatMap((category) => [
      [category.key, category] as const,
      ...category.skills.map((skill) => [skill.key, skill] as const),
    ]),
  ]),
);

/**
 * A framework with the built-in text shown in `language`. Only text that is still the built-in
 * English one is translated: an element a team renamed or rewrote keeps the team's words (in any
 * language), and elements the team added have no translation. Keys and structure never change, so
 * answers, scores and comparisons are the same in every language.
 */
export function translateFramework<T extends TranslatableFramework>(
  framework: T,
  language: SupportedLanguage,
): T {
  if (language === 'en') return framework;
  const translation = DEFAULT_FRAMEWORK_TRANSLATIONS[language];
  const pick = <E extends { name: string; description: string }>(
    element: E,
    english: LabelledText | undefined,
    translated: LabelledText | undefined,
  ): E => {
    if (english === undefined || translated === undefined) return element;
    const name = element.name === english.name ? translated.name : element.name;
    const description =
      element.description === english.description ? translated.description : element.description;
    return name === element.name && description === element.description
      ? element
      : { ...element, name, description };
  };
  const element = <E extends { key: string; name: string; description: string }>(value: E): E =>
    pick(value, ENGLISH_ELEMENTS.get(value.key), translation.elements[value.key]);

  const isBuiltInKey = framework.key === DEFAULT_FRAMEWORK.key;
  const header = isBuiltInKey ? pick(framework, DEFAULT_FRAMEWORK, translation) : framework;
  return {
    ...framework,
    name: header.name,
    description: header.description,
    ratingScale: {
      ...framework.ratingScale,
      levels: framework.ratingScale.levels.map((level, index) =>
        pick(level, DEFAULT_FRAMEWORK.ratingScale.levels[index], translation.ratingScale.levels[index]),
      ),
      notApplicable: pick(
        framework.ratingScale.notApplicable,
        DEFAULT_FRAMEWORK.ratingScale.notApplicable,
        translation.ratingScale.notApplicable,
      ),
    },
    areas: framework.areas.map((area) => ({
      ...element(area),
      categories: area.categories.map((category) => ({
        ...element(category),
        skills: category.skills.map(element),
      })),
    })),
  };
}
