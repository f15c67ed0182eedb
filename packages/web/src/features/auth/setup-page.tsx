import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { InputField } from '@dhis2-ui/input';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect } from 'wouter';
import { isSupportedLanguage, type MeResponse, type SupportedLanguage } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { newPasswordProblem, passwordHint } from '../../shared/forms/password-rules.js';
import { LanguageSelectField } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useSession } from '../../shared/session/session-context.js';
import { FormError } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';

/** The token travels in the URL fragment (#token=…), which browsers never send to a server. */
function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

export default function SetupPage() {
  const { t } = useTranslation();
  const session = useSession();
  const status = useApiResource<{ setupRequired: boolean }>('/api/setup');
  const [completed, setCompleted] = useState(false);

  if (completed && session.state.status === 'signed-in') return <Redirect to="/admin/teams" replace />;

  return (
    <div className="narrow-page">
      <h1 className="page-title">{t('setup.title')}</h1>
      {status.state.status === 'loading' && <PageLoading />}
      {status.state.status === 'failed' && <LoadFailure error={status.state.error} onRetry={status.reload} />}
      {status.state.status === 'loaded' && !status.state.data.setupRequired && (
        <NoticeBox title={t('setup.doneTitle')}>
          <p className="notice-text">{t('setup.done')}</p>
          {session.state.status !== 'signed-in' && <Link href="/sign-in">{t('setup.signInLink')}</Link>}
        </NoticeBox>
      )}
      {status.state.status === 'loaded' && status.state.data.setupRequired && (
        <SetupForm onCompleted={() => setCompleted(true)} />
      )}
    </div>
  );
}

function SetupForm({ onCompleted }: { onCompleted: () => void }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [linkToken] = useState(tokenFromFragment);
  const [values, setValues] = useState({
    token: linkToken,
    displayName: '',
    email: '',
    password: '',
    repeatPassword: '',
    preferredLanguage: (isSupportedLanguage(i18n.language) ? i18n.language : 'en') as SupportedLanguage,
  });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {
      token: values.token.trim() === '' ? t('errors.required') : undefined,
      displayName: values.displayName.trim() === '' ? t('errors.required') : undefined,
      email: values.email.trim() === '' ? t('errors.required') : undefined,
      password: newPasswordProblem(values.password, t),
      repeatPassword: values.repeatPassword !== values.password ? t('password.repeatMismatch') : undefined,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const me = await postJson<MeResponse>('/api/setup', {
        token: values.token.trim(),
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
        preferredLanguage: values.preferredLanguage,
      });
      onCompleted();
      await session.signedIn(me);
    } catch (error) {
      setErrors(fieldErrors(error, t));
      setFailure(errorMessage(error, t, i18n.language));
      setBusy(false);
    }
  };

  return (
    <>
      <p className="page-lead">{t('setup.lead')}</p>
      {!linkToken && (
        <div className="stack-item">
          <NoticeBox warning title={t('setup.noTokenTitle')}>
            {t('setup.noToken')}
          </NoticeBox>
        </div>
      )}
      <Card>
        <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
          {!linkToken && (
            <InputField
              name="setup-token"
              label={t('setup.token')}
              helpText={t('setup.tokenHelp')}
              value={values.token}
              onChange={({ value }) => set('token')(value ?? '')}
              error={Boolean(errors.token)}
              validationText={errors.token}
              autoComplete="off"
              required
            />
          )}
          <InputField
            name="setup-display-name"
            label={t('account.displayName')}
            value={values.displayName}
            onChange={({ value }) => set('displayName')(value ?? '')}
            error={Boolean(errors.displayName)}
            validationText={errors.displayName}
            autoComplete="name"
            required
          />
          <InputField
            name="setup-email"
            label={t('account.email')}
            type="email"
            value={values.email}
            onChange={({ value }) => set('email')(value ?? '')}
            error={Boolean(errors.email)}
            validationText={errors.email}
            autoComplete="email"
            required
          />
          <InputField
            name="setup-password"
            label={t('password.new')}
            type="password"
            helpText={passwordHint(t)}
            value={values.password}
            onChange={({ value }) => set('password')(value ?? '')}
            error={Boolean(errors.password)}
            validationText={errors.password}
            autoComplete="new-password"
            required
          />
          <InputField
            name="setup-repeat-password"
            label={t('password.repeat')}
            type="password"
            value={values.repeatPassword}
            onChange={({ value }) => set('repeatPassword')(value ?? '')}
            error={Boolean(errors.repeatPassword)}
            validationText={errors.repeatPassword}
            autoComplete="new-password"
            required
          />
          <LanguageSelectField
            name="setup-language"
            label={t('account.preferredLanguage')}
            value={values.preferredLanguage}
            onChange={(value) => {
              if (isSupportedLanguage(value)) set('preferredLanguage')(value);
            }}
          />
          <FormError message={failure} />
          <div>
            <Button type="submit" primary loading={busy} disabled={busy}>
              {t('setup.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </>
  );
}
