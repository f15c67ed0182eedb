import { ASSESSMENT_RESULTS_NAMESPACE } from './i18n.js';
import './assessment-results.css';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { Button } from '@dhis2-ui/button';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import type { RoundResults } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { formatDate } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { frameworkLabels } from './framework-labels.js';
import { byPointOfView } from './point-of-view.js';
import { ResultsComparison } from './results-comparison.js';
import { ResultsHeatmap } from './results-heatmap.js';
import { TeamAggregates } from './team-aggregates.js';
import { previousRound, roundLabel, useTeamRounds } from './team-rounds.js';

const NO_BASELINE = 'none';

/** /teams/:teamId/rounds/:roundId/results: the round's results for the team, and against a baseline. */
export default function RoundResultsPage() {
  const { teamId, roundId } = useParams<{ teamId: string; roundId: string }>();
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const search = useSearch();
  const [, navigate] = useLocation();
  const teamRounds = useTeamRounds(teamId);
  const asked = new URLSearchParams(search).get('compareTo');

  // Until the rounds are known the default baseline is not either; without them, compare with none.
  const rounds = teamRounds.rounds;
  let compareTo: string | undefined;
  if (asked && asked !== roundId) compareTo = asked;
  else if (rounds) compareTo = previousRound(rounds, roundId)?.id ?? NO_BASELINE;
  else if (teamRounds.state.status === 'failed') compareTo = NO_BASELINE;

  const choose = (value: string) => {
    navigate(`${window.location.pathname}?compareTo=${encodeURIComponent(value)}`, { replace: true });
  };
  const options = useMemo(
    () => [
      { value: NO_BASELINE, label: t('compare.none') },
      ...(rounds ?? [])
        .filter((round) => round.id !== roundId)
        .map((round) => ({
          value: round.id,
          label: roundLabel(round, rounds ?? [], (iso) => formatDate(iso, i18n.language)),
        })),
    ],
    [rounds, roundId, t, i18n.language],
  );

  return (
    <>
      <p className="results-back">
        <Link href={`/teams/${encodeURIComponent(teamId)}/rounds/${encodeURIComponent(roundId)}`}>
          {t('round.back')}
        </Link>
      </p>
      {compareTo === undefined ? (
        <>
          <h1 className="page-title">{t('round.titleLoading')}</h1>
          <PageLoading />
        </>
      ) : (
        <RoundResultsView
          teamId={teamId}
          roundId={roundId}
          compareTo={compareTo === NO_BASELINE ? undefined : compareTo}
          picker={
            rounds && rounds.length > 1 ? (
              <div className="results-picker">
                <SelectField
                  name="compare-to"
                  label={t('compare.label')}
                  value={compareTo}
                  options={options}
                  onChange={choose}
                  helpText={t('compare.help')}
                />
              </div>
            ) : null
          }
        />
      )}
    </>
  );
}

function exportPath(teamId: string, roundId: string, format: 'csv' | 'xlsx'): string {
  return `/api/teams/${encodeURIComponent(teamId)}/rounds/${encodeURIComponent(roundId)}/export?format=${format}`;
}

