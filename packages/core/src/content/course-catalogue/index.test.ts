import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '../../assessment/default-framework.js';
import { checkCourseCatalogue, missingPrerequisites } from '../../learning/course-catalogue.js';
import { stepsForSubRole } from '../../learning/learning-paths.js';
import { createCourseRequestSchema } from '../../schemas/learning.schema.js';
import { DEFAULT_ROLES_CATALOGUE } from '../../team-structure/roles-catalogue.js';
import {
  COURSE_CATALOGUE_TRANSLATIONS,
  DEFAULT_COURSE_CATEGORIES,
  DEFAULT_COURSES,
  DEFAULT_LEARNING_PATHS,
  translateCourse,
  translateCourseCategory,
} from './index.js';

const frameworkCategoryKeys = DEFAULT_FRAMEWORK.areas.flatMap((area) =>
  area.categories.map((category) => category.key),
);
const coursesByKey = new Map(DEFAULT_COURSES.map((course) => [course.key, course]));

describe('the seeded course catalogue', () => {
  it('names the DHIS2 Academy’s courses and three resources outside it', () => {
    expect(
      DEFAULT_COURSES.filter((course) => course.kind === 'academy').map((course) => course.name),
    ).toEqual([
      'Introduction to DHIS2',
      'Visualizing Data in DHIS2',
      'Tracker Data Capture and Analysis',
      'Configuring Data Access and Outputs',
      'Tracker Configuration',
      'Android',
      'Data Quality',
      'Web and Android App Development',
      'Implementing Information Systems',
      'System Management',
      'Maps',
      'CHIS',
      'Server Administration',
      'Integration',
    ]);
    expect(
      DEFAULT_COURSES.filter((course) => course.kind !== 'academy').map((course) => course.kind),
    ).toEqual(['documentation', 'community', 'local-training']);
  });

  it('is consistent: known categories, framework categories, roles, prerequisites, and no cycle', () => {
    expect(
      checkCourseCatalogue({
        courses: DEFAULT_COURSES,
        categoryKeys: DEFAULT_COURSE_CATEGORIES.map((category) => category.key),
        skillCategoryKeys: frameworkCategoryKeys,
        roleKeys: DEFAULT_ROLES_CATALOGUE.map((role) => role.key),
      }),
    ).toEqual([]);
  });

  it('passes the create-course request schema, so an admin could have entered it', () => {
    for (const course of DEFAULT_COURSES) {
      expect(createCourseRequestSchema.safeParse(course).success, course.key).toBe(true);
    }
  });

  it('makes every academy course require Introduction to DHIS2, directly or through another', () => {
    for (const course of DEFAULT_COURSES.filter(
      (entry) => entry.kind === 'academy' && entry.key !== 'introduction-to-dhis2',
    )) {
      expect(
        missingPrerequisites({ courseKey: course.key, courses: coursesByKey, completed: new Set() }),
        course.key,
      ).toContain('introduction-to-dhis2');
    }
  });

  it('prices online self-paced at nothing, instructor-led in hundreds and regional academies at 2,500–4,000 USD', () => {
    for (const course of DEFAULT_COURSES) {
      for (const offering of course.offerings) {
        const total = offering.feesMinor + offering.travelMinor;
        expect(offering.currency).toBe('USD');
        if (offering.format === 'online-self-paced') expect(total, course.key).toBe(0);
        if (offering.format === 'online-instructor-led')
          expect(total, course.key).toBeGreaterThanOrEqual(20_000);
        if (offering.format === 'online-instructor-led') expect(total, course.key).toBeLessThan(100_000);
        if (offering.format === 'in-person-regional')
          expect(total, course.key).toBeGreaterThanOrEqual(250_000);
        if (offering.format === 'in-person-regional') expect(total, course.key).toBeLessThanOrEqual(400_000);
      }
    }
  });
});

