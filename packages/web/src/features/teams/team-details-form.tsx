import { Button } from '@dhis2-ui/button';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '@coreteam/core';
import { ApiError, patchJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { FormError } from '../../shared/ui/form-error.js';
import { TeamFields, missingTeamFields, type TeamFieldValues } from './team-fields.js';

function valuesOf(team: Team): TeamFieldValues {
  return {
    name: team.name,
    countryCode: team.countryCode,
    baseCurrency: team.baseCurrency,
    description: team.description,
  };
}

/**
 * Edits a team with the version it was read at. When someone else saved in between, the server
 * refuses (409) and sends the team as it is now: the form shows that, and the person decides again.
 */
export function TeamDetailsForm({
  team,
  onSaved,
  onConflict,
  onCancel,
}: {
  team: Team;
  onSaved: (team: Team) => void;
  onConflict: (current: Team) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(() => valuesOf(team));
  const [version, setVersion] = useState(team.version);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [conflict, setConflict] = useState(false);
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
    setConflict(false);
    try {
      const saved = await patchJson<Team>(`/api/teams/${encodeURIComponent(team.id)}`, {
        version,
        name: values.name.trim(),
        countryCode: values.countryCode,
        baseCurrency: values.baseCurrency,
        description: values.description.trim(),
      });
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict' && error.body?.error.current) {
        const current = error.body.error.current as Team;
        setValues(valuesOf(current));
        setVersion(current.version);
        setConflict(true);
        onConflict(current);
      } else {
        setErrors(fieldErrors(error, t));
        setFailure(errorMessage(error, t, i18n.language));
      }
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <div role="alert">
        {conflict && (
          <NoticeBox warning title={t('team.conflictTitle')}>
            {t('team.conflict')}
          </NoticeBox>
        )}
      </div>
      <TeamFields idPrefix="team" values={values} errors={errors} onChange={set} descriptionRows={4} />
      <FormError message={failure} />
      <div className="button-row">
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('common.save')}
        </Button>
        <Button secondary onClick={() => onCancel()} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
