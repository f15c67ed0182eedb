import { DASHBOARD_NAMESPACE } from './i18n.js';
import './dashboard.css';
import { Button } from '@dhis2-ui/button';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TeamOverviewRow, TeamsOverview } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { countryName } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { formatMoney } from '../../shared/format/money-format.js';
import { formatDay, formatPercent } from '../team-structure/wording.js';

/** /admin/dashboard — one line per team of the deployment, for its system administrators. */
export default function TeamsOverviewPage() {
  const { t, i18n } = useTranslation(DASHBOARD_NAMESPACE);
  const overview = useApiResource<TeamsOverview>('/api/dashboard/teams');

  if (overview.state.status !== 'loaded') {
    return (
      <>
        <h1 className="page-title">{t('overview.title')}</h1>
        {overview.state.status === 'failed' ? (
          <LoadFailure error={overview.state.error} onRetry={overview.reload} />
        ) : (
          <PageLoading />
        )}
      </>
    );
  }
  const { asOf, teams } = overview.state.data;
  const language = i18n.language;
  const year = asOf.slice(0, 4);

  return (
    <article className="dashboard" aria-labelledby="overview-title">
      <div className="dashboard__heading">
        <div>
          <h1 id="overview-title" className="page-title">
            {t('overview.title')}
          </h1>
          <p className="section-lead">{t('overview.lead', { date: formatDay(asOf, language) })}</p>
        </div>
        <div className="no-print">
          <Button primary onClick={() => window.print()}>
            {t('page.print')}
          </Button>
        </div>
      </div>
      {teams.length === 0 ? (
        <p className="empty-state">{t('overview.none')}</p>
      ) : (
        <div className="table-wrapper">
          <DataTable dataTest="teams-overview">
            <caption className="table-caption">{t('overview.caption', { year })}</caption>
            <DataTableHead>
              <DataTableRow>
                <DataTableColumnHeader>{t('overview.team')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('overview.country')}</DataTableColumnHeader>
                <DataTableColumnHeader align="right">{t('overview.coreRoles')}</DataTableColumnHeader>
                <DataTableColumnHeader align="right">{t('overview.findings')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('overview.latestRound')}</DataTableColumnHeader>
                <DataTableColumnHeader align="right">{t('overview.planCompletion')}</DataTableColumnHeader>
                <DataTableColumnHeader align="right">{t('overview.secured', { year })}</DataTableColumnHeader>
                <DataTableColumnHeader align="right">{t('overview.pledged', { year })}</DataTableColumnHeader>
                <DataTableColumnHeader align="right">
                  {t('overview.unfunded', { year })}
                </DataTableColumnHeader>
              </DataTableRow>
            </DataTableHead>
            <DataTableBody>
              {teams.map((row) => (
                <OverviewRow key={row.teamId} row={row} />
              ))}
            </DataTableBody>
          </DataTable>
        </div>
      )}
    </article>
  );
}

function OverviewRow({ row }: { row: TeamOverviewRow }) {
  const { t, i18n } = useTranslation(DASHBOARD_NAMESPACE);
  const language = i18n.language;
  const number = new Intl.NumberFormat(language);
  const budget = row.budgetThisYear;
  const money = (minor: number) => (budget ? formatMoney(minor, budget.currency, language) : '—');
  return (
    <DataTableRow>
      <DataTableCell>
        <Link href={`/teams/${encodeURIComponent(row.teamId)}/dashboard`}>{row.name}</Link>
      </DataTableCell>
      <DataTableCell>{countryName(row.countryCode, language)}</DataTableCell>
      <DataTableCell align="right">
        {t('overview.coreRolesValue', {
          filled: number.format(row.coreRolesFilled),
          total: number.format(row.coreRolesTotal),
        })}
      </DataTableCell>
      <DataTableCell align="right">
        {t('overview.findingsValue', {
          open: number.format(row.openFindings),
          critical: number.format(row.criticalFindings),
        })}
      </DataTableCell>
      <DataTableCell>
        {row.latestRound
          ? t('overview.roundValue', {
              name: row.latestRound.name,
              submitted: number.format(row.latestRound.submitted),
              planned: number.format(row.latestRound.planned),
            })
          : t('overview.noRound')}
      </DataTableCell>
      <DataTableCell align="right">
        {row.plan === null
          ? t('overview.noPlan')
          : row.plan.completionPercent === null
            ? '—'
            : formatPercent(row.plan.completionPercent / 100, language)}
      </DataTableCell>
      <DataTableCell align="right">{budget ? money(budget.securedMinor) : '—'}</DataTableCell>
      <DataTableCell align="right">{budget ? money(budget.pledgedMinor) : '—'}</DataTableCell>
      <DataTableCell align="right">{budget ? money(budget.unfundedMinor) : '—'}</DataTableCell>
    </DataTableRow>
  );
}
