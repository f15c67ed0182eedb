/*
 * The plan's fixed vocabularies and limits, as plain values. The schemas in
 * `schemas/plan.schema.ts` are built from them; the web app imports them from here, so that a page
 * that lists activity types or funding statuses does not also load zod and every plan schema.
 */

/** The largest amount of minor units accepted anywhere (about 90 trillion); keeps sums exact. */
export const MAX_MINOR_UNITS = 90_000_000_000_000;

export const FUNDING_SOURCE_KINDS = ['government', 'partner', 'other'] as const;

export const ACTIVITY_TYPES = [
  'academy-in-person',
  'online-course',
  'remote-training',
  'in-person-training',
  'on-the-job-coaching',
  'mentoring',
  'exchange-visit',
  'conference',
  'scholarship',
  'other',
] as const;

export const ACTIVITY_STATUSES = ['planned', 'approved', 'in-progress', 'completed', 'cancelled'] as const;

export const COST_KINDS = ['fees', 'travel', 'accommodation', 'per-diem', 'materials', 'other'] as const;

export const FUNDING_STATUSES = ['secured', 'pledged', 'unfunded'] as const;
