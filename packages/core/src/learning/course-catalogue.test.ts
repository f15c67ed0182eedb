import { describe, expect, it } from 'vitest';
import type { CourseOffering } from '../schemas/learning.schema.js';
import { checkCourseCatalogue, cheapestOffering, missingPrerequisites } from './course-catalogue.js';

const course = (key: string, prerequisiteKeys: string[] = [], overrides: object = {}) => ({
  key,
  categoryKey: 'use',
  prerequisiteKeys,
  developsCategoryKeys: ['trainer.delivery'],
  recommendedRoleKeys: ['trainer'],
  ...overrides,
});
const check = (courses: ReturnType<typeof course>[]) =>
  checkCourseCatalogue({
    courses,
    categoryKeys: ['use'],
    skillCategoryKeys: ['trainer.delivery'],
    roleKeys: ['trainer'],
  });

describe('checkCourseCatalogue', () => {
  it('finds nothing wrong with a consistent catalogue', () => {
    expect(check([course('intro'), course('maps', ['intro']), course('gis', ['maps', 'intro'])])).toEqual([]);
  });

  it('names an unknown prerequisite by course and position', () => {
    expect(check([course('intro'), course('maps', ['intro', 'cartography'])])).toEqual([
      {
        courseKey: 'maps',
        field: 'prerequisiteKeys.1',
        code: 'unknown_prerequisite',
        problem: 'is not a course of the catalogue (cartography)',
      },
    ]);
  });

  it('names every course on a prerequisite cycle, and the prerequisite that closes it', () => {
    const findings = check([course('a', ['c']), course('b', ['a']), course('c', ['b']), course('d', ['a'])]);
    expect(findings.map((finding) => [finding.courseKey, finding.field, finding.code])).toEqual([
      ['a', 'prerequisiteKeys.0', 'prerequisite_cycle'],
      ['b', 'prerequisiteKeys.0', 'prerequisite_cycle'],
      ['c', 'prerequisiteKeys.0', 'prerequisite_cycle'],
    ]);
  });

  it('calls a course that requires itself a cycle', () => {
    expect(check([course('a', ['a'])]).map((finding) => finding.code)).toEqual(['prerequisite_cycle']);
  });

  it('names unknown categories, skill categories and roles, and a repeated key', () => {
    const findings = check([
      course('a', [], {
        categoryKey: 'cooking',
        developsCategoryKeys: ['trainer.delivery', 'trainer.juggling'],
        recommendedRoleKeys: ['chef'],
      }),
      course('a'),
    ]);
    expect(findings.map((finding) => `${finding.courseKey} ${finding.field} ${finding.code}`)).toEqual([
      'a key duplicate_course',
      'a categoryKey unknown_course_category',
      'a developsCategoryKeys.1 unknown_skill_category',
      'a recommendedRoleKeys.0 unknown_role',
    ]);
  });

  it('accepts a resource outside the academy without a category', () => {
    expect(check([course('forum', [], { categoryKey: null })])).toEqual([]);
  });
});

describe('cheapestOffering', () => {
  const offering = (
    format: CourseOffering['format'],
    feesMinor: number,
    travelMinor = 0,
  ): CourseOffering => ({
    format,
    durationDays: 5,
    feesMinor,
    travelMinor,
    currency: 'USD',
  });

  it('picks the lowest fees plus travel, the earlier format on a tie', () => {
    expect(
      cheapestOffering([offering('in-person-regional', 100, 200), offering('online-instructor-led', 300)]),
    ).toMatchObject({ format: 'online-instructor-led' });
    expect(
      cheapestOffering([offering('in-person-regional', 100, 100), offering('online-instructor-led', 300)]),
    ).toMatchObject({ format: 'in-person-regional' });
    expect(cheapestOffering([])).toBeUndefined();
  });
});

describe('missingPrerequisites', () => {
  const courses = new Map(
    [course('intro'), course('capture', ['intro']), course('config', ['capture', 'intro'])].map((entry) => [
      entry.key,
      entry,
    ]),
  );

  it('lists the prerequisites still to complete, each after its own', () => {
    expect(missingPrerequisites({ courseKey: 'config', courses, completed: new Set() })).toEqual([
      'intro',
      'capture',
    ]);
    expect(missingPrerequisites({ courseKey: 'config', courses, completed: new Set(['intro']) })).toEqual([
      'capture',
    ]);
  });

  it('does not loop on a cycle', () => {
    const cyclic = new Map([
      ['a', { key: 'a', prerequisiteKeys: ['b'] }],
      ['b', { key: 'b', prerequisiteKeys: ['a'] }],
    ]);
    expect(missingPrerequisites({ courseKey: 'a', courses: cyclic, completed: new Set() })).toEqual(['b']);
  });
});
