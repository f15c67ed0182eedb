import { FUNDING_NAMESPACE } from './i18n.js';
import './funding.css';
import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { InputField } from '@dhis2-ui/input';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { TextAreaField } from '@dhis2-ui/text-area';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { FUNDING_SOURCE_KINDS, type FundingSource, type FundingSourceKind } from '@coreteam/core';
import { ApiError, deleteRequest, patchJson, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { ConfirmDialog, Dialog } from '../../shared/ui/confirm-dialog.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';

type FundingSourceList = { fundingSources: FundingSource[] };

function sourcesPath(teamId: string): string {
  return `/api/teams/${encodeURIComponent(teamId)}/funding-sources`;
}

function sourcePath(teamId: string, id: string): string {
  return `${sourcesPath(teamId)}/${encodeURIComponent(id)}`;
}

function fieldErrorsOf(
  error: unknown,
  required: string,
  tooLong: string,
  invalid: string,
): Record<string, string> {
  if (!(error instanceof ApiError) || !error.body) return {};
  const byField: Record<string, string> = {};
  for (const detail of error.body.error.details) {
    const field = detail.field.replace(/^body\./, '');
    byField[field] =
      detail.problem === 'must not be empty'
        ? required
        : detail.problem.startsWith('must be at most')
          ? tooLong
          : invalid;
  }
  return byField;
}

interface SourceValues {
  kind: FundingSourceKind;
  name: string;
  notes: string;
}

function SourceFields({
  idPrefix,
  values,
  onChange,
  errors,
}: {
  idPrefix: string;
  values: SourceValues;
  onChange: (values: SourceValues) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation(FUNDING_NAMESPACE);
  return (
    <>
      <div className="form-row">
        <SelectField
          name={`${idPrefix}-kind`}
          label={t('sources.kind')}
          value={values.kind}
          options={FUNDING_SOURCE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          onChange={(kind) => onChange({ ...values, kind: kind as FundingSourceKind })}
          error={errors.kind}
          required
        />
        <InputField
          name={`${idPrefix}-name`}
          label={t('sources.name')}
          helpText={t('sources.nameHelp')}
          value={values.name}
          onChange={({ value }) => onChange({ ...values, name: value ?? '' })}
          error={Boolean(errors.name)}
          validationText={errors.name}
          required
          autoComplete="off"
        />
      </div>
      <TextAreaField
        name={`${idPrefix}-notes`}
        label={t('sources.notes')}
        helpText={t('sources.notesHelp')}
        value={values.notes}
        rows={2}
        onChange={({ value }) => onChange({ ...values, notes: value ?? '' })}
        error={Boolean(errors.notes)}
        validationText={errors.notes}
      />
    </>
  );
}

function AddSourceForm({ teamId, onAdded }: { teamId: string; onAdded: (source: FundingSource) => void }) {
  const { t, i18n } = useTranslation(FUNDING_NAMESPACE);
  const { t: tShared } = useTranslation();
  const empty: SourceValues = { kind: 'partner', name: '', notes: '' };
  const [values, setValues] = useState<SourceValues>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(undefined);
    if (values.name.trim() === '') {
      setErrors({ name: t('errors.required') });
      return;
    }
    setBusy(true);
    try {
      const source = await postJson<FundingSource>(sourcesPath(teamId), {
        kind: values.kind,
        name: values.name.trim(),
        notes: values.notes.trim(),
      });
      setValues(empty);
      onAdded(source);
    } catch (error) {
      setErrors(fieldErrorsOf(error, t('errors.required'), t('errors.tooLong'), t('errors.invalid')));
      setFailure(errorMessage(error, tShared, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
        <h2 className="subsection-title">{t('sources.addTitle')}</h2>
        <SourceFields idPrefix="new-source" values={values} onChange={setValues} errors={errors} />
        <FormError message={failure} />
        <div className="button-row">
          <Button type="submit" primary loading={busy} disabled={busy}>
            {t('sources.add')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function EditSourceDialog({
  teamId,
  source,
  onClose,
  onSaved,
}: {
  teamId: string;
  source: FundingSource;
  onClose: () => void;
  onSaved: (source: FundingSource) => void;
}) {
  const { t, i18n } = useTranslation(FUNDING_NAMESPACE);
  const { t: tShared } = useTranslation();
  const [values, setValues] = useState<SourceValues>({
    kind: source.kind,
    name: source.name,
    notes: source.notes,
  });
  const [version, setVersion] = useState(source.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<FundingSource>();

  const save = async (withVersion: number) => {
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      const saved = await patchJson<FundingSource>(sourcePath(teamId, source.id), {
        version: withVersion,
        kind: values.kind,
        name: values.name.trim(),
        notes: values.notes.trim(),
      });
      setBusy(false);
      onSaved(saved);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === 'version_conflict' && error.body?.error.current) {
        setConflict(error.body.error.current as FundingSource);
        return;
      }
      setErrors(fieldErrorsOf(error, t('errors.required'), t('errors.tooLong'), t('errors.invalid')));
      setFailure(errorMessage(error, tShared, i18n.language));
    }
  };

  if (conflict) {
    return (
      <Dialog
        title={t('conflict.title')}
        onClose={onClose}
        actions={
          <>
            <Button
              secondary
              dataTest="conflict-reload"
              onClick={() => {
                setValues({ kind: conflict.kind, name: conflict.name, notes: conflict.notes });
                setVersion(conflict.version);
                setConflict(undefined);
              }}
            >
              {t('conflict.reload')}
            </Button>
            <Button
              primary
              dataTest="conflict-apply"
              onClick={() => {
                setVersion(conflict.version);
                setConflict(undefined);
                void save(conflict.version);
              }}
            >
              {t('conflict.applyMine')}
            </Button>
          </>
        }
      >
        <p className="notice-text">{t('conflict.explanation')}</p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('sources.editTitle', { name: source.name })}
      small={false}
      onClose={onClose}
      actions={
        <>
          <Button secondary onClick={() => onClose()} disabled={busy}>
            {tShared('common.cancel')}
          </Button>
          <Button type="submit" primary loading={busy} disabled={busy} {...{ form: 'edit-source-form' }}>
            {tShared('common.save')}
          </Button>
        </>
      }
    >
      <form
        id="edit-source-form"
        className="form-card form-card--flat"
        onSubmit={(event) => {
          event.preventDefault();
          void save(version);
        }}
        noValidate
      >
        <SourceFields idPrefix="edit-source" values={values} onChange={setValues} errors={errors} />
        <FormError message={failure} />
      </form>
    </Dialog>
  );
}

/** /teams/:teamId/funding-sources — who pays for the plans: budget lines, partners, others. */
export default function FundingSourcesPage() {
  const { teamId } = useParams<{ teamId: string }>();
  const { t, i18n } = useTranslation(FUNDING_NAMESPACE);
  const { t: tShared } = useTranslation();
  const team = useCurrentTeam();
  const canEdit = team?.id === teamId && team.canManage;
  const sources = useApiResource<FundingSourceList>(sourcesPath(teamId));
  const [editing, setEditing] = useState<FundingSource>();
  const [deleting, setDeleting] = useState<FundingSource>();
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<string>();
  const list = sources.state.status === 'loaded' ? sources.state.data.fundingSources : [];

  const replaceSource = (source: FundingSource) =>
    sources.replace({ fundingSources: list.map((other) => (other.id === source.id ? source : other)) });

  const remove = async (source: FundingSource) => {
    setDeleteBusy(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      await deleteRequest(`${sourcePath(teamId, source.id)}?version=${source.version}`);
      sources.replace({ fundingSources: list.filter((other) => other.id !== source.id) });
      setDone(t('sources.deleted', { name: source.name }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'funding_source_in_use') {
        setFailure(t('sources.inUse', { name: source.name }));
      } else if (error instanceof ApiError && error.code === 'version_conflict') {
        setFailure(t('sources.changedMeanwhile', { name: source.name }));
        sources.reload();
      } else {
        setFailure(errorMessage(error, tShared, i18n.language));
      }
    } finally {
      setDeleteBusy(false);
      setDeleting(undefined);
    }
  };

  return (
    <>
      <p className="page-footer-link">
        <Link href={`/teams/${encodeURIComponent(teamId)}/plans`}>{t('sources.back')}</Link>
      </p>
      <h1 className="page-title">{t('sources.title')}</h1>
      <p className="page-lead">{t('sources.lead')}</p>
      <FormError message={failure} />
      <FormSuccess message={done} />
      {sources.state.status === 'loading' && <PageLoading />}
      {sources.state.status === 'failed' && (
        <LoadFailure error={sources.state.error} onRetry={sources.reload} />
      )}
      {sources.state.status === 'loaded' &&
        (list.length === 0 ? (
          <p className="empty-state">{canEdit ? t('sources.noneLead') : t('sources.none')}</p>
        ) : (
          <div className="table-wrapper">
            <DataTable dataTest="funding-sources-table">
              <caption className="table-caption">{t('sources.caption')}</caption>
              <DataTableHead>
                <DataTableRow>
                  <DataTableColumnHeader>{t('sources.name')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('sources.kind')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('sources.notes')}</DataTableColumnHeader>
                  {canEdit && <DataTableColumnHeader>{tShared('common.actions')}</DataTableColumnHeader>}
                </DataTableRow>
              </DataTableHead>
              <DataTableBody>
                {list.map((source) => (
                  <DataTableRow key={source.id}>
                    <DataTableCell>{source.name}</DataTableCell>
                    <DataTableCell>{t(`kind.${source.kind}`)}</DataTableCell>
                    <DataTableCell>
                      <span className="pre-line">{source.notes}</span>
                    </DataTableCell>
                    {canEdit && (
                      <DataTableCell>
                        <div className="row-actions">
                          <Button small secondary onClick={() => setEditing(source)}>
                            {t('sources.edit')}
                            <span className="visually-hidden"> {source.name}</span>
                          </Button>
                          <Button small destructive secondary onClick={() => setDeleting(source)}>
                            {t('sources.delete')}
                            <span className="visually-hidden"> {source.name}</span>
                          </Button>
                        </div>
                      </DataTableCell>
                    )}
                  </DataTableRow>
                ))}
              </DataTableBody>
            </DataTable>
          </div>
        ))}
      {canEdit && (
        <div className="page-section">
          <AddSourceForm
            teamId={teamId}
            onAdded={(source) => {
              setFailure(undefined);
              setDone(t('sources.added', { name: source.name }));
              sources.replace({ fundingSources: [...list, source] });
            }}
          />
        </div>
      )}
      {editing && (
        <EditSourceDialog
          teamId={teamId}
          source={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            replaceSource(saved);
            setEditing(undefined);
            setDone(t('sources.saved', { name: saved.name }));
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('sources.deleteTitle')}
          confirmLabel={t('sources.deleteConfirm')}
          busy={deleteBusy}
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting)}
        >
          <p className="notice-text">{t('sources.deleteQuestion', { name: deleting.name })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
