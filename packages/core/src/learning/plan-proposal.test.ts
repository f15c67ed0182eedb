import { describe, expect, it } from 'vitest';
import type { CourseDefinition } from './course-catalogue.js';
import { proposePlan } from './plan-proposal.js';
import { recommendLearning } from './recommendations.js';

const ANA = '00000000-0000-4000-8000-00000000000a';
const BEN = '00000000-0000-4000-8000-00000000000b';

const aCourse = (key: string, feesMinor: number, develops: string[], prerequisiteKeys: string[] = []) =>
  ({
    key,
    kind: 'academy',
    categoryKey: 'use',
    name: key,
    description: '',
    offerings: [
      { format: 'online-instructor-led', durationDays: 5, feesMinor, travelMinor: 0, currency: 'USD' },
    ],
    prerequisiteKeys,
    developsCategoryKeys: develops,
    recommendedRoleKeys: [],
  }) satisfies CourseDefinition;

const COURSES = [
  aCourse('intro', 0, []),
  aCourse('capture', 30_000, ['c.tracker'], ['intro']),
  aCourse('tracker-config', 45_000, ['c.tracker', 'c.access'], ['capture']),
  aCourse('access', 50_000, ['c.access'], ['intro']),
  aCourse('quality', 30_000, ['c.quality'], ['intro']),
];

const member = (
  memberId: string,
  name: string,
  gaps: { categoryKey: string; gap: number }[],
  records = [{ courseKey: 'intro', completed: true }],
) => ({
  memberId,
  memberName: name,
  gaps,
  candidates: recommendLearning({
    memberId,
    gaps,
    courses: COURSES,
    records,
    colleagues: [],
    showMentorNames: true,
    categoryNames: new Map(),
    pricing: { currency: 'USD', baseCurrency: 'USD', rates: [], on: '2027-01-01' },
    year: 2027,
  }),
});

describe('proposePlan', () => {
  const ana = member(ANA, 'Ana', [
    { categoryKey: 'c.access', gap: 2 },
    { categoryKey: 'c.tracker', gap: 1 },
  ]);
  const ben = member(BEN, 'Ben', [{ categoryKey: 'c.quality', gap: 1.5 }]);

  it('spends the budget where it closes most gap, prerequisites included, and explains each choice', () => {
    const proposal = proposePlan({ members: [ana, ben], budgetMinor: 110_000, currency: 'USD' });
    // Ana: capture + tracker-config (750.00) closes both gaps (3); Ben: quality (300.00) closes 1.5.
    expect(
      proposal.activities.map((activity) => [activity.candidateKey, activity.costMinor, activity.value]),
    ).toEqual([
      [`${ANA}/course:capture`, 30_000, 1],
      [`${ANA}/course:tracker-config`, 45_000, 2],
      [`${BEN}/course:quality`, 30_000, 1.5],
    ]);
    expect(proposal).toMatchObject({
      totalCostMinor: 105_000,
      budgetLeftMinor: 5_000,
      value: 4.5,
      possibleValue: 4.5,
      cellMinor: 11,
    });
    // The tracker gap counts once: for the cheaper Capture that covers it first.
    expect(proposal.activities[1]!.covers).toEqual([{ categoryKey: 'c.access', gap: 2 }]);
    expect(proposal.activities[0]!.prerequisiteFor).toEqual(['tracker-config']);
    expect(proposal.activities[0]!.explanation).toBe(
      'Covers c.tracker (gap 1) for 300.00 USD (3.333 per 1,000 USD); also needed for tracker-config.',
    );
    expect(proposal.leftOut.map((entry) => [entry.candidateKey, entry.reason])).toEqual([
      [`${ANA}/course:access`, 'gap-already-covered'],
    ]);
  });

  it('says what did not fit and why', () => {
    const proposal = proposePlan({ members: [ana, ben], budgetMinor: 50_000, currency: 'USD' });
    // 500.00: access (500.00, gap 2) beats quality (1.5) or capture (1); two of them cost 600.00.
    expect(proposal.activities.map((activity) => activity.candidateKey)).toEqual([`${ANA}/course:access`]);
    expect(
      Object.fromEntries(
        proposal.leftOut.map((entry) => [entry.candidateKey, [entry.reason, entry.costMinor]]),
      ),
    ).toEqual({
      [`${ANA}/course:tracker-config`]: ['over-budget', 75_000],
      [`${ANA}/course:capture`]: ['over-budget', 30_000],
      [`${BEN}/course:quality`]: ['over-budget', 30_000],
    });
  });

  it('says when a course would fit but its prerequisite does not', () => {
    const courses = [
      aCourse('foundations', 60_000, []),
      aCourse('advanced', 5_000, ['c.x'], ['foundations']),
      aCourse('other', 40_000, ['c.y']),
    ];
    const gaps = [
      { categoryKey: 'c.x', gap: 1 },
      { categoryKey: 'c.y', gap: 2 },
    ];
    const candidates = recommendLearning({
      memberId: ANA,
      gaps,
      courses,
      records: [],
      colleagues: [],
      showMentorNames: true,
      categoryNames: new Map(),
      pricing: { currency: 'USD', baseCurrency: 'USD', rates: [], on: '2027-01-01' },
      year: 2027,
    });
    const proposal = proposePlan({
      members: [{ memberId: ANA, memberName: 'Ana', gaps, candidates }],
      budgetMinor: 50_000,
      currency: 'USD',
    });
    expect(proposal.activities.map((activity) => activity.courseKey)).toEqual(['other']);
    expect(proposal.leftOut).toEqual([
      {
        candidateKey: `${ANA}/course:advanced`,
        memberId: ANA,
        memberName: 'Ana',
        title: 'advanced',
        costMinor: 65_000,
        reason: 'prerequisite-not-affordable',
        explanation: 'With the prerequisites it needs it costs 650.00 USD, more than the 100.00 USD left.',
      },
    ]);
  });

  it('proposes nothing on a zero budget except what is free', () => {
    const proposal = proposePlan({ members: [ana], budgetMinor: 0, currency: 'USD' });
    expect(proposal).toMatchObject({ activities: [], totalCostMinor: 0, value: 0, budgetLeftMinor: 0 });
  });

  it('leaves out a candidate without an exchange rate, saying so', () => {
    const unpriced = {
      ...ben,
      candidates: ben.candidates.map((candidate) => ({
        ...candidate,
        costMinor: null,
        totalCostMinor: null,
      })),
    };
    const proposal = proposePlan({ members: [unpriced], budgetMinor: 100_000, currency: 'USD' });
    expect(proposal.leftOut).toMatchObject([{ reason: 'no-exchange-rate', costMinor: null }]);
  });
});
