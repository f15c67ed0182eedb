import { ASSESSMENTS_NAMESPACE } from './i18n.js';
import './assessments.css';
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
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { FrameworkSummary, RoundSummary } from '@coreteam/core';
import { getJson, isAbortError, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { SelectField, type SelectOption } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { FormError } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { fieldErrorsOf } from './field-errors.js';
import { RoundStatusTag, SubmittedBar } from './round-parts.js';
import { formatDay, today } from './wording.js';

type RoundList = { rounds: RoundSummary[] };

export function roundsPath(teamId: string): string {
  return `/api/teams/${encodeURIComponent(teamId)}/rounds`;
}

/** /teams/:teamId/rounds — the team's assessment rounds; leads open new ones here. */
export default function RoundsPage() {
  const { teamId } = useParams<{ teamId: string }>();
  const { t, i18n } = useTranslation(ASSESSMENTS_NAMESPACE);
  const team = useCurrentTeam();
  const rounds = useApiResource<RoundList>(roundsPath(teamId));
  const [opening, setOpening] = useState(false);
  const canLead = team?.id === teamId && team.canManage;
  const language = i18n.language;

  return (
    <>
      <h1 className="page-title">{t('rounds.title')}</h1>
      <p className="page-lead">{t('rounds.lead')}</p>
      {canLead && !opening && (
        <div className="button-row page-actions">
          <Button primary onClick={() => setOpening(true)}>
            {t('rounds.open')}
          </Button>
        </div>
      )}
      {canLead && opening && <OpenRoundForm teamId={teamId} onCancel={() => setOpening(false)} />}
      {rounds.state.status === 'loading' && <PageLoading />}
      {rounds.state.status === 'failed' && <LoadFailure error={rounds.state.error} onRetry={rounds.reload} />}
      {rounds.state.status === 'loaded' &&
        (rounds.state.data.rounds.length === 0 ? (
          <p className="empty-state">{canLead ? t('rounds.noneLead') : t('rounds.none')}</p>
        ) : (
          <DataTable>
            <DataTableHead>
              <DataTableRow>
                <DataTableColumnHeader>{t('rounds.name')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('rounds.framework')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('rounds.dates')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('rounds.status')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('rounds.progress')}</DataTableColumnHeader>
              </DataTableRow>
            </DataTableHead>
            <DataTableBody>
              {rounds.state.data.rounds.map((round) => (
                <DataTableRow key={round.id}>
                  <DataTableCell>
                    <Link
                      href={`/teams/${encodeURIComponent(teamId)}/rounds/${encodeURIComponent(round.id)}`}
                    >
                      {round.name}
                    </Link>
                  </DataTableCell>
                  <DataTableCell>
                    {t('rounds.frameworkVersion', {
                      name: round.frameworkName,
                      version: round.frameworkVersion,
                    })}
                  </DataTableCell>
                  <DataTableCell>
                    {t('rounds.dateRange', {
                      opens: formatDay(round.opensOn, language),
                      closes: formatDay(round.closesOn, language),
                    })}
                  </DataTableCell>
                  <DataTableCell>
                    <RoundStatusTag status={round.status} />
                  </DataTableCell>
                  <DataTableCell>
                    <SubmittedBar submitted={round.progress.submitted} total={round.progress.assessments} />
                  </DataTableCell>
                </DataTableRow>
              ))}
            </DataTableBody>
          </DataTable>
        ))}
    </>
  );
}

/** Each framework the team may use, at its latest version (a round freezes the version it uses). */
function useFrameworkVersions(teamId: string): { options: SelectOption[] | undefined; failed: boolean } {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  const [frameworks, setFrameworks] = useState<FrameworkSummary[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    getJson<{ frameworks: FrameworkSummary[] }>(
      `/api/frameworks?teamId=${encodeURIComponent(teamId)}`,
      controller.signal,
    ).then(
      (list) => setFrameworks(list.frameworks),
      (error: unknown) => {
        if (!isAbortError(error)) setFailed(true);
      },
    );
    return () => controller.abort();
  }, [teamId]);
  const options = frameworks?.map((framework) => ({
    value: framework.latestVersion.id,
    label: t('rounds.frameworkOption', {
      name: framework.name,
      version: framework.latestVersion.number,
      skills: framework.latestVersion.skillCount,
    }),
  }));
  return { options, failed };
}

function OpenRoundForm({ teamId, onCancel }: { teamId: string; onCancel: () => void }) {
  const { t, i18n } = useTranslation(ASSESSMENTS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const [, navigate] = useLocation();
  const frameworks = useFrameworkVersions(teamId);
  const [name, setName] = useState('');
  const [frameworkVersionId, setFrameworkVersionId] = useState('');
  const [opensOn, setOpensOn] = useState(today());
  const [closesOn, setClosesOn] = useState(today(30));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const chosenVersion = frameworkVersionId || frameworks.options?.[0]?.value || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      const round = await postJson<RoundSummary>(roundsPath(teamId), {
        name: name.trim(),
        frameworkVersionId: chosenVersion,
        opensOn,
        closesOn,
      });
      navigate(`/teams/${encodeURIComponent(teamId)}/rounds/${encodeURIComponent(round.id)}`);
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(errorMessage(error, tShared, i18n.language));
      setBusy(false);
    }
  };

  return (
    <Card>
      <form className="form-card open-round-form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 className="subsection-title">{t('rounds.openTitle')}</h2>
        <InputField
          name="round-name"
          label={t('rounds.name')}
          placeholder={t('rounds.namePlaceholder')}
          value={name}
          onChange={({ value }) => setName(value ?? '')}
          error={Boolean(errors.name)}
          validationText={errors.name}
          required
          autoComplete="off"
        />
        {frameworks.failed && <p className="form-note">{t('rounds.frameworksFailed')}</p>}
        <SelectField
          name="round-framework"
          label={t('rounds.frameworkVersionLabel')}
          helpText={t('rounds.frameworkVersionHelp')}
          value={chosenVersion}
          options={frameworks.options ?? []}
          onChange={setFrameworkVersionId}
          error={errors.frameworkVersionId}
          required
        />
        <div className="form-row">
          <InputField
            name="round-opens"
            label={t('rounds.opensOn')}
            type="date"
            value={opensOn}
            onChange={({ value }) => setOpensOn(value ?? '')}
            error={Boolean(errors.opensOn)}
            validationText={errors.opensOn}
            required
          />
          <InputField
            name="round-closes"
            label={t('rounds.closesOn')}
            type="date"
            value={closesOn}
            onChange={({ value }) => setClosesOn(value ?? '')}
            error={Boolean(errors.closesOn)}
            validationText={errors.closesOn}
            required
          />
        </div>
        <FormError message={failure} />
        <div className="button-row">
          <Button type="submit" primary loading={busy} disabled={busy}>
            {t('rounds.openSubmit')}
          </Button>
          <Button secondary onClick={() => onCancel()} disabled={busy}>
            {tShared('common.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
