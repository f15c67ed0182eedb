import { ASSESSMENTS_NAMESPACE } from './i18n.js';
import './assessments.css';
import { Button } from '@dhis2-ui/button';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type {
  AssessmentSummary,
  FrameworkDetail,
  FrameworkDocument,
  RoundDetail,
  TeamAccessEntry,
  TeamMember,
} from '@coreteam/core';
import { getJson, isAbortError, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { useMe } from '../../shared/session/session-context.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { AddAssessmentDialog } from './add-assessment-dialog.js';
import { ResponseImportDialog } from './response-import-dialog.js';
import { AssessmentStatusTag, ProgressFigure, RoundStatusTag, SubmittedBar } from './round-parts.js';
import { roundsPath } from './rounds-page.js';
import { formatDay } from './wording.js';

interface LeadTools {
  members: TeamMember[];
  accounts: TeamAccessEntry[];
  framework: FrameworkDocument;
}

/** What a lead needs to add assessments: the roster, the team's accounts and the round's framework. */
function useLeadTools(teamId: string, round: RoundDetail | undefined, enabled: boolean) {
  const [tools, setTools] = useState<LeadTools>();
  const [error, setError] = useState<unknown>();
  const frameworkId = round?.frameworkId;
  const version = round?.frameworkVersion;
  useEffect(() => {
    if (!enabled || !frameworkId || version === undefined) return;
    const controller = new AbortController();
    const team = `/api/teams/${encodeURIComponent(teamId)}`;
    Promise.all([
      getJson<{ members: TeamMember[] }>(`${team}/members`, controller.signal),
      getJson<{ access: TeamAccessEntry[] }>(`${team}/access`, controller.signal),
      getJson<FrameworkDetail>(
        `/api/frameworks/${encodeURIComponent(frameworkId)}?version=${version}`,
        controller.signal,
      ),
    ]).then(
      ([members, access, framework]) =>
        setTools({
          members: members.members.filter(
            (member) => member.endDate === null || member.endDate >= todayIso(),
          ),
          accounts: access.access,
          framework: framework.selectedVersion.document,
        }),
      (failure: unknown) => {
        if (!isAbortError(failure)) setError(failure);
      },
    );
    return () => controller.abort();
  }, [teamId, frameworkId, version, enabled]);
  return { tools, error };
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** /teams/:teamId/rounds/:roundId — who has submitted, who is under way, who has not started. */
export default function RoundPage() {
  const { teamId, roundId } = useParams<{ teamId: string; roundId: string }>();
  const { t, i18n } = useTranslation(ASSESSMENTS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const me = useMe();
  const team = useCurrentTeam();
  const canLead = team?.id === teamId && team.canManage;
  const path = `${roundsPath(teamId)}/${encodeURIComponent(roundId)}`;
  const round = useApiResource<RoundDetail>(path);
  const detail = round.state.status === 'loaded' ? round.state.data : undefined;
  const lead = useLeadTools(teamId, detail, canLead);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const language = i18n.language;

  if (round.state.status === 'loading') return <PageLoading />;
  if (round.state.status === 'failed' || !detail) {
    return (
      <>
        <h1 className="page-title">{t('round.title')}</h1>
        {round.state.status === 'failed' && <LoadFailure error={round.state.error} onRetry={round.reload} />}
      </>
    );
  }

  const added = (assessment: AssessmentSummary) => {
    setAdding(false);
    round.reload();
    const areaNames = assessment.areaKeys.map(
      (key) => lead.tools?.framework.areas.find((area) => area.key === key)?.name ?? key,
    );
    setSuccess(
      t('round.added', {
        member: assessment.memberName,
        mode: t(`modes.${assessment.mode}`),
        areas: areaNames.join(', '),
      }),
    );
  };

  const addAllSelf = async () => {
    if (!lead.tools) return;
    setBusy('bulk');
    setSuccess(undefined);
    setFailure(undefined);
    const already = new Set(detail.assessments.filter((a) => a.mode === 'self').map((a) => a.memberId));
    const candidates = lead.tools.members.filter((member) => member.userId && !already.has(member.id));
    const refused: string[] = [];
    let count = 0;
    for (const member of candidates) {
      try {
        await postJson(`${path}/assessments`, { memberId: member.id, mode: 'self' });
        count += 1;
      } catch {
        refused.push(member.name);
      }
    }
    round.reload();
    setBusy(undefined);
    setSuccess(t('round.bulkAdded', { count }));
    if (refused.length > 0) setFailure(t('round.bulkRefused', { names: refused.join(', ') }));
  };

  const reopen = async (assessment: AssessmentSummary) => {
    setBusy(assessment.id);
    setSuccess(undefined);
    setFailure(undefined);
    try {
      await postJson(`/api/assessments/${encodeURIComponent(assessment.id)}/reopen`);
      setSuccess(t('round.reopened', { member: assessment.memberName }));
      round.reload();
    } catch (error) {
      setFailure(errorMessage(error, tShared, language));
    } finally {
      setBusy(undefined);
    }
  };

  const progress = detail.progress;
  const withoutAccount = lead.tools?.members.filter((member) => !member.userId).length ?? 0;

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/teams/${encodeURIComponent(teamId)}/rounds`}>{t('rounds.title')}</Link>
      </p>
      <h1 className="page-title">{detail.name}</h1>
      <p className="page-lead">
        {t('rounds.frameworkVersion', { name: detail.frameworkName, version: detail.frameworkVersion })}
        {' · '}
        {t('rounds.dateRange', {
          opens: formatDay(detail.opensOn, language),
          closes: formatDay(detail.closesOn, language),
        })}{' '}
        <RoundStatusTag status={detail.status} />
      </p>
      <FormSuccess message={success} />
      <FormError message={failure} />

      <dl className="round-counts" aria-label={t('round.countsLabel')}>
        <div>
          <dt>{t('assessmentStatus.submitted')}</dt>
          <dd>{progress.submitted}</dd>
        </div>
        <div>
          <dt>{t('assessmentStatus.inProgress')}</dt>
          <dd>{progress.inProgress}</dd>
        </div>
        <div>
          <dt>{t('assessmentStatus.notStarted')}</dt>
          <dd>{progress.notStarted}</dd>
        </div>
        <div className="round-counts__bar">
          <dt>{t('rounds.progress')}</dt>
          <dd>
            <SubmittedBar submitted={progress.submitted} total={progress.assessments} />
          </dd>
        </div>
      </dl>

      <ul className="link-list page-section">
        <li>
          <Link href={`/teams/${encodeURIComponent(teamId)}/rounds/${encodeURIComponent(roundId)}/results`}>
            {t('round.results')}
          </Link>
        </li>
      </ul>

      {canLead && (
        <div className="button-row page-actions">
          <Button primary onClick={() => setAdding(true)} disabled={!lead.tools}>
            {t('round.add')}
          </Button>
          <Button onClick={() => setImporting(true)} disabled={busy !== undefined}>
            {t('responseImport.open')}
          </Button>
          <Button
            onClick={() => void addAllSelf()}
            disabled={!lead.tools || busy !== undefined}
            loading={busy === 'bulk'}
          >
            {t('round.addAllSelf')}
          </Button>
        </div>
      )}
      {canLead && withoutAccount > 0 && (
        <p className="form-note">{t('round.withoutAccount', { count: withoutAccount })}</p>
      )}
      {canLead && lead.error !== undefined && (
        <FormError message={errorMessage(lead.error, tShared, language)} />
      )}

      {detail.assessments.length === 0 ? (
        <p className="empty-state">{canLead ? t('round.noneLead') : t('round.none')}</p>
      ) : (
        <DataTable>
          <DataTableHead>
            <DataTableRow>
              <DataTableColumnHeader>{t('round.member')}</DataTableColumnHeader>
              <DataTableColumnHeader>{t('round.mode')}</DataTableColumnHeader>
              <DataTableColumnHeader>{t('round.assessor')}</DataTableColumnHeader>
              <DataTableColumnHeader>{t('round.status')}</DataTableColumnHeader>
              <DataTableColumnHeader>{t('round.answered')}</DataTableColumnHeader>
              <DataTableColumnHeader>{t('round.actions')}</DataTableColumnHeader>
            </DataTableRow>
          </DataTableHead>
          <DataTableBody>
            {detail.assessments.map((assessment) => {
              const answers = assessment.respondentUserId === me.user.id && assessment.status !== 'submitted';
              return (
                <DataTableRow key={assessment.id}>
                  <DataTableCell>{assessment.memberName}</DataTableCell>
                  <DataTableCell>{t(`modes.${assessment.mode}`)}</DataTableCell>
                  <DataTableCell>
                    {assessment.mode === 'self' ? t('round.selfAssessor') : (assessment.assessorName ?? '—')}
                  </DataTableCell>
                  <DataTableCell>
                    <AssessmentStatusTag status={assessment.status} />
                  </DataTableCell>
                  <DataTableCell>
                    <ProgressFigure
                      done={assessment.answered}
                      total={assessment.total}
                      label={t('form.answeredOf', { answered: assessment.answered, total: assessment.total })}
                    />
                  </DataTableCell>
                  <DataTableCell>
                    <div className="row-actions row-actions--start">
                      <Link
                        href={`/assessments/${encodeURIComponent(assessment.id)}`}
                        aria-label={
                          answers
                            ? t('round.fillNamed', {
                                member: assessment.memberName,
                                mode: t(`modes.${assessment.mode}`),
                              })
                            : t('round.viewNamed', {
                                member: assessment.memberName,
                                mode: t(`modes.${assessment.mode}`),
                              })
                        }
                      >
                        {answers ? t('round.fill') : t('round.view')}
                      </Link>
                      {canLead && assessment.status === 'submitted' && (
                        <Button
                          small
                          secondary
                          onClick={() => void reopen(assessment)}
                          loading={busy === assessment.id}
                          disabled={busy !== undefined}
                          aria-label={t('round.reopenNamed', { member: assessment.memberName })}
                        >
                          {t('round.reopen')}
                        </Button>
                      )}
                    </div>
                  </DataTableCell>
                </DataTableRow>
              );
            })}
          </DataTableBody>
        </DataTable>
      )}

      {importing && (
        <ResponseImportDialog
          path={`${path}/response-imports`}
          onClose={() => setImporting(false)}
          onImported={(result) => {
            setImporting(false);
            round.reload();
            setFailure(undefined);
            setSuccess(t('responseImport.done', { imported: result.imported, skipped: result.skipped }));
          }}
        />
      )}
      {adding && lead.tools && (
        <AddAssessmentDialog
          path={`${path}/assessments`}
          framework={lead.tools.framework}
          members={lead.tools.members}
          accounts={lead.tools.accounts}
          onAdded={added}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  );
}
