import { concernsAssignment, type AssessmentFramework } from './framework.js';
import type { FrameworkIndex } from './framework-index.js';
import type { RatingLevel } from './ratings.js';

/**
 * The level a holder of a role is expected to reach in a skill category. A team may expect some
 * level outside a role's own area too (an Operational Lead who can read a dashboard), and may set
 * a different level for one sub-role (`subRoleKey`; null means every holder of the role).
 */
export interface CategoryTarget {
  roleKey: string;
  subRoleKey: string | null;
  categoryKey: string;
  level: RatingLevel;
}

/** "Works independently": what the framework expects of a role holder in their own area. */
export const DEFAULT_TARGET_LEVEL: RatingLevel = 2;

/** One target per category of the framework, for the role of the category's own area. */
export function defaultTargets({
  framework,
  level = DEFAULT_TARGET_LEVEL,
}: {
  framework: AssessmentFramework;
  level?: RatingLevel;
}): CategoryTarget[] {
  return framework.areas.flatMap((area) =>
    area.categories.map((category) => ({
      roleKey: area.roleKey,
      subRoleKey: area.subRoleKey,
      categoryKey: category.key,
      level,
    })),
  );
}

/**
 * For each category (by index position), the level expected of the holders of its own area's
 * role: what a team view measures "at or above target" against. When several targets apply, the
 * highest counts; null when none does.
 */
export function ownAreaTargetLevels(
  index: FrameworkIndex,
  targets: readonly CategoryTarget[],
): (RatingLevel | null)[] {
  const levels: (RatingLevel | null)[] = index.categories.map(() => null);
  for (const target of targets) {
    const categoryIndex = index.categoryIndexByKey.get(target.categoryKey);
    if (categoryIndex === undefined) continue;
    const area = index.areas[index.categories[categoryIndex]!.areaIndex]!.area;
    if (!concernsAssignment(target, area)) continue;
    const current = levels[categoryIndex] ?? null;
    if (current === null || target.level > current) levels[categoryIndex] = target.level;
  }
  return levels;
}
