import type { FrameworkDocument } from '@coreteam/core';

/*
 * A framework being edited: the document's tree with, on every element, an id for the screen
 * (stable while keys change) and whether it is new. A new element's key follows its name until
 * someone edits the key; an existing key never changes, because it is the element's identity
 * across versions (ratings are compared through it).
 */

export interface DraftSkill {
  uid: string;
  isNew: boolean;
  /** The key was typed by hand: stop deriving it from the name. */
  keyEdited: boolean;
  key: string;
  name: string;
  description: string;
}

export interface DraftCategory extends DraftSkill {
  skills: DraftSkill[];
}

export interface DraftArea extends DraftSkill {
  roleKey: string;
  subRoleKey: string | null;
  categories: DraftCategory[];
}

export interface FrameworkDraft {
  document: FrameworkDocument;
  areas: DraftArea[];
  /** Target levels by `roleKey/subRoleKey/categoryUid`; absent means no target. */
  targets: Record<string, number>;
  /** Targets for role columns no area has any more, kept as they were. */
  otherTargets: FrameworkDocument['targets'];
}

let nextUid = 0;
const newUid = () => `element-${++nextUid}`;

export function roleColumnId(roleKey: string, subRoleKey: string | null): string {
  return `${roleKey}/${subRoleKey ?? ''}`;
}

export function targetId(roleKey: string, subRoleKey: string | null, categoryUid: string): string {
  return `${roleColumnId(roleKey, subRoleKey)}/${categoryUid}`;
}

/** The roles (and sub-roles) that have an area: the columns of the targets table, in area order. */
export function roleColumns(areas: readonly DraftArea[]): { roleKey: string; subRoleKey: string | null }[] {
  const seen = new Set<string>();
  const columns: { roleKey: string; subRoleKey: string | null }[] = [];
  for (const area of areas) {
    const id = roleColumnId(area.roleKey, area.subRoleKey);
    if (area.roleKey === '' || seen.has(id)) continue;
    seen.add(id);
    columns.push({ roleKey: area.roleKey, subRoleKey: area.subRoleKey });
  }
  return columns;
}

export function draftOf(document: FrameworkDocument): FrameworkDraft {
  const uidByCategoryKey = new Map<string, string>();
  const areas: DraftArea[] = document.areas.map((area) => ({
    uid: newUid(),
    isNew: false,
    keyEdited: false,
    key: area.key,
    name: area.name,
    description: area.description,
    roleKey: area.roleKey,
    subRoleKey: area.subRoleKey,
    categories: area.categories.map((category) => {
      const uid = newUid();
      uidByCategoryKey.set(category.key, uid);
      return {
        uid,
        isNew: false,
        keyEdited: false,
        key: category.key,
        name: category.name,
        description: category.description,
        skills: category.skills.map((skill) => ({
          uid: newUid(),
          isNew: false,
          keyEdited: false,
          key: skill.key,
          name: skill.name,
          description: skill.description,
        })),
      };
    }),
  }));
  const columns = new Set(
    roleColumns(areas).map((column) => roleColumnId(column.roleKey, column.subRoleKey)),
  );
  const targets: Record<string, number> = {};
  const otherTargets: FrameworkDocument['targets'] = [];
  for (const target of document.targets) {
    const categoryUid = uidByCategoryKey.get(target.categoryKey);
    if (categoryUid && columns.has(roleColumnId(target.roleKey, target.subRoleKey))) {
      targets[targetId(target.roleKey, target.subRoleKey, categoryUid)] = target.level;
    } else {
      otherTargets.push(target);
    }
  }
  return { document, areas, targets, otherTargets };
}

/** The document to save, in the order shown; targets in category order, then the others. */
export function documentOf(draft: FrameworkDraft): FrameworkDocument {
  const columns = roleColumns(draft.areas);
  const categories = draft.areas.flatMap((area) => area.categories);
  const targets: FrameworkDocument['targets'] = [];
  for (const category of categories) {
    for (const column of columns) {
      const level = draft.targets[targetId(column.roleKey, column.subRoleKey, category.uid)];
      if (level !== undefined) {
        targets.push({
          roleKey: column.roleKey,
          subRoleKey: column.subRoleKey,
          categoryKey: category.key,
          level,
        });
      }
    }
  }
  return {
    ...draft.document,
    areas: draft.areas.map((area) => ({
      key: area.key,
      name: area.name,
      description: area.description,
      roleKey: area.roleKey,
      subRoleKey: area.subRoleKey,
      categories: area.categories.map((category) => ({
        key: category.key,
        name: category.name,
        description: category.description,
        skills: category.skills.map((skill) => ({
          key: skill.key,
          name: skill.name,
          description: skill.description,
        })),
      })),
    })),
    targets: [...targets, ...draft.otherTargets],
  };
}

/** "Create & manage user roles" → "create-manage-user-roles" (accents folded, at most 60 characters). */
export function kebabCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Every key in the draft, for keeping a generated key unique. */
export function keysInDraft(areas: readonly DraftArea[], except?: string): Set<string> {
  const keys = new Set<string>();
  for (const area of areas) {
    if (area.uid !== except) keys.add(area.key);
    for (const category of area.categories) {
      if (category.uid !== except) keys.add(category.key);
      for (const skill of category.skills) if (skill.uid !== except) keys.add(skill.key);
    }
  }
  return keys;
}

