import type { AssessmentFramework, FrameworkArea, Skill, SkillCategory } from './framework.js';

/** A framework flattened once for constant-time lookups by key and by position. */
export interface FrameworkIndex {
  readonly framework: AssessmentFramework;
  readonly areas: readonly IndexedArea[];
  /** Every category of the framework, in framework order (area by area). */
  readonly categories: readonly IndexedCategory[];
  readonly areaIndexByKey: ReadonlyMap<string, number>;
  readonly categoryIndexByKey: ReadonlyMap<string, number>;
  readonly skillByKey: ReadonlyMap<string, IndexedSkill>;
  /** Every skill of every category, flattened in framework order, for single-pass scoring. */
  readonly skillKeys: readonly string[];
  /** The category position of each entry of skillKeys. */
  readonly skillCategoryIndexes: Int32Array;
  /** The largest number of skills in one category. */
  readonly maxSkillsPerCategory: number;
}

export interface IndexedArea {
  readonly area: FrameworkArea;
  readonly categoryIndexes: readonly number[];
}

export interface IndexedCategory {
  readonly category: SkillCategory;
  readonly areaIndex: number;
}

export interface IndexedSkill {
  readonly skill: Skill;
  readonly categoryIndex: number;
}

// Frameworks are immutable values, so the index of one can be kept for as long as it lives.
const indexes = new WeakMap<AssessmentFramework, FrameworkIndex>();

/**
 * The index of a framework. When a key is repeated (validateFramework reports it) the first
 * element with that key wins.
 */
export function indexFramework(framework: AssessmentFramework): FrameworkIndex {
  const cached = indexes.get(framework);
  if (cached) return cached;

  const areas: IndexedArea[] = [];
  const categories: IndexedCategory[] = [];
  const areaIndexByKey = new Map<string, number>();
  const categoryIndexByKey = new Map<string, number>();
  const skillByKey = new Map<string, IndexedSkill>();
  const skillKeys: string[] = [];
  const categoryOfSkill: number[] = [];
  let maxSkillsPerCategory = 0;

  framework.areas.forEach((area, areaIndex) => {
    if (!areaIndexByKey.has(area.key)) areaIndexByKey.set(area.key, areaIndex);
    const categoryIndexes: number[] = [];
    for (const category of area.categories) {
      const categoryIndex = categories.length;
      categories.push({ category, areaIndex });
      categoryIndexes.push(categoryIndex);
      if (!categoryIndexByKey.has(category.key)) categoryIndexByKey.set(category.key, categoryIndex);
      maxSkillsPerCategory = Math.max(maxSkillsPerCategory, category.skills.length);
      for (const skill of category.skills) {
        if (!skillByKey.has(skill.key)) skillByKey.set(skill.key, { skill, categoryIndex });
        skillKeys.push(skill.key);
        categoryOfSkill.push(categoryIndex);
      }
    }
    areas.push({ area, categoryIndexes });
  });

  const index: FrameworkIndex = {
    framework,
    areas,
    categories,
    areaIndexByKey,
    categoryIndexByKey,
    skillByKey,
    skillKeys,
    skillCategoryIndexes: Int32Array.from(categoryOfSkill),
    maxSkillsPerCategory,
  };
  indexes.set(framework, index);
  return index;
}
