import { describe, expect, it } from 'vitest';
import { compareRounds } from './comparison.js';
import { MINIMUM_GROUP_SIZE, teamAggregatesForViewer, teamComparisonForViewer } from './privacy.js';
import { aggregateTeam } from './scoring.js';
import { defaultTargets } from './targets.js';
import { aFramework, anAssessment } from './test-builders.js';

const framework = aFramework([
  { key: 'tech', roleKey: 'implementer', categories: { a: ['s1', 's2'], b: ['s1', 's2'] } },
]);
// tech.a is rated by two people only; tech.b by three.
const assessments = [
  anAssessment('member-amina', { 'tech.a.s1': 1, 'tech.a.s2': 1, 'tech.b.s1': 1, 'tech.b.s2': 2 }),
  anAssessment('member-bruno', { 'tech.a.s1': 3, 'tech.a.s2': 3, 'tech.b.s1': 2, 'tech.b.s2': 2 }),
  anAssessment('member-chen', { 'tech.b.s1': 3, 'tech.b.s2': 3 }),
];
const { team } = aggregateTeam({ framework, assessments, targets: defaultTargets({ framework }) });

describe('teamAggregatesForViewer', () => {
  const [view] = teamAggregatesForViewer({ team });

  it('suppresses a figure made from fewer than 3 people, keeping only the target', () => {
    expect(MINIMUM_GROUP_SIZE).toBe(3);
    expect(view!.areas[0]!.categories[0]).toEqual({
      categoryKey: 'tech.a',
      suppressed: true,
      memberCount: null,
      mean: null,
      min: null,
      max: null,
      target: 2,
      atOrAboveTarget: null,
    });
  });

  it('shows a figure made from 3 people or more', () => {
    // tech.b: 1.5, 2, 3.
    expect(view!.areas[0]!.categories[1]).toEqual({
      categoryKey: 'tech.b',
      suppressed: false,
      memberCount: 3,
      mean: 6.5 / 3,
      min: 1.5,
      max: 3,
      target: 2,
      atOrAboveTarget: 2,
    });
    // Area: amina (1 + 1.5) / 2 = 1.25, bruno (3 + 2) / 2 = 2.5, chen 3.
    expect(view!.areas[0]).toMatchObject({
      suppressed: false,
      memberCount: 3,
      mean: 6.75 / 3,
      min: 1.25,
      max: 3,
    });
  });

  it('never contains a member id', () => {
    const text = JSON.stringify(teamAggregatesForViewer({ team }));
    expect(text).not.toMatch(/member-/);
    expect(text).not.toMatch(/memberId/);
  });

  it('accepts a stricter threshold but never a looser one', () => {
    expect(teamAggregatesForViewer({ team, minimumGroupSize: 4 })[0]!.areas[0]!.suppressed).toBe(true);
    expect(
      teamAggregatesForViewer({ team, minimumGroupSize: 1 })[0]!.areas[0]!.categories[0]!.suppressed,
    ).toBe(true);
  });
});

describe('teamComparisonForViewer', () => {
  it('suppresses changes measured on fewer than 3 people and drops everything per member', () => {
    const comparison = compareRounds({
      baseline: { framework, assessments },
      current: {
        framework,
        assessments: assessments.map((a) => ({ ...a, ratings: { ...a.ratings, 'tech.b.s1': 3 } })),
      },
    });
    const [view] = teamComparisonForViewer({ team: comparison.team });
    expect(view!.areas[0]!.categories[0]).toEqual({
      categoryKey: 'tech.a',
      suppressed: true,
      memberCount: null,
      baselineMean: null,
      currentMean: null,
      delta: null,
      improved: null,
      declined: null,
      unchanged: null,
    });
    // tech.b: amina 1.5 → 2.5, bruno 2 → 2.5, chen 3 → 3.
    expect(view!.areas[0]!.categories[1]).toMatchObject({
      suppressed: false,
      memberCount: 3,
      baselineMean: 6.5 / 3,
      currentMean: 8 / 3,
      improved: 2,
      unchanged: 1,
    });
    expect(JSON.stringify(view)).not.toMatch(/member-/);
  });
});
