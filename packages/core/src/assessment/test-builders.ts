import { DEFAULT_RATING_SCALE } from './default-framework.js';
import type { AssessmentFramework, FrameworkArea } from './framework.js';
import type { AssessorKind, MemberAssessment, Ratings } from './ratings.js';

/**
 * Small builders for the assessment tests. An outline `{ key: 'tech', roleKey: 'implementer',
 * categories: { a: ['s1', 's2'] } }` becomes area `tech`, category `tech.a`, skills `tech.a.s1` and
 * `tech.a.s2`, with generated names and descriptions.
 */
export interface AreaOutline {
  key: string;
  roleKey: string;
  subRoleKey?: string | null;
  categories: Record<string, string[]>;
}

export function anArea({ key, roleKey, subRoleKey = null, categories }: AreaOutline): FrameworkArea {
  return {
    key,
    name: `Area ${key}`,
    description: `What ${key} covers.`,
    roleKey,
    subRoleKey,
    categories: Object.entries(categories).map(([categoryKey, skills]) => ({
      key: `${key}.${categoryKey}`,
      name: `Category ${categoryKey}`,
      description: `What ${key}.${categoryKey} covers.`,
      skills: skills.map((skillKey) => ({
        key: `${key}.${categoryKey}.${skillKey}`,
        name: `Skill ${skillKey}`,
        description: `What ${key}.${categoryKey}.${skillKey} means.`,
      })),
    })),
  };
}

export function aFramework(
  areas: AreaOutline[],
  overrides: Partial<AssessmentFramework> = {},
): AssessmentFramework {
  return {
    key: 'test-framework',
    version: '1',
    name: 'Test framework',
    description: 'A framework for tests.',
    ratingScale: DEFAULT_RATING_SCALE,
    areas: areas.map(anArea),
    ...overrides,
  };
}

export function anAssessment(
  memberId: string,
  ratings: Ratings,
  assessedBy: AssessorKind = 'self',
): MemberAssessment {
  return { memberId, assessedBy, ratings };
}
