import { describe, expect, it } from 'vitest';
import { createPlanActivityRequestSchema } from '../schemas/plan.schema.js';
import type { CourseOffering } from '../schemas/learning.schema.js';
import type { CourseDefinition } from './course-catalogue.js';
import { recommendLearning, type RecommendationInput } from './recommendations.js';

const MEMBER = '00000000-0000-4000-8000-000000000001';
const MENTOR = '00000000-0000-4000-8000-000000000002';
const OTHER_EXPERT = '00000000-0000-4000-8000-000000000003';

const online = (feesMinor: number, currency = 'USD'): CourseOffering => ({
  format: 'online-instructor-led',
  durationDays: 10,
  feesMinor,
  travelMinor: 0,
  currency,
});
const regional = (feesMinor: number, travelMinor: number): CourseOffering => ({
  format: 'in-person-regional',
  durationDays: 5,
  feesMinor,
  travelMinor,
  currency: 'USD',
});
const aCourse = (key: string, overrides: Partial<CourseDefinition> = {}): CourseDefinition => ({
  key,
  kind: 'academy',
  categoryKey: 'use',
  name: `Course ${key}`,
  description: '',
  offerings: [online(30_000)],
  prerequisiteKeys: [],
  developsCategoryKeys: [],
  recommendedRoleKeys: [],
  ...overrides,
});

const COURSES: CourseDefinition[] = [
  aCourse('intro', { offerings: [{ ...online(0), format: 'online-self-paced' }] }),
  aCourse('capture', { prerequisiteKeys: ['intro'], developsCategoryKeys: ['it.tracker'] }),
  aCourse('tracker-config', {
    prerequisiteKeys: ['capture'],
    developsCategoryKeys: ['it.tracker', 'it.access'],
    offerings: [regional(200_000, 180_000), online(45_000)],
  }),
  aCourse('access', { prerequisiteKeys: ['intro'], developsCategoryKeys: ['it.access'] }),
  aCourse('unrelated', { developsCategoryKeys: ['sa.backups'] }),
];

const input = (overrides: Partial<RecommendationInput> = {}): RecommendationInput => ({
  memberId: MEMBER,
  gaps: [
    { categoryKey: 'it.access', gap: 2 },
    { categoryKey: 'it.tracker', gap: 1.5 },
  ],
  courses: COURSES,
  records: [{ courseKey: 'intro', completed: true }],
  colleagues: [],
  showMentorNames: true,
  categoryNames: new Map([
    ['it.access', 'User access controls'],
    ['it.tracker', 'Tracker configuration'],
  ]),
  pricing: { currency: 'USD', baseCurrency: 'USD', rates: [], on: '2027-01-01' },
  year: 2027,
  ...overrides,
});

