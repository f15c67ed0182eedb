import type { ActivityTiming } from '../schemas/plan.schema.js';

/*
 * When an activity counts: it belongs to the year (and quarter) it starts in. Activities known only
 * by year and quarter start on the quarter's first day; those known only by year on 1 January.
 */

const QUARTER_FIRST_MONTH = ['01', '04', '07', '10'] as const;

function yearText(year: number): string {
  return String(year).padStart(4, '0');
}

/** The day the activity starts (YYYY-MM-DD), used for its exchange rates and its year. */
export function activityStartDate(timing: ActivityTiming): string {
  if (timing.kind === 'dates') return timing.startsOn;
  const month = timing.quarter === null ? '01' : (QUARTER_FIRST_MONTH[timing.quarter - 1] ?? '01');
  return `${yearText(timing.year)}-${month}-01`;
}

/** The year the activity counts in: the year it starts. */
export function activityYear(timing: ActivityTiming): number {
  return timing.kind === 'dates' ? Number(timing.startsOn.slice(0, 4)) : timing.year;
}

/** Where the activity goes on a timeline of quarters; quarter null when only the year is known. */
export function activityQuarter(timing: ActivityTiming): { year: number; quarter: number | null } {
  if (timing.kind === 'quarter') return { year: timing.year, quarter: timing.quarter };
  const month = Number(timing.startsOn.slice(5, 7));
  return { year: activityYear(timing), quarter: Math.floor((month - 1) / 3) + 1 };
}

/** True when the activity lies wholly within 1 January of startYear … 31 December of endYear. */
export function isWithinPlanPeriod(
  timing: ActivityTiming,
  plan: { startYear: number; endYear: number },
): boolean {
  if (timing.kind === 'quarter') return timing.year >= plan.startYear && timing.year <= plan.endYear;
  const first = `${yearText(plan.startYear)}-01-01`;
  const last = `${yearText(plan.endYear)}-12-31`;
  return timing.startsOn >= first && timing.endsOn <= last && timing.startsOn <= timing.endsOn;
}