function RoundResultsView({
  teamId,
  roundId,
  compareTo,
  picker,
}: {
  teamId: string;
  roundId: string;
  compareTo: string | undefined;
  picker: ReactNode;
}) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  // A regional round's heatmap comes a page of members at a time; team figures cover everyone.
  const [memberOffset, setMemberOffset] = useState(0);
  const query = new URLSearchParams();
  if (compareTo) query.set('compareTo', compareTo);
  if (memberOffset > 0) query.set('memberOffset', String(memberOffset));
  const path =
    `/api/teams/${encodeURIComponent(teamId)}/rounds/${encodeURIComponent(roundId)}/results` +
    (query.toString() !== '' ? `?${query.toString()}` : '');
  const results = useApiResource<RoundResults>(path);
  const data = results.state.status === 'loaded' ? results.state.data : undefined;
  const labels = useMemo(() => (data ? frameworkLabels(data.framework) : undefined), [data]);

  if (results.state.status === 'failed') {
    return (
      <>
        <h1 className="page-title">{t('round.titleLoading')}</h1>
        <LoadFailure error={results.state.error} onRetry={results.reload} />
      </>
    );
  }
  if (!data || !labels) {
    return (
      <>
        <h1 className="page-title">{t('round.titleLoading')}</h1>
        <PageLoading />
      </>
    );
  }

  const individual = data.visibility === 'individual' && data.members !== null;
  const dates = t('round.dates', {
    opensOn: formatDate(data.round.opensOn, i18n.language),
    closesOn: formatDate(data.round.closesOn, i18n.language),
  });

  return (
    <>
      <h1 className="page-title">{t('round.title', { round: data.round.name })}</h1>
      <p className="page-lead">{dates}</p>
      {!individual && (
        <div className="stack-item">
          <NoticeBox title={t('privacy.title')}>{t('privacy.aggregateOnly')}</NoticeBox>
        </div>
      )}
      <div className="results-toolbar">
        {picker}
        {individual && (
          <div className="results-export" role="group" aria-label={t('export.label')}>
            <a className="results-button" href={exportPath(teamId, roundId, 'csv')} download>
              {t('export.csv')}
            </a>
            <a className="results-button" href={exportPath(teamId, roundId, 'xlsx')} download>
              {t('export.xlsx')}
            </a>
          </div>
        )}
      </div>

      {individual && data.members && (
        <section aria-labelledby="results-heatmap" className="page-section">
          <h2 id="results-heatmap" className="section-title">
            {t('heatmap.title')}
          </h2>
          <p className="section-lead">{t('heatmap.lead')}</p>
          {data.members.length === 0 ? (
            <p className="empty-state">{t('heatmap.empty')}</p>
          ) : (
            <ResultsHeatmap results={data} members={data.members} teamId={teamId} />
          )}
          {data.memberPage && data.memberPage.total > data.memberPage.limit && (
            <MemberPager page={data.memberPage} onChange={setMemberOffset} />
          )}
        </section>
      )}

      <section aria-labelledby="results-team" className="page-section">
        <h2 id="results-team" className="section-title">
          {t('aggregates.sectionTitle')}
        </h2>
        {data.team.length === 0 ? (
          <p className="empty-state">{t('aggregates.empty')}</p>
        ) : (
          byPointOfView(data.team).map((team) => (
            <TeamAggregates key={team.assessedBy} team={team} labels={labels} />
          ))
        )}
      </section>

      {data.comparison && (
        <section aria-labelledby="results-comparison" className="page-section">
          <h2 id="results-comparison" className="section-title">
            {t('comparison.sectionTitle', { baseline: data.comparison.baseline.name })}
          </h2>
          <ResultsComparison
            comparison={data.comparison}
            currentName={data.round.name}
            currentFrameworkVersionId={data.round.frameworkVersionId}
            labels={labels}
          />
        </section>
      )}
    </>
  );
}

function MemberPager({
  page,
  onChange,
}: {
  page: NonNullable<RoundResults['memberPage']>;
  onChange: (offset: number) => void;
}) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const number = new Intl.NumberFormat(i18n.language);
  const last = Math.min(page.offset + page.limit, page.total);
  return (
    <nav className="results-pager" aria-label={t('heatmap.pagerLabel')}>
      <Button
        small
        secondary
        disabled={page.offset === 0}
        onClick={() => onChange(Math.max(0, page.offset - page.limit))}
      >
        {t('heatmap.pagePrevious')}
      </Button>
      <span aria-live="polite">
        {t('heatmap.pageRange', {
          from: number.format(page.offset + 1),
          to: number.format(last),
          total: number.format(page.total),
        })}
      </span>
      <Button
        small
        secondary
        disabled={last >= page.total}
        onClick={() => onChange(page.offset + page.limit)}
      >
        {t('heatmap.pageNext')}
      </Button>
    </nav>
  );
}
