import { DASHBOARD_NAMESPACE } from './i18n.js';
import './dashboard.css';
import { Button } from '@dhis2-ui/button';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import type { TeamDashboard } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { countryName } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { formatDay } from '../team-structure/wording.js';
import { AssessmentSummary } from './assessment-summary.js';
import { PlanSummary } from './plan-summary.js';
import { StructureSummary } from './structure-summary.js';

/**
 * /teams/:teamId/dashboard — what a governing body and funders need on one printable page. The
 * same for every reader: aggregates only, with small groups hidden by the server.
 */
export default function TeamDashboardPage() {
  const { teamId } = useParams<{ teamId: string }>();
  const { t, i18n } = useTranslation(DASHBOARD_NAMESPACE);
  const dashboard = useApiResource<TeamDashboard>(`/api/teams/${encodeURIComponent(teamId)}/dashboard`);

  if (dashboard.state.status !== 'loaded') {
    return (
      <>
        <h1 className="page-title">{t('page.title')}</h1>
        {dashboard.state.status === 'failed' ? (
          <LoadFailure error={dashboard.state.error} onRetry={dashboard.reload} />
        ) : (
          <PageLoading />
        )}
      </>
    );
  }
  const data = dashboard.state.data;
  const language = i18n.language;

  return (
    <article className="dashboard" aria-labelledby="dashboard-title">
      <div className="dashboard__heading">
        <div>
          <h1 id="dashboard-title" className="page-title">
            {t('page.teamTitle', { team: data.team.name })}
          </h1>
          <p className="section-lead" data-testid="dashboard-as-of">
            {t('page.asOf', {
              country: countryName(data.team.countryCode, language),
              date: formatDay(data.asOf, language),
            })}
          </p>
        </div>
        <div className="no-print">
          <Button primary onClick={() => window.print()}>
            {t('page.print')}
          </Button>
        </div>
      </div>
      <p className="dashboard__privacy">{t('page.privacy')}</p>
      <StructureSummary teamId={teamId} structure={data.structure} />
      <AssessmentSummary assessment={data.assessment} />
      <PlanSummary plan={data.plan} />
    </article>
  );
}
