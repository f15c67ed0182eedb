import { LEARNING_NAMESPACE } from './i18n.js';
import './learning.css';
import { Button } from '@dhis2-ui/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LearningCandidate, PlanSummary, Recommendations } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { formatMoney } from '../plans/money.js';
import { useOptionalResource, usePlanAccess } from '../plans/plan-resources.js';
import { keyOf } from './course-wording.js';
import { learningApi, learningPages } from './learning-paths.js';

/**
 * Courses and internal mentoring for a member's priority gaps, with their costs; a lead adds one to
 * a plan of the team. Its own chunk, loaded after the results it sits under.
 */
export default function RecommendationsPanel({
  teamId,
  memberId,
  categoryName,
}: {
  teamId: string;
  memberId: string;
  categoryName: (categoryKey: string) => string;
}) {
  const { t } = useTranslation(LEARNING_NAMESPACE);
  const access = usePlanAccess(teamId);
  const plans = useOptionalResource<{ plans: PlanSummary[] }>(
    access.canEdit ? learningApi.teamPlans(teamId) : null,
  );
  const planList = plans.state.status === 'loaded' ? plans.state.data.plans : [];
  const [chosenPlanId, setChosenPlanId] = useState<string>();
  const planId = chosenPlanId ?? planList[0]?.id;
  // Priced in the chosen plan's currency and first year, so that a draft fits the plan as it is.
  const recommendations = useApiResource<Recommendations>(
    learningApi.recommendations(teamId, memberId, access.canEdit ? planId : undefined),
  );

  return (
    <section aria-labelledby="recommendations" className="page-section" data-test="recommendations">
      <h2 id="recommendations" className="section-title">
        {t('recommendations.title')}
      </h2>
      <p className="section-lead">
        {t('recommendations.lead')}{' '}
        <Link href={learningPages.member(teamId, memberId)}>{t('recommendations.learningLink')}</Link>
      </p>
      {access.canEdit && planList.length > 0 && (
        <div className="learning-picker">
          <SelectField
            name="recommendations-plan"
            label={t('recommendations.planLabel')}
            helpText={t('recommendations.planHelp')}
            value={planId ?? ''}
            options={planList.map((plan) => ({ value: plan.id, label: plan.title }))}
            onChange={setChosenPlanId}
          />
        </div>
      )}
      {recommendations.state.status === 'failed' ? (
        <LoadFailure error={recommendations.state.error} onRetry={recommendations.reload} />
      ) : recommendations.state.status === 'loading' ? (
        <PageLoading />
      ) : recommendations.state.data.candidates.length === 0 ? (
        <p className="empty-state">
          {recommendations.state.data.gapsFrom
            ? t('recommendations.none')
            : t('recommendations.noAssessment')}
        </p>
      ) : (
        <CandidateTable
          data={recommendations.state.data}
          categoryName={categoryName}
          planId={access.canEdit ? planId : undefined}
          planTitle={planList.find((plan) => plan.id === planId)?.title}
        />
      )}
    </section>
  );
}

function CandidateTable({
  data,
  categoryName,
  planId,
  planTitle,
}: {
  data: Recommendations;
  categoryName: (categoryKey: string) => string;
  planId: string | undefined;
  planTitle: string | undefined;
}) {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE);
  const [busyKey, setBusyKey] = useState<string>();
  const [added, setAdded] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const money = (minor: number | null) =>
    minor === null ? t('recommendations.noRate') : formatMoney(minor, data.currency, i18n.language);

  const addToPlan = async (candidate: LearningCandidate) => {
    if (!planId) return;
    setBusyKey(candidate.key);
    setProblem(undefined);
    setDone(undefined);
    try {
      // Prerequisites not yet completed go in first, each as its own activity; all in one
      // request, so a refusal or a dropped connection never leaves half of them in the plan.
      await postJson(learningApi.activityBatch(planId), {
        activities: [
          ...candidate.prerequisites.map((prerequisite) => prerequisite.activityDraft),
          candidate.activityDraft,
        ],
      });
      setAdded((previous) => new Set(previous).add(candidate.key));
      setDone(t('recommendations.added', { title: candidate.title, plan: planTitle ?? '' }));
    } catch (error) {
      setProblem(errorMessage(error, t, i18n.language));
    } finally {
      setBusyKey(undefined);
    }
  };

  return (
    <>
      <FormError message={problem} />
      <FormSuccess message={done} />
      <div className="learning-scroll">
        <table className="learning-table" data-test="recommendations-table">
          <caption>{t('recommendations.caption', { currency: data.currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.recommendation')}</th>
              <th scope="col">{t('columns.covers')}</th>
              <th scope="col">{t('columns.cost')}</th>
              {planId && (
                <th scope="col">
                  <span className="visually-hidden">{t('columns.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {data.candidates.map((candidate) => (
              <tr key={candidate.key} data-test="recommendation">
                <th scope="row">
                  {candidate.title}
                  <span className="learning-subtext">
                    {candidate.kind === 'mentoring'
                      ? t('recommendations.mentoring', {
                          mentor: candidate.mentor?.name ?? t('recommendations.colleague'),
                        })
                      : candidate.format
                        ? t(`formats.${keyOf(candidate.format)}`)
                        : ''}
                  </span>
                  {candidate.prerequisites.length > 0 && (
                    <span className="learning-subtext">
                      {t('recommendations.includes', {
                        courses: candidate.prerequisites
                          .map((prerequisite) => prerequisite.courseName)
                          .join(', '),
                      })}
                    </span>
                  )}
                </th>
                <td>
                  <ul className="learning-list">
                    {candidate.covers.map((gap) => (
                      <li key={gap.categoryKey}>
                        {t('recommendations.gap', {
                          category: categoryName(gap.categoryKey),
                          gap: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
                            gap.gap,
                          ),
                        })}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="number">{money(candidate.totalCostMinor)}</td>
                {planId && (
                  <td>
                    <Button
                      small
                      secondary
                      onClick={() => void addToPlan(candidate)}
                      loading={busyKey === candidate.key}
                      disabled={busyKey !== undefined || added.has(candidate.key)}
                      aria-label={t('recommendations.addNamed', { title: candidate.title })}
                    >
                      {added.has(candidate.key) ? t('recommendations.addedShort') : t('recommendations.add')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
