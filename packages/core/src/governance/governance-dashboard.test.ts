import { describe, expect, it } from 'vitest';
import { compareRounds } from '../assessment/comparison.js';
import { teamAggregatesForViewer, teamComparisonForViewer } from '../assessment/privacy.js';
import { aggregateTeam } from '../assessment/scoring.js';
import { defaultTargets } from '../assessment/targets.js';
import { aFramework, anAssessment } from '../assessment/test-builders.js';
import type { RoleCoverage } from '../team-structure/structure-checks.js';
import {
  activityProgress,
  anonymousFindings,
  areaFigures,
  planToReport,
  roleHolderCounts,
  rolesFilledByKind,
} from './governance-dashboard.js';

const coverage: RoleCoverage[] = [
  {
    roleKey: 'operational-lead',
    kind: 'core',
    holders: [{ memberId: 'm1', subRoleKey: null, status: 'current' }],
  },
  {
    roleKey: 'implementer',
    kind: 'core',
    holders: [
      { memberId: 'm2', subRoleKey: 'technical', status: 'current' },
      { memberId: 'm2', subRoleKey: 'functional', status: 'current' },
      { memberId: 'm3', subRoleKey: null, status: 'envisioned' },
    ],
  },
  { roleKey: 'trainer', kind: 'core', holders: [{ memberId: 'm3', subRoleKey: null, status: 'envisioned' }] },
  { roleKey: 'program-manager', kind: 'contributing', holders: [] },
];

describe('roles filled', () => {
  it('counts a role as filled only when someone holds it now, per kind of role', () => {
    expect(rolesFilledByKind(coverage)).toEqual([
      { kind: 'core', filled: 2, total: 3 },
      { kind: 'contributing', filled: 0, total: 1 },
      { kind: 'optional', filled: 0, total: 0 },
    ]);
  });

  it('counts people, not assignments, and never names them', () => {
    const counts = roleHolderCounts(coverage);
    expect(counts[1]).toEqual({
      roleKey: 'implementer',
      kind: 'core',
      currentHolders: 1,
      envisionedHolders: 1,
    });
    expect(JSON.stringify(counts)).not.toMatch(/m\d/);
  });

  it('keeps what a finding is about but drops whom', () => {
    const [finding] = anonymousFindings([
      {
        code: 'core-position-single-holder',
        severity: 'warning',
        roleKeys: ['trainer'],
        memberIds: ['m3'],
        params: {},
      },
    ]);
    expect(finding).toEqual({
      code: 'core-position-single-holder',
      severity: 'warning',
      roleKeys: ['trainer'],
      params: {},
    });
  });
});

describe('plan progress', () => {
  it('counts activities per status and year, completion over those not cancelled', () => {
    const { progress, byYear } = activityProgress({
      startYear: 2026,
      endYear: 2027,
      activities: [
        { status: 'completed', year: 2026 },
        { status: 'completed', year: 2026 },
        { status: 'in-progress', year: 2026 },
        { status: 'cancelled', year: 2026 },
        { status: 'planned', year: 2027 },
        { status: 'approved', year: 2025 },
      ],
    });
    expect(progress).toEqual({
      planned: 1,
      approved: 1,
      inProgress: 1,
      completed: 2,
      cancelled: 1,
      completionPercent: 40,
    });
    expect(byYear.map((line) => [line.year, line.completed, line.completionPercent])).toEqual([
      [2025, 0, 0],
      [2026, 2, 66],
      [2027, 0, 0],
    ]);
  });

  it('has no completion figure for a year without activities', () => {
    const { progress, byYear } = activityProgress({ startYear: 2026, endYear: 2026, activities: [] });
    expect(progress.completionPercent).toBeNull();
    expect(byYear).toEqual([
      {
        year: 2026,
        planned: 0,
        approved: 0,
        inProgress: 0,
        completed: 0,
        cancelled: 0,
        completionPercent: null,
      },
    ]);
  });

  it('reports on the plan covering this year, else the latest one', () => {
    const plans = [
      { id: 'a', startYear: 2022, endYear: 2024 },
      { id: 'b', startYear: 2025, endYear: 2027 },
      { id: 'c', startYear: 2028, endYear: 2029 },
    ];
    expect(planToReport(plans, 2026)?.id).toBe('b');
    expect(planToReport(plans, 2031)?.id).toBe('c');
    expect(planToReport([], 2026)).toBeUndefined();
  });
});

describe('area figures', () => {
  const framework = aFramework([
    { key: 'tech', roleKey: 'implementer', categories: { a: ['s1', 's2'] } },
    { key: 'train', roleKey: 'trainer', categories: { b: ['s1'] } },
  ]);
  const targets = defaultTargets({ framework });
  const baseline = [
    anAssessment('member-amina', { 'tech.a.s1': 1, 'tech.a.s2': 1, 'train.b.s1': 0 }),
    anAssessment('member-bruno', { 'tech.a.s1': 1, 'tech.a.s2': 2, 'train.b.s1': 1 }),
    anAssessment('member-chen', { 'tech.a.s1': 0, 'tech.a.s2': 0 }),
  ];
  const latest = [
    anAssessment('member-amina', { 'tech.a.s1': 2, 'tech.a.s2': 2, 'train.b.s1': 2 }),
    anAssessment('member-bruno', { 'tech.a.s1': 2, 'tech.a.s2': 3, 'train.b.s1': 3 }),
    anAssessment('member-chen', { 'tech.a.s1': 1, 'tech.a.s2': 1 }),
  ];
  const view = teamAggregatesForViewer({
    team: aggregateTeam({ framework, assessments: latest, targets }).team,
  });
  const change = teamComparisonForViewer({
    team: compareRounds({
      baseline: { framework, assessments: baseline },
      current: { framework, assessments: latest },
    }).team,
  });
  const names = new Map([
    ['tech', 'Implementer'],
    ['train', 'Trainer'],
  ]);

  it('gives the latest average and the change since the baseline for groups of 3 or more', () => {
    const [pointOfView] = areaFigures({ latest: view, sinceBaseline: change, areaNames: names });
    expect(pointOfView!.assessedBy).toBe('self');
    expect(pointOfView!.areas[0]).toEqual({
      areaKey: 'tech',
      name: 'Implementer',
      latest: { suppressed: false, memberCount: 3, mean: (2 + 2.5 + 1) / 3 },
      sinceBaseline: {
        suppressed: false,
        memberCount: 3,
        baselineMean: (1 + 1.5 + 0) / 3,
        currentMean: (2 + 2.5 + 1) / 3,
        delta: 1,
      },
    });
  });

  it('hides an area only two people were assessed on, now and against the baseline', () => {
    const [pointOfView] = areaFigures({ latest: view, sinceBaseline: change, areaNames: names });
    expect(pointOfView!.areas[1]).toEqual({
      areaKey: 'train',
      name: 'Trainer',
      latest: { suppressed: true, memberCount: null, mean: null },
      sinceBaseline: {
        suppressed: true,
        memberCount: null,
        baselineMean: null,
        currentMean: null,
        delta: null,
      },
    });
  });

  it('has no change when there is no baseline round', () => {
    const [pointOfView] = areaFigures({ latest: view, sinceBaseline: null, areaNames: names });
    expect(pointOfView!.areas.map((area) => area.sinceBaseline)).toEqual([null, null]);
    expect(JSON.stringify(pointOfView)).not.toMatch(/member-/);
  });
});
