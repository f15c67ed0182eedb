import { describe, expect, it } from 'vitest';
import type { PlanActivity } from '../schemas/plan.schema.js';
import {
  diffPlanSnapshots,
  EMPTY_PLAN_SNAPSHOT,
  isEmptyPlanDiff,
  snapshotActivity,
  snapshotPlan,
  type ActivitySnapshot,
  type PlanSnapshot,
} from './revisions.js';

function aSnapshot(overrides: Partial<ActivitySnapshot> & { id: string }): ActivitySnapshot {
  return {
    title: 'Server administration academy',
    type: 'academy-in-person',
    timing: { kind: 'quarter', year: 2026, quarter: 3 },
    status: 'planned',
    provider: 'HISP West and Central Africa',
    outcomeNote: '',
    memberIds: ['m1'],
    gapCategoryKeys: ['server-administrator.postgresql', 'server-administrator.monitoring'],
    costLines: [
      { kind: 'fees', description: 'Tuition', quantity: 1, unitCostMinor: 150_000, currency: 'USD' },
    ],
    fundingShares: [{ fundingSourceId: 's1', amountMinor: 100_000, status: 'secured' }],
    totalMinor: 150_000,
    uncoveredMinor: 50_000,
    year: 2026,
    ...overrides,
  };
}

const plan = (activities: ActivitySnapshot[], totalMinor: number): PlanSnapshot => ({
  activities,
  totals: { totalMinor, securedMinor: 0, pledgedMinor: 0, unfundedMinor: totalMinor },
});

describe('diffPlanSnapshots', () => {
  it('records every activity as added in the first revision', () => {
    const after = plan(
      [
        aSnapshot({ id: 'b', title: 'Tracker academy' }),
        aSnapshot({ id: 'a', title: 'Data quality course' }),
      ],
      300_000,
    );
    const changes = diffPlanSnapshots(EMPTY_PLAN_SNAPSHOT, after);
    expect(changes).toEqual({
      added: [
        { activityId: 'a', title: 'Data quality course', totalMinor: 150_000 },
        { activityId: 'b', title: 'Tracker academy', totalMinor: 150_000 },
      ],
      removed: [],
      changed: [],
      totalsBefore: { totalMinor: 0, securedMinor: 0, pledgedMinor: 0, unfundedMinor: 0 },
      totalsAfter: after.totals,
    });
  });

  it('lists added, removed and changed activities by title, then id', () => {
    const before = plan(
      [
        aSnapshot({ id: 'keep', title: 'Mentoring' }),
        aSnapshot({ id: 'gone-2', title: 'Conference' }),
        aSnapshot({ id: 'gone-1', title: 'Conference' }),
        aSnapshot({ id: 'moved', title: 'Android course' }),
        aSnapshot({ id: 'same', title: 'Same as before' }),
      ],
      750_000,
    );
    const after = plan(
      [
        aSnapshot({ id: 'keep', title: 'Mentoring', status: 'approved' }),
        aSnapshot({
          id: 'moved',
          title: 'android course',
          timing: { kind: 'quarter', year: 2027, quarter: 1 },
        }),
        aSnapshot({ id: 'same', title: 'Same as before' }),
        aSnapshot({ id: 'new', title: 'Exchange visit', totalMinor: 80_000 }),
      ],
      680_000,
    );
    const changes = diffPlanSnapshots(before, after);
    expect(changes.added).toEqual([{ activityId: 'new', title: 'Exchange visit', totalMinor: 80_000 }]);
    expect(changes.removed.map((r) => r.activityId)).toEqual(['gone-1', 'gone-2']);
    expect(changes.changed).toEqual([
      {
        activityId: 'moved',
        title: 'android course',
        fields: ['title', 'timing'],
        totalBeforeMinor: 150_000,
        totalAfterMinor: 150_000,
      },
      {
        activityId: 'keep',
        title: 'Mentoring',
        fields: ['status'],
        totalBeforeMinor: 150_000,
        totalAfterMinor: 150_000,
      },
    ]);
    expect(changes.totalsBefore.totalMinor).toBe(750_000);
    expect(changes.totalsAfter.totalMinor).toBe(680_000);
  });

  it('names every kind of change in a fixed order', () => {
    const before = aSnapshot({ id: 'a' });
    const after = aSnapshot({
      id: 'a',
      title: 'Renamed',
      type: 'online-course',
      provider: 'UiO',
      timing: { kind: 'dates', startsOn: '2026-07-06', endsOn: '2026-07-10' },
      status: 'completed',
      outcomeNote: 'Certified',
      memberIds: ['m1', 'm2'],
      gapCategoryKeys: ['server-administrator.security'],
      costLines: [
        { kind: 'fees', description: 'Tuition', quantity: 2, unitCostMinor: 150_000, currency: 'USD' },
      ],
      fundingShares: [{ fundingSourceId: 's1', amountMinor: 100_000, status: 'pledged' }],
      totalMinor: 300_000,
      uncoveredMinor: 200_000,
    });
    expect(diffPlanSnapshots(plan([before], 150_000), plan([after], 300_000)).changed).toEqual([
      {
        activityId: 'a',
        title: 'Renamed',
        fields: [
          'title',
          'type',
          'provider',
          'timing',
          'status',
          'outcome',
          'members',
          'gaps',
          'costs',
          'funding',
        ],
        totalBeforeMinor: 150_000,
        totalAfterMinor: 300_000,
      },
    ]);
  });

  it('counts a re-priced total as a change of costs even when the lines are the same', () => {
    const before = aSnapshot({
      id: 'a',
      costLines: [{ kind: 'fees', description: '', quantity: 1, unitCostMinor: 100_000, currency: 'EUR' }],
    });
    const after = { ...before, totalMinor: 112_000, uncoveredMinor: 12_000 };
    expect(diffPlanSnapshots(plan([before], 0), plan([after], 0)).changed[0]?.fields).toEqual([
      'costs',
      'funding',
    ]);
  });

  it('ignores the order of gap categories and of keys in stored objects', () => {
    const before = aSnapshot({ id: 'a' });
    const after = aSnapshot({
      id: 'a',
      gapCategoryKeys: [...before.gapCategoryKeys].reverse(),
      timing: { quarter: 3, year: 2026, kind: 'quarter' },
      costLines: [
        { currency: 'USD', unitCostMinor: 150_000, quantity: 1, description: 'Tuition', kind: 'fees' },
      ],
    });
    const changes = diffPlanSnapshots(plan([before], 150_000), plan([after], 150_000));
    expect(changes.changed).toEqual([]);
    expect(isEmptyPlanDiff(changes)).toBe(true);
  });

  it('treats a new order of members as a change, since it moves the split remainder', () => {
    const before = aSnapshot({ id: 'a', memberIds: ['m1', 'm2'] });
    const after = aSnapshot({ id: 'a', memberIds: ['m2', 'm1'] });
    expect(diffPlanSnapshots(plan([before], 0), plan([after], 0)).changed[0]?.fields).toEqual(['members']);
  });

  it('is empty between a snapshot and itself, and not when only the totals moved', () => {
    const snapshot = plan([aSnapshot({ id: 'a' })], 150_000);
    expect(isEmptyPlanDiff(diffPlanSnapshots(snapshot, snapshot))).toBe(true);
    expect(
      isEmptyPlanDiff(
        diffPlanSnapshots(snapshot, { ...snapshot, totals: { ...snapshot.totals, totalMinor: 1 } }),
      ),
    ).toBe(false);
  });
});

