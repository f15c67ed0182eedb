import { Button } from '@dhis2-ui/button';
import { Checkbox } from '@dhis2-ui/checkbox';
import { CircularLoader } from '@dhis2-ui/loader';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { Tag } from '@dhis2-ui/tag';
import { TextAreaField } from '@dhis2-ui/text-area';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseImportPreview, ResponseImportProblem, ResponseImportResult } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { Dialog } from '../../shared/ui/confirm-dialog.js';
import { FormError } from '../../shared/ui/form-error.js';
import { ASSESSMENTS_NAMESPACE } from './i18n.js';

/** The server takes a few MiB; a bigger file is refused here before it is sent. */
const MAX_CSV_BYTES = 8 * 1024 * 1024;

function problemText(problem: ResponseImportProblem): string {
  return problem.column === null ? problem.message : `“${problem.column}”: ${problem.message}`;
}

/**
 * A lead imports the responses of the team's existing Google Form (exported as CSV) into the round:
 * CSV and mapping (a file, or pasted), a preview of every row, then the import itself.
 */
export function ResponseImportDialog({
  path,
  onImported,
  onClose,
}: {
  /** The round's response-imports URL. */
  path: string;
  onImported: (result: ResponseImportResult) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(ASSESSMENTS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const csvId = useId();
  const mappingFileId = useId();
  const [csv, setCsv] = useState('');
  const [csvName, setCsvName] = useState<string>();
  const [mapping, setMapping] = useState('');
  const [preview, setPreview] = useState<ResponseImportPreview>();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'import'>();
  const [failure, setFailure] = useState<string>();

  const readFile = async (file: File | undefined, apply: (text: string) => void) => {
    setPreview(undefined);
    setFailure(undefined);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setFailure(t('responseImport.tooLarge'));
      return;
    }
    apply(await file.text());
  };

  const runPreview = async () => {
    setBusy('preview');
    setFailure(undefined);
    setPreview(undefined);
    try {
      setPreview(await postJson<ResponseImportPreview>(`${path}/preview`, { csv, mapping }));
      setSkipInvalid(false);
    } catch (error) {
      setFailure(errorMessage(error, tShared, i18n.language));
    } finally {
      setBusy(undefined);
    }
  };

  const runImport = async () => {
    setBusy('import');
    setFailure(undefined);
    try {
      onImported(await postJson<ResponseImportResult>(path, { csv, mapping, skipInvalidRows: skipInvalid }));
    } catch (error) {
      setFailure(errorMessage(error, tShared, i18n.language));
    } finally {
      setBusy(undefined);
    }
  };

  const canImport =
    preview !== undefined &&
    preview.mappingProblems.length === 0 &&
    preview.counts.valid > 0 &&
    (preview.counts.invalid === 0 || skipInvalid);

  return (
    <Dialog
      title={t('responseImport.title')}
      small={false}
      onClose={onClose}
      actions={
        <>
          <Button secondary onClick={onClose} disabled={busy === 'import'}>
            {t('responseImport.close')}
          </Button>
          <Button
            onClick={() => void runPreview()}
            disabled={csv === '' || mapping.trim() === '' || busy !== undefined}
            loading={busy === 'preview'}
          >
            {t('responseImport.preview')}
          </Button>
          <Button
            primary
            onClick={() => void runImport()}
            disabled={!canImport || busy !== undefined}
            loading={busy === 'import'}
          >
            {t('responseImport.import', {
              count: skipInvalid ? preview?.counts.valid : preview?.counts.rows,
            })}
          </Button>
        </>
      }
    >
      <p className="form-note">{t('responseImport.intro')}</p>
      <div className="response-import-file">
        <label htmlFor={csvId}>{t('responseImport.csvFile')}</label>
        <input
          id={csvId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            setCsvName(file?.name);
            void readFile(file, setCsv);
          }}
        />
        {csvName && csv !== '' && (
          <p className="form-note">
            {t('responseImport.csvRead', { file: csvName, lines: csv.split('\n').length })}
          </p>
        )}
      </div>
      <div className="response-import-file">
        <label htmlFor={mappingFileId}>{t('responseImport.mappingFile')}</label>
        <input
          id={mappingFileId}
          type="file"
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          onChange={(event) => void readFile(event.target.files?.[0], setMapping)}
        />
      </div>
      <TextAreaField
        name="mapping"
        rows={6}
        value={mapping}
        label={t('responseImport.mappingPaste')}
        helpText={t('responseImport.mappingHelp')}
        onChange={({ value }) => {
          setPreview(undefined);
          setMapping(value ?? '');
        }}
      />

      <FormError message={failure} />
      {busy === 'import' && (
        <p className="form-note" role="status">
          <CircularLoader small />{' '}
          {t('responseImport.sending', { count: skipInvalid ? preview?.counts.valid : preview?.counts.rows })}
        </p>
      )}

      {preview && (
        <section aria-label={t('responseImport.previewTitle')}>
          <p role="status">
            {t('responseImport.counts', {
              rows: preview.counts.rows,
              valid: preview.counts.valid,
              invalid: preview.counts.invalid,
            })}
          </p>
          {preview.mappingProblems.length > 0 && (
            <>
              <p className="form-note">{t('responseImport.mappingProblems')}</p>
              <ul data-testid="mapping-problems">
                {preview.mappingProblems.map((problem, index) => (
                  <li key={index}>{problemText(problem)}</li>
                ))}
              </ul>
            </>
          )}
          {preview.counts.invalid > 0 && preview.mappingProblems.length === 0 && preview.counts.valid > 0 && (
            <Checkbox
              label={t('responseImport.skipInvalid', { count: preview.counts.invalid })}
              checked={skipInvalid}
              onChange={({ checked }) => setSkipInvalid(checked)}
            />
          )}
          <DataTable>
            <DataTableHead>
              <DataTableRow>
                <DataTableColumnHeader>{t('responseImport.row')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('responseImport.respondent')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('responseImport.member')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('responseImport.status')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('responseImport.problems')}</DataTableColumnHeader>
              </DataTableRow>
            </DataTableHead>
            <DataTableBody>
              {preview.rows.map((row) => (
                <DataTableRow key={row.row}>
                  <DataTableCell>{row.row}</DataTableCell>
                  <DataTableCell>{row.email || row.name}</DataTableCell>
                  <DataTableCell>{row.memberName ?? '—'}</DataTableCell>
                  <DataTableCell>
                    {row.status === 'valid' ? (
                      <Tag positive>{t('responseImport.valid')}</Tag>
                    ) : (
                      <Tag negative>{t('responseImport.invalid')}</Tag>
                    )}
                  </DataTableCell>
                  <DataTableCell>
                    {row.problems.length > 0 && (
                      <ul className="response-import-problems">
                        {row.problems.map((problem, index) => (
                          <li key={index}>{problemText(problem)}</li>
                        ))}
                      </ul>
                    )}
                  </DataTableCell>
                </DataTableRow>
              ))}
            </DataTableBody>
          </DataTable>
        </section>
      )}
    </Dialog>
  );
}
