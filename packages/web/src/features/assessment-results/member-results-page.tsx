import { ASSESSMENT_RESULTS_NAMESPACE } from './i18n.js';
import './assessment-results.css';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import type { MemberResults } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { formatDate } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { useRoleCatalogue } from '../team-structure/role-catalogue.js';
import { BarChart, SERIES_COLOURS } from './bar-chart.js';
import { frameworkLabels, type FrameworkLabels } from './framework-labels.js';
import { byPointOfView, statusKey } from './point-of-view.js';
import { formatDelta, formatScore } from './results-format.js';
import { roundLabel, useTeamRounds } from './team-rounds.js';

type Assessment = MemberResults['assessments'][number];

/** Its own chunk (with the learning strings), loaded under the results. */
const RecommendationsPanel = lazy(() => import('../learning/recommendations-panel.js'));

/** /teams/:teamId/members/:memberId/results?roundId=: one member's profile, gaps and comments. */
export default function MemberResultsPage() {
  const { teamId, memberId } = useParams<{ teamId: string; memberId: string }>();
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const search = useSearch();
  const [, navigate] = useLocation();
  const teamRounds = useTeamRounds(teamId);
  const rounds = teamRounds.rounds;
  const asked = new URLSearchParams(search).get('roundId');
  // Without a round in the address, the latest round.
  const roundId = asked ?? rounds?.[rounds.length - 1]?.id;

  const options = useMemo(
    () =>
      [...(rounds ?? [])].reverse().map((round) => ({
        value: round.id,
        label: roundLabel(round, rounds ?? [], (iso) => formatDate(iso, i18n.language)),
      })),
    [rounds, i18n.language],
  );

  if (!roundId) {
    return (
      <>
        <h1 className="page-title">{t('member.titleLoading')}</h1>
        {teamRounds.state.status === 'failed' ? (
          <LoadFailure error={teamRounds.state.error} onRetry={teamRounds.reload} />
        ) : rounds ? (
          <p className="empty-state">{t('member.noRounds')}</p>
        ) : (
          <PageLoading />
        )}
      </>
    );
  }

  return (
    <MemberResultsView
      teamId={teamId}
      memberId={memberId}
      roundId={roundId}
      picker={
        options.length > 1 ? (
          <div className="results-picker">
            <SelectField
              name="member-round"
              label={t('member.roundLabel')}
              value={roundId}
              options={options}
              onChange={(value) =>
                navigate(`${window.location.pathname}?roundId=${encodeURIComponent(value)}`, {
                  replace: true,
                })
              }
            />
          </div>
        ) : null
      }
    />
  );
}

/** The level every category of an area expects, when they agree; else nothing to mark. */
function commonTarget(categoryKeys: string[], targets: Map<string, number>): number | null {
  const levels = new Set(categoryKeys.map((key) => targets.get(key)).filter((level) => level !== undefined));
  return levels.size === 1 ? [...levels][0]! : null;
}

function score(assessment: Assessment, areaKey: string): number | null {
  return assessment.areas.find((area) => area.areaKey === areaKey)?.score ?? null;
}

