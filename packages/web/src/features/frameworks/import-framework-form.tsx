import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkDetail } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { FormError } from '../../shared/ui/form-error.js';
import { fieldLabel, fieldProblemsOf, type FieldProblemText } from './field-problems.js';
import { FRAMEWORKS_NAMESPACE } from './i18n.js';

const MAX_FILE_BYTES = 2_000_000;

/** A file ending in .json is JSON; anything else (.yaml, .yml) is read as YAML. */
export function formatOfFile(fileName: string): 'yaml' | 'json' {
  return /\.json$/i.test(fileName) ? 'json' : 'yaml';
}

/**
 * Import a framework file (YAML or JSON, the format of docs/framework-format.md). A file whose key
 * the team already uses becomes that framework's next version; other keys make a new framework.
 */
export function ImportFrameworkForm({
  teamId,
  onImported,
}: {
  teamId: string;
  onImported: (detail: FrameworkDetail) => void;
}) {
  const { t, i18n } = useTranslation(FRAMEWORKS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [problems, setProblems] = useState<FieldProblemText[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setFailure(undefined);
    setProblems([]);
    if (!file) {
      setFailure(t('import.chooseFile'));
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setFailure(t('import.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      const content = await file.text();
      const detail = await postJson<FrameworkDetail>('/api/frameworks/import', {
        teamId,
        format: formatOfFile(file.name),
        content,
      });
      // An unchanged file answers with the existing framework: either way, open it.
      onImported(detail);
    } catch (error) {
      setProblems(fieldProblemsOf(error, t));
      setFailure(errorMessage(error, tShared, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
        <div className="framework-file-field">
          <label htmlFor={inputId}>{t('import.file')}</label>
          <input
            id={inputId}
            ref={fileInput}
            type="file"
            name="framework-file"
            accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
            onChange={(event) => setFileName(event.target.files?.[0]?.name)}
          />
          <p className="form-note">{t('import.fileHelp')}</p>
        </div>
        <FormError message={failure} />
        {problems.length > 0 && (
          <ul
            className="framework-problem-list"
            aria-label={t('import.problemsTitle')}
            data-testid="import-problems"
          >
            {problems.map((problem, index) => (
              <li key={`${problem.field}-${index}`}>
                <strong>{fieldLabel(problem.field, t)}</strong>: {problem.text}
              </li>
            ))}
          </ul>
        )}
        <div className="button-row">
          <Button type="submit" primary loading={busy} disabled={busy}>
            {fileName ? t('import.submitFile', { file: fileName }) : t('import.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
