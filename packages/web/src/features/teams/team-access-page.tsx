import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { InputField } from '@dhis2-ui/input';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { Radio } from '@dhis2-ui/radio';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { Tag } from '@dhis2-ui/tag';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { TEAM_ROLES, type TeamAccessEntry, type TeamRole } from '@coreteam/core';
import { ApiError, deleteRequest, postJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { useSession } from '../../shared/session/session-context.js';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { roleList, roleName } from './role-names.js';
import { TeamManagersOnly } from './team-managers-only.js';

type AccessList = { access: TeamAccessEntry[] };

export default function TeamAccessPage() {
  const { teamId } = useParams<{ teamId: string }>();
  return (
    <TeamManagersOnly teamId={teamId}>
      <TeamAccess teamId={teamId} />
    </TeamManagersOnly>
  );
}

function TeamAccess({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const team = useCurrentTeam();
  const path = `/api/teams/${encodeURIComponent(teamId)}/access`;
  const access = useApiResource<AccessList>(path);
  const [revoking, setRevoking] = useState<TeamAccessEntry>();
  const [success, setSuccess] = useState<string>();

  const changed = (list: AccessList, message: string) => {
    access.replace(list);
    setSuccess(message);
    // The person may have changed their own roles: the header and navigation follow.
    void session.refresh();
  };

  return (
    <>
      <h1 className="page-title">
        {team?.name ? t('teamAccess.title', { team: team.name }) : t('navigation.teamAccess')}
      </h1>
      <p className="page-lead">{t('teamAccess.lead')}</p>
      <FormSuccess message={success} />
      {access.state.status === 'loading' && <PageLoading />}
      {access.state.status === 'failed' && <LoadFailure error={access.state.error} onRetry={access.reload} />}
      {access.state.status === 'loaded' &&
        (access.state.data.access.length === 0 ? (
          <p className="empty-state">{t('teamAccess.none')}</p>
        ) : (
          <div className="table-wrapper">
            <DataTable>
              <DataTableHead>
                <DataTableRow>
                  <DataTableColumnHeader>{t('account.displayName')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('account.email')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('teamAccess.roles')}</DataTableColumnHeader>
                  <DataTableColumnHeader>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </DataTableColumnHeader>
                </DataTableRow>
              </DataTableHead>
              <DataTableBody>
                {access.state.data.access.map((entry) => (
                  <DataTableRow key={entry.userId}>
                    <DataTableCell>{entry.displayName}</DataTableCell>
                    <DataTableCell>{entry.email}</DataTableCell>
                    <DataTableCell>
                      <ul className="tag-list">
                        {entry.roles.map((role) => (
                          <li key={role}>
                            <Tag neutral>{roleName(role, t)}</Tag>
                          </li>
                        ))}
                      </ul>
                    </DataTableCell>
                    <DataTableCell align="right">
                      <Button
                        small
                        secondary
                        onClick={() => {
                          setSuccess(undefined);
                          setRevoking(entry);
                        }}
                        aria-label={t('teamAccess.revokeNamed', { name: entry.displayName })}
                      >
                        {t('teamAccess.revoke')}
                      </Button>
                    </DataTableCell>
                  </DataTableRow>
                ))}
              </DataTableBody>
            </DataTable>
          </div>
        ))}

      <section aria-labelledby="grant-access" className="page-section">
        <h2 id="grant-access" className="section-title">
          {t('teamAccess.grantTitle')}
        </h2>
        <p className="section-lead">{t('teamAccess.grantLead')}</p>
        <Card>
          <GrantAccessForm
            path={path}
            onGranted={(list, email, role) =>
              changed(list, t('teamAccess.granted', { email, role: roleName(role, t) }))
            }
          />
        </Card>
      </section>

      {revoking && (
        <RevokeDialog
          path={path}
          entry={revoking}
          onClose={() => setRevoking(undefined)}
          onRevoked={(roles) => {
            setRevoking(undefined);
            const remaining =
              access.state.status === 'loaded'
                ? access.state.data.access.flatMap((entry) => {
                    if (entry.userId !== revoking.userId) return [entry];
                    const left = entry.roles.filter((role) => !roles.includes(role));
                    return left.length > 0 ? [{ ...entry, roles: left }] : [];
                  })
                : [];
            changed(
              { access: remaining },
              t('teamAccess.revoked', {
                name: revoking.displayName,
                roles: roleList(roles, t, i18n.language),
              }),
            );
          }}
        />
      )}
    </>
  );
}

function GrantAccessForm({
  path,
  onGranted,
}: {
  path: string;
  onGranted: (list: AccessList, email: string, role: TeamRole) => void;
}) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TeamRole>('member');
  const [emailError, setEmailError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '') {
      setEmailError(t('errors.required'));
      return;
    }
    setEmailError(undefined);
    setBusy(true);
    setFailure(undefined);
    try {
      const list = await postJson<AccessList>(path, { email: email.trim(), role });
      onGranted(list, email.trim(), role);
      setEmail('');
    } catch (error) {
      setEmailError(fieldErrors(error, t).email);
      setFailure(errorMessage(error, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-row">
        <InputField
          name="grant-email"
          label={t('account.email')}
          type="email"
          value={email}
          onChange={({ value }) => setEmail(value ?? '')}
          error={Boolean(emailError)}
          validationText={emailError}
          autoComplete="off"
          required
        />
        <SelectField
          name="grant-role"
          label={t('teamAccess.role')}
          helpText={t(`roles.help.${role}`)}
          value={role}
          onChange={(value) => {
            const chosen = TEAM_ROLES.find((each) => each === value);
            if (chosen) setRole(chosen);
          }}
          options={TEAM_ROLES.map((each) => ({ value: each, label: roleName(each, t) }))}
        />
      </div>
      <FormError message={failure} />
      <div>
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('teamAccess.grant')}
        </Button>
      </div>
    </form>
  );
}

/** Removes all of a person's roles, or one of them; the last lead cannot be removed by a lead. */
function RevokeDialog({
  path,
  entry,
  onClose,
  onRevoked,
}: {
  path: string;
  entry: TeamAccessEntry;
  onClose: () => void;
  onRevoked: (roles: TeamRole[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<TeamRole | 'all'>('all');
  const [failure, setFailure] = useState<{ lastLead: boolean; message: string }>();
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const query = choice === 'all' ? '' : `?role=${encodeURIComponent(choice)}`;
      await deleteRequest(`${path}/${encodeURIComponent(entry.userId)}${query}`);
      onRevoked(choice === 'all' ? entry.roles : [choice]);
    } catch (error) {
      setFailure({
        lastLead: error instanceof ApiError && error.code === 'last_lead',
        message: errorMessage(error, t, i18n.language),
      });
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={t('teamAccess.revokeTitle', { name: entry.displayName })}
      confirmLabel={t('teamAccess.revoke')}
      busy={busy}
      onCancel={onClose}
      onConfirm={() => void revoke()}
    >
      <p>{t('teamAccess.revokeText', { name: entry.displayName })}</p>
      {entry.roles.length > 1 && (
        <fieldset className="radio-group">
          <legend>{t('teamAccess.revokeWhich')}</legend>
          <Radio
            name="revoke-role"
            value="all"
            label={t('teamAccess.revokeAll', { roles: roleList(entry.roles, t, i18n.language) })}
            checked={choice === 'all'}
            onChange={() => setChoice('all')}
          />
          {entry.roles.map((role) => (
            <Radio
              key={role}
              name="revoke-role"
              value={role}
              label={t('teamAccess.revokeOnly', { role: roleName(role, t) })}
              checked={choice === role}
              onChange={() => setChoice(role)}
            />
          ))}
        </fieldset>
      )}
      <div role="alert">
        {failure &&
          (failure.lastLead ? (
            <NoticeBox warning title={t('teamAccess.lastLeadTitle')}>
              {failure.message}
            </NoticeBox>
          ) : (
            <NoticeBox error>{failure.message}</NoticeBox>
          ))}
      </div>
    </ConfirmDialog>
  );
}
