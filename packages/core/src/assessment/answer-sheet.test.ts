import { describe, expect, it } from 'vitest';
import {
  aggregateTeamFromSheets,
  answerSheetOf,
  ratingsOfAnswerSheet,
  readAnswerSheet,
  scoreRoundFromSheets,
  type AnswerSheet,
} from './answer-sheet.js';
import { compareRounds, compareRoundsFromSheets, compareTeamsFromSheets } from './comparison.js';
import type { AssessmentFramework } from './framework.js';
import { ASSESSOR_KINDS, NOT_APPLICABLE as NA, type MemberAssessment, type Rating } from './ratings.js';
import { aggregateTeam, scoreRound } from './scoring.js';
import { defaultTargets, type CategoryTarget } from './targets.js';
import { aFramework, anAssessment } from './test-builders.js';

const framework = aFramework([
  {
    key: 'tech',
    roleKey: 'implementer',
    subRoleKey: 'technical',
    categories: { a: ['s1', 's2', 's3'], b: ['s1', 's2'], c: ['s1', 's2', 's3', 's4', 's5', 's6'] },
  },
  { key: 'train', roleKey: 'trainer', categories: { x: ['s1'], y: ['s1', 's2', 's3', 's4'] } },
]);
const targets = defaultTargets({ framework });
const skillKeys = framework.areas.flatMap((area) =>
  area.categories.flatMap((category) => category.skills.map((skill) => skill.key)),
);

/** A small deterministic generator (mulberry32): the same "random" rounds on every run. */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About 1 in 8 skills unanswered, 1 in 6 N/A, some categories N/A throughout. */
function someRatings(next: () => number, keys: readonly string[]): Record<string, Rating> {
  const ratings: Record<string, Rating> = {};
  const allNotApplicable = next() < 0.2 ? keys.find((key) => key.includes('.b.')) : undefined;
  for (const key of keys) {
    const draw = next();
    if (allNotApplicable && key.startsWith(allNotApplicable.slice(0, -2))) ratings[key] = NA;
    else if (draw < 0.125) continue;
    else ratings[key] = draw < 0.29 ? NA : (Math.floor(next() * 4) as Rating);
  }
  return ratings;
}

function aRandomRound(seed: number, size: number, keys = skillKeys): MemberAssessment[] {
  const next = randomNumbers(seed);
  return Array.from({ length: size }, (_, index) =>
    anAssessment(
      // A few members twice from the same point of view: duplicates to be left out and reported.
      `m${index % Math.max(1, size - 3)}`,
      someRatings(next, keys),
      ASSESSOR_KINDS[Math.floor(next() * ASSESSOR_KINDS.length)]!,
    ),
  );
}

const asSheets = (of: AssessmentFramework, assessments: readonly MemberAssessment[]) =>
  assessments.map(({ memberId, assessedBy, ratings }) => ({
    memberId,
    assessedBy,
    // Written and read back, as a stored sheet is.
    sheet: readAnswerSheet({ framework: of, text: answerSheetOf({ framework: of, ratings }) })!,
  }));

describe('answerSheetOf', () => {
  it('writes one mark per skill in framework order: the level, n for N/A, - for no answer', () => {
    const sheet = answerSheetOf({
      framework,
      ratings: { 'tech.a.s1': 3, 'tech.a.s2': NA, 'tech.b.s2': 0, 'train.y.s4': 1 },
    });
    expect(sheet).toBe('3n--0------' + '-' + '---1');
    expect(sheet).toHaveLength(skillKeys.length);
  });

  it('counts a value off the scale, an unknown skill or an inherited property as no answer', () => {
    const ratings = JSON.parse('{"tech.a.s1": 4, "tech.a.s2": "3", "other.skill": 2}') as Record<
      string,
      Rating
    >;
    const frameworkWithOddKey = aFramework([{ key: 'x', roleKey: 'trainer', categories: { y: ['s1'] } }]);
    frameworkWithOddKey.areas[0]!.categories[0]!.skills[0]!.key = 'constructor';
    expect(answerSheetOf({ framework, ratings })).toBe('-'.repeat(skillKeys.length));
    expect(answerSheetOf({ framework: frameworkWithOddKey, ratings: {} })).toBe('-');
  });
});

describe('readAnswerSheet', () => {
  it('accepts a sheet with one valid mark per skill and gives the same answers back', () => {
    const ratings = { 'tech.a.s1': 3, 'tech.a.s2': NA, 'train.y.s4': 0 } as const;
    const sheet = readAnswerSheet({ framework, text: answerSheetOf({ framework, ratings }) });
    expect(sheet).not.toBeNull();
    expect({ ...ratingsOfAnswerSheet({ framework, sheet: sheet! }) }).toEqual(ratings);
  });

  it('refuses a sheet of another length or with a mark it does not know', () => {
    expect(readAnswerSheet({ framework, text: '-'.repeat(skillKeys.length - 1) })).toBeNull();
    expect(readAnswerSheet({ framework, text: '-'.repeat(skillKeys.length + 1) })).toBeNull();
    expect(readAnswerSheet({ framework, text: '4' + '-'.repeat(skillKeys.length - 1) })).toBeNull();
    expect(readAnswerSheet({ framework, text: 'N' + '-'.repeat(skillKeys.length - 1) })).toBeNull();
  });
});