function AreaProfile({
  results,
  assessments,
  labels,
  targets,
}: {
  results: MemberResults;
  assessments: Assessment[];
  labels: FrameworkLabels;
  targets: Map<string, number>;
}) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const language = i18n.language;
  const { areas, areaTargets, chart } = useMemo(() => {
    const assessed = new Set(
      assessments.flatMap((assessment) => assessment.areas.map((area) => area.areaKey)),
    );
    const areas = results.framework.areas.filter((area) => assessed.has(area.key));
    const areaTargets = areas.map((area) =>
      commonTarget(
        area.categories.map((category) => category.key),
        targets,
      ),
    );
    const chart = {
      summary: t('member.chartSummary', {
        areas: areas
          .flatMap((area) =>
            assessments.map(
              (assessment) =>
                `${labels.area(area.key)} (${t(`pointOfView.${assessment.assessedBy}`)}) ${formatScore(score(assessment, area.key), language)}`,
            ),
          )
          .join('; '),
      }),
      input: {
        labels: areas.map((area) => area.name),
        datasets: assessments.map((assessment, index) => ({
          label: t(`member.series.${assessment.assessedBy}`),
          data: areas.map((area) => score(assessment, area.key)),
          color: SERIES_COLOURS[index % SERIES_COLOURS.length]!,
        })),
        horizontal: true,
        max: 3,
        valueLabel: t('member.scoreAxis'),
        markers: areaTargets,
        markerLabel: t('columns.target'),
        formatValue: (value: number) => formatScore(value, language),
      },
    };
    return { areas, areaTargets, chart };
  }, [results, assessments, labels, targets, language, t]);

  return (
    <section aria-labelledby="member-areas" className="page-section">
      <h2 id="member-areas" className="section-title">
        {t('member.areasTitle')}
      </h2>
      <BarChart
        summary={chart.summary}
        input={chart.input}
        height={60 + areas.length * (24 + 24 * assessments.length)}
      />
      {areaTargets.some((target) => target !== null) && (
        <p className="form-note">{t('member.targetMarkNote')}</p>
      )}
      <div className="table-scroll">
        <table className="results-table" data-testid="area-scores">
          <caption>{t('member.areaTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.area')}</th>
              {assessments.map((assessment) => (
                <th key={assessment.assessmentId} scope="col">
                  {t(`member.series.${assessment.assessedBy}`)}
                </th>
              ))}
              <th scope="col">{t('columns.target')}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area, index) => (
              <tr key={area.key}>
                <th scope="row">{area.name}</th>
                {assessments.map((assessment) => (
                  <td key={assessment.assessmentId} className="number">
                    {formatScore(score(assessment, area.key), language)}
                  </td>
                ))}
                <td className="number">{formatScore(areaTargets[index], language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CategoryTables({
  assessment,
  labels,
  targets,
}: {
  assessment: Assessment;
  labels: FrameworkLabels;
  targets: Map<string, number>;
}) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const language = i18n.language;
  const comments = new Map(assessment.comments.map((comment) => [comment.categoryKey, comment.comment]));
  const headingId = `categories-${assessment.assessmentId}`;
  return (
    <section aria-labelledby={headingId} className="results-block">
      <h3 id={headingId} className="subsection-title">
        {t(`member.series.${assessment.assessedBy}`)}
        {assessment.status !== 'submitted' && ` — ${t(`status.${statusKey(assessment.status)}`)}`}
      </h3>
      {assessment.areas.map((area) => (
        <div key={area.areaKey} className="table-scroll">
          <table className="results-table">
            <caption>
              {t('member.categoryTableCaption', {
                area: labels.area(area.areaKey),
                score: formatScore(area.score, language),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.category')}</th>
                <th scope="col">{t('columns.score')}</th>
                <th scope="col">{t('columns.target')}</th>
                <th scope="col">{t('columns.gap')}</th>
                <th scope="col">{t('columns.rated')}</th>
                <th scope="col">{t('columns.notApplicable')}</th>
                <th scope="col">{t('columns.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {area.categories.map((category) => {
                const target = targets.get(category.categoryKey);
                const gap =
                  target !== undefined && category.score !== null && category.score < target
                    ? Math.round((target - category.score) * 10) / 10
                    : null;
                return (
                  <tr key={category.categoryKey}>
                    <th scope="row">{labels.category(category.categoryKey)}</th>
                    <td className="number">{formatScore(category.score, language)}</td>
                    <td className="number">{formatScore(target, language)}</td>
                    <td className="number">{formatScore(gap, language)}</td>
                    <td className="number">{category.rated}</td>
                    <td className="number">{category.notApplicable}</td>
                    <td className="results-comment">{comments.get(category.categoryKey) ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

function SideBySide({
  sideBySide,
  labels,
}: {
  sideBySide: NonNullable<MemberResults['sideBySide']>;
  labels: FrameworkLabels;
}) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const language = i18n.language;
  const assessor = t(`member.series.${sideBySide.assessorKind}`);
  return (
    <section aria-labelledby="side-by-side" className="page-section">
      <h2 id="side-by-side" className="section-title">
        {t(`sideBySide.title.${sideBySide.assessorKind}`)}
      </h2>
      <p className="section-lead">{t('sideBySide.neverAveraged')}</p>
      <div className="table-scroll">
        <table className="results-table" data-testid="side-by-side">
          <thead>
            <tr>
              <th scope="col">{t('columns.areaOrCategory')}</th>
              <th scope="col">{t('member.series.self')}</th>
              <th scope="col">{assessor}</th>
              <th scope="col">{t('columns.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {sideBySide.areas.flatMap((area) => [
              <tr key={area.areaKey} className="results-table__group">
                <th scope="row">{labels.area(area.areaKey)}</th>
                <td className="number">{formatScore(area.self, language)}</td>
                <td className="number">{formatScore(area.assessor, language)}</td>
                <td className="number">{formatDelta(area.difference, language)}</td>
              </tr>,
              ...area.categories.map((category) => (
                <tr key={category.categoryKey}>
                  <th scope="row" className="results-table__indented">
                    {labels.category(category.categoryKey)}
                  </th>
                  <td className="number">{formatScore(category.self, language)}</td>
                  <td className="number">{formatScore(category.assessor, language)}</td>
                  <td className="number">{formatDelta(category.difference, language)}</td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
      </div>
      <p className="form-note">{t(`sideBySide.differenceNote.${sideBySide.assessorKind}`)}</p>
    </section>
  );
}

function PriorityGaps({
  teamId,
  results,
  labels,
}: {
  teamId: string;
  results: MemberResults;
  labels: FrameworkLabels;
}) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const language = i18n.language;
  const catalogue = useRoleCatalogue(teamId);
  const roles = catalogue.state.status === 'loaded' ? catalogue.state.data : undefined;
  const roleName = (roleKey: string, subRoleKey: string | null) => {
    const name = roles?.name(roleKey) ?? roleKey;
    const subRole = roles?.subRoleName(roleKey, subRoleKey);
    return subRole ? `${name} – ${subRole}` : name;
  };
  return (
    <section aria-labelledby="priority-gaps" className="page-section">
      <h2 id="priority-gaps" className="section-title">
        {t('gaps.title')}
      </h2>
      {results.gapsFrom && <p className="section-lead">{t(`gaps.from.${results.gapsFrom}`)}</p>}
      {results.gaps.length === 0 ? (
        <p className="empty-state">{results.gapsFrom ? t('gaps.none') : t('gaps.noAssessment')}</p>
      ) : (
        <div className="table-scroll">
          <table className="results-table" data-testid="priority-gaps">
            <caption>{t('gaps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.category')}</th>
                <th scope="col">{t('columns.role')}</th>
                <th scope="col">{t('columns.roleStatus')}</th>
                <th scope="col">{t('columns.target')}</th>
                <th scope="col">{t('columns.score')}</th>
                <th scope="col">{t('columns.gap')}</th>
                <th scope="col">{t('columns.skillsBelowTarget')}</th>
              </tr>
            </thead>
            <tbody>
              {results.gaps.map((gap) => (
                <tr key={`${gap.roleKey}:${gap.subRoleKey ?? ''}:${gap.categoryKey}`}>
                  <th scope="row">
                    {labels.category(gap.categoryKey)}
                    <span className="results-subtext">{labels.area(gap.areaKey)}</span>
                  </th>
                  <td>{roleName(gap.roleKey, gap.subRoleKey)}</td>
                  <td>{t(`gaps.status.${gap.status}`)}</td>
                  <td className="number">{formatScore(gap.target, language)}</td>
                  <td className="number">{formatScore(gap.score, language)}</td>
                  <td className="number">{formatScore(gap.gap, language)}</td>
                  <td>
                    {gap.skillsBelowTarget.length === 0 ? (
                      '—'
                    ) : (
                      <ul className="results-skill-list">
                        {gap.skillsBelowTarget.map((skill) => (
                          <li key={skill.skillKey}>
                            {t('gaps.skillRating', {
                              skill: labels.skill(skill.skillKey),
                              rating: skill.rating,
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MemberResultsView({
  teamId,
  memberId,
  roundId,
  picker,
}: {
  teamId: string;
  memberId: string;
  roundId: string;
  picker: ReactNode;
}) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const results = useApiResource<MemberResults>(
    `/api/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(memberId)}/results?roundId=${encodeURIComponent(roundId)}`,
  );
  const data = results.state.status === 'loaded' ? results.state.data : undefined;
  const labels = useMemo(() => (data ? frameworkLabels(data.framework) : undefined), [data]);
  const targets = useMemo(
    () => new Map((data?.targets ?? []).map((target) => [target.categoryKey, target.level])),
    [data],
  );
  const assessments = useMemo(() => (data ? byPointOfView(data.assessments) : []), [data]);

  if (results.state.status === 'failed') {
    return (
      <>
        <h1 className="page-title">{t('member.titleLoading')}</h1>
        {picker}
        <LoadFailure error={results.state.error} onRetry={results.reload} />
      </>
    );
  }
  if (!data || !labels) {
    return (
      <>
        <h1 className="page-title">{t('member.titleLoading')}</h1>
        <PageLoading />
      </>
    );
  }

  return (
    <>
      <p className="results-back">
        <Link
          href={`/teams/${encodeURIComponent(teamId)}/rounds/${encodeURIComponent(data.round.id)}/results`}
        >
          {t('member.backToRound', { round: data.round.name })}
        </Link>
      </p>
      <h1 className="page-title">{t('member.title', { name: data.member.name })}</h1>
      <p className="page-lead">
        {t('member.lead', {
          round: data.round.name,
          opensOn: formatDate(data.round.opensOn, i18n.language),
          closesOn: formatDate(data.round.closesOn, i18n.language),
        })}
      </p>
      <div className="results-toolbar">{picker}</div>
      {assessments.some((assessment) => assessment.status !== 'submitted') && (
        <div className="stack-item">
          <NoticeBox>{t('member.notSubmittedNote')}</NoticeBox>
        </div>
      )}
      {assessments.length === 0 ? (
        <p className="empty-state">{t('member.noAssessments')}</p>
      ) : (
        <>
          <AreaProfile results={data} assessments={assessments} labels={labels} targets={targets} />
          {data.sideBySide && <SideBySide sideBySide={data.sideBySide} labels={labels} />}
          <PriorityGaps teamId={teamId} results={data} labels={labels} />
          <Suspense fallback={null}>
            <RecommendationsPanel teamId={teamId} memberId={memberId} categoryName={labels.category} />
          </Suspense>
          <section aria-labelledby="member-categories" className="page-section">
            <h2 id="member-categories" className="section-title">
              {t('member.categoriesTitle')}
            </h2>
            {assessments.map((assessment) => (
              <CategoryTables
                key={assessment.assessmentId}
                assessment={assessment}
                labels={labels}
                targets={targets}
              />
            ))}
          </section>
        </>
      )}
    </>
  );
}
