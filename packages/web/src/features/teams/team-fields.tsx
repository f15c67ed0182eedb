import { InputField } from '@dhis2-ui/input';
import { TextAreaField } from '@dhis2-ui/text-area';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CountrySelectField, CurrencySelectField } from '../../shared/forms/select-field.js';

export interface TeamFieldValues {
  name: string;
  countryCode: string;
  baseCurrency: string;
  description: string;
}

export const EMPTY_TEAM_FIELDS: TeamFieldValues = {
  name: '',
  countryCode: '',
  baseCurrency: '',
  description: '',
};

/** What the browser can tell before asking the server: the required fields are filled in. */
export function missingTeamFields(values: TeamFieldValues, t: TFunction): Record<string, string | undefined> {
  return {
    name: values.name.trim() === '' ? t('errors.required') : undefined,
    countryCode: values.countryCode === '' ? t('errors.required') : undefined,
    baseCurrency: values.baseCurrency === '' ? t('errors.required') : undefined,
  };
}

/** A team's name, country, base currency and description, as both creating and editing a team ask them. */
export function TeamFields({
  idPrefix,
  values,
  errors,
  onChange,
  descriptionRows = 3,
}: {
  idPrefix: string;
  values: TeamFieldValues;
  errors: Record<string, string | undefined>;
  onChange: (field: keyof TeamFieldValues, value: string) => void;
  descriptionRows?: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      <InputField
        name={`${idPrefix}-name`}
        label={t('team.name')}
        value={values.name}
        onChange={({ value }) => onChange('name', value ?? '')}
        error={Boolean(errors.name)}
        validationText={errors.name}
        autoComplete="off"
        required
      />
      <div className="form-row">
        <CountrySelectField
          name={`${idPrefix}-country`}
          label={t('team.country')}
          value={values.countryCode}
          onChange={(value) => onChange('countryCode', value ?? '')}
          error={errors.countryCode}
          required
        />
        <CurrencySelectField
          name={`${idPrefix}-currency`}
          label={t('team.baseCurrency')}
          helpText={t('team.baseCurrencyHelp')}
          value={values.baseCurrency}
          onChange={(value) => onChange('baseCurrency', value ?? '')}
          error={errors.baseCurrency}
          required
        />
      </div>
      <TextAreaField
        name={`${idPrefix}-description`}
        label={t('team.description')}
        value={values.description}
        onChange={({ value }) => onChange('description', value ?? '')}
        error={Boolean(errors.description)}
        validationText={errors.description}
        rows={descriptionRows}
      />
    </>
  );
}
