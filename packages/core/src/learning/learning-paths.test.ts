import { describe, expect, it } from 'vitest';
import { pathProgress, stepsForSubRole } from './learning-paths.js';

const courses = new Map(
  [
    { key: 'intro', name: 'Introduction', prerequisiteKeys: [] },
    { key: 'capture', name: 'Capture', prerequisiteKeys: ['intro'] },
    { key: 'visualise', name: 'Visualise', prerequisiteKeys: ['intro'] },
    { key: 'configure', name: 'Configure', prerequisiteKeys: ['capture'] },
  ].map((course) => [course.key, course]),
);
const steps = [
  { courseKey: 'intro', subRoleKeys: [] },
  { courseKey: 'capture', subRoleKeys: [] },
  { courseKey: 'visualise', subRoleKeys: ['program'] },
  { courseKey: 'configure', subRoleKeys: ['technical'] },
];

describe('stepsForSubRole', () => {
  it('keeps the steps for everyone and for the sub-role; every step without a sub-role', () => {
    expect(stepsForSubRole(steps, 'technical').map((step) => step.courseKey)).toEqual([
      'intro',
      'capture',
      'configure',
    ]);
    expect(stepsForSubRole(steps, null)).toHaveLength(4);
  });
});

describe('pathProgress', () => {
  it('marks done, the next step, later eligible steps and steps missing a prerequisite', () => {
    const progress = pathProgress({
      roleKey: 'implementer',
      subRoleKey: null,
      steps,
      courses,
      records: [
        { courseKey: 'intro', completed: true },
        { courseKey: 'configure', completed: false },
      ],
    });
    expect(progress.steps.map((step) => [step.courseKey, step.status, step.missingPrerequisiteKeys])).toEqual(
      [
        ['intro', 'done', []],
        ['capture', 'next', []],
        ['visualise', 'eligible', []],
        ['configure', 'not-yet-eligible', ['capture']],
      ],
    );
    expect(progress).toMatchObject({ doneCount: 1, stepCount: 4 });
    expect(progress.steps[1]!.courseName).toBe('Capture');
  });

  it('gives no next step before Introduction is completed, only the introduction itself', () => {
    const progress = pathProgress({ roleKey: 'x', subRoleKey: 'technical', steps, courses, records: [] });
    expect(progress.steps.map((step) => step.status)).toEqual([
      'next',
      'not-yet-eligible',
      'not-yet-eligible',
    ]);
  });

  it('counts a course done when completed in any record, even a later one', () => {
    const progress = pathProgress({
      roleKey: 'x',
      subRoleKey: 'technical',
      steps,
      courses,
      records: [
        { courseKey: 'intro', completed: false },
        { courseKey: 'intro', completed: true },
        { courseKey: 'capture', completed: true },
        { courseKey: 'configure', completed: true },
      ],
    });
    expect(progress.steps.every((step) => step.status === 'done')).toBe(true);
    expect(progress.doneCount).toBe(3);
  });
});
