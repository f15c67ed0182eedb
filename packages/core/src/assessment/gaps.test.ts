import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES_CATALOGUE } from '../team-structure/roles-catalogue.js';
import type { RoleAssignment } from '../team-structure/team-members.js';
import { priorityGaps } from './gaps.js';
import { NOT_APPLICABLE as NA, type Ratings } from './ratings.js';
import { defaultTargets, type CategoryTarget } from './targets.js';
import { aFramework } from './test-builders.js';

const framework = aFramework([
  { key: 'lead', roleKey: 'operational-lead', categories: { p: ['s1', 's2'], q: ['s1', 's2'] } },
  {
    key: 'tech',
    roleKey: 'implementer',
    subRoleKey: 'technical',
    categories: { a: ['s1', 's2'], b: ['s1', 's2', 's3'] },
  },
  { key: 'train', roleKey: 'trainer', categories: { w: ['s1', 's2'], x: ['s1', 's2'], y: ['s1', 's2'] } },
  { key: 'server', roleKey: 'server-administrator', categories: { z: ['s1', 's2'] } },
]);
const targets = defaultTargets({ framework });

const current = (roleKey: string, subRoleKey: string | null = null): RoleAssignment => ({
  roleKey,
  subRoleKey,
  status: 'current',
});
const envisioned = (roleKey: string, subRoleKey: string | null = null): RoleAssignment => ({
  roleKey,
  subRoleKey,
  status: 'envisioned',
});

const ratings: Ratings = {
  // tech.a: 1 → gap 1
  'tech.a.s1': 1,
  'tech.a.s2': 1,
  // tech.b: (3 + 1) / 2 = 2 → at target, no gap
  'tech.b.s1': 3,
  'tech.b.s2': NA,
  'tech.b.s3': 1,
  // train.w: never rated
  // train.x: 1 → gap 1
  'train.x.s1': 1,
  'train.x.s2': 1,
  // train.y: 0.5 → gap 1.5
  'train.y.s1': 0,
  'train.y.s2': 1,
  // lead.p: 0 → gap 2
  'lead.p.s1': 0,
  'lead.p.s2': 0,
  // lead.q: N/A throughout → no score
  'lead.q.s1': NA,
  'lead.q.s2': NA,
  // server.z: 1.5 → gap 0.5
  'server.z.s1': 1,
  'server.z.s2': 2,
};

const gapsFor = (
  assignments: RoleAssignment[],
  input: { ratings?: Ratings; targets?: CategoryTarget[] } = {},
) =>
  priorityGaps({
    framework,
    roles: DEFAULT_ROLES_CATALOGUE,
    targets: input.targets ?? targets,
    assignments,
    ratings: input.ratings ?? ratings,
  });

describe('defaultTargets', () => {
  it('expects level 2 in every category of a role’s own area, or the level given', () => {
    expect(targets).toHaveLength(8);
    expect(targets[2]).toEqual({
      roleKey: 'implementer',
      subRoleKey: 'technical',
      categoryKey: 'tech.a',
      level: 2,
    });
    expect(defaultTargets({ framework, level: 3 }).every((target) => target.level === 3)).toBe(true);
  });
});

