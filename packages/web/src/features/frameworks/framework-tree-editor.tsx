import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import { TextAreaField } from '@dhis2-ui/text-area';
import { memo, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleCatalogue } from '../team-structure/role-catalogue.js';
import {
  keysInDraft,
  moved,
  newArea,
  newCategory,
  newSkill,
  renamed,
  updated,
  type DraftArea,
  type DraftCategory,
  type DraftSkill,
} from './framework-draft.js';
import { FRAMEWORKS_NAMESPACE } from './i18n.js';

/** Problems by element uid, then by part (`name`, `key`, `description`, `roleKey`, `skills`…). */
export type ElementProblems = Record<string, Record<string, string>>;

type Kind = 'area' | 'category' | 'skill';

/** What the tree asks its owner to do; one stable object so that memoised rows stay put. */
interface TreeActions {
  rename(uid: string, name: string): void;
  change(uid: string, change: Parameters<typeof updated>[2]): void;
  move(kind: Kind, uid: string, offset: -1 | 1): void;
  remove(kind: Kind, uid: string): void;
  add(kind: Kind, parentUid: string | null): void;
}

/**
 * The areas → categories → skills tree of a framework being edited. Every action is a button
 * (keyboard operable); after a move the focus stays on the moved element's button, after an add
 * it goes to the new element's name.
 */
export function FrameworkTreeEditor({
  areas,
  onChange,
  catalogue,
  problems,
}: {
  areas: DraftArea[];
  onChange: (change: (areas: DraftArea[]) => DraftArea[]) => void;
  catalogue: RoleCatalogue;
  problems: ElementProblems;
}) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  const [focusId, setFocusId] = useState<string>();
  const [openAreas, setOpenAreas] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (!focusId) return;
    const [id, fallback] = focusId.split('|');
    const element = document.getElementById(id!) as HTMLButtonElement | HTMLInputElement | null;
    if (element && !(element as HTMLButtonElement).disabled) element.focus();
    else if (fallback) document.getElementById(fallback)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  const onChangeRef = useLatest(onChange);
  const areasRef = useLatest(areas);
  const defaultRoleRef = useLatest(catalogue.roles[0]?.key ?? '');
  const [actions] = useState<TreeActions>(() => ({
    rename: (uid, name) => onChangeRef.current((current) => renamed(current, uid, name)),
    change: (uid, change) => onChangeRef.current((current) => updated(current, uid, change)),
    move: (kind, uid, offset) => {
      onChangeRef.current((current) => moveElement(current, kind, uid, offset));
      const button = offset === -1 ? 'up' : 'down';
      const other = offset === -1 ? 'down' : 'up';
      setFocusId(`${uid}-${button}|${uid}-${other}`);
    },
    remove: (kind, uid) => {
      const parent = parentUidOf(areasRef.current, uid);
      const next = removeElement(areasRef.current, kind, uid);
      onChangeRef.current(() => next);
      setFocusId(parent ? `${parent}-add` : 'framework-add-area');
    },
    add: (kind, parentUid) => {
      const next = addElement(areasRef.current, kind, parentUid, defaultRoleRef.current);
      onChangeRef.current(() => next.areas);
      setFocusId(`${next.uid}-name`);
      if (kind === 'area') setOpenAreas((open) => new Set([...open, next.uid]));
    },
  }));

  return (
    <div className="framework-tree">
      <ol className="framework-list framework-list--areas">
        {areas.map((area, index) => (
          <li key={area.uid}>
            <AreaEditor
              area={area}
              index={index}
              count={areas.length}
              open={openAreas.has(area.uid)}
              onToggle={() =>
                setOpenAreas((open) => {
                  const next = new Set(open);
                  if (next.has(area.uid)) next.delete(area.uid);
                  else next.add(area.uid);
                  return next;
                })
              }
              catalogue={catalogue}
              problems={problems}
              actions={actions}
            />
          </li>
        ))}
      </ol>
      <div className="button-row">
        <Button id="framework-add-area" onClick={() => actions.add('area', null)}>
          {t('editor.addArea')}
        </Button>
      </div>
    </div>
  );
}

function useLatest<T>(value: T): { current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}