describe('snapshotPlan', () => {
  const activity: PlanActivity = {
    id: 'a',
    planId: 'p',
    title: 'Tracker academy',
    type: 'academy-in-person',
    provider: '',
    timing: { kind: 'dates', startsOn: '2026-05-04', endsOn: '2026-05-08' },
    year: 2026,
    status: 'planned',
    outcomeNote: '',
    memberIds: ['m1', 'm2'],
    gapCategoryKeys: [],
    costLines: [
      {
        id: 'c1',
        kind: 'fees',
        description: 'Tuition',
        quantity: 2,
        unitCostMinor: 100_000,
        currency: 'EUR',
        totalMinor: 200_000,
        baseTotalMinor: 216_000,
      },
    ],
    fundingShares: [{ id: 'f1', fundingSourceId: 's1', amountMinor: 100_000, status: 'secured' }],
    totalMinor: 216_000,
    uncoveredMinor: 116_000,
    version: 3,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-06T10:00:00.000Z',
  };

  it('keeps what a revision needs of each activity and totals the plan', () => {
    const cancelled = { ...activity, id: 'b', status: 'cancelled' as const };
    const snapshot = snapshotPlan([activity, cancelled]);
    expect(snapshot.activities[0]).toEqual(snapshotActivity(activity));
    expect(snapshot.activities[0]?.costLines).toEqual([
      { kind: 'fees', description: 'Tuition', quantity: 2, unitCostMinor: 100_000, currency: 'EUR' },
    ]);
    expect(snapshot.activities[0]?.fundingShares).toEqual([
      { fundingSourceId: 's1', amountMinor: 100_000, status: 'secured' },
    ]);
    expect(snapshot.totals).toEqual({
      totalMinor: 216_000,
      securedMinor: 100_000,
      pledgedMinor: 0,
      unfundedMinor: 116_000,
    });
  });
});
