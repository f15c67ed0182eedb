import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK, defaultTargets, type FrameworkDocument } from '@coreteam/core';
import {
  documentOf,
  draftOf,
  elementOfField,
  generatedKey,
  kebabCase,
  keysInDraft,
  moved,
  newCategory,
  newSkill,
  renamed,
  roleColumns,
} from './framework-draft.js';

const defaultDocument: FrameworkDocument = {
  format: 'coreteam-framework/1',
  ...DEFAULT_FRAMEWORK,
  targets: defaultTargets({ framework: DEFAULT_FRAMEWORK }),
};

describe('framework draft', () => {
  it('gives back the same document when nothing was changed', () => {
    expect(documentOf(draftOf(defaultDocument))).toEqual(defaultDocument);
  });

  it('makes kebab-case keys from names, accents folded', () => {
    expect(kebabCase('Créer & gérer les rôles d’utilisateur')).toBe('creer-gerer-les-roles-d-utilisateur');
    expect(generatedKey('trainer.planning', 'Needs analysis', new Set(), 'new-skill')).toBe(
      'trainer.planning.needs-analysis',
    );
    expect(generatedKey('trainer', '', new Set(['trainer.new-category']), 'new-category')).toBe(
      'trainer.new-category-2',
    );
  });

  it('derives a new skill’s key from its name but never changes an existing key', () => {
    const draft = draftOf(defaultDocument);
    const category = draft.areas[0]!.categories[0]!;
    const skill = newSkill(category.key, keysInDraft(draft.areas));
    const withSkill = draft.areas.map((area, index) =>
      index === 0
        ? {
            ...area,
            categories: [{ ...category, skills: [...category.skills, skill] }, ...area.categories.slice(1)],
          }
        : area,
    );
    const named = renamed(withSkill, skill.uid, 'Running a steering committee');
    const added = named[0]!.categories[0]!.skills.at(-1)!;
    expect(added.key).toBe(`${category.key}.running-a-steering-committee`);
    const existing = category.skills[0]!;
    const renamedExisting = renamed(named, existing.uid, 'Another name');
    expect(renamedExisting[0]!.categories[0]!.skills[0]).toMatchObject({
      name: 'Another name',
      key: existing.key,
    });
  });

  it('carries a new category’s key change on to its new skills', () => {
    const draft = draftOf(defaultDocument);
    const area = draft.areas[1]!;
    const category = newCategory(area.key, keysInDraft(draft.areas));
    const skill = newSkill(category.key, keysInDraft(draft.areas));
    const areas = draft.areas.map((candidate) =>
      candidate.uid === area.uid
        ? { ...candidate, categories: [...candidate.categories, { ...category, skills: [skill] }] }
        : candidate,
    );
    const named = renamed(areas, category.uid, 'Community reporting');
    const last = named[1]!.categories.at(-1)!;
    expect(last.key).toBe(`${area.key}.community-reporting`);
    expect(last.skills[0]!.key).toBe(`${area.key}.community-reporting.new-skill`);
  });

  it('moves an element up and down without losing any', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps targets with their category when categories move, and offers a column per assessed role', () => {
    const draft = draftOf(defaultDocument);
    expect(roleColumns(draft.areas).map((column) => `${column.roleKey}/${column.subRoleKey ?? ''}`)).toEqual([
      'operational-lead/',
      'implementer/program',
      'implementer/technical',
      'trainer/',
      'server-administrator/',
    ]);
    const area = draft.areas[0]!;
    const reordered = {
      ...draft,
      areas: [{ ...area, categories: moved(area.categories, 1, -1) }, ...draft.areas.slice(1)],
    };
    const document = documentOf(reordered);
    expect(document.targets).toHaveLength(defaultDocument.targets.length);
    expect(document.areas[0]!.categories[0]!.key).toBe(area.categories[1]!.key);
  });

  it('finds the element a server field names', () => {
    const draft = draftOf(defaultDocument);
    expect(elementOfField(draft.areas, 'areas.1.categories.0.skills.2.name')).toEqual({
      uid: draft.areas[1]!.categories[0]!.skills[2]!.uid,
      part: 'name',
    });
    expect(elementOfField(draft.areas, 'areas.0.roleKey')).toEqual({
      uid: draft.areas[0]!.uid,
      part: 'roleKey',
    });
    expect(elementOfField(draft.areas, 'ratingScale.levels.0')).toBeNull();
  });
});
