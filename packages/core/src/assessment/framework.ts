import type { RoleDefinition } from '../team-structure/roles-catalogue.js';
import type { RoleAssignment } from '../team-structure/team-members.js';
import { RATING_LEVELS, type RatingLevel } from './ratings.js';

/**
 * A version of the skills framework a team is assessed against: areas (one per assessed role),
 * each split into skill categories, each split into the granular skills that are rated.
 *
 * Keys are the identity of an element across versions: two rounds are compared skill by skill
 * through their keys, so a key must never be reused for a different skill. A key is one or more
 * kebab-case segments joined by dots, and by convention starts with its parent's key
 * (`implementer-technical.user-access-controls.user-roles`).
 *
 * Frameworks are treated as immutable values: build a new version rather than editing one.
 */
export interface AssessmentFramework {
  /** Identifies the framework across its versions, e.g. `dhis2-core-team`. */
  key: string;
  version: string;
  name: string;
  description: string;
  ratingScale: RatingScale;
  areas: FrameworkArea[];
}

/** An assessed area, tied to the role (and sub-role) of the roles catalogue it describes. */
export interface FrameworkArea {
  key: string;
  name: string;
  description: string;
  roleKey: string;
  /** Null when the area covers every holder of the role. */
  subRoleKey: string | null;
  categories: SkillCategory[];
}

export interface SkillCategory {
  key: string;
  name: string;
  description: string;
  skills: Skill[];
}

export interface Skill {
  key: string;
  name: string;
  description: string;
}

export interface RatingLevelDescriptor {
  level: RatingLevel;
  name: string;
  description: string;
}

/** What each level means, shown next to every question. */
export interface RatingScale {
  /** Exactly one descriptor for each of the levels 0, 1, 2 and 3, in that order. */
  levels: RatingLevelDescriptor[];
  notApplicable: { name: string; description: string };
}

export type FrameworkProblemSeverity = 'error' | 'warning';

export const FRAMEWORK_PROBLEM_CODES = [
  'required',
  'too-long',
  'invalid-key',
  'duplicate-key',
  'key-outside-parent',
  'invalid-rating-scale',
  'no-areas',
  'empty-area',
  'empty-category',
  'few-skills',
  'many-skills',
  'unknown-role',
  'unknown-sub-role',
] as const;
export type FrameworkProblemCode = (typeof FRAMEWORK_PROBLEM_CODES)[number];

/**
 * One thing wrong with a framework. `path` names the field (`areas[1].categories[0].key`) so the
 * server can return it as a field problem; `problem` is a plain English sentence; `code` lets the
 * web app word it in the reader's language. Errors make a framework unusable; warnings are advice.
 */
export interface FrameworkProblem {
  path: string;
  problem: string;
  code: FrameworkProblemCode;
  severity: FrameworkProblemSeverity;
}

export interface ValidateFrameworkInput {
  framework: AssessmentFramework;
  /** When given, every area's role and sub-role must exist in it. */
  roles?: readonly Pick<RoleDefinition, 'key' | 'subRoles'>[];
}

export const SKILLS_PER_CATEGORY = { min: 2, max: 6 } as const;
export const NAME_MAX_LENGTH = 120;
export const DESCRIPTION_MAX_LENGTH = 300;

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const KEY_MAX_LENGTH = 200;

export function isElementKey(value: string): boolean {
  return value.length <= KEY_MAX_LENGTH && KEY_PATTERN.test(value);
}

