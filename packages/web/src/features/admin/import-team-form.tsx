import { Button } from '@dhis2-ui/button';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamImportResult } from '@coreteam/core';
import { ApiError, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { FormError } from '../../shared/ui/form-error.js';

/** Why an import was refused, in the reader's language; the field names the place in the file. */
function importFailure(error: unknown, t: ReturnType<typeof useTranslation>['t'], language: string): string {
  if (!(error instanceof ApiError)) return errorMessage(error, t, language);
  const field = error.body?.error.details[0]?.field.replace(/^body\.?/, '') ?? '';
  switch (error.code) {
    case 'team_exists':
      return t('teams.importTeamExists');
    case 'account_exists':
      return t('teams.importAccountExists', { number: error.body?.error.details.length ?? 1 });
    case 'records_exist':
      return t('teams.importRecordsExist');
    case 'framework_not_available':
      return t('teams.importFrameworkMissing');
    case 'validation_failed':
    case 'invalid_team_document':
      return field ? t('teams.importInvalidAt', { field }) : t('teams.importInvalid');
    case 'body_too_large':
      return t('teams.importTooLarge');
  }
  return errorMessage(error, t, language);
}

/** A system admin imports a team document written by "Export team" or `coreteam export`. */
export function ImportTeamForm({ onImported }: { onImported: (result: TeamImportResult) => void }) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setFailure(undefined);
    try {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch {
        setFailure(t('teams.importNotJson'));
        return;
      }
      onImported(await postJson<TeamImportResult>('/api/teams/import', document));
      setFile(undefined);
    } catch (error) {
      setFailure(importFailure(error, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form-card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="import-file-field">
        <label htmlFor={inputId}>{t('teams.importFile')}</label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            setFailure(undefined);
            setFile(event.target.files?.[0]);
          }}
        />
        <p className="form-note">{t('teams.importLead')}</p>
      </div>
      <FormError message={failure} />
      <div className="button-row">
        <Button primary type="submit" disabled={!file || busy} loading={busy}>
          {t('teams.import')}
        </Button>
      </div>
    </form>
  );
}