/** The parent's key, a dot and the kebab-cased name, with -2, -3… when it is taken. */
export function generatedKey(
  parentKey: string | null,
  name: string,
  taken: ReadonlySet<string>,
  fallback: string,
) {
  const base = `${parentKey ? `${parentKey}.` : ''}${kebabCase(name) || fallback}`;
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function moved<T>(list: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

export function newSkill(parentKey: string, taken: ReadonlySet<string>, name = ''): DraftSkill {
  return {
    uid: newUid(),
    isNew: true,
    keyEdited: false,
    key: generatedKey(parentKey, name, taken, 'new-skill'),
    name,
    description: '',
  };
}

export function newCategory(parentKey: string, taken: ReadonlySet<string>): DraftCategory {
  return {
    uid: newUid(),
    isNew: true,
    keyEdited: false,
    key: generatedKey(parentKey, '', taken, 'new-category'),
    name: '',
    description: '',
    skills: [],
  };
}

export function newArea(taken: ReadonlySet<string>, roleKey: string): DraftArea {
  return {
    uid: newUid(),
    isNew: true,
    keyEdited: false,
    key: generatedKey(null, '', taken, 'new-area'),
    name: '',
    description: '',
    roleKey,
    subRoleKey: null,
    categories: [],
  };
}

/**
 * Renames an element; a new one whose key was not typed by hand gets a key from the new name.
 * A new area or category passes its new key on to its new children that follow it.
 */
export function renamed(areas: readonly DraftArea[], uid: string, name: string): DraftArea[] {
  const taken = keysInDraft(areas, uid);
  const rekey = <T extends DraftSkill>(element: T, parentKey: string | null, fallback: string): T =>
    element.isNew && !element.keyEdited
      ? { ...element, name, key: generatedKey(parentKey, name, taken, fallback) }
      : { ...element, name };
  return areas.map((area) => {
    if (!contains(area, uid)) return area;
    if (area.uid === uid) {
      const next = rekey(area, null, 'new-area');
      return next.key === area.key
        ? next
        : { ...next, categories: rebased(next.categories, area.key, next.key) };
    }
    return {
      ...area,
      categories: area.categories.map((category) => {
        if (!containsInCategory(category, uid)) return category;
        if (category.uid === uid) {
          const next = rekey(category, area.key, 'new-category');
          return next.key === category.key
            ? next
            : { ...next, skills: rebased(next.skills, category.key, next.key) };
        }
        return {
          ...category,
          skills: category.skills.map((skill) =>
            skill.uid === uid ? rekey(skill, category.key, 'new-skill') : skill,
          ),
        };
      }),
    };
  });
}

/** New children whose key starts with the parent's old key follow the parent's new key. */
function rebased<T extends DraftSkill & { skills?: DraftSkill[] }>(
  children: T[],
  oldKey: string,
  newKey: string,
): T[] {
  return children.map((child) => {
    if (!child.isNew || !child.key.startsWith(`${oldKey}.`)) return child;
    const key = `${newKey}${child.key.slice(oldKey.length)}`;
    return child.skills
      ? { ...child, key, skills: rebased(child.skills, child.key, key) }
      : { ...child, key };
  });
}

function containsInCategory(category: DraftCategory, uid: string): boolean {
  return category.uid === uid || category.skills.some((skill) => skill.uid === uid);
}

function contains(area: DraftArea, uid: string): boolean {
  return area.uid === uid || area.categories.some((category) => containsInCategory(category, uid));
}

/** Applies `change` to the element with this uid, wherever it is in the tree. */
export function updated(
  areas: readonly DraftArea[],
  uid: string,
  change: Partial<Pick<DraftArea, 'key' | 'description' | 'roleKey' | 'subRoleKey' | 'keyEdited'>>,
): DraftArea[] {
  const { roleKey, subRoleKey, ...common } = change;
  return areas.map((area) =>
    !contains(area, uid)
      ? area
      : area.uid === uid
        ? {
            ...area,
            ...common,
            ...(roleKey !== undefined ? { roleKey } : {}),
            ...(subRoleKey !== undefined ? { subRoleKey } : {}),
          }
        : {
            ...area,
            categories: area.categories.map((category) =>
              !containsInCategory(category, uid)
                ? category
                : category.uid === uid
                  ? { ...category, ...common }
                  : {
                      ...category,
                      skills: category.skills.map((skill) =>
                        skill.uid === uid ? { ...skill, ...common } : skill,
                      ),
                    },
            ),
          },
  );
}

export function skillCount(areas: readonly DraftArea[]): number {
  return areas.reduce(
    (sum, area) => sum + area.categories.reduce((inner, category) => inner + category.skills.length, 0),
    0,
  );
}

/**
 * The draft path of a server field (`document.areas.0.categories.1.name`) as the uid of the
 * element and the part at fault (`name`, `key`, `description`, `skills`…), or null.
 */
export function elementOfField(
  areas: readonly DraftArea[],
  field: string,
): { uid: string; part: string } | null {
  const match = /^areas\.(\d+)(?:\.categories\.(\d+)(?:\.skills\.(\d+))?)?(?:\.(\w+))?$/.exec(field);
  if (!match) return null;
  const area = areas[Number(match[1])];
  if (!area) return null;
  if (match[2] === undefined) return { uid: area.uid, part: match[4] ?? '' };
  const category = area.categories[Number(match[2])];
  if (!category) return null;
  if (match[3] === undefined) return { uid: category.uid, part: match[4] ?? '' };
  const skill = category.skills[Number(match[3])];
  return skill ? { uid: skill.uid, part: match[4] ?? '' } : null;
}