function ElementFields({
  kind,
  element,
  problems,
  actions,
  children,
}: {
  kind: Kind;
  element: DraftSkill;
  problems: Record<string, string> | undefined;
  actions: TreeActions;
  children?: ReactNode;
}) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  return (
    <div className={`framework-fields framework-fields--${kind}`}>
      <InputField
        name={`${element.uid}-name`}
        label={t(`editor.${kind}Name`)}
        value={element.name}
        onChange={({ value }) => actions.rename(element.uid, value ?? '')}
        error={Boolean(problems?.name)}
        validationText={problems?.name}
        required
        dense={kind === 'skill'}
      />
      {element.isNew ? (
        <InputField
          name={`${element.uid}-key`}
          label={t('editor.key')}
          helpText={t('editor.newKeyHelp')}
          value={element.key}
          onChange={({ value }) => actions.change(element.uid, { key: value ?? '', keyEdited: true })}
          error={Boolean(problems?.key)}
          validationText={problems?.key}
          dense={kind === 'skill'}
          autoComplete="off"
        />
      ) : (
        <div className="framework-key-readonly">
          <span className="framework-key-label">{t('editor.key')}</span>
          <code>{element.key}</code>
          {problems?.key && <p className="framework-field-error">{problems.key}</p>}
        </div>
      )}
      <TextAreaField
        name={`${element.uid}-description`}
        label={t(`editor.${kind}Description`)}
        value={element.description}
        onChange={({ value }) => actions.change(element.uid, { description: value ?? '' })}
        error={Boolean(problems?.description)}
        validationText={problems?.description}
        rows={kind === 'skill' ? 1 : 2}
        dense={kind === 'skill'}
        autoGrow
      />
      {children}
    </div>
  );
}

function MoveButtons({
  kind,
  uid,
  name,
  index,
  count,
  actions,
}: {
  kind: Kind;
  uid: string;
  name: string;
  index: number;
  count: number;
  actions: TreeActions;
}) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  const label = name.trim() || t(`editor.unnamed.${kind}`);
  return (
    <div className="row-actions">
      <Button
        small
        id={`${uid}-up`}
        disabled={index === 0}
        onClick={() => actions.move(kind, uid, -1)}
        aria-label={t('editor.moveUpLabel', { name: label })}
      >
        {t('editor.moveUp')}
      </Button>
      <Button
        small
        id={`${uid}-down`}
        disabled={index === count - 1}
        onClick={() => actions.move(kind, uid, 1)}
        aria-label={t('editor.moveDownLabel', { name: label })}
      >
        {t('editor.moveDown')}
      </Button>
      <Button
        small
        destructive
        secondary
        onClick={() => actions.remove(kind, uid)}
        aria-label={t('editor.removeLabel', { name: label })}
      >
        {t('editor.remove')}
      </Button>
    </div>
  );
}

