import type { FrameworkOutline } from '@coreteam/core';

/** Names of a round's areas, categories and skills, looked up by key (the key when unknown). */
export interface FrameworkLabels {
  area(key: string): string;
  category(key: string): string;
  skill(key: string): string;
}

export function frameworkLabels(...outlines: FrameworkOutline[]): FrameworkLabels {
  const areas = new Map<string, string>();
  const categories = new Map<string, string>();
  const skills = new Map<string, string>();
  // The first outline wins: the round's own names come before a baseline's older ones.
  for (const outline of outlines) {
    for (const area of outline.areas) {
      if (!areas.has(area.key)) areas.set(area.key, area.name);
      for (const category of area.categories) {
        if (!categories.has(category.key)) categories.set(category.key, category.name);
        for (const skill of category.skills) if (!skills.has(skill.key)) skills.set(skill.key, skill.name);
      }
    }
  }
  return {
    area: (key) => areas.get(key) ?? key,
    category: (key) => categories.get(key) ?? key,
    skill: (key) => skills.get(key) ?? key,
  };
}
