import { describe, expect, it } from 'vitest';
import { NOT_APPLICABLE as NA, ratingOf, type Ratings } from './ratings.js';
import { aggregateTeam, compareSelfWithAssessor, round1, scoreAssessment, scoreRound } from './scoring.js';
import { defaultTargets, type CategoryTarget } from './targets.js';
import { aFramework, anAssessment } from './test-builders.js';

const framework = aFramework([
  {
    key: 'tech',
    roleKey: 'implementer',
    subRoleKey: 'technical',
    categories: { a: ['s1', 's2', 's3'], b: ['s1', 's2'], c: ['s1', 's2'] },
  },
  { key: 'train', roleKey: 'trainer', categories: { x: ['s1', 's2'] } },
]);
const targets = defaultTargets({ framework });

const categoryScores = (ratings: Ratings) =>
  scoreAssessment({ framework, ratings }).areas.flatMap((area) =>
    area.categories.map((category) => [category.categoryKey, category.score]),
  );

describe('scoreAssessment', () => {
  it('scores a category as the mean of its rated skills, leaving N/A and unanswered skills out', () => {
    const profile = scoreAssessment({
      framework,
      ratings: { 'tech.a.s1': 3, 'tech.a.s2': NA, 'tech.a.s3': 1, 'tech.c.s1': 1 },
    });
    // a: (3 + 1) / 2 = 2, N/A left out; c: 1 / 1 = 1, s2 unanswered left out.
    expect(profile.areas[0]!.categories[0]).toEqual({
      categoryKey: 'tech.a',
      score: 2,
      rated: 2,
      notApplicable: 1,
      unanswered: 0,
    });
    expect(profile.areas[0]!.categories[2]).toEqual({
      categoryKey: 'tech.c',
      score: 1,
      rated: 1,
      notApplicable: 0,
      unanswered: 1,
    });
  });

  it('gives a category rated N/A throughout no score at all — null, not 0', () => {
    const profile = scoreAssessment({ framework, ratings: { 'tech.b.s1': NA, 'tech.b.s2': NA } });
    expect(profile.areas[0]!.categories[1]).toEqual({
      categoryKey: 'tech.b',
      score: null,
      rated: 0,
      notApplicable: 2,
      unanswered: 0,
    });
  });

  it('scores an area as the mean of the categories that have a score, skipping null ones', () => {
    const profile = scoreAssessment({
      framework,
      ratings: {
        'tech.a.s1': 3,
        'tech.a.s2': NA,
        'tech.a.s3': 1,
        'tech.b.s1': NA,
        'tech.b.s2': NA,
        'tech.c.s1': 1,
      },
    });
    // (2 + 1) / 2 = 1.5; counting the all-N/A category as 0 would give 1.
    expect(profile.areas.map((area) => [area.areaKey, area.score])).toEqual([
      ['tech', 1.5],
      ['train', null],
    ]);
  });

  it('computes exactly: categories of 0, 0, 3 and of 1, 4/3, 2/3 both make an area of exactly 1', () => {
    const threeByThree = aFramework([
      {
        key: 'tech',
        roleKey: 'implementer',
        categories: { a: ['s1', 's2', 's3'], b: ['s1', 's2', 's3'], c: ['s1', 's2', 's3'] },
      },
    ]);
    const score = (values: number[]) => {
      const ratings: Record<string, 0 | 1 | 2 | 3> = {};
      ['a', 'b', 'c'].forEach((category, i) =>
        ['s1', 's2', 's3'].forEach((skill, j) => {
          ratings[`tech.${category}.${skill}`] = values[i * 3 + j] as 0 | 1 | 2 | 3;
        }),
      );
      return scoreAssessment({ framework: threeByThree, ratings }).areas[0]!.score;
    };
    expect((1 + 4 / 3 + 2 / 3) / 3).not.toBe(1); // the floating-point trap this avoids
    expect(score([0, 0, 0, 0, 0, 0, 3, 3, 3])).toBe(1);
    expect(score([1, 1, 1, 1, 1, 2, 0, 1, 1])).toBe(1);
  });

  it('ignores values off the scale and keys inherited from Object.prototype', () => {
    const parsed = JSON.parse('{"tech.a.s1": 2, "tech.a.s2": 5, "tech.a.s3": "3"}') as Ratings;
    expect(categoryScores(parsed)[0]).toEqual(['tech.a', 2]);
    expect(ratingOf({}, 'constructor')).toBeUndefined();
    expect(ratingOf({}, '__proto__')).toBeUndefined();
  });
});