describe('priorityGaps', () => {
  const member = [
    envisioned('operational-lead'),
    current('trainer'),
    envisioned('server-administrator'),
    current('implementer', 'technical'),
  ];

  it('lists current roles first, then the biggest gap, then the build order, then the category order', () => {
    const { gaps } = gapsFor(member);
    expect(gaps.map((gap) => [gap.categoryKey, gap.status, gap.roleKey, gap.score, gap.gap])).toEqual([
      ['train.y', 'current', 'trainer', 0.5, 1.5],
      ['tech.a', 'current', 'implementer', 1, 1], // same gap as train.x: implementer comes before trainer
      ['train.x', 'current', 'trainer', 1, 1],
      ['lead.p', 'envisioned', 'operational-lead', 0, 2], // the biggest gap, but for an envisioned role
      ['server.z', 'envisioned', 'server-administrator', 1.5, 0.5],
    ]);
  });

  it('names the skills below target, the ones to work on', () => {
    const { gaps } = gapsFor(member);
    expect(gaps.find((gap) => gap.categoryKey === 'server.z')).toMatchObject({
      target: 2,
      subRoleKey: null,
      skillsBelowTarget: [{ skillKey: 'server.z.s1', rating: 1 }],
    });
    expect(gaps.find((gap) => gap.categoryKey === 'tech.a')!.subRoleKey).toBe('technical');
  });

  it('reports unscored categories as not assessed, never as gaps', () => {
    const { gaps, notAssessed } = gapsFor(member);
    expect(gaps.map((gap) => gap.categoryKey)).not.toContain('lead.q');
    expect(gaps.map((gap) => gap.categoryKey)).not.toContain('train.w');
    expect(notAssessed).toEqual([
      {
        categoryKey: 'train.w',
        areaKey: 'train',
        roleKey: 'trainer',
        subRoleKey: null,
        status: 'current',
        target: 2,
        reason: 'not-rated',
      },
      {
        categoryKey: 'lead.q',
        areaKey: 'lead',
        roleKey: 'operational-lead',
        subRoleKey: null,
        status: 'envisioned',
        target: 2,
        reason: 'all-not-applicable',
      },
    ]);
  });

  it('breaks ties on exactly equal gaps, which floating point would tell apart', () => {
    const thirds = aFramework([
      { key: 'tech', roleKey: 'implementer', categories: { a: ['s1', 's2', 's3'] } },
      { key: 'train', roleKey: 'trainer', categories: { a: ['s1', 's2', 's3'] } },
    ]);
    expect(3 - 7 / 3).toBeLessThan(2 - 4 / 3); // the trap
    const { gaps } = priorityGaps({
      framework: thirds,
      roles: DEFAULT_ROLES_CATALOGUE,
      targets: [
        { roleKey: 'implementer', subRoleKey: null, categoryKey: 'tech.a', level: 3 },
        { roleKey: 'trainer', subRoleKey: null, categoryKey: 'train.a', level: 2 },
      ],
      assignments: [current('trainer'), current('implementer')],
      // tech.a = 7/3 against 3, train.a = 4/3 against 2: both exactly 2/3 short.
      ratings: {
        'tech.a.s1': 2,
        'tech.a.s2': 2,
        'tech.a.s3': 3,
        'train.a.s1': 1,
        'train.a.s2': 1,
        'train.a.s3': 2,
      },
    });
    expect(gaps.map((gap) => [gap.categoryKey, gap.target])).toEqual([
      ['tech.a', 3],
      ['train.a', 2],
    ]);
  });

  it('lists a category several roles expect once, at its highest priority', () => {
    const { gaps } = gapsFor([current('implementer', 'technical'), envisioned('operational-lead')], {
      targets: [
        ...targets,
        { roleKey: 'operational-lead', subRoleKey: null, categoryKey: 'tech.a', level: 3 },
      ],
    });
    expect(gaps.filter((gap) => gap.categoryKey === 'tech.a')).toEqual([
      expect.objectContaining({ status: 'current', roleKey: 'implementer', target: 2, gap: 1 }),
    ]);
  });

  it('has nothing to say about the areas of roles the member does not hold', () => {
    const { gaps, notAssessed } = gapsFor([current('server-administrator')]);
    expect(gaps.map((gap) => gap.categoryKey)).toEqual(['server.z']);
    expect(notAssessed).toEqual([]);
  });

  it('reports no gap for a category at or above target', () => {
    const { gaps } = gapsFor([current('implementer', 'technical')], {
      ratings: { ...ratings, 'tech.a.s1': 3, 'tech.a.s2': 2 },
    });
    expect(gaps).toEqual([]);
  });
});
