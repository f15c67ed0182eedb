import { CheckboxField } from '@dhis2-ui/checkbox';
import { InputField } from '@dhis2-ui/input';
import { TextAreaField } from '@dhis2-ui/text-area';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  AFFILIATIONS,
  FUNDING_KINDS,
  TEAM_PHASES,
  type Affiliation,
  type FundingKind,
  type TeamMember,
} from '@coreteam/core';
import { SelectField, type SelectOption } from '../../shared/forms/select-field.js';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import { keyOf } from './wording.js';

/**
 * Who fills the roles: a lead adds anyone (linked to their account or not), edits them and
 * records departures; a member edits only their own profile, and cannot relink it.
 */
export type MemberFormMode = 'create' | 'edit' | 'self';

export interface MemberValues {
  name: string;
  userId: string;
  organisation: string;
  affiliation: Affiliation;
  basedInCountry: boolean;
  timeSharePercent: string;
  funding: FundingKind;
  partnerFundingEndsOn: string;
  startDate: string;
  endDate: string;
  leavingReason: string;
  phase: string;
}

const NONE = 'none';

export const EMPTY_MEMBER: MemberValues = {
  name: '',
  userId: NONE,
  organisation: '',
  affiliation: 'ministry',
  basedInCountry: true,
  timeSharePercent: '100',
  funding: 'government',
  partnerFundingEndsOn: '',
  startDate: '',
  endDate: '',
  leavingReason: '',
  phase: NONE,
};

export function valuesOf(member: TeamMember): MemberValues {
  return {
    name: member.name,
    userId: member.userId ?? NONE,
    organisation: member.organisation,
    affiliation: member.affiliation,
    basedInCountry: member.basedInCountry,
    timeSharePercent: String(member.timeSharePercent),
    funding: member.funding,
    partnerFundingEndsOn: member.partnerFundingEndsOn ?? '',
    startDate: member.startDate ?? '',
    endDate: member.endDate ?? '',
    leavingReason: member.leavingReason ?? '',
    phase: member.phase ?? NONE,
  };
}

/**
 * The request body. Ranges and dates are checked by the server, which names the field at fault;
 * only what cannot be sent at all is checked here.
 */
export function memberBody(values: MemberValues, mode: MemberFormMode): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: values.name.trim(),
    organisation: values.organisation.trim(),
    affiliation: values.affiliation,
    basedInCountry: values.basedInCountry,
    timeSharePercent: Number(values.timeSharePercent.trim()),
    funding: values.funding,
    partnerFundingEndsOn: values.funding === 'government' ? null : values.partnerFundingEndsOn || null,
    startDate: values.startDate || null,
    phase: TEAM_PHASES.find((phase) => phase === values.phase) ?? null,
  };
  if (mode !== 'self') {
    body.userId = values.userId === NONE ? null : values.userId;
    body.endDate = values.endDate || null;
    body.leavingReason = values.leavingReason.trim() || null;
  }
  return body;
}

export function missingFields(values: MemberValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.name.trim() === '') errors.name = t('fieldErrors.required');
  if (values.timeSharePercent.trim() === '') errors.timeSharePercent = t('fieldErrors.required');
  return errors;
}