describe('team aggregates', () => {
  // Category tech.a: alice 2, bob 1, carol all N/A (no score), dan 3.
  // Category tech.b: alice 2, carol 0.5, dan 2.5; bob unanswered.
  // Area tech:       alice 2, bob 1, carol 0.5, dan (3 + 2.5) / 2 = 2.75.
  const team = [
    anAssessment('alice', {
      'tech.a.s1': 3,
      'tech.a.s2': NA,
      'tech.a.s3': 1,
      'tech.b.s1': 2,
      'tech.b.s2': 2,
    }),
    anAssessment('bob', { 'tech.a.s1': 1, 'tech.a.s2': 1, 'tech.a.s3': 1 }),
    anAssessment('carol', {
      'tech.a.s1': NA,
      'tech.a.s2': NA,
      'tech.a.s3': NA,
      'tech.b.s1': 0,
      'tech.b.s2': 1,
    }),
    anAssessment('dan', { 'tech.a.s1': 3, 'tech.a.s2': 3, 'tech.a.s3': 3, 'tech.b.s1': 3, 'tech.b.s2': 2 }),
    anAssessment('alice', { 'tech.a.s1': 0, 'tech.a.s2': 0, 'tech.a.s3': 0 }, 'supervisor'),
  ];

  it('gives mean, min, max, the number scored and the number at or above target per category', () => {
    const { team: figures } = aggregateTeam({ framework, assessments: team, targets });
    const self = figures[0]!;
    expect(self.assessedBy).toBe('self');
    expect(self.assessmentCount).toBe(4);
    const [a, b, c] = self.areas[0]!.categories;
    expect(a).toEqual({
      categoryKey: 'tech.a',
      memberCount: 3,
      mean: 2, // (2 + 1 + 3) / 3
      min: 1,
      max: 3,
      target: 2,
      atOrAboveTarget: 2, // alice exactly at 2, dan at 3
    });
    expect(b).toEqual({
      categoryKey: 'tech.b',
      memberCount: 3,
      mean: 5 / 3, // (2 + 0.5 + 2.5) / 3
      min: 0.5,
      max: 2.5,
      target: 2,
      atOrAboveTarget: 2,
    });
    expect(c).toEqual({
      categoryKey: 'tech.c',
      memberCount: 0,
      mean: null,
      min: null,
      max: null,
      target: 2,
      atOrAboveTarget: 0,
    });
    expect(self.areas[0]).toMatchObject({ memberCount: 4, mean: 1.5625, min: 0.5, max: 2.75 });
  });

  it('keeps each point of view apart instead of mixing them into one figure', () => {
    const { team: figures } = aggregateTeam({ framework, assessments: team, targets });
    expect(figures.map((figure) => [figure.assessedBy, figure.assessmentCount])).toEqual([
      ['self', 4],
      ['supervisor', 1],
    ]);
    expect(figures[1]!.areas[0]!.categories[0]).toMatchObject({
      memberCount: 1,
      mean: 0,
      atOrAboveTarget: 0,
    });
  });

  it('measures a category against the target of its own area’s role only', () => {
    const extra: CategoryTarget[] = [
      ...targets,
      { roleKey: 'operational-lead', subRoleKey: null, categoryKey: 'tech.a', level: 3 },
      { roleKey: 'implementer', subRoleKey: null, categoryKey: 'tech.b', level: 3 },
    ];
    const [a, b] = aggregateTeam({ framework, assessments: team, targets: extra }).team[0]!.areas[0]!
      .categories;
    expect([a!.target, a!.atOrAboveTarget]).toEqual([2, 2]);
    // A target for every implementer also applies to the technical implementers' area; nobody
    // reaches 3 in tech.b (the best is 2.5).
    expect([b!.target, b!.atOrAboveTarget]).toEqual([3, 0]);
    const none = aggregateTeam({ framework, assessments: team, targets: [] }).team[0]!.areas[0]!
      .categories[0]!;
    expect([none.target, none.atOrAboveTarget]).toEqual([null, null]);
  });

  it('scores each member in the order given — never sorted by score — and reports a duplicate', () => {
    const round = scoreRound({
      framework,
      assessments: [...team, anAssessment('bob', { 'tech.a.s1': 3 })],
      targets,
    });
    expect(
      round.members.map((member) => [member.memberId, member.assessedBy, member.profile.areas[0]!.score]),
    ).toEqual([
      ['alice', 'self', 2],
      ['bob', 'self', 1],
      ['carol', 'self', 0.5],
      ['dan', 'self', 2.75],
      ['alice', 'supervisor', 0],
    ]);
    expect(round.issues).toEqual([{ code: 'duplicate-assessment', memberId: 'bob', assessedBy: 'self' }]);
    expect(round.team[0]!.assessmentCount).toBe(4);
  });
});

describe('compareSelfWithAssessor', () => {
  const self = { 'tech.a.s1': 3, 'tech.a.s2': NA, 'tech.a.s3': 1, 'tech.b.s1': 2, 'tech.b.s2': 2 } as const;
  const supervisor = {
    'tech.a.s1': 2,
    'tech.a.s2': 1,
    'tech.a.s3': 1,
    'tech.b.s1': 3,
    'tech.b.s2': 3,
  } as const;

  it('puts both scores side by side with the difference (assessor − self), never an average', () => {
    const [tech] = compareSelfWithAssessor({ framework, self, assessor: supervisor }).areas;
    const a = tech!.categories[0]!;
    // self (3 + 1) / 2 = 2; supervisor (2 + 1 + 1) / 3 = 4/3; difference −2/3.
    expect(Object.keys(a)).toEqual(['categoryKey', 'self', 'assessor', 'difference', 'skills']);
    expect(a.self).toBe(2);
    expect(a.assessor).toBe(4 / 3);
    expect(a.difference).toBe(-2 / 3);
    expect(a.skills).toEqual([
      { skillKey: 'tech.a.s1', self: 3, assessor: 2, difference: -1 },
      { skillKey: 'tech.a.s2', self: NA, assessor: 1, difference: null },
      { skillKey: 'tech.a.s3', self: 1, assessor: 1, difference: 0 },
    ]);
    // Area: self (2 + 2) / 2 = 2; supervisor (4/3 + 3) / 2 = 13/6; difference 1/6.
    expect(tech!.self).toBe(2);
    expect(tech!.assessor).toBe(13 / 6);
    expect(tech!.difference).toBe(1 / 6);
    expect(tech!.categories[2]).toMatchObject({ self: null, assessor: null, difference: null });
  });
});

describe('round1', () => {
  it('rounds to one decimal, halves away from zero, for display only', () => {
    expect(round1(1.25)).toBe(1.3);
    expect(round1(-1.25)).toBe(-1.3);
    expect(round1(0.35)).toBe(0.4);
    expect(round1(2 / 3)).toBe(0.7);
    expect(round1(1.5625)).toBe(1.6);
    expect(Object.is(round1(-0.04), 0)).toBe(true);
    expect(round1(null)).toBeNull();
  });
});
