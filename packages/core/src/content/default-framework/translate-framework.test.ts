import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '../../assessment/default-framework.js';
import { DEFAULT_FRAMEWORK_TRANSLATIONS, translateFramework } from './translate-framework.js';

const elementsOf = (framework: typeof DEFAULT_FRAMEWORK) =>
  framework.areas.flatMap((area) => [
    area,
    ...area.categories.flatMap((category) => [category, ...category.skills]),
  ]);

describe('the built-in framework’s translations', () => {
  it.each(Object.keys(DEFAULT_FRAMEWORK_TRANSLATIONS))(
    'give every area, category and skill a name and description in %s, and nothing else',
    (language) => {
      const translation =
        DEFAULT_FRAMEWORK_TRANSLATIONS[language as keyof typeof DEFAULT_FRAMEWORK_TRANSLATIONS];
      const english = elementsOf(DEFAULT_FRAMEWORK);
      expect(Object.keys(translation.elements)).toEqual(english.map((element) => element.key));
      for (const element of english) {
        const translated = translation.elements[element.key]!;
        expect(translated.name.trim(), element.key).not.toBe('');
        // Names such as "PostgreSQL" or "Documentation" may be spelt alike; descriptions never are.
        if (element.description !== '')
          expect(translated.description, element.key).not.toBe(element.description);
        expect(translated.description.trim() === '', element.key).toBe(element.description.trim() === '');
      }
      expect(translation.ratingScale.levels).toHaveLength(4);
    },
  );
});

describe('translateFramework', () => {
  it('shows the seed’s example in French, with keys unchanged', () => {
    const french = translateFramework(DEFAULT_FRAMEWORK, 'fr');
    expect(french.name).toBe(DEFAULT_FRAMEWORK_TRANSLATIONS.fr.name);
    expect(french.ratingScale.levels[3]!.name).toBe(
      DEFAULT_FRAMEWORK_TRANSLATIONS.fr.ratingScale.levels[3].name,
    );
    expect(elementsOf(french).map((element) => element.key)).toEqual(
      elementsOf(DEFAULT_FRAMEWORK).map((element) => element.key),
    );
    const skill = elementsOf(french).find((element) => element.key.endsWith('user-roles'))!;
    expect(skill.name).toBe(DEFAULT_FRAMEWORK_TRANSLATIONS.fr.elements[skill.key]!.name);
    expect(french.areas[0]!.roleKey).toBe(DEFAULT_FRAMEWORK.areas[0]!.roleKey);
  });

  it('returns the framework itself in English', () => {
    expect(translateFramework(DEFAULT_FRAMEWORK, 'en')).toBe(DEFAULT_FRAMEWORK);
  });

  it('keeps a team’s own words and the elements it added', () => {
    const [area, ...otherAreas] = DEFAULT_FRAMEWORK.areas;
    const [category, ...otherCategories] = area!.categories;
    const edited = {
      ...DEFAULT_FRAMEWORK,
      key: 'ruritania-core-team',
      name: 'Ruritania framework',
      areas: [
        {
          ...area!,
          name: 'Chef d’équipe (Ruritanie)',
          categories: [
            {
              ...category!,
              skills: [...category!.skills, { key: 'ruritania.extra', name: 'Local skill', description: '' }],
            },
            ...otherCategories,
          ],
        },
        ...otherAreas,
      ],
    };
    const spanish = translateFramework(edited, 'es');
    expect(spanish.name).toBe('Ruritania framework');
    expect(spanish.areas[0]!.name).toBe('Chef d’équipe (Ruritanie)');
    // The area's description was not edited, so it is translated.
    expect(spanish.areas[0]!.description).toBe(
      DEFAULT_FRAMEWORK_TRANSLATIONS.es.elements[area!.key]!.description,
    );
    expect(spanish.areas[0]!.categories[0]!.skills.at(-1)).toEqual({
      key: 'ruritania.extra',
      name: 'Local skill',
      description: '',
    });
    expect(spanish.areas[0]!.categories[0]!.name).toBe(
      DEFAULT_FRAMEWORK_TRANSLATIONS.es.elements[category!.key]!.name,
    );
  });
});
