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
import type { ActivityProgress, TeamDashboard } from '@coreteam/core';
import { formatMoney, majorUnits } from '../../shared/format/money-format.js';
import { formatPercent } from '../team-structure/wording.js';
import { CHART_COLOURS, DashboardChart } from './dashboard-chart.js';
import { DASHBOARD_NAMESPACE } from './i18n.js';

type Plan = NonNullable<TeamDashboard['plan']>;

const STATUSES = ['planned', 'approved', 'inProgress', 'completed', 'cancelled'] as const;
const STATUS_COLOURS: Record<(typeof STATUSES)[number], string> = {
  planned: CHART_COLOURS.skyBlue,
  approved: CHART_COLOURS.blue,
  inProgress: CHART_COLOURS.orange,
  completed: CHART_COLOURS.green,
  cancelled: CHART_COLOURS.grey,
};
const FUNDING = ['secured', 'pledged', 'unfunded'] as const;
const FUNDING_COLOURS: Record<(typeof FUNDING)[number], string> = {
  secured: CHART_COLOURS.green,
  pledged: CHART_COLOURS.orange,
  unfunded: CHART_COLOURS.vermilion,
};

const countedOf = (line: ActivityProgress) => line.planned + line.approved + line.inProgress + line.completed;

/** The plan's activities per status and year, and its budget secured, pledged and unfunded per year. */
export function PlanSummary({ plan }: { plan: TeamDashboard['plan'] }) {
  const { t } = useTranslation(DASHBOARD_NAMESPACE);
  return (
    <section aria-labelledby="dashboard-plan" className="dashboard__section">
      <h2 id="dashboard-plan" className="section-title">
        {t('plan.title')}
      </h2>
      {plan === null ? (
        <p className="empty-state">{t('plan.none')}</p>
      ) : (
        <>
          <p className="section-lead">
            {t('plan.period', { title: plan.title, from: plan.startYear, to: plan.endYear })}
          </p>
          <ActivityProgressFigures plan={plan} />
          <BudgetFigures plan={plan} />
        </>
      )}
    </section>
  );
}

