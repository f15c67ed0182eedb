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
import { Tag } from '@dhis2-ui/tag';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UpdateUserRequest, User } from '@coreteam/core';
import { ApiError, patchJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { formatDate } from '../../shared/format/intl.js';
import { newPasswordProblem, passwordHint } from '../../shared/forms/password-rules.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useMe } from '../../shared/session/session-context.js';
import { ConfirmDialog, Dialog } from '../../shared/ui/confirm-dialog.js';
import { ResetTwoFactorButton, TwoFactorTag } from '../two-factor/reset-two-factor.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { CreateUserForm } from './create-user-form.js';

type UserChange = 'deactivate' | 'reactivate' | 'makeAdmin' | 'removeAdmin';

const CHANGE_REQUEST: Record<UserChange, Omit<UpdateUserRequest, 'version'>> = {
  deactivate: { active: false },
  reactivate: { active: true },
  makeAdmin: { systemAdmin: true },
  removeAdmin: { systemAdmin: false },
};

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const users = useApiResource<{ users: User[] }>('/api/users');
  const [pending, setPending] = useState<{ user: User; change: UserChange }>();
  const [passwordFor, setPasswordFor] = useState<User>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [success, setSuccess] = useState<string>();

  const replaceUser = (user: User) => {
    if (users.state.status !== 'loaded') return;
    users.replace({ users: users.state.data.users.map((each) => (each.id === user.id ? user : each)) });
  };

  const apply = async (user: User, change: UserChange) => {
    setBusy(true);
    setFailure(undefined);
    setSuccess(undefined);
    try {
      const updated = await patchJson<User>(`/api/users/${encodeURIComponent(user.id)}`, {
        version: user.version,
        ...CHANGE_REQUEST[change],
      });
      replaceUser(updated);
      setSuccess(t(`users.changed.${change}`, { name: updated.displayName }));
    } catch (error) {
      setFailure(errorMessage(error, t, i18n.language));
      if (error instanceof ApiError && error.code === 'version_conflict') users.reload();
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  };

  return (
    <>
      <h1 className="page-title">{t('users.title')}</h1>
      <p className="page-lead">{t('users.lead')}</p>
      <FormError message={failure} />
      <FormSuccess message={success} />
      {users.state.status === 'loading' && <PageLoading />}
      {users.state.status === 'failed' && <LoadFailure error={users.state.error} onRetry={users.reload} />}
      {users.state.status === 'loaded' && (
        <div className="table-wrapper">
          <DataTable>
            <DataTableHead>
              <DataTableRow>
                <DataTableColumnHeader>{t('account.displayName')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('account.email')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('users.status')}</DataTableColumnHeader>
                <DataTableColumnHeader>{t('users.createdAt')}</DataTableColumnHeader>
                <DataTableColumnHeader>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </DataTableColumnHeader>
              </DataTableRow>
            </DataTableHead>
            <DataTableBody>
              {users.state.data.users.map((user) => {
                const self = user.id === me.user.id;
                return (
                  <DataTableRow key={user.id}>
                    <DataTableCell>
                      {user.displayName}
                      {self && <span className="muted"> {t('users.you')}</span>}
                    </DataTableCell>
                    <DataTableCell>{user.email}</DataTableCell>
                    <DataTableCell>
                      <span className="tag-list">
                        {user.active ? (
                          <Tag positive>{t('users.active')}</Tag>
                        ) : (
                          <Tag negative>{t('users.inactive')}</Tag>
                        )}
                        {user.systemAdmin && <Tag neutral>{t('users.systemAdmin')}</Tag>}
                        {user.mustChangePassword && <Tag>{t('users.mustChangePassword')}</Tag>}
                        <TwoFactorTag user={user} />
                      </span>
                    </DataTableCell>
                    <DataTableCell className="nowrap">
                      {formatDate(user.createdAt, i18n.language)}
                    </DataTableCell>
                    <DataTableCell>
                      <span className="row-actions">
                        {!self && (
                          <Button
                            small
                            secondary
                            onClick={() =>
                              user.active
                                ? setPending({ user, change: 'deactivate' })
                                : void apply(user, 'reactivate')
                            }
                            aria-label={
                              user.active
                                ? t('users.deactivateNamed', { name: user.displayName })
                                : t('users.reactivateNamed', { name: user.displayName })
                            }
                          >
                            {user.active ? t('users.deactivate') : t('users.reactivate')}
                          </Button>
                        )}
                        {!self && (
                          <Button
                            small
                            secondary
                            onClick={() =>
                              setPending({ user, change: user.systemAdmin ? 'removeAdmin' : 'makeAdmin' })
                            }
                            aria-label={
                              user.systemAdmin
                                ? t('users.removeAdminNamed', { name: user.displayName })
                                : t('users.makeAdminNamed', { name: user.displayName })
                            }
                          >
                            {user.systemAdmin ? t('users.removeAdmin') : t('users.makeAdmin')}
                          </Button>
                        )}
                        {!self && (
                          <Button
                            small
                            secondary
                            onClick={() => setPasswordFor(user)}
                            aria-label={t('users.setPasswordNamed', { name: user.displayName })}
                          >
                            {t('users.setPassword')}
                          </Button>
                        )}
                        <ResetTwoFactorButton
                          user={user}
                          onReset={(message) => {
                            setFailure(undefined);
                            setSuccess(message);
                            users.reload();
                          }}
                        />
                      </span>
                    </DataTableCell>
                  </DataTableRow>
                );
              })}
            </DataTableBody>
          </DataTable>
        </div>
      )}

      <section aria-labelledby="create-user" className="page-section">
        <h2 id="create-user" className="section-title">
          {t('users.createTitle')}
        </h2>
        <p className="section-lead">{t('users.createLead')}</p>
        <Card>
          <CreateUserForm
            onCreated={(user) => {
              setFailure(undefined);
              setSuccess(t('users.created', { name: user.displayName, email: user.email }));
              users.reload();
            }}
          />
        </Card>
      </section>

      {pending && (
        <ConfirmDialog
          title={t(`users.confirm.${pending.change}Title`, { name: pending.user.displayName })}
          confirmLabel={changeLabel(pending.change, t)}
          destructive={pending.change === 'deactivate' || pending.change === 'removeAdmin'}
          busy={busy}
          onCancel={() => setPending(undefined)}
          onConfirm={() => void apply(pending.user, pending.change)}
        >
          <p>{t(`users.confirm.${pending.change}Text`, { name: pending.user.displayName })}</p>
        </ConfirmDialog>
      )}
      {passwordFor && (
        <TemporaryPasswordDialog
          user={passwordFor}
          onClose={() => setPasswordFor(undefined)}
          onSaved={(updated) => {
            replaceUser(updated);
            setPasswordFor(undefined);
            setFailure(undefined);
            setSuccess(t('users.changed.setPassword', { name: updated.displayName }));
          }}
          onConflict={() => users.reload()}
        />
      )}
    </>
  );
}

function changeLabel(change: UserChange, t: TFunction): string {
  switch (change) {
    case 'deactivate':
      return t('users.deactivate');
    case 'reactivate':
      return t('users.reactivate');
    case 'makeAdmin':
      return t('users.makeAdmin');
    case 'removeAdmin':
      return t('users.removeAdmin');
  }
}

function TemporaryPasswordDialog({
  user,
  onClose,
  onSaved,
  onConflict,
}: {
  user: User;
  onClose: () => void;
  onSaved: (user: User) => void;
  onConflict: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const problem = newPasswordProblem(password, t);
    setError(problem);
    if (problem) return;
    setBusy(true);
    setFailure(undefined);
    try {
      onSaved(
        await patchJson<User>(`/api/users/${encodeURIComponent(user.id)}`, {
          version: user.version,
          temporaryPassword: password,
        }),
      );
    } catch (caught) {
      setError(fieldErrors(caught, t).temporaryPassword);
      setFailure(errorMessage(caught, t, i18n.language));
      if (caught instanceof ApiError && caught.code === 'version_conflict') onConflict();
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('users.setPasswordTitle', { name: user.displayName })}
      onClose={onClose}
      actions={
        <>
          <Button secondary onClick={() => onClose()} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button primary onClick={() => void save()} loading={busy} disabled={busy}>
            {t('users.setPassword')}
          </Button>
        </>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        noValidate
        className="form-card form-card--flat"
      >
        <p>{t('users.setPasswordText')}</p>
        <InputField
          name="temporary-password"
          label={t('users.temporaryPassword')}
          type="password"
          helpText={passwordHint(t)}
          value={password}
          onChange={({ value }) => setPassword(value ?? '')}
          error={Boolean(error)}
          validationText={error}
          autoComplete="new-password"
          initialFocus
          required
        />
        <FormError message={failure} />
      </form>
    </Dialog>
  );
}