export function MemberFields({
  idPrefix,
  mode,
  values,
  onChange,
  errors,
  accounts,
}: {
  /** Unique on the page: the add form and a dialog may be open together. */
  idPrefix: string;
  mode: MemberFormMode;
  values: MemberValues;
  onChange: (values: MemberValues) => void;
  errors: Readonly<Record<string, string | undefined>>;
  /** The team's accounts a roster entry can be linked to (leads only). */
  accounts: readonly SelectOption[] | undefined;
}) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const set = <K extends keyof MemberValues>(field: K, value: MemberValues[K]) =>
    onChange({ ...values, [field]: value });
  const text = (field: keyof MemberValues) => ({
    name: `${idPrefix}-${field}`,
    error: Boolean(errors[field]),
    validationText: errors[field],
  });
  const accountOptions = [
    { value: NONE, label: t('memberForm.noAccount') },
    ...(accounts ?? []),
    ...(values.userId !== NONE && !accounts?.some((account) => account.value === values.userId)
      ? [{ value: values.userId, label: t('memberForm.otherAccount') }]
      : []),
  ];

  return (
    <>
      <fieldset className="member-form-section">
        <legend>{t('memberForm.person')}</legend>
        <div className="form-row">
          <InputField
            {...text('name')}
            label={t('memberForm.name')}
            value={values.name}
            onChange={({ value }) => set('name', value ?? '')}
            autoComplete="off"
            required
          />
          <InputField
            {...text('organisation')}
            label={t('memberForm.organisation')}
            helpText={t('memberForm.organisationHelp')}
            value={values.organisation}
            onChange={({ value }) => set('organisation', value ?? '')}
            autoComplete="off"
          />
        </div>
        <div className="form-row">
          <SelectField
            name={`${idPrefix}-affiliation`}
            label={t('memberForm.affiliation')}
            value={values.affiliation}
            options={AFFILIATIONS.map((affiliation) => ({
              value: affiliation,
              label: t(`affiliations.${keyOf(affiliation)}`),
            }))}
            onChange={(value) => {
              const affiliation = AFFILIATIONS.find((each) => each === value);
              if (affiliation) set('affiliation', affiliation);
            }}
            error={errors.affiliation}
            required
          />
          {mode !== 'self' && accounts && (
            <SelectField
              name={`${idPrefix}-account`}
              label={t('memberForm.account')}
              helpText={t('memberForm.accountHelp')}
              value={values.userId}
              options={accountOptions}
              onChange={(value) => set('userId', value)}
              error={errors.userId}
            />
          )}
        </div>
        <CheckboxField
          name={`${idPrefix}-in-country`}
          label={t('memberForm.basedInCountry')}
          helpText={t('memberForm.basedInCountryHelp')}
          checked={values.basedInCountry}
          onChange={({ checked }) => set('basedInCountry', checked)}
        />
      </fieldset>

      <fieldset className="member-form-section">
        <legend>{t('memberForm.timeAndFunding')}</legend>
        <div className="form-row">
          <InputField
            {...text('timeSharePercent')}
            label={t('memberForm.timeShare')}
            helpText={t('memberForm.timeShareHelp')}
            type="number"
            min="0"
            max="100"
            step="1"
            value={values.timeSharePercent}
            onChange={({ value }) => set('timeSharePercent', value ?? '')}
            required
          />
          <SelectField
            name={`${idPrefix}-funding`}
            label={t('memberForm.funding')}
            helpText={t('memberForm.fundingHelp')}
            value={values.funding}
            options={FUNDING_KINDS.map((funding) => ({
              value: funding,
              label: t(`fundings.${keyOf(funding)}`),
            }))}
            onChange={(value) => {
              const funding = FUNDING_KINDS.find((each) => each === value);
              if (funding) set('funding', funding);
            }}
            error={errors.funding}
            required
          />
        </div>
        {values.funding !== 'government' && (
          <InputField
            {...text('partnerFundingEndsOn')}
            label={t('memberForm.partnerFundingEndsOn')}
            helpText={t('memberForm.partnerFundingEndsOnHelp')}
            type="date"
            value={values.partnerFundingEndsOn}
            onChange={({ value }) => set('partnerFundingEndsOn', value ?? '')}
          />
        )}
      </fieldset>

      <fieldset className="member-form-section">
        <legend>{t('memberForm.inTheTeam')}</legend>
        <div className="form-row">
          <InputField
            {...text('startDate')}
            label={t('memberForm.startDate')}
            type="date"
            value={values.startDate}
            onChange={({ value }) => set('startDate', value ?? '')}
          />
          <SelectField
            name={`${idPrefix}-phase`}
            label={t('memberForm.phase')}
            helpText={t('memberForm.phaseHelp')}
            value={values.phase}
            options={[
              { value: NONE, label: t('memberForm.phaseNotSet') },
              ...TEAM_PHASES.map((phase) => ({ value: phase, label: t(`phases.${phase}`) })),
            ]}
            onChange={(value) => set('phase', value)}
            error={errors.phase}
          />
        </div>
        {mode !== 'self' && (
          <div className="form-row">
            <InputField
              {...text('endDate')}
              label={t('memberForm.endDate')}
              helpText={t('memberForm.endDateHelp')}
              type="date"
              value={values.endDate}
              onChange={({ value }) => set('endDate', value ?? '')}
            />
            <TextAreaField
              {...text('leavingReason')}
              label={t('memberForm.leavingReason')}
              value={values.leavingReason}
              onChange={({ value }) => set('leavingReason', value ?? '')}
              rows={2}
            />
          </div>
        )}
      </fieldset>
    </>
  );
}
