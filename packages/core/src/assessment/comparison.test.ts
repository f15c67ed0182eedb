import { describe, expect, it } from 'vitest';
import { compareRounds } from './comparison.js';
import { NOT_APPLICABLE as NA, type RatingLevel } from './ratings.js';
import { aFramework, anAssessment } from './test-builders.js';

// Version 1 → version 2: tech.a.s3 removed, tech.a.s4 and the whole category tech.c added.
const v1 = aFramework([
  { key: 'tech', roleKey: 'implementer', categories: { a: ['s1', 's2', 's3'], b: ['s1', 's2'] } },
]);
const v2 = aFramework(
  [
    {
      key: 'tech',
      roleKey: 'implementer',
      categories: { a: ['s1', 's2', 's4'], b: ['s1', 's2'], c: ['s1', 's2'] },
    },
  ],
  { version: '2' },
);

const baseline = {
  framework: v1,
  assessments: [
    anAssessment('m1', { 'tech.a.s1': 1, 'tech.a.s2': 1, 'tech.a.s3': 0, 'tech.b.s1': 2, 'tech.b.s2': NA }),
    anAssessment('m2', { 'tech.a.s1': 2, 'tech.a.s2': 2, 'tech.a.s3': 3, 'tech.b.s1': 3, 'tech.b.s2': 3 }),
    anAssessment('m3', { 'tech.a.s1': 3 }),
  ],
};
const current = {
  framework: v2,
  assessments: [
    anAssessment('m1', {
      'tech.a.s1': 2,
      'tech.a.s2': 1,
      'tech.a.s4': 3,
      'tech.b.s1': 2,
      'tech.b.s2': 3,
      'tech.c.s1': 3,
      'tech.c.s2': 3,
    }),
    anAssessment('m2', { 'tech.a.s1': 2, 'tech.a.s2': 1, 'tech.a.s4': NA, 'tech.b.s1': 3, 'tech.b.s2': 3 }),
    anAssessment('m4', { 'tech.a.s1': 1 }),
    anAssessment('m1', { 'tech.a.s1': 3 }, 'supervisor'),
  ],
};

