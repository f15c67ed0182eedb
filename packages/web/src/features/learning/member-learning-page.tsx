import { LEARNING_NAMESPACE } from './i18n.js';
import './learning.css';
import { Button } from '@dhis2-ui/button';
import { CheckboxField } from '@dhis2-ui/checkbox';
import { InputField } from '@dhis2-ui/input';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type {
  CourseCatalogue,
  LearningRecord,
  LearningRecordList,
  PathProgress,
  Role,
  TeamMember,
} from '@coreteam/core';
import { ApiError, deleteRequest, patchJson, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { formatDate } from '../../shared/format/intl.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { useMe } from '../../shared/session/session-context.js';
import { ConfirmDialog, Dialog } from '../../shared/ui/confirm-dialog.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { rolesPath } from '../team-structure/role-catalogue.js';
import { indexCatalogue, keyOf, type CatalogueIndex } from './course-wording.js';
import { learningApi, learningPages } from './learning-paths.js';

const today = () => new Date().toISOString().slice(0, 10);

/** /teams/:teamId/members/:memberId/learning: path progress per role and learning records. */
export default function MemberLearningPage() {
  const { teamId, memberId } = useParams<{ teamId: string; memberId: string }>();
  const { t } = useTranslation(LEARNING_NAMESPACE);
  const team = useCurrentTeam();
  const me = useMe();
  const records = useApiResource<LearningRecordList>(learningApi.records(teamId, memberId));
  const member = useApiResource<TeamMember>(learningApi.member(teamId, memberId));
  const catalogue = useApiResource<CourseCatalogue>(learningApi.courses);
  const index = useMemo(
    () => (catalogue.state.status === 'loaded' ? indexCatalogue(catalogue.state.data) : undefined),
    [catalogue.state],
  );
  const name = member.state.status === 'loaded' ? member.state.data.name : undefined;
  const title = name ? t('member.title', { name }) : t('member.titleLoading');

  if (records.state.status === 'failed') {
    const refused = records.state.error instanceof ApiError && records.state.error.status === 403;
    return (
      <>
        <h1 className="page-title">{title}</h1>
        {refused ? (
          <div data-test="learning-not-allowed">
            <NoticeBox warning title={t('member.notAllowedTitle')}>
              {t('member.notAllowed')}
            </NoticeBox>
          </div>
        ) : (
          <LoadFailure error={records.state.error} onRetry={records.reload} />
        )}
      </>
    );
  }
  if (records.state.status === 'loading' || !index) {
    return (
      <>
        <h1 className="page-title">{title}</h1>
        {catalogue.state.status === 'failed' ? (
          <LoadFailure error={catalogue.state.error} onRetry={catalogue.reload} />
        ) : (
          <PageLoading />
        )}
      </>
    );
  }
  // Leads (and system admins) and the member themself may write; the server refuses anyone else.
  const own = member.state.status === 'loaded' && member.state.data.userId === me.user.id;
  const canWrite = Boolean(team?.canManage) || own;
  const data = records.state.data;
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p className="page-lead">
        {t('member.lead')} <Link href={learningPages.paths}>{t('member.pathsLink')}</Link>
      </p>
      <Progress progress={data.progress} index={index} />
      <Records
        teamId={teamId}
        memberId={memberId}
        list={data}
        index={index}
        canWrite={canWrite}
        onChanged={(list) => (list ? records.replace(list) : records.reload())}
      />
    </>
  );
}

