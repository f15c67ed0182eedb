import { InputField } from '@dhis2-ui/input';
import { useTranslation } from 'react-i18next';
import type { FrameworkDocument } from '@coreteam/core';
import { FRAMEWORKS_NAMESPACE } from './i18n.js';

type RatingScale = FrameworkDocument['ratingScale'];

/** The words shown next to every question for each level, and for N/A. */
export function RatingScaleEditor({
  scale,
  onChange,
  problems,
  readOnly,
}: {
  scale: RatingScale;
  onChange: (scale: RatingScale) => void;
  problems: Record<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  if (readOnly) {
    return (
      <dl className="facts framework-scale">
        {scale.levels.map((level) => (
          <div key={level.level} className="framework-scale-row">
            <dt>
              {level.level} — {level.name}
            </dt>
            <dd>{level.description}</dd>
          </div>
        ))}
        <div className="framework-scale-row">
          <dt>
            {t('scale.notApplicableShort')} — {scale.notApplicable.name}
          </dt>
          <dd>{scale.notApplicable.description}</dd>
        </div>
      </dl>
    );
  }
  const setLevel = (index: number, change: Partial<RatingScale['levels'][number]>) =>
    onChange({
      ...scale,
      levels: scale.levels.map((level, candidate) => (candidate === index ? { ...level, ...change } : level)),
    });
  return (
    <div className="framework-scale-editor">
      {scale.levels.map((level, index) => {
        const problem = problems[`ratingScale.levels.${index}`];
        return (
          <fieldset key={level.level} className="framework-scale-level">
            <legend>{t('scale.level', { level: level.level })}</legend>
            <InputField
              name={`scale-${level.level}-name`}
              label={t('scale.name')}
              value={level.name}
              onChange={({ value }) => setLevel(index, { name: value ?? '' })}
              error={Boolean(problems[`ratingScale.levels.${index}.name`] ?? problem)}
              validationText={problems[`ratingScale.levels.${index}.name`] ?? problem}
              dense
            />
            <InputField
              name={`scale-${level.level}-description`}
              label={t('scale.description')}
              value={level.description}
              onChange={({ value }) => setLevel(index, { description: value ?? '' })}
              error={Boolean(problems[`ratingScale.levels.${index}.description`])}
              validationText={problems[`ratingScale.levels.${index}.description`]}
              dense
            />
          </fieldset>
        );
      })}
      <fieldset className="framework-scale-level">
        <legend>{t('scale.notApplicable')}</legend>
        <InputField
          name="scale-na-name"
          label={t('scale.name')}
          value={scale.notApplicable.name}
          onChange={({ value }) =>
            onChange({ ...scale, notApplicable: { ...scale.notApplicable, name: value ?? '' } })
          }
          error={Boolean(problems['ratingScale.notApplicable.name'] ?? problems['ratingScale.notApplicable'])}
          validationText={problems['ratingScale.notApplicable.name'] ?? problems['ratingScale.notApplicable']}
          dense
        />
        <InputField
          name="scale-na-description"
          label={t('scale.description')}
          value={scale.notApplicable.description}
          onChange={({ value }) =>
            onChange({ ...scale, notApplicable: { ...scale.notApplicable, description: value ?? '' } })
          }
          error={Boolean(problems['ratingScale.notApplicable.description'])}
          validationText={problems['ratingScale.notApplicable.description']}
          dense
        />
      </fieldset>
    </div>
  );
}
