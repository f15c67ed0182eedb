import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardPointOfView, DashboardRound, TeamDashboard } from '@coreteam/core';
import { formatDelta, formatScore } from '../assessment-results/results-format.js';
import { formatDay } from '../team-structure/wording.js';
import { CHART_COLOURS, DashboardChart } from './dashboard-chart.js';
import { DASHBOARD_NAMESPACE } from './i18n.js';

/** The latest round's participation and the team average per area against the baseline round. */
export function AssessmentSummary({ assessment }: { assessment: TeamDashboard['assessment'] }) {
  const { t, i18n } = useTranslation(DASHBOARD_NAMESPACE);
  const language = i18n.language;
  const number = new Intl.NumberFormat(language);

  const roundText = (round: DashboardRound) =>
    t('assessment.roundValue', {
      name: round.name,
      from: formatDay(round.opensOn, language),
      to: formatDay(round.closesOn, language),
      status: t(`assessment.status.${round.status}`),
    });

  return (
    <section aria-labelledby="dashboard-assessment" className="dashboard__section">
      <h2 id="dashboard-assessment" className="section-title">
        {t('assessment.title')}
      </h2>
      {assessment === null ? (
        <p className="empty-state">{t('assessment.none')}</p>
      ) : (
        <>
          <dl className="facts" data-testid="participation">
            <dt>{t('assessment.latestRound')}</dt>
            <dd>{roundText(assessment.latestRound)}</dd>
            <dt>{t('assessment.baselineRound')}</dt>
            <dd>
              {assessment.baselineRound ? roundText(assessment.baselineRound) : t('assessment.noBaseline')}
            </dd>
            <dt>{t('assessment.submitted')}</dt>
            <dd data-testid="participation-submitted">
              {t('assessment.submittedValue', {
                submitted: number.format(assessment.participation.submitted),
                planned: number.format(assessment.participation.planned),
              })}
            </dd>
            <dt>{t('assessment.notYetSubmitted')}</dt>
            <dd>
              {t('assessment.notYetSubmittedValue', {
                inProgress: number.format(assessment.participation.inProgress),
                notStarted: number.format(assessment.participation.notStarted),
              })}
            </dd>
          </dl>
          {assessment.pointsOfView.length === 0 ? (
            <p className="empty-state">{t('assessment.noSubmissions')}</p>
          ) : (
            assessment.pointsOfView.map((pointOfView) => (
              <AreaFigures
                key={pointOfView.assessedBy}
                pointOfView={pointOfView}
                withBaseline={assessment.baselineRound !== null}
              />
            ))
          )}
        </>
      )}
    </section>
  );
}

function AreaFigures({
  pointOfView,
  withBaseline,
}: {
  pointOfView: DashboardPointOfView;
  withBaseline: boolean;
}) {
  const { t, i18n } = useTranslation(DASHBOARD_NAMESPACE);
  const language = i18n.language;
  const title = t(`assessment.pointOfView.${pointOfView.assessedBy}`);
  const headingId = `dashboard-areas-${pointOfView.assessedBy}`;
  const visible = pointOfView.areas.filter((area) => !area.latest.suppressed);

  const chart = useMemo(() => {
    const areas = pointOfView.areas.filter((area) => !area.latest.suppressed);
    const datasets: Array<{ label: string; data: Array<number | null>; color: string }> = [
      {
        label: t('assessment.latestMean'),
        data: areas.map((area) => area.latest.mean),
        color: CHART_COLOURS.blue,
      },
    ];
    if (withBaseline) {
      datasets.unshift({
        label: t('assessment.baselineMean'),
        data: areas.map((area) => area.sinceBaseline?.baselineMean ?? null),
        color: CHART_COLOURS.skyBlue,
      });
    }
    return {
      summary: t('assessment.chartSummary', {
        pointOfView: title,
        areas: areas
          .map((area) =>
            t('assessment.chartArea', {
              area: area.name,
              latest: formatScore(area.latest.mean, language),
              baseline: formatScore(area.sinceBaseline?.baselineMean, language),
            }),
          )
          .join('; '),
      }),
      input: {
        labels: areas.map((area) => area.name),
        datasets,
        stacked: false,
        max: 3,
        valueLabel: t('assessment.scale'),
        formatValue: (value: number) => formatScore(value, language),
      },
    };
  }, [pointOfView, withBaseline, t, title, language]);

  return (
    <section aria-labelledby={headingId} className="dashboard__subsection">
      <h3 id={headingId} className="subsection-title">
        {title}
      </h3>
      {visible.length > 0 && <DashboardChart summary={chart.summary} input={chart.input} />}
      <div className="table-wrapper dashboard-numbers">
        <DataTable dataTest={`dashboard-areas-${pointOfView.assessedBy}`}>
          <caption className="table-caption">{t('assessment.areasCaption', { pointOfView: title })}</caption>
          <DataTableHead>
            <DataTableRow>
              <DataTableColumnHeader>{t('assessment.area')}</DataTableColumnHeader>
              <DataTableColumnHeader align="right">{t('assessment.people')}</DataTableColumnHeader>
              <DataTableColumnHeader align="right">{t('assessment.latestMean')}</DataTableColumnHeader>
              {withBaseline && (
                <>
                  <DataTableColumnHeader align="right">{t('assessment.baselineMean')}</DataTableColumnHeader>
                  <DataTableColumnHeader align="right">{t('assessment.change')}</DataTableColumnHeader>
                </>
              )}
            </DataTableRow>
          </DataTableHead>
          <DataTableBody>
            {pointOfView.areas.map((area) => (
              <DataTableRow key={area.areaKey}>
                <DataTableCell>{area.name}</DataTableCell>
                {area.latest.suppressed ? (
                  <DataTableCell colSpan={withBaseline ? '4' : '2'} className="dashboard__hidden">
                    {t('assessment.hidden')}
                  </DataTableCell>
                ) : (
                  <>
                    <DataTableCell align="right">{String(area.latest.memberCount ?? '—')}</DataTableCell>
                    <DataTableCell align="right">{formatScore(area.latest.mean, language)}</DataTableCell>
                    {withBaseline &&
                      (area.sinceBaseline === null || area.sinceBaseline.suppressed ? (
                        <DataTableCell colSpan="2" className="dashboard__hidden">
                          {t('assessment.changeHidden')}
                        </DataTableCell>
                      ) : (
                        <>
                          <DataTableCell align="right">
                            {formatScore(area.sinceBaseline.baselineMean, language)}
                          </DataTableCell>
                          <DataTableCell align="right">
                            {formatDelta(area.sinceBaseline.delta, language)}
                          </DataTableCell>
                        </>
                      ))}
                  </>
                )}
              </DataTableRow>
            ))}
          </DataTableBody>
        </DataTable>
      </div>
    </section>
  );
}
