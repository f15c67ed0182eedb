import type { Course, CourseCategory, CourseFormat, CourseOffering } from '../schemas/learning.schema.js';
import { COURSE_FORMATS } from '../schemas/learning.schema.js';

/** A course as the domain needs it: the stored course without its bookkeeping. */
export type CourseDefinition = Omit<Course, 'position' | 'version' | 'updatedAt'>;
export type CourseCategoryDefinition = Pick<CourseCategory, 'key' | 'name' | 'description'>;

export const CATALOGUE_FINDING_CODES = [
  'duplicate_course',
  'unknown_course_category',
  'unknown_prerequisite',
  'prerequisite_cycle',
  'unknown_skill_category',
  'unknown_role',
] as const;
export type CatalogueFindingCode = (typeof CATALOGUE_FINDING_CODES)[number];

/** One problem with one field of one course, e.g. `prerequisiteKeys.1` of `tracker-configuration`. */
export interface CatalogueFinding {
  courseKey: string;
  /** The course's field at fault, as a path within the course: `prerequisiteKeys.1`. */
  field: string;
  code: CatalogueFindingCode;
  problem: string;
}

export interface CatalogueCheckInput {
  courses: readonly Pick<
    CourseDefinition,
    'key' | 'categoryKey' | 'prerequisiteKeys' | 'developsCategoryKeys' | 'recommendedRoleKeys'
  >[];
  /** Keys of the course categories (Introduction to DHIS2, DHIS2 Use…). */
  categoryKeys: readonly string[];
  /** Skill category keys of the framework courses are mapped to (the default framework). */
  skillCategoryKeys: readonly string[];
  /** Keys of the roles catalogue. */
  roleKeys: readonly string[];
}

/**
 * Checks a catalogue: every key a course names must exist, and prerequisites must not go round in
 * a circle. Every course on a cycle gets a finding on the prerequisite that leads round it, so an
 * edit that closes a cycle is always named on the edited course too.
 */
export function checkCourseCatalogue(input: CatalogueCheckInput): CatalogueFinding[] {
  const findings: CatalogueFinding[] = [];
  const courseKeys = new Set<string>();
  const categories = new Set(input.categoryKeys);
  const skills = new Set(input.skillCategoryKeys);
  const roles = new Set(input.roleKeys);

  for (const course of input.courses) {
    if (courseKeys.has(course.key)) {
      findings.push({
        courseKey: course.key,
        field: 'key',
        code: 'duplicate_course',
        problem: 'is already the key of another course',
      });
    }
    courseKeys.add(course.key);
  }
  for (const course of input.courses) {
    if (course.categoryKey !== null && !categories.has(course.categoryKey)) {
      findings.push({
        courseKey: course.key,
        field: 'categoryKey',
        code: 'unknown_course_category',
        problem: `is not a course category (${course.categoryKey})`,
      });
    }
    course.prerequisiteKeys.forEach((key, index) => {
      if (!courseKeys.has(key)) {
        findings.push({
          courseKey: course.key,
          field: `prerequisiteKeys.${index}`,
          code: 'unknown_prerequisite',
          problem: `is not a course of the catalogue (${key})`,
        });
      }
    });
    course.developsCategoryKeys.forEach((key, index) => {
      if (!skills.has(key)) {
        findings.push({
          courseKey: course.key,
          field: `developsCategoryKeys.${index}`,
          code: 'unknown_skill_category',
          problem: `is not a skill category of the default framework (${key})`,
        });
      }
    });
    course.recommendedRoleKeys.forEach((key, index) => {
      if (!roles.has(key)) {
        findings.push({
          courseKey: course.key,
          field: `recommendedRoleKeys.${index}`,
          code: 'unknown_role',
          problem: `is not a role of the roles catalogue (${key})`,
        });
      }
    });
  }
  findings.push(...prerequisiteCycles(input.courses));
  return findings;
}

/** Tarjan's strongly connected components: a component of two or more courses, or a self-loop, is a cycle. */
function prerequisiteCycles(courses: CatalogueCheckInput['courses']): CatalogueFinding[] {
  const byKey = new Map(courses.map((course) => [course.key, course]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const componentOf = new Map<string, number>();
  const componentSizes: number[] = [];
  let counter = 0;

  const visit = (key: string): void => {
    index.set(key, counter);
    low.set(key, counter);
    counter += 1;
    stack.push(key);
    onStack.add(key);
    for (const next of byKey.get(key)?.prerequisiteKeys ?? []) {
      if (!byKey.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(key, Math.min(low.get(key)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(key, Math.min(low.get(key)!, index.get(next)!));
      }
    }
    if (low.get(key) === index.get(key)) {
      const component = componentSizes.length;
      let size = 0;
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        componentOf.set(member, component);
        size += 1;
      } while (member !== key);
      componentSizes.push(size);
    }
  };
  for (const course of courses) if (!index.has(course.key)) visit(course.key);

  const findings: CatalogueFinding[] = [];
  for (const course of courses) {
    const component = componentOf.get(course.key)!;
    course.prerequisiteKeys.forEach((key, position) => {
      const cyclic =
        key === course.key || (componentOf.get(key) === component && componentSizes[component]! > 1);
      if (cyclic) {
        findings.push({
          courseKey: course.key,
          field: `prerequisiteKeys.${position}`,
          code: 'prerequisite_cycle',
          problem: `makes the prerequisites go round in a circle (${course.key} → ${key} → … → ${course.key})`,
        });
      }
    });
  }
  return findings;
}

/** The cheapest way a course is offered; formats in catalogue order break ties. */
export function cheapestOffering(offerings: readonly CourseOffering[]): CourseOffering | undefined {
  const rank = (format: CourseFormat) => COURSE_FORMATS.indexOf(format);
  return [...offerings].sort(
    (a, b) => a.feesMinor + a.travelMinor - (b.feesMinor + b.travelMinor) || rank(a.format) - rank(b.format),
  )[0];
}

/**
 * The prerequisites of a course not completed yet, transitively, in an order to take them (each
 * after its own prerequisites). Unknown keys are skipped; a cycle cannot loop.
 */
export function missingPrerequisites(input: {
  courseKey: string;
  courses: ReadonlyMap<string, Pick<CourseDefinition, 'key' | 'prerequisiteKeys'>>;
  completed: ReadonlySet<string>;
}): string[] {
  const ordered: string[] = [];
  const seen = new Set<string>([input.courseKey]);
  const visit = (key: string) => {
    for (const prerequisite of input.courses.get(key)?.prerequisiteKeys ?? []) {
      if (seen.has(prerequisite) || input.completed.has(prerequisite)) continue;
      if (!input.courses.has(prerequisite)) continue;
      seen.add(prerequisite);
      visit(prerequisite);
      ordered.push(prerequisite);
    }
  };
  visit(input.courseKey);
  return ordered;
}
