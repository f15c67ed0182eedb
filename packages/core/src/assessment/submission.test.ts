import { describe, expect, it } from 'vitest';
import { NOT_APPLICABLE as NA, type Ratings } from './ratings.js';
import { checkSubmission, missingAnswers, progressByArea } from './submission.js';
import { aFramework } from './test-builders.js';

const framework = aFramework([
  { key: 'tech', roleKey: 'implementer', categories: { a: ['s1', 's2'], b: ['s1', 's2'] } },
  { key: 'train', roleKey: 'trainer', categories: { x: ['s1', 's2'] } },
]);
const ratings = {
  'tech.a.s1': 2,
  'tech.a.s2': NA,
  'tech.b.s1': 0,
  'train.x.s1': 3,
  'nowhere.s1': 1,
  'tech.b.s2': 7,
} as unknown as Ratings;

describe('missingAnswers', () => {
  it('lists the skills of the chosen areas that are neither rated nor N/A', () => {
    // tech.b.s2 holds a value off the scale, which is no answer.
    expect(missingAnswers({ framework, areaKeys: ['tech'], ratings })).toEqual(['tech.b.s2']);
    expect(missingAnswers({ framework, areaKeys: ['tech', 'train'], ratings: {} })).toEqual([
      'tech.a.s1',
      'tech.a.s2',
      'tech.b.s1',
      'tech.b.s2',
      'train.x.s1',
      'train.x.s2',
    ]);
  });

  it('finds nothing missing once every skill is rated or marked N/A', () => {
    expect(
      missingAnswers({ framework, areaKeys: ['train'], ratings: { 'train.x.s1': NA, 'train.x.s2': 0 } }),
    ).toEqual([]);
  });
});

describe('progressByArea', () => {
  it('counts answered skills (N/A included) out of the total, per chosen area', () => {
    expect(progressByArea({ framework, areaKeys: ['train', 'tech'], ratings })).toEqual([
      { areaKey: 'tech', answered: 3, total: 4 },
      { areaKey: 'train', answered: 1, total: 2 },
    ]);
  });
});

describe('checkSubmission', () => {
  it('reports answers that do not belong and areas that do not exist', () => {
    expect(checkSubmission({ framework, areaKeys: ['tech', 'ghost'], ratings })).toEqual({
      missing: ['tech.b.s2'],
      unexpected: [
        { skillKey: 'train.x.s1', reason: 'outside-areas' },
        { skillKey: 'nowhere.s1', reason: 'unknown-skill' },
        { skillKey: 'tech.b.s2', reason: 'invalid-rating' },
      ],
      unknownAreaKeys: ['ghost'],
    });
  });

  it('is empty for a complete, clean submission', () => {
    expect(
      checkSubmission({
        framework,
        areaKeys: ['train'],
        ratings: { 'train.x.s1': 1, 'train.x.s2': NA },
      }),
    ).toEqual({ missing: [], unexpected: [], unknownAreaKeys: [] });
  });
});
