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
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TOKEN_SCOPES, type CreatedToken, type PersonalAccessToken, type TokenScope } from '@coreteam/core';
import { deleteRequest, postJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { formatDateTime } from '../../shared/format/intl.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.js';
import { FormError } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';

const EXPIRY_DAYS = ['30', '90', '365', 'never'] as const;

/** Personal access tokens for scripts: listed without their secrets, which are shown once only. */
export function AccessTokensSection() {
  const { t, i18n } = useTranslation();
  const tokens = useApiResource<{ tokens: PersonalAccessToken[] }>('/api/me/tokens');
  const [created, setCreated] = useState<CreatedToken>();
  const [revoking, setRevoking] = useState<PersonalAccessToken>();
  const [revokeBusy, setRevokeBusy] = useState(false);
  const [revokeFailure, setRevokeFailure] = useState<string>();

  const revoke = async (token: PersonalAccessToken) => {
    setRevokeBusy(true);
    setRevokeFailure(undefined);
    try {
      await deleteRequest(`/api/me/tokens/${encodeURIComponent(token.id)}`);
      setRevoking(undefined);
      tokens.reload();
    } catch (error) {
      setRevokeFailure(errorMessage(error, t, i18n.language));
    } finally {
      setRevokeBusy(false);
    }
  };

  return (
    <section aria-labelledby="account-tokens">
      <h2 id="account-tokens" className="section-title">
        {t('tokens.title')}
      </h2>
      <p className="section-lead">{t('tokens.lead')}</p>
      {created && <NewTokenNotice token={created} onDone={() => setCreated(undefined)} />}
      {tokens.state.status === 'loading' && <PageLoading />}
      {tokens.state.status === 'failed' && <LoadFailure error={tokens.state.error} onRetry={tokens.reload} />}
      {tokens.state.status === 'loaded' &&
        (tokens.state.data.tokens.length === 0 ? (
          <p className="empty-state">{t('tokens.none')}</p>
        ) : (
          <div className="table-wrapper">
            <DataTable>
              <DataTableHead>
                <DataTableRow>
                  <DataTableColumnHeader>{t('tokens.name')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('tokens.scope')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('tokens.createdAt')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('tokens.lastUsedAt')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('tokens.expiresAt')}</DataTableColumnHeader>
                  <DataTableColumnHeader>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </DataTableColumnHeader>
                </DataTableRow>
              </DataTableHead>
              <DataTableBody>
                {tokens.state.data.tokens.map((token) => (
                  <DataTableRow key={token.id}>
                    <DataTableCell>{token.name}</DataTableCell>
                    <DataTableCell>{t(`tokens.scopes.${scopeKey(token.scope)}`)}</DataTableCell>
                    <DataTableCell className="nowrap">
                      {formatDateTime(token.createdAt, i18n.language)}
                    </DataTableCell>
                    <DataTableCell>
                      {token.lastUsedAt
                        ? formatDateTime(token.lastUsedAt, i18n.language)
                        : t('tokens.neverUsed')}
                    </DataTableCell>
                    <DataTableCell>
                      {token.expiresAt
                        ? formatDateTime(token.expiresAt, i18n.language)
                        : t('tokens.noExpiry')}
                    </DataTableCell>
                    <DataTableCell align="right">
                      <Button
                        small
                        destructive
                        onClick={() => {
                          setRevokeFailure(undefined);
                          setRevoking(token);
                        }}
                        aria-label={t('tokens.revokeNamed', { name: token.name })}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    </DataTableCell>
                  </DataTableRow>
                ))}
              </DataTableBody>
            </DataTable>
          </div>
        ))}
      <h3 className="subsection-title">{t('tokens.createTitle')}</h3>
      <Card>
        <CreateTokenForm
          onCreated={(token) => {
            setCreated(token);
            tokens.reload();
          }}
        />
      </Card>
      {revoking && (
        <ConfirmDialog
          title={t('tokens.revokeTitle')}
          confirmLabel={t('tokens.revoke')}
          busy={revokeBusy}
          onCancel={() => setRevoking(undefined)}
          onConfirm={() => void revoke(revoking)}
        >
          <p>{t('tokens.revokeText', { name: revoking.name })}</p>
          <FormError message={revokeFailure} />
        </ConfirmDialog>
      )}
    </section>
  );
}

/** `read-write` is not a valid key segment for the translations check; name it readWrite. */
function scopeKey(scope: TokenScope): 'read' | 'readWrite' {
  return scope === 'read' ? 'read' : 'readWrite';
}

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [expiry, setExpiry] = useState<string>('90');
  const [nameError, setNameError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError(t('errors.required'));
      return;
    }
    setNameError(undefined);
    setBusy(true);
    setFailure(undefined);
    try {
      const token = await postJson<CreatedToken>('/api/me/tokens', {
        name: name.trim(),
        scope,
        ...(expiry === 'never' ? {} : { expiresInDays: Number(expiry) }),
      });
      setName('');
      onCreated(token);
    } catch (error) {
      setNameError(fieldErrors(error, t).name);
      setFailure(errorMessage(error, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <InputField
        name="token-name"
        label={t('tokens.name')}
        helpText={t('tokens.nameHelp')}
        value={name}
        onChange={({ value }) => setName(value ?? '')}
        error={Boolean(nameError)}
        validationText={nameError}
        autoComplete="off"
        required
      />
      <fieldset className="radio-group">
        <legend>{t('tokens.scope')}</legend>
        {TOKEN_SCOPES.map((option) => (
          <Radio
            key={option}
            name="token-scope"
            value={option}
            label={t(`tokens.scopeOptions.${scopeKey(option)}`)}
            checked={scope === option}
            onChange={() => setScope(option)}
          />
        ))}
      </fieldset>
      <SelectField
        name="token-expiry"
        label={t('tokens.expiry')}
        value={expiry}
        onChange={setExpiry}
        options={EXPIRY_DAYS.map((days) => ({
          value: days,
          label: days === 'never' ? t('tokens.expiryNever') : t('tokens.expiryDays', { days }),
        }))}
      />
      <FormError message={failure} />
      <div>
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('tokens.create')}
        </Button>
      </div>
    </form>
  );
}

/** The secret, this once: with a copy button and a plain warning that it will not be shown again. */
function NewTokenNotice({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const container = useRef<HTMLDivElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied('yes');
    } catch {
      container.current?.querySelector('input')?.select();
      setCopied('failed');
    }
  };

  return (
    <div className="stack-item" ref={container} data-testid="new-token">
      <NoticeBox warning title={t('tokens.createdTitle', { name: token.name })}>
        <p className="notice-text">{t('tokens.createdWarning')}</p>
        <div className="token-secret">
          <InputField name="token-secret" label={t('tokens.secret')} value={token.token} readOnly />
          <Button small onClick={() => void copy()}>
            {t('tokens.copy')}
          </Button>
        </div>
        <p role="status" className="notice-text">
          {copied === 'yes' && t('tokens.copied')}
          {copied === 'failed' && t('tokens.copyManually')}
        </p>
        <Button small onClick={() => onDone()}>
          {t('tokens.done')}
        </Button>
      </NoticeBox>
    </div>
  );
}
