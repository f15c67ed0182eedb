import { describe, expect, it } from 'vitest';
import type { ActivityTiming } from '../schemas/plan.schema.js';
import { activityQuarter, activityStartDate, activityYear, isWithinPlanPeriod } from './timing.js';

const dates = (startsOn: string, endsOn: string): ActivityTiming => ({ kind: 'dates', startsOn, endsOn });
const quarter = (year: number, q: number | null): ActivityTiming => ({ kind: 'quarter', year, quarter: q });

describe('activityStartDate', () => {
  it('is the first date of a dated activity', () => {
    expect(activityStartDate(dates('2026-05-11', '2026-05-15'))).toBe('2026-05-11');
  });

  it('is the first day of the quarter, or 1 January when only the year is known', () => {
    expect(activityStartDate(quarter(2027, 1))).toBe('2027-01-01');
    expect(activityStartDate(quarter(2027, 2))).toBe('2027-04-01');
    expect(activityStartDate(quarter(2027, 3))).toBe('2027-07-01');
    expect(activityStartDate(quarter(2027, 4))).toBe('2027-10-01');
    expect(activityStartDate(quarter(2028, null))).toBe('2028-01-01');
  });
});

describe('activityYear', () => {
  it('is the year the activity starts, even when it ends in the next one', () => {
    expect(activityYear(dates('2026-12-29', '2027-01-08'))).toBe(2026);
    expect(activityYear(quarter(2028, null))).toBe(2028);
  });
});

describe('activityQuarter', () => {
  it('places a dated activity in the quarter it starts', () => {
    expect(activityQuarter(dates('2026-03-31', '2026-04-02'))).toEqual({ year: 2026, quarter: 1 });
    expect(activityQuarter(dates('2026-04-01', '2026-04-02'))).toEqual({ year: 2026, quarter: 2 });
    expect(activityQuarter(dates('2026-09-30', '2026-10-02'))).toEqual({ year: 2026, quarter: 3 });
    expect(activityQuarter(dates('2026-12-01', '2026-12-02'))).toEqual({ year: 2026, quarter: 4 });
  });

  it('keeps the quarter of a year-and-quarter activity, null when there is none', () => {
    expect(activityQuarter(quarter(2027, 3))).toEqual({ year: 2027, quarter: 3 });
    expect(activityQuarter(quarter(2027, null))).toEqual({ year: 2027, quarter: null });
  });
});

describe('isWithinPlanPeriod', () => {
  const plan = { startYear: 2026, endYear: 2028 };

  it('accepts activities from 1 January of the first year to 31 December of the last', () => {
    expect(isWithinPlanPeriod(dates('2026-01-01', '2026-01-03'), plan)).toBe(true);
    expect(isWithinPlanPeriod(dates('2028-12-20', '2028-12-31'), plan)).toBe(true);
    expect(isWithinPlanPeriod(quarter(2026, null), plan)).toBe(true);
    expect(isWithinPlanPeriod(quarter(2028, 4), plan)).toBe(true);
  });

  it('refuses activities that start before or end after the period', () => {
    expect(isWithinPlanPeriod(dates('2025-12-31', '2026-01-02'), plan)).toBe(false);
    expect(isWithinPlanPeriod(dates('2028-12-30', '2029-01-02'), plan)).toBe(false);
    expect(isWithinPlanPeriod(quarter(2025, 4), plan)).toBe(false);
    expect(isWithinPlanPeriod(quarter(2029, null), plan)).toBe(false);
  });
});
