import { Button } from '@dhis2-ui/button';
import { memo, startTransition, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkDocument } from '@coreteam/core';
import type { AnswerSheet } from './answer-sheet.js';
import { ASSESSMENTS_NAMESPACE } from './i18n.js';
import { SkillRow, type ScaleOption } from './skill-row.js';

export type FrameworkArea = FrameworkDocument['areas'][number];
export type FrameworkCategory = FrameworkArea['categories'][number];

/** A comment being typed is saved after this pause, and at once when the field is left. */
const COMMENT_PAUSE_MS = 800;

/** The notice of answers changed elsewhere, which the save status links to. */
export const SUPERSEDED_NOTICE_ID = 'superseded-answers';

export function areaElementId(areaKey: string): string {
  return `area-${areaKey}`;
}

function skillCount(area: FrameworkArea): number {
  return area.categories.reduce((sum, category) => sum + category.skills.length, 0);
}

/** "12 of 38 answered" for one area, re-rendered only when that area's count changes. */
function AreaProgressText({ sheet, area, id }: { sheet: AnswerSheet; area: FrameworkArea; id?: string }) {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  const answered = useSyncExternalStore(sheet.subscribe, () => sheet.answeredIn(area.key));
  const total = skillCount(area);
  return (
    <span id={id} className={answered === total ? 'area-progress area-progress--done' : 'area-progress'}>
      {t('form.answeredOf', { answered, total })}
    </span>
  );
}

