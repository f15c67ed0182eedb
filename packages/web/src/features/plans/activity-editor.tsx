import { Button } from '@dhis2-ui/button';
import { Checkbox } from '@dhis2-ui/checkbox';
import { InputField } from '@dhis2-ui/input';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { Radio } from '@dhis2-ui/radio';
import { TextAreaField } from '@dhis2-ui/text-area';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  COST_KINDS,
  FUNDING_STATUSES,
  type FundingSource,
  type PlanActivity,
  type PlanDetail,
  type TeamMember,
} from '@coreteam/core';
import { deleteRequest, patchJson, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { CurrencySelectField, SelectField } from '../../shared/forms/select-field.js';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.js';
import { FormError } from '../../shared/ui/form-error.js';
import {
  activityBody,
  draftOf,
  emptyDraft,
  liveCosting,
  newCostLine,
  newFundingShare,
  type ActivityDraft,
  type CostLineDraft,
  type FundingShareDraft,
} from './activity-draft.js';
import { currentOnConflict, errorAt, fieldErrorsOf } from './field-errors.js';
import { PLANS_NAMESPACE } from './i18n.js';
import { useMemberGaps } from './member-gaps.js';
import { currencyDigits, formatMoney } from './money.js';
import { ConflictDialog, WideDialog } from './plan-dialogs.js';
import { api, pages } from './plan-paths.js';
import { activityStatusLabel, activityTypeLabel, costKindLabel, fundingStatusLabel } from './wording.js';

const FORM_ID = 'activity-editor-form';

/**
 * Creates or edits one activity: what, when, for whom, against which gaps, what it costs and who
 * pays. What was typed stays on screen whatever the server answers; a 409 asks what to keep.
 */
export function ActivityEditor({
  teamId,
  plan,
  activity,
  initialMemberIds,
  members,
  fundingSources,
  gapsVisible,
  onClose,
  onSaved,
}: {
  teamId: string;
  plan: PlanDetail;
  /** Undefined for a new activity. */
  activity: PlanActivity | undefined;
  initialMemberIds?: string[];
  members: readonly TeamMember[];
  fundingSources: readonly FundingSource[];
  /** Members' results are the team leads' to read; a system admin who is not a lead picks no gaps. */
  gapsVisible: boolean;
  onClose: () => void;
  /** After a save or a delete, so the page fetches the plan's figures again. */
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const language = i18n.language;
  const [draft, setDraft] = useState<ActivityDraft>(() =>
    activity ? draftOf(activity, plan.baseCurrency, language) : emptyDraft(plan, initialMemberIds),
  );
  const [version, setVersion] = useState(activity?.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<PlanActivity>();
  /** What was refused with 409, to do again over their version if asked to. */
  const [conflictAction, setConflictAction] = useState<'save' | 'delete'>('save');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const gaps = useMemberGaps(teamId, gapsVisible ? draft.memberIds : []);
  const costing = liveCosting(draft, plan, language);
  const money = (minor: number, currency = plan.baseCurrency) => formatMoney(minor, currency, language);

  const update = (changes: Partial<ActivityDraft>) => setDraft((previous) => ({ ...previous, ...changes }));
  const updateLine = (key: string, changes: Partial<CostLineDraft>) =>
    setDraft((previous) => ({
      ...previous,
      costLines: previous.costLines.map((line) => (line.key === key ? { ...line, ...changes } : line)),
    }));
  const updateShare = (key: string, changes: Partial<FundingShareDraft>) =>
    setDraft((previous) => ({
      ...previous,
      fundingShares: previous.fundingShares.map((share) =>
        share.key === key ? { ...share, ...changes } : share,
      ),
    }));

  const save = async (withVersion = version) => {
    setFailure(undefined);
    const parsed = activityBody(draft, plan.baseCurrency, language, t);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setFailure(t('editor.fixFields'));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      if (activity && withVersion !== undefined) {
        await patchJson<PlanActivity>(api.activity(plan.id, activity.id), {
          version: withVersion,
          ...parsed.body,
        });
      } else {
        await postJson<PlanActivity>(api.activities(plan.id), parsed.body);
      }
      setBusy(false);
      onSaved();
      onClose();
    } catch (error) {
      setBusy(false);
      const current = currentOnConflict<PlanActivity>(error);
      if (current) {
        setConflictAction('save');
        setConflict(current);
        return;
      }
      setErrors(fieldErrorsOf(error, t));
      setFailure(errorMessage(error, tShared, language));
    }
  };

  const remove = async (withVersion = version) => {
    if (!activity || withVersion === undefined) return;
    setBusy(true);
    try {
      await deleteRequest(`${api.activity(plan.id, activity.id)}?version=${withVersion}`);
      setBusy(false);
      onSaved();
      onClose();
    } catch (error) {
      setBusy(false);
      setConfirmingDelete(false);
      const current = currentOnConflict<PlanActivity>(error);
      if (current) {
        setConflictAction('delete');
        setConflict(current);
      } else setFailure(errorMessage(error, tShared, language));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const memberOptions = members.map((member) => ({ id: member.id, name: member.name }));
  const chosenGaps = useMemo(() => {
    const seen = new Map<string, { key: string; name: string; detail: string }>();
    for (const memberId of draft.memberIds) {
      const state = gaps[memberId];
      if (state?.status !== 'loaded') continue;
      for (const gap of state.gaps) {
        if (!seen.has(gap.categoryKey)) {
          seen.set(gap.categoryKey, { key: gap.categoryKey, name: gap.categoryName, detail: gap.areaName });
        }
      }
    }
    // Categories chosen earlier that are no longer priority gaps stay visible, so they can be unticked.
    for (const key of draft.gapCategoryKeys) {
      if (!seen.has(key)) seen.set(key, { key, name: key, detail: t('editor.gapNoLongerPriority') });
    }
    return [...seen.values()];
  }, [draft.memberIds, draft.gapCategoryKeys, gaps, t]);
  const gapsLoading =
    gapsVisible &&
    draft.memberIds.some((memberId) => !gaps[memberId] || gaps[memberId]?.status === 'loading');

  const typeOptions = ACTIVITY_TYPES.map((type) => ({ value: type, label: activityTypeLabel(type, t) }));
  const statusOptions = ACTIVITY_STATUSES.map((status) => ({
    value: status,
    label: activityStatusLabel(status, t),
  }));
  const kindOptions = COST_KINDS.map((kind) => ({ value: kind, label: costKindLabel(kind, t) }));
  const fundingStatusOptions = FUNDING_STATUSES.map((status) => ({
    value: status,
    label: fundingStatusLabel(status, t),
  }));
  const sourceOptions = fundingSources.map((source) => ({ value: source.id, label: source.name }));
  const quarterOptions = [
    { value: '', label: t('editor.quarterUnknown') },
    ...[1, 2, 3, 4].map((quarter) => ({
      value: String(quarter),
      label: t('editor.quarterOption', { quarter }),
    })),
  ];
  const baseDigits = currencyDigits(plan.baseCurrency);
  const decimalsHelp = (digits: number) =>
    digits === 0 ? t('editor.noDecimals') : t('editor.decimals', { digits });

  return (
    <WideDialog
      title={activity ? t('editor.editTitle', { title: activity.title }) : t('editor.newTitle')}
      onClose={onClose}
      dataTest="activity-editor"
      actions={
        <>
          {activity && (
            <Button destructive secondary onClick={() => setConfirmingDelete(true)} disabled={busy}>
              {t('editor.delete')}
            </Button>
          )}
          <Button secondary onClick={() => onClose()} disabled={busy}>
            {tShared('common.cancel')}
          </Button>
          <Button type="submit" primary loading={busy} disabled={busy} {...{ form: FORM_ID }}>
            {t('editor.save')}
          </Button>
        </>
      }
    >
      <form id={FORM_ID} className="form-card form-card--flat activity-editor" onSubmit={submit} noValidate>
        <InputField
          name="activity-title"
          label={t('editor.title')}
          value={draft.title}
          onChange={({ value }) => update({ title: value ?? '' })}
          error={Boolean(errors.title)}
          validationText={errors.title}
          required
          autoComplete="off"
        />
        <div className="form-row">
          <SelectField
            name="activity-type"
            label={t('editor.type')}
            value={draft.type}
            options={typeOptions}
            onChange={(value) => update({ type: value as ActivityDraft['type'] })}
            error={errors.type}
          />
          <InputField
            name="activity-provider"
            label={t('editor.provider')}
            helpText={t('editor.providerHelp')}
            value={draft.provider}
            onChange={({ value }) => update({ provider: value ?? '' })}
            error={Boolean(errors.provider)}
            validationText={errors.provider}
            autoComplete="off"
          />
          <SelectField
            name="activity-status"
            label={t('editor.status')}
            value={draft.status}
            options={statusOptions}
            onChange={(value) => update({ status: value as ActivityDraft['status'] })}
            error={errors.status}
          />
        </div>

        <fieldset className="editor-group">
          <legend>{t('editor.timing')}</legend>
          <div className="radio-row">
            <Radio
              name="activity-timing-kind"
              value="quarter"
              label={t('editor.timingQuarter')}
              checked={draft.timingKind === 'quarter'}
              onChange={() => update({ timingKind: 'quarter' })}
            />
            <Radio
              name="activity-timing-kind"
              value="dates"
              label={t('editor.timingDates')}
              checked={draft.timingKind === 'dates'}
              onChange={() => update({ timingKind: 'dates' })}
            />
          </div>
          {draft.timingKind === 'dates' ? (
            <div className="form-row">
              <InputField
                name="activity-starts-on"
                label={t('editor.startsOn')}
                type="date"
                value={draft.startsOn}
                onChange={({ value }) => update({ startsOn: value ?? '' })}
                error={Boolean(errors['timing.startsOn'])}
                validationText={errors['timing.startsOn']}
                required
              />
              <InputField
                name="activity-ends-on"
                label={t('editor.endsOn')}
                type="date"
                value={draft.endsOn}
                onChange={({ value }) => update({ endsOn: value ?? '' })}
                error={Boolean(errors['timing.endsOn'])}
                validationText={errors['timing.endsOn']}
                required
              />
            </div>
          ) : (
            <div className="form-row">
              <InputField
                name="activity-year"
                label={t('editor.year')}
                helpText={t('editor.yearHelp', { from: plan.startYear, to: plan.endYear })}
                inputWidth="120px"
                value={draft.year}
                onChange={({ value }) => update({ year: value ?? '' })}
                error={Boolean(errors['timing.year'])}
                validationText={errors['timing.year']}
                required
              />
              <SelectField
                name="activity-quarter"
                label={t('editor.quarter')}
                value={draft.quarter}
                options={quarterOptions}
                onChange={(value) => update({ quarter: value })}
                error={errors['timing.quarter']}
              />
            </div>
          )}
          {errors.timing && (
            <p className="field-problem" role="alert">
              {errors.timing}
            </p>
          )}
        </fieldset>

        <fieldset className="editor-group">
          <legend>{t('editor.members')}</legend>
          {memberOptions.length === 0 ? (
            <p className="form-note">{t('editor.noMembers')}</p>
          ) : (
            <div className="checkbox-columns">
              {memberOptions.map((member) => (
                <Checkbox
                  key={member.id}
                  name={`activity-member-${member.id}`}
                  label={member.name}
                  checked={draft.memberIds.includes(member.id)}
                  onChange={({ checked }) =>
                    setDraft((previous) => ({
                      ...previous,
                      memberIds: checked
                        ? members
                            .map((m) => m.id)
                            .filter((id) => id === member.id || previous.memberIds.includes(id))
                        : previous.memberIds.filter((id) => id !== member.id),
                    }))
                  }
                />
              ))}
            </div>
          )}
          {errorAt(errors, 'memberIds') && (
            <p className="field-problem" role="alert">
              {errorAt(errors, 'memberIds')}
            </p>
          )}
        </fieldset>

        <fieldset className="editor-group">
          <legend>{t('editor.gaps')}</legend>
          {!gapsVisible && draft.gapCategoryKeys.length === 0 ? (
            <p className="form-note">{t('editor.gapsLeadsOnly')}</p>
          ) : draft.memberIds.length === 0 ? (
            <p className="form-note">{t('editor.gapsChooseMembers')}</p>
          ) : chosenGaps.length === 0 ? (
            <p className="form-note">{gapsLoading ? t('editor.gapsLoading') : t('editor.gapsNone')}</p>
          ) : (
            <div className="checkbox-columns">
              {chosenGaps.map((gap) => (
                <Checkbox
                  key={gap.key}
                  name={`activity-gap-${gap.key}`}
                  label={t('editor.gapOption', { name: gap.name, area: gap.detail })}
                  checked={draft.gapCategoryKeys.includes(gap.key)}
                  onChange={({ checked }) =>
                    setDraft((previous) => ({
                      ...previous,
                      gapCategoryKeys: checked
                        ? [...previous.gapCategoryKeys, gap.key]
                        : previous.gapCategoryKeys.filter((key) => key !== gap.key),
                    }))
                  }
                />
              ))}
            </div>
          )}
          {errorAt(errors, 'gapCategoryKeys') && (
            <p className="field-problem" role="alert">
              {errorAt(errors, 'gapCategoryKeys')}
            </p>
          )}
        </fieldset>

        <TextAreaField
          name="activity-outcome"
          label={t('editor.outcomeNote')}
          helpText={t('editor.outcomeNoteHelp')}
          value={draft.outcomeNote}
          rows={2}
          onChange={({ value }) => update({ outcomeNote: value ?? '' })}
          error={Boolean(errors.outcomeNote)}
          validationText={errors.outcomeNote}
        />

        <section className="editor-group" aria-labelledby="activity-costs-heading">
          <h3 id="activity-costs-heading" className="editor-group__title">
            {t('editor.costs')}
          </h3>
          {draft.costLines.map((line, index) => {
            const field = (name: string) => errors[`costLines.${index}.${name}`];
            const lineTotal = costing.lineTotals[index];
            return (
              <fieldset key={line.key} className="editor-row" data-test="cost-line">
                <legend>{t('editor.costLine', { number: index + 1 })}</legend>
                <div className="editor-row__fields editor-row__fields--cost">
                  <SelectField
                    name={`cost-kind-${line.key}`}
                    label={t('editor.costKind')}
                    value={line.kind}
                    options={kindOptions}
                    onChange={(value) => updateLine(line.key, { kind: value as CostLineDraft['kind'] })}
                    error={field('kind')}
                  />
                  <InputField
                    name={`cost-description-${line.key}`}
                    label={t('editor.costDescription')}
                    value={line.description}
                    onChange={({ value }) => updateLine(line.key, { description: value ?? '' })}
                    error={Boolean(field('description'))}
                    validationText={field('description')}
                    autoComplete="off"
                  />
                  <InputField
                    name={`cost-quantity-${line.key}`}
                    label={t('editor.quantity')}
                    value={line.quantity}
                    onChange={({ value }) => updateLine(line.key, { quantity: value ?? '' })}
                    error={Boolean(field('quantity'))}
                    validationText={field('quantity')}
                    autoComplete="off"
                  />
                  <InputField
                    name={`cost-unit-${line.key}`}
                    label={t('editor.unitCost')}
                    helpText={decimalsHelp(currencyDigits(line.currency))}
                    value={line.unitCost}
                    onChange={({ value }) => updateLine(line.key, { unitCost: value ?? '' })}
                    error={Boolean(field('unitCostMinor'))}
                    validationText={field('unitCostMinor')}
                    autoComplete="off"
                  />
                  <CurrencySelectField
                    name={`cost-currency-${line.key}`}
                    label={t('editor.currency')}
                    value={line.currency}
                    onChange={(value) => updateLine(line.key, { currency: value })}
                    error={field('currency')}
                  />
                </div>
                <div className="editor-row__footer">
                  <span className="editor-row__total">
                    {lineTotal === undefined
                      ? ''
                      : t('editor.lineTotal', { amount: money(lineTotal, line.currency) })}
                  </span>
                  <Button
                    small
                    secondary
                    onClick={() =>
                      setDraft((previous) => ({
                        ...previous,
                        costLines: previous.costLines.filter((other) => other.key !== line.key),
                      }))
                    }
                  >
                    {t('editor.removeCostLine', { number: index + 1 })}
                  </Button>
                </div>
              </fieldset>
            );
          })}
          {errors.costLines && (
            <p className="field-problem" role="alert">
              {errors.costLines}
            </p>
          )}
          <div>
            <Button
              small
              onClick={() =>
                setDraft((previous) => ({
                  ...previous,
                  costLines: [
                    ...previous.costLines,
                    newCostLine(
                      previous.costLines[previous.costLines.length - 1]?.currency ?? plan.baseCurrency,
                    ),
                  ],
                }))
              }
            >
              {t('editor.addCostLine')}
            </Button>
          </div>
          <p className="editor-live" role="status" data-test="activity-live-total">
            {costing.missingRates.length > 0 ? (
              t('editor.missingRates', { currencies: costing.missingRates.join(', ') })
            ) : costing.totalMinor === undefined ? (
              t('editor.totalPending')
            ) : (
              <strong>
                {t('editor.total', { currency: plan.baseCurrency, amount: money(costing.totalMinor) })}
              </strong>
            )}
          </p>
        </section>

        <section className="editor-group" aria-labelledby="activity-funding-heading">
          <h3 id="activity-funding-heading" className="editor-group__title">
            {t('editor.funding')}
          </h3>
          <p className="form-note">{t('editor.fundingHelp', { currency: plan.baseCurrency })}</p>
          {fundingSources.length === 0 && (
            <p className="form-note">
              {t('editor.noFundingSources')}{' '}
              <Link href={pages.fundingSources(teamId)}>{t('editor.manageFundingSources')}</Link>
            </p>
          )}
          {draft.fundingShares.map((share, index) => {
            const field = (name: string) => errors[`fundingShares.${index}.${name}`];
            return (
              <fieldset key={share.key} className="editor-row" data-test="funding-share">
                <legend>{t('editor.fundingShare', { number: index + 1 })}</legend>
                <div className="editor-row__fields editor-row__fields--share">
                  <SelectField
                    name={`share-source-${share.key}`}
                    label={t('editor.fundingSource')}
                    value={share.fundingSourceId}
                    options={sourceOptions}
                    onChange={(value) => updateShare(share.key, { fundingSourceId: value })}
                    error={field('fundingSourceId')}
                  />
                  <InputField
                    name={`share-amount-${share.key}`}
                    label={t('editor.shareAmount', { currency: plan.baseCurrency })}
                    helpText={decimalsHelp(baseDigits)}
                    value={share.amount}
                    onChange={({ value }) => updateShare(share.key, { amount: value ?? '' })}
                    error={Boolean(field('amountMinor'))}
                    validationText={field('amountMinor')}
                    autoComplete="off"
                  />
                  <SelectField
                    name={`share-status-${share.key}`}
                    label={t('editor.shareStatus')}
                    value={share.status}
                    options={fundingStatusOptions}
                    onChange={(value) =>
                      updateShare(share.key, { status: value as FundingShareDraft['status'] })
                    }
                    error={field('status')}
                  />
                </div>
                <div className="editor-row__footer">
                  <span />
                  <Button
                    small
                    secondary
                    onClick={() =>
                      setDraft((previous) => ({
                        ...previous,
                        fundingShares: previous.fundingShares.filter((other) => other.key !== share.key),
                      }))
                    }
                  >
                    {t('editor.removeFundingShare', { number: index + 1 })}
                  </Button>
                </div>
              </fieldset>
            );
          })}
          {errorAt(errors, 'fundingShares') &&
            !Object.keys(errors).some((key) => /^fundingShares\.\d/.test(key)) && (
              <p className="field-problem" role="alert">
                {errorAt(errors, 'fundingShares')}
              </p>
            )}
          {fundingSources.length > 0 && (
            <div>
              <Button
                small
                disabled={draft.fundingShares.length >= fundingSources.length}
                onClick={() =>
                  setDraft((previous) => {
                    const used = new Set(previous.fundingShares.map((share) => share.fundingSourceId));
                    const next = fundingSources.find((source) => !used.has(source.id));
                    return {
                      ...previous,
                      fundingShares: [...previous.fundingShares, newFundingShare(next?.id)],
                    };
                  })
                }
              >
                {t('editor.addFundingShare')}
              </Button>
            </div>
          )}
          <p className="editor-live" role="status" data-test="activity-uncovered">
            {costing.uncoveredMinor === undefined
              ? t('editor.coveredOnly', { amount: money(costing.sharesMinor) })
              : costing.uncoveredMinor < 0
                ? t('editor.overCovered', { amount: money(-costing.uncoveredMinor) })
                : t('editor.uncovered', { amount: money(costing.uncoveredMinor) })}
          </p>
        </section>

        <FormError message={failure} />
        {errors.body && <NoticeBox error>{errors.body}</NoticeBox>}
      </form>

      {conflict && (
        <ConflictDialog
          title={t('conflict.activityTitle')}
          busy={busy}
          onReload={() => {
            setDraft(draftOf(conflict, plan.baseCurrency, language));
            setVersion(conflict.version);
            setErrors({});
            setFailure(undefined);
            setConflict(undefined);
          }}
          onApplyMine={() => {
            setVersion(conflict.version);
            setConflict(undefined);
            if (conflictAction === 'delete') void remove(conflict.version);
            else void save(conflict.version);
          }}
        />
      )}
      {confirmingDelete && activity && (
        <ConfirmDialog
          title={t('editor.deleteTitle')}
          confirmLabel={t('editor.deleteConfirm')}
          busy={busy}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => void remove()}
        >
          <p className="notice-text">{t('editor.deleteQuestion', { title: activity.title })}</p>
        </ConfirmDialog>
      )}
    </WideDialog>
  );
}