function ActivityProgressFigures({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation(DASHBOARD_NAMESPACE);
  const language = i18n.language;
  const number = new Intl.NumberFormat(language);
  const completion = (line: ActivityProgress) =>
    line.completionPercent === null ? '—' : formatPercent(line.completionPercent / 100, language);

  const chart = useMemo(() => {
    const count = new Intl.NumberFormat(language);
    return {
      summary: t('plan.chartSummary', {
        years: plan.progressByYear
          .map((line) =>
            t('plan.chartYear', {
              year: line.year,
              completed: count.format(line.completed),
              counted: count.format(countedOf(line)),
            }),
          )
          .join('; '),
      }),
      input: {
        labels: plan.progressByYear.map((line) => String(line.year)),
        datasets: STATUSES.filter((status) => status !== 'cancelled').map((status) => ({
          label: t(`plan.status.${status}`),
          data: plan.progressByYear.map((line) => line[status]),
          color: STATUS_COLOURS[status],
        })),
        stacked: true,
        valueLabel: t('plan.activities'),
        formatValue: (value: number) => (Number.isInteger(value) ? count.format(value) : ''),
      },
    };
  }, [plan, t, language]);

  return (
    <section aria-labelledby="dashboard-progress" className="dashboard__subsection">
      <h3 id="dashboard-progress" className="subsection-title">
        {t('plan.progressTitle')}
      </h3>
      <dl className="dashboard-figures" data-testid="plan-completion">
        <div className="dashboard-figure">
          <dt>{t('plan.completion')}</dt>
          <dd>
            {plan.progress.completionPercent === null
              ? t('plan.noActivities')
              : t('plan.completionValue', {
                  percent: completion(plan.progress),
                  completed: number.format(plan.progress.completed),
                  counted: number.format(countedOf(plan.progress)),
                })}
          </dd>
        </div>
      </dl>
      <DashboardChart summary={chart.summary} input={chart.input} />
      <div className="table-wrapper dashboard-numbers">
        <DataTable dataTest="dashboard-progress">
          <caption className="table-caption">{t('plan.progressCaption')}</caption>
          <DataTableHead>
            <DataTableRow>
              <DataTableColumnHeader>{t('plan.year')}</DataTableColumnHeader>
              {STATUSES.map((status) => (
                <DataTableColumnHeader key={status} align="right">
                  {t(`plan.status.${status}`)}
                </DataTableColumnHeader>
              ))}
              <DataTableColumnHeader align="right">{t('plan.completionHeader')}</DataTableColumnHeader>
            </DataTableRow>
          </DataTableHead>
          <DataTableBody>
            {[...plan.progressByYear, { ...plan.progress, year: null }].map((line) => (
              <DataTableRow key={line.year ?? 'all'}>
                <DataTableCell>
                  {line.year === null ? <strong>{t('plan.allYears')}</strong> : String(line.year)}
                </DataTableCell>
                {STATUSES.map((status) => (
                  <DataTableCell key={status} align="right">
                    {number.format(line[status])}
                  </DataTableCell>
                ))}
                <DataTableCell align="right">{completion(line)}</DataTableCell>
              </DataTableRow>
            ))}
          </DataTableBody>
        </DataTable>
      </div>
    </section>
  );
}

function BudgetFigures({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation(DASHBOARD_NAMESPACE);
  const language = i18n.language;
  const currency = plan.baseCurrency;
  const money = (minor: number) => formatMoney(minor, currency, language);

  const chart = useMemo(
    () => ({
      summary: t('budget.chartSummary', {
        years: plan.budgetByYear
          .map((line) =>
            t('budget.chartYear', {
              year: line.year,
              total: formatMoney(line.totalMinor, currency, language),
              unfunded: formatMoney(line.unfundedMinor, currency, language),
            }),
          )
          .join('; '),
      }),
      input: {
        labels: plan.budgetByYear.map((line) => String(line.year)),
        datasets: FUNDING.map((status) => ({
          label: t(`budget.${status}`),
          data: plan.budgetByYear.map((line) => majorUnits(line[`${status}Minor`], currency)),
          color: FUNDING_COLOURS[status],
        })),
        stacked: true,
        valueLabel: currency,
        formatValue: (value: number) =>
          new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(value),
      },
    }),
    [plan, currency, language, t],
  );

  return (
    <section aria-labelledby="dashboard-budget" className="dashboard__subsection">
      <h3 id="dashboard-budget" className="subsection-title">
        {t('budget.title')}
      </h3>
      <p className="section-lead">{t('budget.lead', { currency })}</p>
      <dl className="dashboard-figures" data-testid="budget-totals">
        {(['total', ...FUNDING] as const).map((figure) => (
          <div key={figure} className={`dashboard-figure dashboard-figure--${figure}`}>
            <dt>{t(`budget.${figure}`)}</dt>
            <dd>{money(plan.budget[`${figure}Minor`])}</dd>
          </div>
        ))}
      </dl>
      <DashboardChart summary={chart.summary} input={chart.input} />
      <div className="table-wrapper dashboard-numbers">
        <DataTable dataTest="dashboard-budget">
          <caption className="table-caption">{t('budget.caption', { currency })}</caption>
          <DataTableHead>
            <DataTableRow>
              <DataTableColumnHeader>{t('plan.year')}</DataTableColumnHeader>
              <DataTableColumnHeader align="right">{t('budget.total')}</DataTableColumnHeader>
              {FUNDING.map((status) => (
                <DataTableColumnHeader key={status} align="right">
                  {t(`budget.${status}`)}
                </DataTableColumnHeader>
              ))}
            </DataTableRow>
          </DataTableHead>
          <DataTableBody>
            {[...plan.budgetByYear, { ...plan.budget, year: null }].map((line) => (
              <DataTableRow key={line.year ?? 'all'}>
                <DataTableCell>
                  {line.year === null ? <strong>{t('plan.allYears')}</strong> : String(line.year)}
                </DataTableCell>
                <DataTableCell align="right">{money(line.totalMinor)}</DataTableCell>
                {FUNDING.map((status) => (
                  <DataTableCell key={status} align="right">
                    {money(line[`${status}Minor`])}
                  </DataTableCell>
                ))}
              </DataTableRow>
            ))}
          </DataTableBody>
        </DataTable>
      </div>
    </section>
  );
}
