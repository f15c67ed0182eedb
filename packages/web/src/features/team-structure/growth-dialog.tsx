import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GROWTH_OPPORTUNITY_KINDS,
  type GrowthOpportunity,
  type GrowthOpportunityKind,
  type TeamMember,
} from '@coreteam/core';
import { deleteRequest, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { Dialog } from '../../shared/ui/confirm-dialog.js';
import { FormError } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { fieldErrorsOf } from './field-errors.js';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import { formatDay, keyOf, today } from './wording.js';

type OpportunityList = { opportunities: GrowthOpportunity[] };

/**
 * The growth opportunities a member has taken (academies, mentoring, scholarships…): the
 * framework's retention strategies, since salaries can rarely compete. Leads record them.
 */
export function GrowthDialog({
  memberPath,
  member,
  canEdit,
  onClose,
}: {
  memberPath: string;
  member: TeamMember;
  canEdit: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const { t: tShared } = useTranslation();
  const path = `${memberPath}/growth`;
  const list = useApiResource<OpportunityList>(path);
  const [failure, setFailure] = useState<string>();
  const [removing, setRemoving] = useState<string>();
  const opportunities = list.state.status === 'loaded' ? list.state.data.opportunities : [];

  const remove = async (opportunity: GrowthOpportunity) => {
    setRemoving(opportunity.id);
    setFailure(undefined);
    try {
      await deleteRequest(`${path}/${encodeURIComponent(opportunity.id)}`);
      list.replace({ opportunities: opportunities.filter((each) => each.id !== opportunity.id) });
    } catch (error) {
      setFailure(errorMessage(error, tShared, i18n.language));
    } finally {
      setRemoving(undefined);
    }
  };

  return (
    <Dialog
      title={t('growth.title', { name: member.name })}
      small={false}
      onClose={onClose}
      actions={
        <Button secondary onClick={() => onClose()}>
          {t('dialogs.close')}
        </Button>
      }
    >
      <p className="section-lead">{t('growth.lead')}</p>
      {list.state.status === 'loading' && <PageLoading />}
      {list.state.status === 'failed' && <LoadFailure error={list.state.error} onRetry={list.reload} />}
      {list.state.status === 'loaded' &&
        (opportunities.length === 0 ? (
          <p className="empty-state">{t('growth.none')}</p>
        ) : (
          <ul className="growth-list" aria-label={t('growth.listLabel', { name: member.name })}>
            {opportunities.map((opportunity) => (
              <li key={opportunity.id}>
                <div>
                  <p>
                    <strong>{t(`growthKinds.${keyOf(opportunity.kind)}`)}</strong> —{' '}
                    {formatDay(opportunity.occurredOn, i18n.language)}
                  </p>
                  {opportunity.note && <p className="muted pre-line">{opportunity.note}</p>}
                </div>
                {canEdit && (
                  <Button
                    small
                    secondary
                    loading={removing === opportunity.id}
                    disabled={removing !== undefined}
                    onClick={() => void remove(opportunity)}
                    aria-label={t('growth.removeNamed', {
                      kind: t(`growthKinds.${keyOf(opportunity.kind)}`),
                      date: formatDay(opportunity.occurredOn, i18n.language),
                    })}
                  >
                    {t('growth.remove')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ))}
      <FormError message={failure} />
      {canEdit && (
        <AddOpportunityForm
          path={path}
          onAdded={(added) =>
            list.replace({
              opportunities: [added, ...opportunities].sort((a, b) =>
                b.occurredOn.localeCompare(a.occurredOn),
              ),
            })
          }
        />
      )}
    </Dialog>
  );
}

function AddOpportunityForm({
  path,
  onAdded,
}: {
  path: string;
  onAdded: (opportunity: GrowthOpportunity) => void;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const { t: tShared } = useTranslation();
  const idPrefix = `growth${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [kind, setKind] = useState<GrowthOpportunityKind>('academy');
  const [occurredOn, setOccurredOn] = useState(today());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!occurredOn) {
      setErrors({ occurredOn: t('fieldErrors.required') });
      return;
    }
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      onAdded(await postJson<GrowthOpportunity>(path, { kind, occurredOn, note: note.trim() }));
      setNote('');
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(errorMessage(error, tShared, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card form-card--flat" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="subsection-title">{t('growth.addTitle')}</h3>
      <div className="form-row">
        <SelectField
          name={`${idPrefix}-kind`}
          label={t('growth.kind')}
          value={kind}
          options={GROWTH_OPPORTUNITY_KINDS.map((each) => ({
            value: each,
            label: t(`growthKinds.${keyOf(each)}`),
          }))}
          onChange={(value) => {
            const chosen = GROWTH_OPPORTUNITY_KINDS.find((each) => each === value);
            if (chosen) setKind(chosen);
          }}
          error={errors.kind}
          required
        />
        <InputField
          name={`${idPrefix}-date`}
          label={t('growth.occurredOn')}
          type="date"
          value={occurredOn}
          onChange={({ value }) => setOccurredOn(value ?? '')}
          error={Boolean(errors.occurredOn)}
          validationText={errors.occurredOn}
          required
        />
      </div>
      <InputField
        name={`${idPrefix}-note`}
        label={t('growth.note')}
        helpText={t('growth.noteHelp')}
        value={note}
        onChange={({ value }) => setNote(value ?? '')}
        error={Boolean(errors.note)}
        validationText={errors.note}
        autoComplete="off"
      />
      <FormError message={failure} />
      <div>
        <Button type="submit" loading={busy} disabled={busy}>
          {t('growth.add')}
        </Button>
      </div>
    </form>
  );
}
