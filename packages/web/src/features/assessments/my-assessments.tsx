import { ASSESSMENTS_NAMESPACE } from './i18n.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MyAssessment } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { AssessmentStatusTag } from './round-parts.js';
import { formatDay } from './wording.js';

/** The home page's list of assessments the person answers, whether for themself or as assessor. */
export default function MyAssessments() {
  const { t, i18n } = useTranslation(ASSESSMENTS_NAMESPACE);
  const list = useApiResource<{ assessments: MyAssessment[] }>('/api/me/assessments');
  if (list.state.status === 'loading') return null;
  const toFill =
    list.state.status === 'loaded'
      ? list.state.data.assessments.filter(
          (assessment) => assessment.status !== 'submitted' && assessment.roundStatus === 'open',
        )
      : [];
  return (
    <section aria-labelledby="home-assessments" className="page-section">
      <h2 id="home-assessments" className="section-title">
        {t('mine.title')}
      </h2>
      {list.state.status === 'failed' && <LoadFailure error={list.state.error} onRetry={list.reload} />}
      {list.state.status === 'loaded' &&
        (toFill.length === 0 ? (
          <p className="muted">{t('mine.none')}</p>
        ) : (
          <ul className="my-assessments">
            {toFill.map((assessment) => (
              <li key={assessment.id}>
                <Link href={`/assessments/${encodeURIComponent(assessment.id)}`}>
                  {assessment.mode === 'self'
                    ? t('mine.self', { round: assessment.roundName })
                    : t('mine.other', { round: assessment.roundName, member: assessment.memberName })}
                </Link>{' '}
                <AssessmentStatusTag status={assessment.status} />
                <span className="muted">
                  {' '}
                  {t('mine.details', {
                    team: assessment.teamName,
                    answered: assessment.answered,
                    total: assessment.total,
                    closes: formatDay(assessment.roundClosesOn, i18n.language),
                  })}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
