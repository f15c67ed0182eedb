import type { PathProgress, PathStepStatus } from '../schemas/learning.schema.js';
import type { CourseDefinition } from './course-catalogue.js';

export interface LearningPathStepDefinition {
  courseKey: string;
  /** Sub-roles the step is for; empty: everyone in the role. */
  subRoleKeys: string[];
}

/** A role's learning path: courses in the order to take them, Introduction to DHIS2 first. */
export interface LearningPathDefinition {
  roleKey: string;
  steps: LearningPathStepDefinition[];
}

/** The steps of a path for one sub-role (null: the role without a sub-role, which takes every step). */
export function stepsForSubRole(
  steps: readonly LearningPathStepDefinition[],
  subRoleKey: string | null,
): LearningPathStepDefinition[] {
  if (subRoleKey === null) return [...steps];
  return steps.filter((step) => step.subRoleKeys.length === 0 || step.subRoleKeys.includes(subRoleKey));
}

/** What the domain needs of a learning record. */
export interface LearningRecordFact {
  courseKey: string;
  completed: boolean;
}

/** Course keys the member has completed. */
export function completedCourseKeys(records: readonly LearningRecordFact[]): Set<string> {
  return new Set(records.filter((record) => record.completed).map((record) => record.courseKey));
}

/**
 * A member's progress on one path: each step done, next (the first step not done whose
 * prerequisites are all completed), eligible (a later such step) or not yet eligible (naming the
 * prerequisites still to complete, direct ones only).
 */
export function pathProgress(input: {
  roleKey: string;
  subRoleKey: string | null;
  steps: readonly LearningPathStepDefinition[];
  courses: ReadonlyMap<string, Pick<CourseDefinition, 'key' | 'name' | 'prerequisiteKeys'>>;
  records: readonly LearningRecordFact[];
}): PathProgress {
  const completed = completedCourseKeys(input.records);
  let nextGiven = false;
  const steps = stepsForSubRole(input.steps, input.subRoleKey).map((step) => {
    const course = input.courses.get(step.courseKey);
    const missing = (course?.prerequisiteKeys ?? []).filter((key) => !completed.has(key));
    let status: PathStepStatus;
    if (completed.has(step.courseKey)) status = 'done';
    else if (missing.length > 0) status = 'not-yet-eligible';
    else if (!nextGiven) {
      status = 'next';
      nextGiven = true;
    } else status = 'eligible';
    return {
      courseKey: step.courseKey,
      courseName: course?.name ?? step.courseKey,
      status,
      missingPrerequisiteKeys: status === 'done' ? [] : missing,
    };
  });
  return {
    roleKey: input.roleKey,
    subRoleKey: input.subRoleKey,
    steps,
    doneCount: steps.filter((step) => step.status === 'done').length,
    stepCount: steps.length,
  };
}
