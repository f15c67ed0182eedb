import { useTranslation } from 'react-i18next';
import { ASSESSMENT_RESULTS_NAMESPACE } from './i18n.js';
import { deltaDirection, formatDelta } from './results-format.js';

const ARROWS = { up: '▲', down: '▼', same: '＝' } as const;

/** A change with an arrow and a word, so it is never told by colour or symbol alone. */
export function DeltaText({ delta }: { delta: number | null }) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  if (delta === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('delta.none')}</span>
      </>
    );
  }
  const direction = deltaDirection(delta);
  return (
    <span className={`delta delta--${direction}`}>
      <span aria-hidden="true">{ARROWS[direction]} </span>
      {formatDelta(delta, i18n.language)} <span className="delta__word">{t(`delta.${direction}`)}</span>
    </span>
  );
}

/** A figure hidden from the caller because fewer than 3 people stand behind it. */
export function HiddenFigure() {
  const { t } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  return <span className="hidden-figure">{t('aggregates.hidden')}</span>;
}