const AreaEditor = memo(function AreaEditor({
  area,
  index,
  count,
  open,
  onToggle,
  catalogue,
  problems,
  actions,
}: {
  area: DraftArea;
  index: number;
  count: number;
  open: boolean;
  onToggle: () => void;
  catalogue: RoleCatalogue;
  problems: ElementProblems;
  actions: TreeActions;
}) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  const role = catalogue.role(area.roleKey);
  const own = problems[area.uid];
  const headingId = `${area.uid}-heading`;
  return (
    <section className="framework-area" aria-labelledby={headingId} data-testid="framework-area">
      <div className="framework-element-heading">
        <h3 id={headingId} className="subsection-title">
          {t('editor.areaHeading', { number: index + 1, name: area.name.trim() || t('editor.unnamed.area') })}
        </h3>
        <MoveButtons
          kind="area"
          uid={area.uid}
          name={area.name}
          index={index}
          count={count}
          actions={actions}
        />
      </div>
      <ElementFields kind="area" element={area} problems={own} actions={actions}>
        <div className="framework-role-fields">
          <label className="framework-select">
            <span>{t('editor.role')}</span>
            <select
              value={area.roleKey}
              onChange={(event) =>
                actions.change(area.uid, { roleKey: event.target.value, subRoleKey: null })
              }
              aria-invalid={Boolean(own?.roleKey)}
            >
              {!role && <option value={area.roleKey}>{area.roleKey}</option>}
              {catalogue.roles.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {catalogue.name(candidate.key)}
                </option>
              ))}
            </select>
          </label>
          {role && role.subRoles.length > 0 && (
            <label className="framework-select">
              <span>{t('editor.subRole')}</span>
              <select
                value={area.subRoleKey ?? ''}
                onChange={(event) => actions.change(area.uid, { subRoleKey: event.target.value || null })}
                aria-invalid={Boolean(own?.subRoleKey)}
              >
                <option value="">{t('editor.everySubRole')}</option>
                {role.subRoles.map((subRole) => (
                  <option key={subRole.key} value={subRole.key}>
                    {subRole.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {(own?.roleKey || own?.subRoleKey) && (
            <p className="framework-field-error">{own.roleKey ?? own.subRoleKey}</p>
          )}
        </div>
      </ElementFields>
      {own?.categories && <p className="framework-field-error">{own.categories}</p>}
      <div className="button-row">
        <Button small onClick={onToggle} aria-expanded={open} aria-controls={`${area.uid}-categories`}>
          {open
            ? t('editor.hideCategories', { count: area.categories.length })
            : t('editor.showCategories', { count: area.categories.length })}
        </Button>
      </div>
      {open && (
        <div id={`${area.uid}-categories`}>
          <ol className="framework-list framework-list--categories">
            {area.categories.map((category, categoryIndex) => (
              <li key={category.uid}>
                <CategoryEditor
                  category={category}
                  index={categoryIndex}
                  count={area.categories.length}
                  problems={problems}
                  actions={actions}
                />
              </li>
            ))}
          </ol>
          <div className="button-row">
            <Button small id={`${area.uid}-add`} onClick={() => actions.add('category', area.uid)}>
              {t('editor.addCategory')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
});

const CategoryEditor = memo(function CategoryEditor({
  category,
  index,
  count,
  problems,
  actions,
}: {
  category: DraftCategory;
  index: number;
  count: number;
  problems: ElementProblems;
  actions: TreeActions;
}) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  const own = problems[category.uid];
  const headingId = `${category.uid}-heading`;
  return (
    <section className="framework-category" aria-labelledby={headingId} data-testid="framework-category">
      <div className="framework-element-heading">
        <h4 id={headingId} className="framework-category-title">
          {t('editor.categoryHeading', {
            number: index + 1,
            name: category.name.trim() || t('editor.unnamed.category'),
          })}
        </h4>
        <MoveButtons
          kind="category"
          uid={category.uid}
          name={category.name}
          index={index}
          count={count}
          actions={actions}
        />
      </div>
      <ElementFields kind="category" element={category} problems={own} actions={actions} />
      {own?.skills && <p className="framework-field-error">{own.skills}</p>}
      <ol
        className="framework-list framework-list--skills"
        aria-label={t('editor.skillsOf', { name: category.name })}
      >
        {category.skills.map((skill, skillIndex) => (
          <li key={skill.uid} className="framework-skill" data-testid="framework-skill">
            <ElementFields kind="skill" element={skill} problems={problems[skill.uid]} actions={actions} />
            <MoveButtons
              kind="skill"
              uid={skill.uid}
              name={skill.name}
              index={skillIndex}
              count={category.skills.length}
              actions={actions}
            />
          </li>
        ))}
      </ol>
      <div className="button-row">
        <Button small id={`${category.uid}-add`} onClick={() => actions.add('skill', category.uid)}>
          {t('editor.addSkill')}
        </Button>
      </div>
    </section>
  );
});

function parentUidOf(areas: readonly DraftArea[], uid: string): string | null {
  for (const area of areas) {
    if (area.uid === uid) return null;
    for (const category of area.categories) {
      if (category.uid === uid) return area.uid;
      if (category.skills.some((skill) => skill.uid === uid)) return category.uid;
    }
  }
  return null;
}

function moveElement(areas: DraftArea[], kind: Kind, uid: string, offset: -1 | 1): DraftArea[] {
  if (kind === 'area')
    return moved(
      areas,
      areas.findIndex((area) => area.uid === uid),
      offset,
    );
  return areas.map((area) => {
    if (kind === 'category') {
      const index = area.categories.findIndex((category) => category.uid === uid);
      return index < 0 ? area : { ...area, categories: moved(area.categories, index, offset) };
    }
    if (!area.categories.some((category) => category.skills.some((skill) => skill.uid === uid))) return area;
    return {
      ...area,
      categories: area.categories.map((category) => {
        const index = category.skills.findIndex((skill) => skill.uid === uid);
        return index < 0 ? category : { ...category, skills: moved(category.skills, index, offset) };
      }),
    };
  });
}

function removeElement(areas: DraftArea[], kind: Kind, uid: string): DraftArea[] {
  if (kind === 'area') return areas.filter((area) => area.uid !== uid);
  return areas.map((area) => {
    if (kind === 'category') {
      return area.categories.some((category) => category.uid === uid)
        ? { ...area, categories: area.categories.filter((category) => category.uid !== uid) }
        : area;
    }
    if (!area.categories.some((category) => category.skills.some((skill) => skill.uid === uid))) return area;
    return {
      ...area,
      categories: area.categories.map((category) =>
        category.skills.some((skill) => skill.uid === uid)
          ? { ...category, skills: category.skills.filter((skill) => skill.uid !== uid) }
          : category,
      ),
    };
  });
}

function addElement(
  areas: DraftArea[],
  kind: Kind,
  parentUid: string | null,
  defaultRoleKey: string,
): { areas: DraftArea[]; uid: string } {
  const taken = keysInDraft(areas);
  if (kind === 'area') {
    const area = newArea(taken, defaultRoleKey);
    return { areas: [...areas, area], uid: area.uid };
  }
  let uid = '';
  const next = areas.map((area) => {
    if (kind === 'category' && area.uid === parentUid) {
      const category = newCategory(area.key, taken);
      uid = category.uid;
      return { ...area, categories: [...area.categories, category] };
    }
    if (kind === 'skill' && area.categories.some((category) => category.uid === parentUid)) {
      return {
        ...area,
        categories: area.categories.map((category) => {
          if (category.uid !== parentUid) return category;
          const skill = newSkill(category.key, taken);
          uid = skill.uid;
          return { ...category, skills: [...category.skills, skill] };
        }),
      };
    }
    return area;
  });
  return { areas: next, uid };
}
