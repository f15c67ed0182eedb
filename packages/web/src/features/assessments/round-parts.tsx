import { Tag } from '@dhis2-ui/tag';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus, RoundStatus } from '@coreteam/core';
import { ASSESSMENTS_NAMESPACE } from './i18n.js';

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  return (
    <Tag positive={status === 'open'} neutral={status !== 'open'}>
      {t(`roundStatus.${status}`)}
    </Tag>
  );
}

export function AssessmentStatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  const key = status === 'not-started' ? 'notStarted' : status === 'in-progress' ? 'inProgress' : 'submitted';
  return (
    <Tag positive={status === 'submitted'} neutral={status === 'not-started'}>
      {t(`assessmentStatus.${key}`)}
    </Tag>
  );
}

/** A bar with its figures in words beside it, so that it needs no colour or picture to be read. */
export function ProgressFigure({ done, total, label }: { done: number; total: number; label: string }) {
  return (
    <span className="progress-figure">
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
      <span>{label}</span>
    </span>
  );
}

export function SubmittedBar({ submitted, total }: { submitted: number; total: number }) {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  return (
    <ProgressFigure done={submitted} total={total} label={t('rounds.submittedOf', { submitted, total })} />
  );
}
