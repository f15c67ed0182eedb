import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES_CATALOGUE } from '../team-structure/roles-catalogue.js';
import { DEFAULT_FRAMEWORK } from './default-framework.js';
import { validateFramework } from './framework.js';

const { areas } = DEFAULT_FRAMEWORK;
const categories = areas.flatMap((area) => area.categories);
const skills = categories.flatMap((category) => category.skills);

describe('the default framework', () => {
  it('assesses exactly the five areas of the core team framework, each tied to its role', () => {
    expect(areas.map(({ key, name, roleKey, subRoleKey }) => [key, name, roleKey, subRoleKey])).toEqual([
      ['operational-lead', 'Operational Lead', 'operational-lead', null],
      ['implementer-program', 'Implementer – Program', 'implementer', 'program'],
      ['implementer-technical', 'Implementer – Technical', 'implementer', 'technical'],
      ['trainer', 'Trainer', 'trainer', null],
      ['server-administrator', 'Server Administrator', 'server-administrator', null],
    ]);
  });

  it('has 6 to 9 categories in every area and 2 to 6 skills in every category', () => {
    for (const area of areas) {
      expect(area.categories.length, area.key).toBeGreaterThanOrEqual(6);
      expect(area.categories.length, area.key).toBeLessThanOrEqual(9);
    }
    for (const category of categories) {
      expect(category.skills.length, category.key).toBeGreaterThanOrEqual(2);
      expect(category.skills.length, category.key).toBeLessThanOrEqual(6);
    }
  });

  it('uses every key once', () => {
    const keys = [...areas, ...categories, ...skills].map((element) => element.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('contains the seed’s example: user-based access controls with its four skills', () => {
    const technical = areas.find((area) => area.key === 'implementer-technical')!;
    const accessControls = technical.categories.find(
      (category) => category.key === 'implementer-technical.user-access-controls',
    );
    expect(accessControls?.name).toBe('Create and manage user-based access controls');
    expect(accessControls?.skills.map((skill) => [skill.key, skill.name])).toEqual([
      ['implementer-technical.user-access-controls.user-authorities', 'User authorities'],
      ['implementer-technical.user-access-controls.user-roles', 'User roles'],
      ['implementer-technical.user-access-controls.user-groups', 'User groups'],
      ['implementer-technical.user-access-controls.metadata-and-data-sharing', 'Metadata and data sharing'],
    ]);
  });

  it('covers the server certification domains in the Server Administrator area', () => {
    const server = areas.find((area) => area.key === 'server-administrator')!;
    expect(server.categories.map((category) => category.key)).toEqual([
      'server-administrator.operating-system',
      'server-administrator.postgresql',
      'server-administrator.dhis2-application',
      'server-administrator.web-tier',
      'server-administrator.network',
      'server-administrator.backups',
      'server-administrator.monitoring',
      'server-administrator.upgrades',
      'server-administrator.governance',
    ]);
    const webTier = server.categories.find((category) => category.key === 'server-administrator.web-tier')!;
    expect(webTier.skills.map((skill) => skill.key)).toEqual(
      expect.arrayContaining([
        'server-administrator.web-tier.reverse-proxy',
        'server-administrator.web-tier.tls',
        'server-administrator.web-tier.tomcat-setup',
      ]),
    );
  });

  it('passes validation against the default roles catalogue without a single warning', () => {
    expect(validateFramework({ framework: DEFAULT_FRAMEWORK, roles: DEFAULT_ROLES_CATALOGUE })).toEqual({
      problems: [],
    });
  });

  it('describes every rating level and gives every element a distinct name within its parent', () => {
    expect(DEFAULT_FRAMEWORK.ratingScale.levels.map((level) => [level.level, level.name])).toEqual([
      [0, 'No experience'],
      [1, 'Basic'],
      [2, 'Independent'],
      [3, 'Expert'],
    ]);
    for (const area of areas) {
      const names = area.categories.map((category) => category.name);
      expect(new Set(names).size, area.key).toBe(names.length);
      for (const category of area.categories) {
        const skillNames = category.skills.map((skill) => skill.name);
        expect(new Set(skillNames).size, category.key).toBe(skillNames.length);
      }
    }
  });
});