describe('compareRounds', () => {
  const comparison = compareRounds({ baseline, current });

  it('lists skills found in only one version as added or removed', () => {
    expect(comparison.addedSkillKeys).toEqual(['tech.a.s4', 'tech.c.s1', 'tech.c.s2']);
    expect(comparison.removedSkillKeys).toEqual(['tech.a.s3']);
  });

  it('compares skill by skill over the shared skills only', () => {
    const m1 = comparison.members[0]!;
    expect(m1.areas[0]!.categories.map((category) => category.categoryKey)).toEqual(['tech.a', 'tech.b']);
    expect(m1.areas[0]!.categories[0]!.skills).toEqual([
      { skillKey: 'tech.a.s1', baseline: 1, current: 2, delta: 1 },
      { skillKey: 'tech.a.s2', baseline: 1, current: 1, delta: 0 },
    ]);
    expect(m1.areas[0]!.categories[1]!.skills[1]).toEqual({
      skillKey: 'tech.b.s2',
      baseline: NA,
      current: 3,
      delta: null,
    });
  });

  it('recomputes categories and areas over the shared skills, so like is compared with like', () => {
    const [area] = comparison.members[0]!.areas;
    // tech.a over s1, s2: 1 → 1.5 (with s3 and s4 it would read 2/3 → 2).
    expect(area!.categories[0]).toMatchObject({ baseline: 1, current: 1.5, delta: 0.5 });
    // tech.b: 2 (N/A left out) → 2.5.
    expect(area!.categories[1]).toMatchObject({ baseline: 2, current: 2.5, delta: 0.5 });
    expect(area).toMatchObject({ areaKey: 'tech', baseline: 1.5, current: 2, delta: 0.5 });
  });

  it('counts what improved, declined, stayed or cannot be compared', () => {
    expect(comparison.members.map((member) => [member.memberId, member.counts])).toEqual([
      [
        'm1',
        {
          skills: { improved: 1, declined: 0, unchanged: 2, notComparable: 1 },
          categories: { improved: 2, declined: 0, unchanged: 0, notComparable: 0 },
          areas: { improved: 1, declined: 0, unchanged: 0, notComparable: 0 },
        },
      ],
      [
        'm2',
        {
          skills: { improved: 0, declined: 1, unchanged: 3, notComparable: 0 },
          categories: { improved: 0, declined: 1, unchanged: 1, notComparable: 0 },
          areas: { improved: 0, declined: 1, unchanged: 0, notComparable: 0 },
        },
      ],
    ]);
  });

  it('matches members by person and point of view and lists those in one round only', () => {
    expect(comparison.onlyInBaseline).toEqual([{ memberId: 'm3', assessedBy: 'self' }]);
    expect(comparison.onlyInCurrent).toEqual([
      { memberId: 'm4', assessedBy: 'self' },
      { memberId: 'm1', assessedBy: 'supervisor' },
    ]);
  });

  it('gives the team’s change over the members assessed in both rounds', () => {
    expect(comparison.team).toHaveLength(1);
    const team = comparison.team[0]!;
    expect(team.memberCount).toBe(2);
    const [a, b] = team.areas[0]!.categories;
    // tech.a: m1 1 → 1.5, m2 2 → 1.5; means 1.5 → 1.5.
    expect(a).toEqual({
      categoryKey: 'tech.a',
      memberCount: 2,
      baselineMean: 1.5,
      currentMean: 1.5,
      delta: 0,
      improved: 1,
      declined: 1,
      unchanged: 0,
    });
    // tech.b: m1 2 → 2.5, m2 3 → 3; means 2.5 → 2.75.
    expect(b).toMatchObject({ baselineMean: 2.5, currentMean: 2.75, delta: 0.25, improved: 1, unchanged: 1 });
    // area: m1 1.5 → 2, m2 2.5 → 2.25; means 2 → 2.125.
    expect(team.areas[0]).toMatchObject({
      baselineMean: 2,
      currentMean: 2.125,
      delta: 0.125,
      improved: 1,
      declined: 1,
    });
    expect(team.counts).toEqual({
      categories: { improved: 1, declined: 0, unchanged: 1, notComparable: 0 },
      areas: { improved: 1, declined: 0, unchanged: 0, notComparable: 0 },
    });
  });

  it('calls an area unchanged when it is exactly equal, whatever floating point says', () => {
    const nine = aFramework([
      {
        key: 'tech',
        roleKey: 'implementer',
        categories: { a: ['s1', 's2', 's3'], b: ['s1', 's2', 's3'], c: ['s1', 's2', 's3'] },
      },
    ]);
    const rated = (values: RatingLevel[]) =>
      Object.fromEntries(
        values.map((value, i) => [`tech.${'abc'[Math.floor(i / 3)]}.s${(i % 3) + 1}`, value]),
      );
    // Categories 0, 0, 3 then 1, 4/3, 2/3: the area is exactly 1 both times.
    const result = compareRounds({
      baseline: { framework: nine, assessments: [anAssessment('m1', rated([0, 0, 0, 0, 0, 0, 3, 3, 3]))] },
      current: { framework: nine, assessments: [anAssessment('m1', rated([1, 1, 1, 1, 1, 2, 0, 1, 1]))] },
    });
    expect(result.members[0]!.areas[0]).toMatchObject({ baseline: 1, current: 1, delta: 0 });
    expect(result.members[0]!.counts.areas).toEqual({
      improved: 0,
      declined: 0,
      unchanged: 1,
      notComparable: 0,
    });
  });

  it('reports a duplicate assessment in either round and compares the first one', () => {
    const result = compareRounds({
      baseline,
      current: { ...current, assessments: [...current.assessments, anAssessment('m2', {})] },
    });
    expect(result.issues).toEqual([
      { code: 'duplicate-assessment', memberId: 'm2', assessedBy: 'self', round: 'current' },
    ]);
    expect(result.members[1]!.counts.categories.declined).toBe(1);
  });
});
