import {
  ConflictError,
  DEFAULT_FRAMEWORK,
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
  checkCourseCatalogue,
  stepsForSubRole,
  translateCourse,
  translateCourseCategory,
  type Course,
  type CourseCatalogue,
  type CourseCategory,
  type CreateCourseRequest,
  type LearningPath,
  type PutCourseCategoryRequest,
  type SupportedLanguage,
  type UpdateCourseRequest,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import {
  courseRow,
  findCourse,
  findCourseCategory,
  insertCourse,
  insertCourseCategory,
  listCourseCategories,
  listCourses,
  listPathSteps,
  nextCategoryPosition,
  nextCoursePosition,
  roleExists,
  updateCourseCategoryIfVersion,
  updateCourseIfVersion,
} from './learning.repository.js';

const courseNotFound = () => new NotFoundError('There is no such course.', 'course_not_found');
const DEFAULT_FRAMEWORK_CATEGORY_KEYS = DEFAULT_FRAMEWORK.areas.flatMap((area) =>
  area.categories.map((category) => category.key),
);

// ---------------------------------------------------------------------------------------------
// Reading

/** The catalogue in the reader's language (text a system admin rewrote is shown as written). */
export async function getCatalogue(
  context: AppContext,
  language: SupportedLanguage,
): Promise<CourseCatalogue> {
  const db = context.database.db;
  const [categories, courses] = await Promise.all([listCourseCategories(db), listCourses(db)]);
  return {
    categories: categories.map((category) => translateCourseCategory(category, language)),
    courses: courses.map((course) => translateCourse(course, language)),
  };
}

export async function getCourseCategories(
  context: AppContext,
  language: SupportedLanguage,
): Promise<CourseCategory[]> {
  const categories = await listCourseCategories(context.database.db);
  return categories.map((category) => translateCourseCategory(category, language));
}

/** A role's learning path; with a sub-role, only its steps. 404 for a role the catalogue lacks. */
export async function getLearningPath(
  context: AppContext,
  roleKey: string,
  subRoleKey: string | null,
  language: SupportedLanguage,
): Promise<LearningPath> {
  const db = context.database.db;
  if (!(await roleExists(db, roleKey))) throw new NotFoundError('There is no such role.', 'role_not_found');
  const steps = (await listPathSteps(db, [roleKey])).get(roleKey) ?? [];
  const names = new Map(
    (await listCourses(db)).map((course) => [course.key, translateCourse(course, language).name]),
  );
  return {
    roleKey,
    subRoleKey,
    steps: stepsForSubRole(steps, subRoleKey).map((step) => ({
      courseKey: step.courseKey,
      courseName: names.get(step.courseKey) ?? step.courseKey,
      subRoleKeys: step.subRoleKeys,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Editing (system admins)

/** Checks the catalogue as it would be with `course` in it; 400 naming the course's fields at fault. */
async function checkCourse(db: Executor, course: Omit<Course, 'version' | 'updatedAt' | 'position'>) {
  const courses = (await listCourses(db)).filter((existing) => existing.key !== course.key);
  const categories = await listCourseCategories(db);
  const roles = await db.selectFrom('role_definition').select('key').execute();
  const findings = checkCourseCatalogue({
    courses: [...courses, course],
    categoryKeys: categories.map((category) => category.key),
    skillCategoryKeys: DEFAULT_FRAMEWORK_CATEGORY_KEYS,
    roleKeys: roles.map((role) => role.key),
  }).filter((finding) => finding.courseKey === course.key && finding.code !== 'duplicate_course');
  if (findings.length > 0) {
    throw new InvalidInputError(
      `The course was not saved: ${findings.map((finding) => `body.${finding.field} ${finding.problem}`).join('; ')}.`,
      findings.map((finding) => ({ field: `body.${finding.field}`, problem: finding.problem })),
      findings[0]!.code === 'prerequisite_cycle'
        ? 'prerequisite_cycle'
        : findings[0]!.code === 'unknown_prerequisite'
          ? 'unknown_course'
          : 'invalid_course',
    );
  }
}

export async function createCourse(
  context: AppContext,
  request: CreateCourseRequest,
  actor: Actor,
): Promise<Course> {
  return inTransaction(context.database, async (trx) => {
    if (await findCourse(trx, request.key)) {
      throw new ConflictError(
        'A course with this key exists already.',
        [{ field: 'body.key', problem: 'is already the key of a course' }],
        'course_exists',
      );
    }
    await checkCourse(trx, request);
    const now = context.clock.now().toISOString();
    await insertCourse(trx, {
      ...courseRow(request),
      position: await nextCoursePosition(trx),
      updated_at: now,
      version: 1,
    });
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: null,
      action: 'course.created',
      entityType: 'course',
      entityId: request.key,
      changes: { name: request.name, kind: request.kind },
      ip: actor.ip,
    });
    return (await findCourse(trx, request.key))!;
  });
}

export async function updateCourse(
  context: AppContext,
  courseKey: string,
  request: UpdateCourseRequest,
  actor: Actor,
): Promise<Course> {
  return inTransaction(context.database, async (trx) => {
    const current = await findCourse(trx, courseKey);
    if (!current) throw courseNotFound();
    if (current.version !== request.version) throw new VersionConflictError('course', current);
    const { version, ...changes } = request;
    const merged = {
      key: current.key,
      kind: changes.kind ?? current.kind,
      categoryKey: changes.categoryKey !== undefined ? changes.categoryKey : current.categoryKey,
      name: changes.name ?? current.name,
      description: changes.description ?? current.description,
      offerings: changes.offerings ?? current.offerings,
      prerequisiteKeys: changes.prerequisiteKeys ?? current.prerequisiteKeys,
      developsCategoryKeys: changes.developsCategoryKeys ?? current.developsCategoryKeys,
      recommendedRoleKeys: changes.recommendedRoleKeys ?? current.recommendedRoleKeys,
    };
    await checkCourse(trx, merged);
    const { key: _key, ...row } = courseRow(merged);
    const updated = await updateCourseIfVersion(trx, courseKey, version, {
      ...row,
      updated_at: context.clock.now().toISOString(),
    });
    if (!updated) throw new VersionConflictError('course', (await findCourse(trx, courseKey))!);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: null,
      action: 'course.updated',
      entityType: 'course',
      entityId: courseKey,
      changes: { fields: Object.keys(changes) },
      ip: actor.ip,
    });
    return (await findCourse(trx, courseKey))!;
  });
}

/** Creates a category (`version: 0`) or changes one (the version read). */
export async function putCourseCategory(
  context: AppContext,
  categoryKey: string,
  request: PutCourseCategoryRequest,
  actor: Actor,
): Promise<{ category: CourseCategory; created: boolean }> {
  return inTransaction(context.database, async (trx) => {
    const current = await findCourseCategory(trx, categoryKey);
    const now = context.clock.now().toISOString();
    if (!current && request.version !== 0) {
      throw new NotFoundError(
        'There is no such course category; create it with version 0.',
        'course_category_not_found',
      );
    }
    let created = false;
    if (!current) {
      const inserted = await insertCourseCategory(trx, {
        key: categoryKey,
        name: request.name,
        description: request.description,
        position: await nextCategoryPosition(trx),
        updated_at: now,
        version: 1,
      });
      if (!inserted)
        throw new VersionConflictError('course category', await findCourseCategory(trx, categoryKey));
      created = true;
    } else {
      if (current.version !== request.version) throw new VersionConflictError('course category', current);
      const updated = await updateCourseCategoryIfVersion(trx, categoryKey, request.version, {
        name: request.name,
        description: request.description,
        updated_at: now,
      });
      if (!updated) {
        throw new VersionConflictError('course category', await findCourseCategory(trx, categoryKey));
      }
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: null,
      action: created ? 'course_category.created' : 'course_category.updated',
      entityType: 'course_category',
      entityId: categoryKey,
      changes: { name: request.name },
      ip: actor.ip,
    });
    return { category: (await findCourseCategory(trx, categoryKey))!, created };
  });
}
