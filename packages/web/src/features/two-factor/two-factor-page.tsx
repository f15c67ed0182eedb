import { TWO_FACTOR_NAMESPACE } from './i18n.js';
import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { InputField } from '@dhis2-ui/input';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import type { TwoFactorEnrolment, TwoFactorStatus } from '@coreteam/core';
import { ApiError, postJson } from '../../shared/api/api-client.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { FormError } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { landingPath, safeNextPath } from '../../shared/session/session-paths.js';
import { useMe, useSession } from '../../shared/session/session-context.js';

type Step =
  | { kind: 'overview' }
  | { kind: 'scan'; enrolment: TwoFactorEnrolment }
  | { kind: 'recovery-codes'; codes: string[] };

/** The secret in groups of four, as authenticator apps show it, for typing by hand. */
function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export default function TwoFactorPage() {
  const { t } = useTranslation(TWO_FACTOR_NAMESPACE);
  const me = useMe();
  const session = useSession();
  const [, navigate] = useLocation();
  const next = safeNextPath(new URLSearchParams(useSearch()).get('next'));
  const status = useApiResource<TwoFactorStatus>('/api/me/two-factor');
  const [step, setStep] = useState<Step>({ kind: 'overview' });
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setStep({
        kind: 'scan',
        enrolment: await postJson<TwoFactorEnrolment>('/api/me/two-factor/enrolment'),
      });
    } catch {
      setError(t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setError(t('scan.codeFormat'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const { recoveryCodes } = await postJson<{ recoveryCodes: string[] }>(
        '/api/me/two-factor/enrolment/confirm',
        {
          code: code.trim(),
        },
      );
      setCode('');
      setStep({ kind: 'recovery-codes', codes: recoveryCodes });
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.status === 400 ? t('scan.wrongCode') : t('errors.unexpected'),
      );
    } finally {
      setBusy(false);
    }
  };

  /** Sent here on the way somewhere (or straight after sign-in): carry on there once enrolled. */
  const destination =
    next ??
    (me.twoFactorEnrolmentRequired
      ? landingPath({ ...me, twoFactorEnrolmentRequired: false }, undefined)
      : undefined);

  const [finished, setFinished] = useState(false);
  // Navigate only once the session knows enrolment is done; sooner, the page we go to would
  // still see the old session and send us back here.
  useEffect(() => {
    if (finished && destination && !me.twoFactorEnrolmentRequired) navigate(destination);
  }, [finished, destination, me.twoFactorEnrolmentRequired, navigate]);

  const finish = async () => {
    await session.refresh();
    if (destination) {
      setFinished(true);
      return;
    }
    status.reload();
    setStep({ kind: 'overview' });
  };

  return (
    <>
      <h1 className="page-title">{t('title')}</h1>
      <p className="page-lead">{t('lead')}</p>
      {me.twoFactorEnrolmentRequired && step.kind === 'overview' && (
        <NoticeBox warning title={t('required.title')}>
          {me.user.systemAdmin ? t('required.admin') : t('required.everyone')}
        </NoticeBox>
      )}
      <FormError message={error} />

      {step.kind === 'overview' && status.state.status === 'loading' && <PageLoading />}
      {step.kind === 'overview' && status.state.status === 'failed' && (
        <LoadFailure error={status.state.error} onRetry={status.reload} />
      )}
      {step.kind === 'overview' && status.state.status === 'loaded' && (
        <Card>
          <div className="card-body">
            {status.state.data.enabled ? (
              <>
                <p data-testid="two-factor-state">{t('overview.on')}</p>
                <p>{t('overview.recoveryCodesLeft', { count: status.state.data.recoveryCodesLeft })}</p>
                {status.state.data.required ? (
                  <p className="muted">{t('overview.mustKeep')}</p>
                ) : (
                  <DisableTwoFactorForm onDisabled={() => void session.refresh().then(status.reload)} />
                )}
              </>
            ) : (
              <>
                <p data-testid="two-factor-state">{t('overview.off')}</p>
                <p>{t('overview.howItWorks')}</p>
                <Button primary onClick={() => void start()} loading={busy} disabled={busy}>
                  {t('overview.start')}
                </Button>
              </>
            )}
          </div>
        </Card>
      )}

      {step.kind === 'scan' && (
        <Card>
          <form className="card-body two-factor-scan" onSubmit={(event) => void confirm(event)} noValidate>
            <h2 className="section-title">{t('scan.title')}</h2>
            <ol className="two-factor-steps">
              <li>{t('scan.step1')}</li>
              <li>
                {t('scan.step2')}
                <img
                  className="two-factor-qr"
                  src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(step.enrolment.qrCodeSvg)}`}
                  alt={t('scan.qrAlt')}
                  width={200}
                  height={200}
                />
                <p>
                  {t('scan.manual')}{' '}
                  <code data-testid="totp-secret">{groupedSecret(step.enrolment.secret)}</code>
                </p>
              </li>
              <li>
                <InputField
                  label={t('scan.codeLabel')}
                  name="code"
                  value={code}
                  onChange={({ value }) => setCode(value ?? '')}
                  inputWidth="12em"
                  autoComplete="one-time-code"
                  helpText={t('scan.codeHelp')}
                />
              </li>
            </ol>
            <div className="form-actions">
              <Button secondary onClick={() => setStep({ kind: 'overview' })} disabled={busy}>
                {t('scan.cancel')}
              </Button>
              <Button primary type="submit" loading={busy} disabled={busy}>
                {t('scan.confirm')}
              </Button>
            </div>
          </form>
        </Card>
      )}

      {step.kind === 'recovery-codes' && (
        <Card>
          <div className="card-body">
            <h2 className="section-title">{t('codes.title')}</h2>
            <NoticeBox title={t('codes.onceTitle')}>{t('codes.onceText')}</NoticeBox>
            <ul className="recovery-codes" aria-label={t('codes.listLabel')} data-testid="recovery-codes">
              {step.codes.map((recovery) => (
                <li key={recovery}>
                  <code>{recovery}</code>
                </li>
              ))}
            </ul>
            <div className="form-actions">
              <Button primary onClick={() => void finish()}>
                {t('codes.done')}
              </Button>
            </div>
          </div>
        </Card>
      )}
    </>
  );
}

function DisableTwoFactorForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation(TWO_FACTOR_NAMESPACE);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await postJson('/api/me/two-factor/disable', { password, code: code.trim() });
      onDisabled();
    } catch (failure) {
      const problemCode = failure instanceof ApiError ? failure.code : undefined;
      setError(
        problemCode === 'wrong_password'
          ? t('disable.wrongPassword')
          : problemCode === 'invalid_two_factor_code'
            ? t('scan.wrongCode')
            : t('errors.unexpected'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="two-factor-disable" noValidate>
      <h2 className="section-title">{t('disable.title')}</h2>
      <FormError message={error} />
      <InputField
        label={t('disable.password')}
        type="password"
        name="password"
        value={password}
        onChange={({ value }) => setPassword(value ?? '')}
        autoComplete="current-password"
        inputWidth="20em"
      />
      <InputField
        label={t('disable.code')}
        name="code"
        value={code}
        onChange={({ value }) => setCode(value ?? '')}
        autoComplete="one-time-code"
        inputWidth="12em"
      />
      <div className="form-actions">
        <Button destructive type="submit" loading={busy} disabled={busy || !password || !code}>
          {t('disable.submit')}
        </Button>
      </div>
    </form>
  );
}