/** Top of the form, kept in view: overall progress, the save status, and links to each area. */
export function FormOverview({
  sheet,
  areas,
  total,
  readOnly,
}: {
  sheet: AnswerSheet;
  areas: readonly FrameworkArea[];
  total: number;
  readOnly: boolean;
}) {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  const summary = useSyncExternalStore(sheet.subscribe, sheet.getSummary);
  return (
    <div className="form-overview">
      <div className="form-overview__progress">
        <label htmlFor="assessment-progress" className="form-overview__label">
          {t('form.overall', { answered: summary.answered, total })}
        </label>
        <progress id="assessment-progress" max={total} value={summary.answered} />
        {!readOnly && <SyncStatusIndicator sheet={sheet} />}
      </div>
      <nav aria-label={t('form.areasNav')}>
        <ul className="form-overview__areas">
          {areas.map((area) => (
            <li key={area.key}>
              <a href={`#${areaElementId(area.key)}`}>{area.name}</a>{' '}
              <AreaProgressText sheet={sheet} area={area} />
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

function SyncStatusIndicator({ sheet }: { sheet: AnswerSheet }) {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  const { status, superseded } = useSyncExternalStore(sheet.subscribe, sheet.getSummary);
  return (
    <>
      <span className={`sync-status sync-status--${status}`}>
        <span role="status" data-testid="sync-status">
          {status === 'saved' && t('sync.saved')}
          {status === 'saving' && t('sync.saving')}
          {status === 'offline' && t('sync.offline')}
          {status === 'failed' && t('sync.failed')}
        </span>
        {status === 'failed' && (
          <Button small onClick={() => void sheet.flush()}>
            {t('sync.retry')}
          </Button>
        )}
      </span>
      {/* The notice sits above the form; this keeps it within reach from anywhere in a long form. */}
      {superseded.length > 0 && (
        <a href={`#${SUPERSEDED_NOTICE_ID}`} className="sync-status__superseded">
          {t('sync.supersededLink', { count: superseded.length })}
        </a>
      )}
    </>
  );
}

/** An optional comment on a category: uncontrolled, saved after a pause in typing and on leaving. */
const CategoryComment = memo(function CategoryComment({
  sheet,
  category,
  readOnly,
}: {
  sheet: AnswerSheet;
  category: FrameworkCategory;
  readOnly: boolean;
}) {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const id = `comment-${category.key}`;
  useEffect(() => () => clearTimeout(timer.current), []);
  const save = useCallback(
    (text: string) => {
      clearTimeout(timer.current);
      sheet.comment(category.key, text);
    },
    [sheet, category.key],
  );

  if (readOnly) {
    const comment = sheet.commentOf(category.key);
    if (!comment) return null;
    return (
      <div className="category-comment">
        <p className="category-comment__label">{t('form.commentLabel', { category: category.name })}</p>
        <p className="pre-line">{comment}</p>
      </div>
    );
  }
  return (
    <div className="category-comment">
      <label htmlFor={id} className="category-comment__label">
        {t('form.commentLabel', { category: category.name })}
      </label>
      <textarea
        id={id}
        className="category-comment__input"
        rows={2}
        maxLength={2000}
        defaultValue={sheet.commentOf(category.key)}
        onChange={(event) => {
          const text = event.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => sheet.comment(category.key, text), COMMENT_PAUSE_MS);
        }}
        onBlur={(event) => save(event.target.value)}
      />
    </div>
  );
});

const CategoryGroup = memo(function CategoryGroup({
  category,
  scale,
  sheet,
  readOnly,
}: {
  category: FrameworkCategory;
  scale: readonly ScaleOption[];
  sheet: AnswerSheet;
  readOnly: boolean;
}) {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  const headingId = `category-${category.key}`;
  const notAnswered = t('form.notAnswered');
  return (
    <section className="category-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="category-group__title">
        {category.name}
      </h3>
      {category.description && <p className="category-group__description">{category.description}</p>}
      {category.skills.map((skill) => (
        <SkillRow
          key={skill.key}
          skill={skill}
          scale={scale}
          sheet={sheet}
          readOnly={readOnly}
          notAnsweredText={notAnswered}
        />
      ))}
      <CategoryComment sheet={sheet} category={category} readOnly={readOnly} />
    </section>
  );
});

/** Categories shown in the first frame; the rest follow a few at a time, so the form paints at once. */
const FIRST_CATEGORIES = 6;
const CATEGORIES_PER_STEP = 8;

/** How many categories to show so far: all of them after a few quick steps off the critical path. */
function useProgressiveCount(total: number): number {
  const [shown, setShown] = useState(Math.min(total, FIRST_CATEGORIES));
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(
      () => startTransition(() => setShown((count) => Math.min(total, count + CATEGORIES_PER_STEP))),
      0,
    );
    return () => clearTimeout(timer);
  }, [shown, total]);
  return shown;
}

/** Every area of the assessment, one section each, its categories and skills in framework order. */
export const AssessmentAreas = memo(function AssessmentAreas({
  areas,
  scale,
  sheet,
  readOnly,
}: {
  areas: readonly FrameworkArea[];
  scale: readonly ScaleOption[];
  sheet: AnswerSheet;
  readOnly: boolean;
}) {
  const totalCategories = areas.reduce((sum, area) => sum + area.categories.length, 0);
  const shown = useProgressiveCount(totalCategories);
  let before = 0;
  return (
    // Busy while later categories are still being added, for assistive technology and tests.
    <div className="assessment-areas" aria-busy={shown < totalCategories}>
      {areas.map((area) => {
        const headingId = `${areaElementId(area.key)}-title`;
        const first = before;
        before += area.categories.length;
        return (
          <section
            key={area.key}
            id={areaElementId(area.key)}
            className="area-section"
            aria-labelledby={headingId}
            tabIndex={-1}
          >
            <div className="area-section__heading">
              <h2 id={headingId} className="section-title">
                {area.name}
              </h2>
              <AreaProgressText sheet={sheet} area={area} />
            </div>
            {area.description && <p className="section-lead">{area.description}</p>}
            {area.categories.slice(0, Math.max(0, shown - first)).map((category) => (
              <CategoryGroup
                key={category.key}
                category={category}
                scale={scale}
                sheet={sheet}
                readOnly={readOnly}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
});