describe('recommendLearning', () => {
  it('recommends courses that develop the gaps, biggest value first, with their gaps and costs', () => {
    const candidates = recommendLearning(input());
    expect(
      candidates.map((candidate) => [
        candidate.key,
        candidate.value,
        candidate.costMinor,
        candidate.totalCostMinor,
        candidate.covers.map((gap) => gap.categoryKey),
      ]),
    ).toEqual([
      // Both gaps; the cheapest format (online, 450.00) plus Capture (300.00) it still needs.
      ['course:tracker-config', 3.5, 45_000, 75_000, ['it.access', 'it.tracker']],
      ['course:access', 2, 30_000, 30_000, ['it.access']],
      ['course:capture', 1.5, 30_000, 30_000, ['it.tracker']],
    ]);
  });

  it('includes the prerequisites still to complete, in order, each with its cost and draft', () => {
    const [tracker] = recommendLearning(input({ records: [] }));
    expect(tracker!.requiresKeys).toEqual(['capture']);
    expect(tracker!.prerequisites.map((item) => [item.courseKey, item.costMinor, item.requiresKeys])).toEqual(
      [
        ['intro', 0, []],
        ['capture', 30_000, ['intro']],
      ],
    );
    expect(tracker!.totalCostMinor).toBe(75_000);
    expect(tracker!.reason).toBe(
      'Develops User access controls, Tracker configuration; needs Course intro, Course capture first.',
    );
  });

  it('leaves out courses completed or excluded', () => {
    const candidates = recommendLearning(
      input({
        records: [
          { courseKey: 'intro', completed: true },
          { courseKey: 'access', completed: true },
        ],
        excludedCourseKeys: new Set(['capture']),
      }),
    );
    expect(candidates.map((candidate) => candidate.key)).toEqual(['course:tracker-config']);
    // Capture is planned already: Tracker configuration no longer brings it along.
    expect(candidates[0]).toMatchObject({ requiresKeys: [], prerequisites: [], totalCostMinor: 45_000 });
  });

  it('drafts a create-activity request the plan accepts as it is', () => {
    const [tracker] = recommendLearning(input());
    expect(tracker!.activityDraft).toEqual({
      title: 'Course tracker-config',
      type: 'remote-training',
      provider: 'DHIS2 Academy',
      timing: { kind: 'quarter', year: 2027, quarter: null },
      status: 'planned',
      outcomeNote: '',
      memberIds: [MEMBER],
      gapCategoryKeys: ['it.access', 'it.tracker'],
      costLines: [
        {
          kind: 'fees',
          description: 'Course fees (online, instructor-led)',
          quantity: 1,
          unitCostMinor: 45_000,
          currency: 'USD',
        },
      ],
      fundingShares: [],
      courseKey: 'tracker-config',
    });
    expect(createPlanActivityRequestSchema.safeParse(tracker!.activityDraft).success).toBe(true);
  });

  it('prices in the plan currency through its rates, and says null when a rate is missing', () => {
    const rates = [{ currency: 'USD', rate: '60', effectiveOn: '2026-01-01' }];
    const inMzn = recommendLearning(
      input({ pricing: { currency: 'MZN', baseCurrency: 'MZN', rates, on: '2027-01-01' } }),
    );
    expect(inMzn[1]).toMatchObject({ key: 'course:access', costMinor: 1_800_000, currency: 'MZN' });
    const withoutRate = recommendLearning(
      input({ pricing: { currency: 'MZN', baseCurrency: 'MZN', rates: [], on: '2027-01-01' } }),
    );
    expect(withoutRate.map((candidate) => candidate.costMinor)).toEqual([null, null, null]);
  });

  it('offers internal mentoring by a colleague who scores 3, free, naming them to leads only', () => {
    const colleagues = [
      { memberId: MENTOR, name: 'Zé', categoryScores: new Map([['it.tracker', 3]]) },
      {
        memberId: OTHER_EXPERT,
        name: 'Ana',
        categoryScores: new Map([
          ['it.tracker', 3],
          ['it.access', 2.75],
        ]),
      },
      { memberId: MEMBER, name: 'Me', categoryScores: new Map([['it.access', 3]]) },
    ];
    const forLead = recommendLearning(input({ colleagues }));
    const mentoring = forLead.filter((candidate) => candidate.kind === 'mentoring');
    expect(mentoring).toHaveLength(1);
    expect(mentoring[0]).toMatchObject({
      key: 'mentoring:it.tracker',
      costMinor: 0,
      value: 1.5,
      mentor: { memberId: OTHER_EXPERT, name: 'Ana' },
      reasonCode: 'internal-mentoring',
    });
    expect(mentoring[0]!.activityDraft).toMatchObject({
      type: 'mentoring',
      provider: 'Ana',
      memberIds: [MEMBER],
    });

    const forMember = recommendLearning(input({ colleagues, showMentorNames: false }));
    const hidden = forMember.find((candidate) => candidate.kind === 'mentoring')!;
    expect(hidden.mentor).toBeNull();
    expect(hidden.reason).toContain('a colleague');
    expect(JSON.stringify(hidden)).not.toContain('Ana');
    expect(JSON.stringify(hidden)).not.toContain(OTHER_EXPERT);
  });

  it('recommends nothing without gaps', () => {
    expect(recommendLearning(input({ gaps: [] }))).toEqual([]);
  });
});
