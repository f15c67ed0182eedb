import { Button } from '@dhis2-ui/button';
import { Checkbox } from '@dhis2-ui/checkbox';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSESSOR_KINDS,
  concernsAssignment,
  type AssessmentMode,
  type AssessmentSummary,
  type FrameworkDocument,
  type TeamAccessEntry,
  type TeamMember,
} from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { Dialog } from '../../shared/ui/confirm-dialog.js';
import { FormError } from '../../shared/ui/form-error.js';
import { fieldErrorsOf } from './field-errors.js';
import { ASSESSMENTS_NAMESPACE } from './i18n.js';

/** The areas the server picks when none are given: those of the member's current and envisioned roles. */
export function defaultAreaKeys(framework: FrameworkDocument, member: TeamMember): string[] {
  return framework.areas
    .filter((area) => member.assignments.some((assignment) => concernsAssignment(area, assignment)))
    .map((area) => area.key);
}

/** A lead adds one assessment to the round: whose, how it is run, who answers, which areas. */
export function AddAssessmentDialog({
  path,
  framework,
  members,
  accounts,
  onAdded,
  onClose,
}: {
  /** POST …/rounds/{roundId}/assessments */
  path: string;
  framework: FrameworkDocument;
  members: readonly TeamMember[];
  accounts: readonly TeamAccessEntry[];
  onAdded: (assessment: AssessmentSummary) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(ASSESSMENTS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const idPrefix = `add${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [memberId, setMemberId] = useState('');
  const [mode, setMode] = useState<AssessmentMode>('self');
  const [assessorUserId, setAssessorUserId] = useState('');
  const [areaKeys, setAreaKeys] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const member = members.find((each) => each.id === memberId);
  const defaults = useMemo(() => (member ? defaultAreaKeys(framework, member) : []), [framework, member]);
  const areaName = (key: string) => framework.areas.find((area) => area.key === key)?.name ?? key;

  const submit = async () => {
    const problems: Record<string, string> = {};
    if (!member) problems.memberId = t('fieldErrors.required');
    if (mode !== 'self' && !assessorUserId) problems.assessorUserId = t('fieldErrors.required');
    if (mode === 'self' && member && !member.userId) problems.mode = t('add.selfNeedsAccount');
    setErrors(problems);
    setFailure(undefined);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const added = await postJson<AssessmentSummary>(path, {
        memberId,
        mode,
        ...(mode === 'self' ? {} : { assessorUserId }),
        ...(areaKeys.length > 0 ? { areaKeys } : {}),
      });
      onAdded(added);
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(errorMessage(error, tShared, i18n.language));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('add.title')}
      small={false}
      onClose={onClose}
      actions={
        <>
          <Button secondary onClick={() => onClose()} disabled={busy}>
            {tShared('common.cancel')}
          </Button>
          <Button primary onClick={() => void submit()} loading={busy} disabled={busy}>
            {t('add.submit')}
          </Button>
        </>
      }
    >
      <div className="form-card form-card--flat">
        <SelectField
          name={`${idPrefix}-member`}
          label={t('add.member')}
          value={memberId}
          options={members.map((each) => ({ value: each.id, label: each.name }))}
          onChange={setMemberId}
          error={errors.memberId}
          filterable={members.length > 8}
          required
        />
        <fieldset className="radio-group mode-choice">
          <legend>{t('add.mode')}</legend>
          {ASSESSOR_KINDS.map((kind) => (
            <label key={kind} className="mode-option" htmlFor={`${idPrefix}-mode-${kind}`}>
              <input
                type="radio"
                id={`${idPrefix}-mode-${kind}`}
                name={`${idPrefix}-mode`}
                value={kind}
                checked={mode === kind}
                onChange={() => setMode(kind)}
                aria-describedby={`${idPrefix}-mode-${kind}-about`}
              />
              <span className="mode-option__text">
                <strong>{t(`modes.${kind}`)}</strong>
                <span id={`${idPrefix}-mode-${kind}-about`} className="mode-option__about">
                  <span>
                    <span className="mode-option__tag">{t('add.pros')}</span> {t(`modePros.${kind}`)}
                  </span>
                  <span>
                    <span className="mode-option__tag">{t('add.cons')}</span> {t(`modeCons.${kind}`)}
                  </span>
                </span>
              </span>
            </label>
          ))}
          {errors.mode && <p className="field-error">{errors.mode}</p>}
        </fieldset>
        {mode !== 'self' && (
          <SelectField
            name={`${idPrefix}-assessor`}
            label={t('add.assessor')}
            helpText={t('add.assessorHelp')}
            value={assessorUserId}
            options={accounts.map((account) => ({
              value: account.userId,
              label: `${account.displayName} (${account.email})`,
            }))}
            onChange={setAssessorUserId}
            error={errors.assessorUserId}
            filterable={accounts.length > 8}
            required
          />
        )}
        <fieldset className="radio-group">
          <legend>{t('add.areas')}</legend>
          <p className="form-note" id={`${idPrefix}-areas-help`}>
            {member
              ? defaults.length > 0
                ? t('add.areasDefault', { areas: defaults.map(areaName).join(', ') })
                : t('add.areasNoRoles')
              : t('add.areasPickMember')}
          </p>
          {framework.areas.map((area) => (
            <Checkbox
              key={area.key}
              name={`${idPrefix}-area-${area.key}`}
              label={area.name}
              checked={areaKeys.includes(area.key)}
              onChange={({ checked }) =>
                setAreaKeys((previous) =>
                  checked
                    ? framework.areas
                        .map((each) => each.key)
                        .filter((key) => key === area.key || previous.includes(key))
                    : previous.filter((key) => key !== area.key),
                )
              }
            />
          ))}
          {errors.areaKeys && <p className="field-error">{errors.areaKeys}</p>}
        </fieldset>
        <FormError message={failure} />
      </div>
    </Dialog>
  );
}
