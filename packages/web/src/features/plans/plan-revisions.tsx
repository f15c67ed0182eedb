import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { TextAreaField } from '@dhis2-ui/text-area';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, PlanRevision, PlanRevisionChanges } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { formatDateTime } from '../../shared/format/intl.js';
import { FormError } from '../../shared/ui/form-error.js';
import { currentOnConflict, fieldErrorsOf } from './field-errors.js';
import { PLANS_NAMESPACE } from './i18n.js';
import { formatMoney } from './money.js';

const FIELD_KEYS: Record<string, string> = {
  title: 'title',
  type: 'type',
  provider: 'provider',
  timing: 'timing',
  status: 'status',
  outcome: 'outcome',
  members: 'members',
  gaps: 'gaps',
  costs: 'costs',
  funding: 'funding',
};

export function isEmptyChange(changes: PlanRevisionChanges): boolean {
  return changes.added.length === 0 && changes.removed.length === 0 && changes.changed.length === 0;
}

/** What a revision (or the work since the last one) changed: activities and totals before/after. */
export function ChangesList({ changes, currency }: { changes: PlanRevisionChanges; currency: string }) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  const fieldName = (field: string) => (FIELD_KEYS[field] ? t(`changeField.${FIELD_KEYS[field]}`) : field);
  return (
    <div className="changes">
      <ul className="changes__list">
        {changes.added.map((activity) => (
          <li key={`added-${activity.activityId}`}>
            {t('revisions.added', { title: activity.title, amount: money(activity.totalMinor) })}
          </li>
        ))}
        {changes.removed.map((activity) => (
          <li key={`removed-${activity.activityId}`}>
            {t('revisions.removed', { title: activity.title, amount: money(activity.totalMinor) })}
          </li>
        ))}
        {changes.changed.map((activity) => (
          <li key={`changed-${activity.activityId}`}>
            {t('revisions.changed', {
              title: activity.title,
              fields: activity.fields.map(fieldName).join(', '),
            })}
            {activity.totalBeforeMinor !== activity.totalAfterMinor &&
              ` ${t('revisions.costChange', {
                before: money(activity.totalBeforeMinor),
                after: money(activity.totalAfterMinor),
              })}`}
          </li>
        ))}
      </ul>
      <p className="changes__totals">
        {t('revisions.totals', {
          before: money(changes.totalsBefore.totalMinor),
          after: money(changes.totalsAfter.totalMinor),
        })}{' '}
        {t('revisions.gapTotals', {
          before: money(changes.totalsBefore.unfundedMinor),
          after: money(changes.totalsAfter.unfundedMinor),
        })}
      </p>
    </div>
  );
}

function RecordRevisionForm({ plan, onRecorded }: { plan: PlanDetail; onRecorded: () => void }) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(undefined);
    if (note.trim() === '') {
      setErrors({ note: t('fieldErrors.required') });
      return;
    }
    setBusy(true);
    try {
      await postJson<PlanRevision>(`/api/plans/${encodeURIComponent(plan.id)}/revisions`, {
        note: note.trim(),
        version: plan.version,
      });
      setNote('');
      onRecorded();
    } catch (error) {
      if (currentOnConflict(error)) {
        setFailure(t('revisions.conflict'));
        onRecorded();
      } else {
        setErrors(fieldErrorsOf(error, t));
        setFailure(errorMessage(error, tShared, i18n.language));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
        <h3 className="subsection-title">{t('revisions.recordTitle')}</h3>
        <TextAreaField
          name="revision-note"
          label={t('revisions.note')}
          helpText={t('revisions.noteHelp')}
          value={note}
          rows={2}
          onChange={({ value }) => setNote(value ?? '')}
          error={Boolean(errors.note)}
          validationText={errors.note}
          required
        />
        <FormError message={failure} />
        <div className="button-row">
          <Button type="submit" primary loading={busy} disabled={busy}>
            {t('revisions.record')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** Revisions newest first, what changed since the last one, and (for leads) recording a new one. */
export function PlanRevisions({
  plan,
  canEdit,
  onRecorded,
}: {
  plan: PlanDetail;
  canEdit: boolean;
  onRecorded: () => void;
}) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const revisions = [...plan.revisions].sort((a, b) => b.number - a.number);
  return (
    <div className="plan-revisions">
      <h2 className="section-title">{t('revisions.unrevisedTitle')}</h2>
      {isEmptyChange(plan.unrevisedChanges) ? (
        <p className="section-lead">{t('revisions.noUnrevised')}</p>
      ) : (
        <ChangesList changes={plan.unrevisedChanges} currency={plan.baseCurrency} />
      )}
      {canEdit && <RecordRevisionForm plan={plan} onRecorded={onRecorded} />}
      <h2 className="section-title page-section">{t('revisions.title')}</h2>
      {revisions.length === 0 ? (
        <p className="empty-state">{t('revisions.none')}</p>
      ) : (
        <ol className="revision-list" reversed>
          {revisions.map((revision) => (
            <li key={revision.id} className="revision" data-test="plan-revision">
              <h3 className="subsection-title">
                {t('revisions.heading', {
                  number: revision.number,
                  date: formatDateTime(revision.createdAt, i18n.language),
                })}
              </h3>
              <p className="pre-line">{revision.note}</p>
              {revision.createdBy && (
                <p className="muted">{t('revisions.by', { name: revision.createdBy.displayName })}</p>
              )}
              <ChangesList changes={revision.changes} currency={plan.baseCurrency} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
