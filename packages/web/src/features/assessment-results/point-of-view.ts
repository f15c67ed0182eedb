import type { AssessmentMode, AssessmentStatus } from '@coreteam/core';

/** Modes in the order the framework presents them, so tables list points of view the same way. */
export const POINTS_OF_VIEW: readonly AssessmentMode[] = ['self', 'supervisor', 'external'];

export function byPointOfView<T extends { assessedBy: AssessmentMode }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => POINTS_OF_VIEW.indexOf(a.assessedBy) - POINTS_OF_VIEW.indexOf(b.assessedBy),
  );
}

const STATUS_KEYS = {
  'not-started': 'notStarted',
  'in-progress': 'inProgress',
  submitted: 'submitted',
} as const;

/** The translation key of an assessment's status (keys are camelCase, statuses kebab-case). */
export function statusKey(status: AssessmentStatus): (typeof STATUS_KEYS)[AssessmentStatus] {
  return STATUS_KEYS[status];
}
