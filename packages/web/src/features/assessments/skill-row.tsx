import { memo, useCallback, useSyncExternalStore } from 'react';
import type { AnswerSheet } from './answer-sheet.js';

/** One choice of the rating scale: a level 0–3, or null for N/A. */
export interface ScaleOption {
  level: number | null;
  /** What the option shows big: "0"…"3", or "N/A". */
  mark: string;
  name: string;
  description: string;
}

export interface SkillView {
  key: string;
  name: string;
  description: string;
}

/** The id of a skill's fieldset, for jump links from the list of missing answers. */
export function skillElementId(skillKey: string): string {
  return `skill-${skillKey}`;
}

function valueOf(level: number | null): string {
  return level === null ? 'na' : String(level);
}

/**
 * A skill and its rating scale, as native radio buttons in a fieldset: arrow keys move within
 * the scale, Tab moves to the next skill, Space picks. It reads its own answer from the sheet,
 * so answering re-renders this row only.
 */
export const SkillRow = memo(function SkillRow({
  skill,
  scale,
  sheet,
  readOnly,
  notAnsweredText,
}: {
  skill: SkillView;
  scale: readonly ScaleOption[];
  sheet: AnswerSheet;
  readOnly: boolean;
  notAnsweredText: string;
}) {
  const subscribe = useCallback(
    (listener: () => void) => sheet.subscribeSkill(skill.key, listener),
    [sheet, skill.key],
  );
  const answer = useSyncExternalStore(subscribe, () => sheet.answerOf(skill.key));
  const id = skillElementId(skill.key);

  if (readOnly) {
    const chosen = answer === undefined ? undefined : scale.find((option) => option.level === answer);
    return (
      <div className="skill-row skill-row--read-only" id={id} data-skill={skill.key}>
        <div className="skill-row__text">
          <p className="skill-row__name">{skill.name}</p>
          {skill.description && <p className="skill-row__description">{skill.description}</p>}
        </div>
        <p className="skill-row__answer">
          {chosen ? (
            <>
              <span className="rating-option__mark">{chosen.mark}</span> <strong>{chosen.name}</strong>
              <span className="rating-option__description"> — {chosen.description}</span>
            </>
          ) : (
            <span className="muted">{notAnsweredText}</span>
          )}
        </p>
      </div>
    );
  }

  const name = `rating-${skill.key}`;
  return (
    <fieldset
      className={answer === undefined ? 'skill-row' : 'skill-row skill-row--answered'}
      id={id}
      data-skill={skill.key}
      aria-describedby={skill.description ? `${id}-about` : undefined}
    >
      <legend className="skill-row__name">{skill.name}</legend>
      {skill.description && (
        <p className="skill-row__description" id={`${id}-about`}>
          {skill.description}
        </p>
      )}
      <div className="skill-row__scale">
        {scale.map((option) => {
          const value = valueOf(option.level);
          const optionId = `${id}-${value}`;
          return (
            <label key={value} className="rating-option" htmlFor={optionId}>
              <input
                type="radio"
                id={optionId}
                name={name}
                value={value}
                checked={answer === option.level}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={`${optionId}-about`}
                onChange={() => sheet.rate(skill.key, option.level)}
              />
              <span className="rating-option__label" id={`${optionId}-label`}>
                <span className="rating-option__mark">{option.mark}</span>{' '}
                <span className="rating-option__name">{option.name}</span>
              </span>
              <span className="rating-option__description" id={`${optionId}-about`}>
                {option.description}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
});