function Progress({ progress, index }: { progress: PathProgress[]; index: CatalogueIndex }) {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE);
  const roles = useApiResource<{ roles: Role[] }>(rolesPath(i18n.language));
  const roleName = (roleKey: string, subRoleKey: string | null) => {
    const role =
      roles.state.status === 'loaded' ? roles.state.data.roles.find((r) => r.key === roleKey) : undefined;
    const subRole = role?.subRoles.find((candidate) => candidate.key === subRoleKey)?.name;
    const name = role?.name ?? roleKey;
    return subRole ? `${name} – ${subRole}` : name;
  };
  return (
    <section aria-labelledby="learning-progress" className="page-section">
      <h2 id="learning-progress" className="section-title">
        {t('member.progressTitle')}
      </h2>
      {progress.length === 0 && <p className="empty-state">{t('member.noRoles')}</p>}
      {progress.map((path) => {
        const role = roleName(path.roleKey, path.subRoleKey);
        return (
          <div key={`${path.roleKey}:${path.subRoleKey ?? ''}`} className="learning-scroll">
            <table className="learning-table" data-test="learning-progress">
              <caption>
                {t('member.progressCaption', { role, done: path.doneCount, total: path.stepCount })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.course')}</th>
                  <th scope="col">{t('columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {path.steps.map((step) => (
                  <tr key={step.courseKey}>
                    <th scope="row">{step.courseName}</th>
                    <td className={`learning-status--${step.status}`}>
                      {t(`status.${keyOf(step.status)}`)}
                      {step.missingPrerequisiteKeys.length > 0 && (
                        <span className="learning-subtext">
                          {t('member.missing', {
                            courses: step.missingPrerequisiteKeys
                              .map((key) => index.courseName(key))
                              .join(', '),
                          })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

function Records({
  teamId,
  memberId,
  list,
  index,
  canWrite,
  onChanged,
}: {
  teamId: string;
  memberId: string;
  list: LearningRecordList;
  index: CatalogueIndex;
  canWrite: boolean;
  onChanged: (list?: LearningRecordList) => void;
}) {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE);
  const [editing, setEditing] = useState<LearningRecord>();
  const [removing, setRemoving] = useState<LearningRecord>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();

  const remove = async (record: LearningRecord) => {
    setBusy(true);
    try {
      await deleteRequest(`${learningApi.record(teamId, memberId, record.id)}?version=${record.version}`);
      setRemoving(undefined);
      setDone(t('records.deleted'));
      onChanged();
    } catch (error) {
      setRemoving(undefined);
      setProblem(errorMessage(error, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="learning-records" className="page-section">
      <h2 id="learning-records" className="section-title">
        {t('records.title')}
      </h2>
      <FormError message={problem} />
      <FormSuccess message={done} />
      {list.records.length === 0 ? (
        <p className="empty-state">{t('records.none')}</p>
      ) : (
        <div className="learning-scroll">
          <table className="learning-table" data-test="learning-records">
            <caption>{t('records.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.course')}</th>
                <th scope="col">{t('columns.date')}</th>
                <th scope="col">{t('columns.completed')}</th>
                <th scope="col">{t('columns.certificate')}</th>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">{t('columns.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.records.map((record) => {
                const course = index.courseName(record.courseKey);
                return (
                  <tr key={record.id}>
                    <th scope="row">{course}</th>
                    <td>{formatDate(`${record.takenOn}T12:00:00`, i18n.language)}</td>
                    <td>{record.completed ? t('records.yes') : t('records.no')}</td>
                    <td>{record.certificate ? t('records.yes') : t('records.no')}</td>
                    {canWrite && (
                      <td>
                        <span className="learning-actions">
                          <Button
                            small
                            secondary
                            onClick={() => setEditing(record)}
                            aria-label={t('records.editNamed', { course })}
                          >
                            {t('records.edit')}
                          </Button>
                          <Button
                            small
                            secondary
                            onClick={() => setRemoving(record)}
                            aria-label={t('records.deleteNamed', { course })}
                          >
                            {t('records.delete')}
                          </Button>
                        </span>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && (
        <AddRecordForm
          teamId={teamId}
          memberId={memberId}
          index={index}
          onAdded={(updated) => {
            setProblem(undefined);
            setDone(t('records.added'));
            onChanged(updated);
          }}
        />
      )}
      {editing && (
        <EditRecordDialog
          teamId={teamId}
          memberId={memberId}
          record={editing}
          courseName={index.courseName(editing.courseKey)}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            setDone(t('records.saved'));
            onChanged();
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('records.deleteTitle')}
          confirmLabel={t('records.delete')}
          busy={busy}
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => void remove(removing)}
        >
          <p className="notice-text">
            {t('records.deleteQuestion', { course: index.courseName(removing.courseKey) })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function AddRecordForm({
  teamId,
  memberId,
  index,
  onAdded,
}: {
  teamId: string;
  memberId: string;
  index: CatalogueIndex;
  onAdded: (list: LearningRecordList) => void;
}) {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE);
  const [courseKey, setCourseKey] = useState('');
  const [takenOn, setTakenOn] = useState(today());
  const [completed, setCompleted] = useState(true);
  const [certificate, setCertificate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const options = index.courses().map((course) => ({ value: course.key, label: course.name }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!courseKey) {
      setProblem(t('records.chooseCourse'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const list = await postJson<LearningRecordList>(learningApi.records(teamId, memberId), {
        courseKey,
        takenOn,
        completed,
        certificate,
      });
      setCourseKey('');
      onAdded(list);
    } catch (error) {
      setProblem(errorMessage(error, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="learning-form" onSubmit={(event) => void submit(event)} data-test="learning-record-form">
      <h3 className="subsection-title">{t('records.addTitle')}</h3>
      <SelectField
        name="learning-record-course"
        label={t('records.course')}
        value={courseKey}
        options={options}
        onChange={setCourseKey}
        filterable
        required
      />
      <InputField
        name="learning-record-date"
        label={t('records.date')}
        type="date"
        value={takenOn}
        onChange={({ value }) => setTakenOn(value ?? '')}
        required
      />
      <CheckboxField
        name="learning-record-completed"
        label={t('records.completed')}
        checked={completed}
        onChange={({ checked }) => setCompleted(checked)}
      />
      <CheckboxField
        name="learning-record-certificate"
        label={t('records.certificate')}
        checked={certificate}
        onChange={({ checked }) => setCertificate(checked)}
      />
      <FormError message={problem} />
      <div>
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('records.add')}
        </Button>
      </div>
    </form>
  );
}

function EditRecordDialog({
  teamId,
  memberId,
  record,
  courseName,
  onClose,
  onSaved,
}: {
  teamId: string;
  memberId: string;
  record: LearningRecord;
  courseName: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE);
  const [takenOn, setTakenOn] = useState(record.takenOn);
  const [completed, setCompleted] = useState(record.completed);
  const [certificate, setCertificate] = useState(record.certificate);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const save = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await patchJson(learningApi.record(teamId, memberId, record.id), {
        version: record.version,
        takenOn,
        completed,
        certificate,
      });
      onSaved();
    } catch (error) {
      setProblem(errorMessage(error, t, i18n.language));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('records.editTitle', { course: courseName })}
      onClose={onClose}
      actions={
        <>
          <Button secondary onClick={() => onClose()} disabled={busy}>
            {t('records.cancel')}
          </Button>
          <Button primary onClick={() => void save()} loading={busy} disabled={busy}>
            {t('records.save')}
          </Button>
        </>
      }
    >
      <div className="learning-form">
        <InputField
          name="learning-edit-date"
          label={t('records.date')}
          type="date"
          value={takenOn}
          onChange={({ value }) => setTakenOn(value ?? '')}
        />
        <CheckboxField
          name="learning-edit-completed"
          label={t('records.completed')}
          checked={completed}
          onChange={({ checked }) => setCompleted(checked)}
        />
        <CheckboxField
          name="learning-edit-certificate"
          label={t('records.certificate')}
          checked={certificate}
          onChange={({ checked }) => setCertificate(checked)}
        />
        <FormError message={problem} />
      </div>
    </Dialog>
  );
}