describe('the seeded learning paths', () => {
  it('give every role of the catalogue a path starting with Introduction to DHIS2', () => {
    expect(DEFAULT_LEARNING_PATHS.map((path) => path.roleKey).sort()).toEqual(
      DEFAULT_ROLES_CATALOGUE.map((role) => role.key).sort(),
    );
    for (const path of DEFAULT_LEARNING_PATHS)
      expect(path.steps[0]!.courseKey, path.roleKey).toBe('introduction-to-dhis2');
  });

  it('list each course’s prerequisites before it, for every sub-role', () => {
    for (const path of DEFAULT_LEARNING_PATHS) {
      const role = DEFAULT_ROLES_CATALOGUE.find((entry) => entry.key === path.roleKey)!;
      for (const subRoleKey of [null, ...role.subRoles.map((subRole) => subRole.key)]) {
        const steps = stepsForSubRole(path.steps, subRoleKey).map((step) => step.courseKey);
        steps.forEach((courseKey, position) => {
          expect(coursesByKey.has(courseKey), courseKey).toBe(true);
          for (const prerequisite of coursesByKey.get(courseKey)!.prerequisiteKeys) {
            expect(steps.slice(0, position), `${path.roleKey}/${subRoleKey} ${courseKey}`).toContain(
              prerequisite,
            );
          }
        });
      }
    }
  });

  it('give Implementer – Technical the configuration courses and Implementer – Program the use ones', () => {
    const implementer = DEFAULT_LEARNING_PATHS.find((path) => path.roleKey === 'implementer')!;
    expect(stepsForSubRole(implementer.steps, 'technical').map((step) => step.courseKey)).toEqual([
      'introduction-to-dhis2',
      'tracker-data-capture-and-analysis',
      'configuring-data-access-and-outputs',
      'tracker-configuration',
      'android',
      'data-quality',
    ]);
    expect(stepsForSubRole(implementer.steps, 'program').map((step) => step.courseKey)).toEqual([
      'introduction-to-dhis2',
      'visualizing-data',
      'tracker-data-capture-and-analysis',
      'data-quality',
      'chis',
    ]);
  });
});

describe('the catalogue’s translations', () => {
  const languages = ['fr', 'pt', 'es'] as const;
  /** Proper names that read the same in every language. */
  const SAME_NAME = new Set(['android']);

  it.each(languages)(
    'cover every seeded category and course in %s, none empty and none left in English',
    (language) => {
      const translation = COURSE_CATALOGUE_TRANSLATIONS[language];
      expect(Object.keys(translation.categories).sort()).toEqual(
        DEFAULT_COURSE_CATEGORIES.map((entry) => entry.key).sort(),
      );
      expect(Object.keys(translation.courses).sort()).toEqual(
        DEFAULT_COURSES.map((entry) => entry.key).sort(),
      );
      for (const category of DEFAULT_COURSE_CATEGORIES) {
        const translated = translation.categories[category.key]!;
        expect(translated.name).not.toBe(category.name);
        expect(translated.description).not.toBe(category.description);
      }
      for (const course of DEFAULT_COURSES) {
        const translated = translation.courses[course.key]!;
        expect(translated.name.trim().length, course.key).toBeGreaterThan(0);
        if (!SAME_NAME.has(course.key)) expect(translated.name, course.key).not.toBe(course.name);
        expect(translated.description, course.key).not.toBe(course.description);
      }
    },
  );

  it('translate seeded text and leave an admin’s words as written', () => {
    const seeded = { ...DEFAULT_COURSES[1]!, version: 1 };
    expect(translateCourse(seeded, 'fr')).toMatchObject({
      name: 'Visualisation des données dans DHIS2',
      version: 1,
    });
    expect(translateCourse({ ...seeded, description: 'Our own words.' }, 'pt')).toMatchObject({
      name: 'Visualização de dados no DHIS2',
      description: 'Our own words.',
    });
    expect(translateCourse(seeded, 'en')).toBe(seeded);
    expect(translateCourse({ ...seeded, key: 'added-by-admin' }, 'es').name).toBe(seeded.name);
    expect(translateCourseCategory(DEFAULT_COURSE_CATEGORIES[2]!, 'es').name).toBe('Configuración de DHIS2');
  });
});