/** Checks a framework before it is used for a round: structure, keys, texts and role links. */
export function validateFramework({ framework, roles }: ValidateFrameworkInput): {
  problems: FrameworkProblem[];
} {
  const problems: FrameworkProblem[] = [];
  const report = (
    path: string,
    code: FrameworkProblemCode,
    problem: string,
    severity: FrameworkProblemSeverity = 'error',
  ) => problems.push({ path, problem, code, severity });

  const requireText = (path: string, value: string, maxLength: number) => {
    if (value.trim() === '') report(path, 'required', 'must not be empty');
    else if (value.length > maxLength)
      report(path, 'too-long', `should be at most ${maxLength} characters`, 'warning');
  };

  const firstPathOfKey = new Map<string, string>();
  const checkKey = (path: string, key: string, parentKey: string | null) => {
    if (!isElementKey(key)) {
      report(path, 'invalid-key', 'must be kebab-case words joined by dots, e.g. area.category.skill');
      return;
    }
    const earlier = firstPathOfKey.get(key);
    if (earlier !== undefined) {
      report(path, 'duplicate-key', `repeats the key "${key}" already used at ${earlier}`);
      return;
    }
    firstPathOfKey.set(key, path);
    if (parentKey !== null && !key.startsWith(`${parentKey}.`)) {
      report(path, 'key-outside-parent', `should start with "${parentKey}."`, 'warning');
    }
  };

  if (!isElementKey(framework.key)) {
    report('key', 'invalid-key', 'must be kebab-case words joined by dots, e.g. dhis2-core-team');
  }
  requireText('version', framework.version, 40);
  requireText('name', framework.name, NAME_MAX_LENGTH);
  requireText('description', framework.description, 2000);
  checkRatingScale(framework.ratingScale, report);

  if (framework.areas.length === 0) report('areas', 'no-areas', 'must contain at least one area');

  const roleByKey = roles ? new Map(roles.map((role) => [role.key, role])) : null;
  framework.areas.forEach((area, areaIndex) => {
    const areaPath = `areas[${areaIndex}]`;
    checkKey(`${areaPath}.key`, area.key, null);
    requireText(`${areaPath}.name`, area.name, NAME_MAX_LENGTH);
    requireText(`${areaPath}.description`, area.description, DESCRIPTION_MAX_LENGTH);
    if (roleByKey) {
      const role = roleByKey.get(area.roleKey);
      if (!role) {
        report(`${areaPath}.roleKey`, 'unknown-role', `"${area.roleKey}" is not a role of the catalogue`);
      } else if (
        area.subRoleKey !== null &&
        !role.subRoles.some((subRole) => subRole.key === area.subRoleKey)
      ) {
        report(
          `${areaPath}.subRoleKey`,
          'unknown-sub-role',
          `"${area.subRoleKey}" is not a sub-role of ${area.roleKey}`,
        );
      }
    } else if (area.roleKey.trim() === '') {
      report(`${areaPath}.roleKey`, 'required', 'must not be empty');
    }
    if (area.categories.length === 0) {
      report(`${areaPath}.categories`, 'empty-area', 'must contain at least one skill category');
    }

    area.categories.forEach((category, categoryIndex) => {
      const categoryPath = `${areaPath}.categories[${categoryIndex}]`;
      checkKey(`${categoryPath}.key`, category.key, area.key);
      requireText(`${categoryPath}.name`, category.name, NAME_MAX_LENGTH);
      requireText(`${categoryPath}.description`, category.description, DESCRIPTION_MAX_LENGTH);
      const skillCount = category.skills.length;
      if (skillCount === 0) {
        report(`${categoryPath}.skills`, 'empty-category', 'must contain at least one skill');
      } else if (skillCount < SKILLS_PER_CATEGORY.min) {
        report(
          `${categoryPath}.skills`,
          'few-skills',
          `has ${skillCount} skill; split into at least ${SKILLS_PER_CATEGORY.min} granular skills so a gap can be pinned down`,
          'warning',
        );
      } else if (skillCount > SKILLS_PER_CATEGORY.max) {
        report(
          `${categoryPath}.skills`,
          'many-skills',
          `has ${skillCount} skills; more than ${SKILLS_PER_CATEGORY.max} makes a long questionnaire — consider splitting the category`,
          'warning',
        );
      }

      category.skills.forEach((skill, skillIndex) => {
        const skillPath = `${categoryPath}.skills[${skillIndex}]`;
        checkKey(`${skillPath}.key`, skill.key, category.key);
        requireText(`${skillPath}.name`, skill.name, NAME_MAX_LENGTH);
        requireText(`${skillPath}.description`, skill.description, DESCRIPTION_MAX_LENGTH);
      });
    });
  });

  return { problems };
}

function checkRatingScale(
  scale: RatingScale,
  report: (path: string, code: FrameworkProblemCode, problem: string) => void,
): void {
  const levels = scale.levels.map((descriptor) => descriptor.level);
  if (levels.length !== RATING_LEVELS.length || RATING_LEVELS.some((level, i) => levels[i] !== level)) {
    report('ratingScale.levels', 'invalid-rating-scale', 'must describe the levels 0, 1, 2 and 3 in order');
  }
  scale.levels.forEach((descriptor, index) => {
    if (descriptor.name.trim() === '' || descriptor.description.trim() === '') {
      report(`ratingScale.levels[${index}]`, 'required', 'needs a name and a description');
    }
  });
  if (scale.notApplicable.name.trim() === '' || scale.notApplicable.description.trim() === '') {
    report('ratingScale.notApplicable', 'required', 'needs a name and a description');
  }
}

/**
 * Whether an area (or a target) for `roleKey`/`subRoleKey` concerns someone holding `assignment`.
 * A null sub-role on either side means the whole role: an area for every implementer concerns a
 * technical implementer, and a person who is simply "implementer" fills in both implementer areas.
 */
export function concernsAssignment(
  element: { roleKey: string; subRoleKey: string | null },
  assignment: Pick<RoleAssignment, 'roleKey' | 'subRoleKey'>,
): boolean {
  if (element.roleKey !== assignment.roleKey) return false;
  return (
    element.subRoleKey === null ||
    assignment.subRoleKey === null ||
    element.subRoleKey === assignment.subRoleKey
  );
}

/**
 * The areas a member fills in: those of their current and envisioned roles (the framework asks
 * people to also answer for a role they are meant to take on), in framework order.
 */
export function areasForAssignments({
  framework,
  assignments,
}: {
  framework: AssessmentFramework;
  assignments: readonly Pick<RoleAssignment, 'roleKey' | 'subRoleKey'>[];
}): string[] {
  return framework.areas
    .filter((area) => assignments.some((assignment) => concernsAssignment(area, assignment)))
    .map((area) => area.key);
}
