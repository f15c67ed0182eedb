import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamAggregatesResult } from '@coreteam/core';
import { BarChart, SERIES_COLOURS } from './bar-chart.js';
import { HiddenFigure } from './delta-text.js';
import type { FrameworkLabels } from './framework-labels.js';
import { ASSESSMENT_RESULTS_NAMESPACE } from './i18n.js';
import { formatScore } from './results-format.js';

type Spread = {
  suppressed: boolean;
  memberCount: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
};

function SpreadCells({ spread }: { spread: Spread }) {
  const { i18n } = useTranslation();
  if (spread.suppressed) {
    return (
      <td colSpan={3}>
        <HiddenFigure />
      </td>
    );
  }
  return (
    <>
      <td className="number">{formatScore(spread.mean, i18n.language)}</td>
      <td className="number">{formatScore(spread.min, i18n.language)}</td>
      <td className="number">{formatScore(spread.max, i18n.language)}</td>
    </>
  );
}

/** The team's figures from one point of view: a chart of area means and the tables behind it. */
export function TeamAggregates({ team, labels }: { team: TeamAggregatesResult; labels: FrameworkLabels }) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const language = i18n.language;
  const headingId = `team-${team.assessedBy}`;
  // An area no one was assessed in says nothing; a hidden one still says it is hidden.
  const areas = team.areas.filter((area) => area.suppressed || (area.memberCount ?? 0) > 0);

  const chart = useMemo(() => {
    const shown = team.areas.filter((area) => !area.suppressed && area.memberCount !== 0);
    return {
      summary: t('aggregates.chartSummary', {
        areas: shown
          .map((area) => `${labels.area(area.areaKey)} ${formatScore(area.mean, language)}`)
          .join('; '),
      }),
      input: {
        labels: shown.map((area) => labels.area(area.areaKey)),
        datasets: [
          { label: t('aggregates.mean'), data: shown.map((area) => area.mean), color: SERIES_COLOURS[0] },
        ],
        horizontal: true,
        max: 3,
        valueLabel: t('aggregates.meanAxis'),
        formatValue: (value: number) => formatScore(value, language),
      },
      bars: shown.length,
    };
  }, [team, labels, language, t]);

  return (
    <section aria-labelledby={headingId} className="results-block">
      <h3 id={headingId} className="subsection-title">
        {t(`aggregates.title.${team.assessedBy}`, { submitted: team.assessmentCount })}
      </h3>
      {chart.bars > 0 && (
        <BarChart summary={chart.summary} input={chart.input} height={60 + chart.bars * 44} />
      )}
      <div className="table-scroll">
        <table className="results-table">
          <caption>{t('aggregates.areaTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.area')}</th>
              <th scope="col">{t('columns.mean')}</th>
              <th scope="col">{t('columns.min')}</th>
              <th scope="col">{t('columns.max')}</th>
              <th scope="col">{t('columns.members')}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.areaKey}>
                <th scope="row">{labels.area(area.areaKey)}</th>
                <SpreadCells spread={area} />
                <td className="number">{area.suppressed ? '—' : (area.memberCount ?? '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* A hidden area's categories are hidden too (no more people behind them): no table. */}
      {areas
        .filter((area) => !area.suppressed)
        .map((area) => (
          <div key={area.areaKey} className="table-scroll">
            <table className="results-table">
              <caption>{t('aggregates.categoryTableCaption', { area: labels.area(area.areaKey) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.category')}</th>
                  <th scope="col">{t('columns.mean')}</th>
                  <th scope="col">{t('columns.min')}</th>
                  <th scope="col">{t('columns.max')}</th>
                  <th scope="col">{t('columns.atOrAboveTarget')}</th>
                  <th scope="col">{t('columns.target')}</th>
                </tr>
              </thead>
              <tbody>
                {area.categories.map((category) => (
                  <tr key={category.categoryKey}>
                    <th scope="row">{labels.category(category.categoryKey)}</th>
                    <SpreadCells spread={category} />
                    <td className="number">
                      {category.suppressed ? (
                        <HiddenFigure />
                      ) : category.atOrAboveTarget === null || category.memberCount === null ? (
                        '—'
                      ) : (
                        t('aggregates.reached', {
                          reached: category.atOrAboveTarget,
                          total: category.memberCount,
                        })
                      )}
                    </td>
                    <td className="number">{formatScore(category.target, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
