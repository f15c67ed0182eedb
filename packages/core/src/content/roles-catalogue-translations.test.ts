import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES_CATALOGUE } from '../team-structure/roles-catalogue.js';
import { ROLES_CATALOGUE_TRANSLATIONS, translateRole } from './roles-catalogue-translations.js';

describe('roles catalogue translations', () => {
  it.each(Object.keys(ROLES_CATALOGUE_TRANSLATIONS))(
    'translate every role and sub-role into %s',
    (language) => {
      const translations =
        ROLES_CATALOGUE_TRANSLATIONS[language as keyof typeof ROLES_CATALOGUE_TRANSLATIONS];
      expect(Object.keys(translations).sort()).toEqual(
        DEFAULT_ROLES_CATALOGUE.map((role) => role.key).sort(),
      );
      for (const role of DEFAULT_ROLES_CATALOGUE) {
        const translation = translations[role.key]!;
        expect(translation.name.trim()).not.toBe('');
        expect(translation.description.length).toBeGreaterThan(40);
        expect(translation.description).not.toBe(role.description);
        expect(Object.keys(translation.subRoles ?? {}).sort()).toEqual(
          role.subRoles.map((subRole) => subRole.key).sort(),
        );
      }
    },
  );
});

describe('translateRole', () => {
  const implementer = DEFAULT_ROLES_CATALOGUE.find((role) => role.key === 'implementer')!;

  it('translates a role and its sub-roles as seeded', () => {
    const french = translateRole(implementer, 'fr', DEFAULT_ROLES_CATALOGUE);
    expect(french.name).toBe('Responsable de la mise en œuvre');
    expect(french.subRoles.map((subRole) => subRole.name)).toEqual(['Programme', 'Technique']);
    expect(translateRole(implementer, 'en', DEFAULT_ROLES_CATALOGUE)).toBe(implementer);
  });

  it('keeps the words of a system admin who rewrote the role', () => {
    const edited = { ...implementer, name: 'Implementer (HMIS unit)' };
    const portuguese = translateRole(edited, 'pt', DEFAULT_ROLES_CATALOGUE);
    expect(portuguese.name).toBe('Implementer (HMIS unit)');
    expect(portuguese.description).toBe(ROLES_CATALOGUE_TRANSLATIONS.pt.implementer!.description);
  });
});
