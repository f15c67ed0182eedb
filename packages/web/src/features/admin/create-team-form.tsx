import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import { TextAreaField } from '@dhis2-ui/text-area';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { CountrySelectField, CurrencySelectField } from '../../shared/forms/select-field.js';
import { FormError } from '../../shared/ui/form-error.js';

const EMPTY = { name: '', countryCode: '', baseCurrency: '', description: '' };

export function CreateTeamForm({ onCreated }: { onCreated: (team: Team) => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof EMPTY) => (value: string | undefined) =>
    setValues((previous) => ({ ...previous, [field]: value ?? '' }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {
      name: values.name.trim() === '' ? t('errors.required') : undefined,
      countryCode: values.countryCode === '' ? t('errors.required') : undefined,
      baseCurrency: values.baseCurrency === '' ? t('errors.required') : undefined,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const team = await postJson<Team>('/api/teams', {
        name: values.name.trim(),
        countryCode: values.countryCode,
        baseCurrency: values.baseCurrency,
        description: values.description.trim(),
      });
      setValues(EMPTY);
      onCreated(team);
    } catch (error) {
      setErrors(fieldErrors(error, t));
      setFailure(errorMessage(error, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <InputField
        name="new-team-name"
        label={t('team.name')}
        value={values.name}
        onChange={({ value }) => set('name')(value)}
        error={Boolean(errors.name)}
        validationText={errors.name}
        autoComplete="off"
        required
      />
      <div className="form-row">
        <CountrySelectField
          name="new-team-country"
          label={t('team.country')}
          value={values.countryCode}
          onChange={set('countryCode')}
          error={errors.countryCode}
          required
        />
        <CurrencySelectField
          name="new-team-currency"
          label={t('team.baseCurrency')}
          helpText={t('team.baseCurrencyHelp')}
          value={values.baseCurrency}
          onChange={set('baseCurrency')}
          error={errors.baseCurrency}
          required
        />
      </div>
      <TextAreaField
        name="new-team-description"
        label={t('team.description')}
        value={values.description}
        onChange={({ value }) => set('description')(value)}
        error={Boolean(errors.description)}
        validationText={errors.description}
        rows={3}
      />
      <FormError message={failure} />
      <div>
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('teams.create')}
        </Button>
      </div>
    </form>
  );
}
