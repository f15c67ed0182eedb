import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES_CATALOGUE } from '../team-structure/roles-catalogue.js';
import {
  areasForAssignments,
  concernsAssignment,
  validateFramework,
  type AssessmentFramework,
  type FrameworkProblem,
} from './framework.js';
import { aFramework } from './test-builders.js';

const sound = () =>
  aFramework([
    { key: 'tech', roleKey: 'implementer', subRoleKey: 'technical', categories: { a: ['s1', 's2'] } },
    { key: 'train', roleKey: 'trainer', categories: { x: ['s1', 's2', 's3'] } },
  ]);

const problemsOf = (framework: AssessmentFramework) =>
  validateFramework({ framework, roles: DEFAULT_ROLES_CATALOGUE }).problems;
const brief = (problems: FrameworkProblem[]) =>
  problems.map(({ path, code, severity }) => `${severity} ${code} ${path}`);

describe('validateFramework', () => {
  it('finds nothing wrong with a sound framework', () => {
    expect(problemsOf(sound())).toEqual([]);
  });

  it('reports a repeated key at the second place it is used, naming the first', () => {
    const framework = sound();
    framework.areas[1]!.categories[0]!.skills[2]!.key = 'train.x.s1';
    const problems = problemsOf(framework);
    expect(brief(problems)).toEqual(['error duplicate-key areas[1].categories[0].skills[2].key']);
    expect(problems[0]!.problem).toContain('areas[1].categories[0].skills[0].key');
  });

  it('counts keys as unique across levels, not only among siblings', () => {
    const framework = aFramework([
      { key: 'tech', roleKey: 'implementer', categories: { a: ['s1', 's2'], b: ['s1', 's2'] } },
    ]);
    framework.areas[0]!.categories[1]!.skills[1]!.key = 'tech.a';
    expect(brief(problemsOf(framework))).toContain(
      'error duplicate-key areas[0].categories[1].skills[1].key',
    );
  });

  it('rejects keys that are not kebab-case words joined by dots', () => {
    const framework = sound();
    framework.areas[0]!.categories[0]!.skills[0]!.key = 'tech.a.User Roles';
    framework.areas[0]!.categories[0]!.skills[1]!.key = 'tech.a..s2';
    expect(brief(problemsOf(framework))).toEqual([
      'error invalid-key areas[0].categories[0].skills[0].key',
      'error invalid-key areas[0].categories[0].skills[1].key',
    ]);
  });

  it('warns when a key does not start with its parent key', () => {
    const framework = sound();
    framework.areas[0]!.categories[0]!.skills[0]!.key = 'elsewhere.s1';
    expect(brief(problemsOf(framework))).toEqual([
      'warning key-outside-parent areas[0].categories[0].skills[0].key',
    ]);
  });

  it('rejects a framework without areas, an area without categories and a category without skills', () => {
    expect(brief(problemsOf(aFramework([])))).toEqual(['error no-areas areas']);
    const framework = aFramework([
      { key: 'tech', roleKey: 'implementer', categories: {} },
      { key: 'train', roleKey: 'trainer', categories: { x: [] } },
    ]);
    expect(brief(problemsOf(framework))).toEqual([
      'error empty-area areas[0].categories',
      'error empty-category areas[1].categories[0].skills',
    ]);
  });

  it('warns about a category with fewer than 2 or more than 6 skills, and accepts 2 and 6', () => {
    const framework = aFramework([
      {
        key: 'tech',
        roleKey: 'implementer',
        categories: {
          one: ['s1'],
          two: ['s1', 's2'],
          six: ['s1', 's2', 's3', 's4', 's5', 's6'],
          seven: ['s1', 's2', 's3', 's4', 's5', 's6', 's7'],
        },
      },
    ]);
    expect(brief(problemsOf(framework))).toEqual([
      'warning few-skills areas[0].categories[0].skills',
      'warning many-skills areas[0].categories[3].skills',
    ]);
  });

  it('requires names and short descriptions', () => {
    const framework = sound();
    framework.areas[0]!.name = '  ';
    framework.areas[0]!.categories[0]!.skills[0]!.description = 'x'.repeat(301);
    expect(brief(problemsOf(framework))).toEqual([
      'error required areas[0].name',
      'warning too-long areas[0].categories[0].skills[0].description',
    ]);
  });

  it('checks each area against the roles catalogue when one is given', () => {
    const framework = aFramework([
      { key: 'dev', roleKey: 'wizard', categories: { a: ['s1', 's2'] } },
      { key: 'tech', roleKey: 'implementer', subRoleKey: 'frontend', categories: { a: ['s1', 's2'] } },
      { key: 'train', roleKey: 'trainer', subRoleKey: 'technical', categories: { a: ['s1', 's2'] } },
    ]);
    expect(brief(problemsOf(framework))).toEqual([
      'error unknown-role areas[0].roleKey',
      'error unknown-sub-role areas[1].subRoleKey',
    ]);
    expect(validateFramework({ framework }).problems).toEqual([]);
  });

  it('requires the rating scale to describe exactly the levels 0 to 3', () => {
    const framework = sound();
    framework.ratingScale = {
      ...framework.ratingScale,
      levels: framework.ratingScale.levels.slice(0, 3),
    };
    expect(brief(problemsOf(framework))).toEqual(['error invalid-rating-scale ratingScale.levels']);
  });
});

describe('areasForAssignments', () => {
  const framework = aFramework([
    { key: 'lead', roleKey: 'operational-lead', categories: { p: ['s1', 's2'] } },
    { key: 'prog', roleKey: 'implementer', subRoleKey: 'program', categories: { a: ['s1', 's2'] } },
    { key: 'tech', roleKey: 'implementer', subRoleKey: 'technical', categories: { a: ['s1', 's2'] } },
    { key: 'train', roleKey: 'trainer', categories: { x: ['s1', 's2'] } },
  ]);

  it('gives a technical implementer the technical area only', () => {
    expect(
      areasForAssignments({ framework, assignments: [{ roleKey: 'implementer', subRoleKey: 'technical' }] }),
    ).toEqual(['tech']);
  });

  it('gives an implementer without a sub-role both implementer areas', () => {
    expect(
      areasForAssignments({ framework, assignments: [{ roleKey: 'implementer', subRoleKey: null }] }),
    ).toEqual(['prog', 'tech']);
  });

  it('gives a trainer of either kind the one trainer area, in framework order with other roles', () => {
    expect(
      areasForAssignments({
        framework,
        assignments: [
          { roleKey: 'trainer', subRoleKey: 'program' },
          { roleKey: 'operational-lead', subRoleKey: null },
        ],
      }),
    ).toEqual(['lead', 'train']);
  });

  it('matches sub-roles only within the same role', () => {
    expect(
      concernsAssignment(
        { roleKey: 'trainer', subRoleKey: 'technical' },
        { roleKey: 'implementer', subRoleKey: 'technical' },
      ),
    ).toBe(false);
    expect(
      concernsAssignment(
        { roleKey: 'implementer', subRoleKey: 'program' },
        { roleKey: 'implementer', subRoleKey: 'technical' },
      ),
    ).toBe(false);
  });
});