describe('scoring from answer sheets', () => {
  it('gives the hand-computed scores: N/A left out, an all-N/A category without a score', () => {
    const assessments = [
      anAssessment('ana', {
        'tech.a.s1': 3,
        'tech.a.s2': NA,
        'tech.a.s3': 1,
        'tech.b.s1': NA,
        'tech.b.s2': NA,
      }),
      anAssessment('ana', { 'tech.a.s1': 1, 'tech.a.s2': 1, 'tech.a.s3': 1 }, 'supervisor'),
      anAssessment('bruno', { 'tech.a.s1': 2, 'tech.a.s2': 2, 'tech.a.s3': 3 }),
    ];
    const scores = scoreRoundFromSheets({
      framework,
      assessments: asSheets(framework, assessments),
      targets,
    });
    const [ana] = scores.members;
    expect(ana!.profile.areas[0]!.categories.slice(0, 2)).toEqual([
      { categoryKey: 'tech.a', score: 2, rated: 2, notApplicable: 1, unanswered: 0 },
      { categoryKey: 'tech.b', score: null, rated: 0, notApplicable: 2, unanswered: 0 },
    ]);
    expect(ana!.profile.areas[0]!.score).toBe(2);
    // Self: ana 2 and bruno 7/3; the supervisor's 1 is never mixed in.
    const self = scores.team.find((team) => team.assessedBy === 'self')!;
    expect(self.areas[0]!.categories[0]).toMatchObject({
      memberCount: 2,
      min: 2,
      max: 7 / 3,
      atOrAboveTarget: 2,
    });
    expect(self.areas[0]!.categories[0]!.mean).toBeCloseTo(13 / 6, 12);
  });

  it('gives exactly what scoreRound and aggregateTeam give for the same answers', () => {
    const someTargets: CategoryTarget[] = [
      ...targets,
      { roleKey: 'trainer', subRoleKey: null, categoryKey: 'train.y', level: 3 },
      { roleKey: 'implementer', subRoleKey: 'technical', categoryKey: 'tech.c', level: 1 },
    ];
    for (const [seed, size] of [
      [1, 1],
      [2, 4],
      [3, 25],
      [4, 120],
      [5, 400],
    ] as const) {
      const assessments = aRandomRound(seed, size);
      const sheets = asSheets(framework, assessments);
      const input = { framework, targets: someTargets };
      expect(scoreRoundFromSheets({ ...input, assessments: sheets })).toEqual(
        scoreRound({ ...input, assessments }),
      );
      expect(aggregateTeamFromSheets({ ...input, assessments: sheets })).toEqual(
        aggregateTeam({ ...input, assessments }),
      );
    }
  });

  it('reports the same duplicate assessments as scoreRound', () => {
    const assessments = [anAssessment('m1', { 'tech.a.s1': 1 }), anAssessment('m1', { 'tech.a.s1': 3 })];
    const scores = scoreRoundFromSheets({
      framework,
      assessments: asSheets(framework, assessments),
      targets,
    });
    expect(scores.issues).toEqual([{ code: 'duplicate-assessment', memberId: 'm1', assessedBy: 'self' }]);
    expect(scores.members).toHaveLength(1);
  });
});

describe('comparing rounds from answer sheets', () => {
  // Version 2 drops tech.a.s3, moves tech.c.s6 to train.y and adds train.z.
  const version2 = aFramework(
    [
      {
        key: 'tech',
        roleKey: 'implementer',
        subRoleKey: 'technical',
        categories: { a: ['s1', 's2'], b: ['s1', 's2'], c: ['s1', 's2', 's3', 's4', 's5'] },
      },
      { key: 'train', roleKey: 'trainer', categories: { x: ['s1'], y: ['s1', 's2', 's3', 's4'], z: ['s1'] } },
    ],
    { version: '2' },
  );
  version2.areas[1]!.categories[1]!.skills.push({ key: 'tech.c.s6', name: 'Moved', description: 'Moved.' });
  const version2Keys = version2.areas.flatMap((area) =>
    area.categories.flatMap((category) => category.skills.map((skill) => skill.key)),
  );

  it('gives exactly what compareRounds gives, within one framework version and across two', () => {
    for (const [seed, currentFramework, keys] of [
      [11, framework, skillKeys],
      [12, version2, version2Keys],
      [13, version2, version2Keys],
    ] as const) {
      const baseline = aRandomRound(seed, 60);
      const current = aRandomRound(seed + 100, 70, keys);
      const expected = compareRounds({
        baseline: { framework, assessments: baseline },
        current: { framework: currentFramework, assessments: current },
      });
      const fromSheets = {
        baseline: { framework, assessments: asSheets(framework, baseline) },
        current: { framework: currentFramework, assessments: asSheets(currentFramework, current) },
      };
      expect(compareRoundsFromSheets(fromSheets)).toEqual(expected);
      const { members: _members, ...teamOnly } = expected;
      expect(compareTeamsFromSheets(fromSheets)).toEqual(teamOnly);
      expect(expected.members.length).toBeGreaterThan(0);
    }
  });

  it('reads a moved skill at its place in each version', () => {
    const baseline = [anAssessment('m1', { 'tech.c.s6': 1 })];
    const current = [anAssessment('m1', { 'tech.c.s6': 3 })];
    const comparison = compareRoundsFromSheets({
      baseline: { framework, assessments: asSheets(framework, baseline) },
      current: { framework: version2, assessments: asSheets(version2, current) },
    });
    const moved = comparison.members[0]!.areas[1]!.categories.find(
      (category) => category.categoryKey === 'train.y',
    )!;
    expect(moved.skills.at(-1)).toEqual({ skillKey: 'tech.c.s6', baseline: 1, current: 3, delta: 2 });
    expect(comparison.removedSkillKeys).toEqual(['tech.a.s3']);
    expect(comparison.addedSkillKeys).toEqual(['train.z.s1']);
  });
});

// The type is a branded string: a plain string is not a sheet until it has been checked.
// @ts-expect-error a string has not been checked against a framework
const unchecked: AnswerSheet = '---';
void unchecked;
