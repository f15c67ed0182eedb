import { Button } from '@dhis2-ui/button';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { FormError } from '../../shared/ui/form-error.js';
import {
  EMPTY_TEAM_FIELDS,
  TeamFields,
  missingTeamFields,
  type TeamFieldValues,
} from '../teams/team-fields.js';

export function CreateTeamForm({ onCreated }: { onCreated: (team: Team) => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(EMPTY_TEAM_FIELDS);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof TeamFieldValues, value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = missingTeamFields(values, t);
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
      setValues(EMPTY_TEAM_FIELDS);
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
      <TeamFields idPrefix="new-team" values={values} errors={errors} onChange={set} />
      <FormError message={failure} />
      <div>
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('teams.create')}
        </Button>
      </div>
    </form>
  );
}
