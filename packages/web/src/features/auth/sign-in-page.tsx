import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { InputField } from '@dhis2-ui/input';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useSearchParams } from 'wouter';
import type { MeResponse } from '@coreteam/core';
import { ApiError, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useSession } from '../../shared/session/session-context.js';
import { landingPath, safeNextPath } from '../../shared/session/session-paths.js';
import { FormError } from '../../shared/ui/form-error.js';

export default function SignInPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  /** Accounts with two-factor sign-in are asked for a code once the password is right. */
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean; code?: boolean }>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (session.state.status === 'signed-in') {
    return <Redirect to={landingPath(session.state.me, next)} replace />;
  }
  const setupRequired = session.state.status === 'signed-out' && session.state.setupRequired;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = {
      email: email.trim() === '',
      password: password === '',
      code: needsCode && code.trim() === '',
    };
    setMissing(empty);
    if (empty.email || empty.password || empty.code) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const me = await postJson<MeResponse>('/api/auth/login', {
        email: email.trim(),
        password,
        ...(needsCode ? { code: code.trim() } : {}),
      });
      await session.signedIn(me);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === 'two_factor_required') {
        setNeedsCode(true);
        return;
      }
      // One message whatever was wrong: never say whether the email has an account.
      setFailure(errorMessage(error, t, i18n.language));
      if (error instanceof ApiError && error.code === 'invalid_two_factor_code') setCode('');
      else setPassword('');
    }
  };

  return (
    <div className="narrow-page">
      <h1 className="page-title">{t('signIn.title')}</h1>
      {setupRequired && (
        <div className="stack-item">
          <NoticeBox title={t('signIn.setupRequiredTitle')}>
            <p className="notice-text">{t('signIn.setupRequired')}</p>
            <Link href="/setup">{t('signIn.setupLink')}</Link>
          </NoticeBox>
        </div>
      )}
      <Card>
        <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
          <InputField
            name="sign-in-email"
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={({ value }) => setEmail(value ?? '')}
            error={missing.email}
            validationText={missing.email ? t('errors.required') : undefined}
            required
            initialFocus
          />
          <InputField
            name="sign-in-password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={({ value }) => setPassword(value ?? '')}
            error={missing.password}
            validationText={missing.password ? t('errors.required') : undefined}
            required
          />
          {needsCode && (
            <InputField
              name="sign-in-code"
              label={t('signIn.code')}
              helpText={t('signIn.codeHelp')}
              autoComplete="one-time-code"
              value={code}
              onChange={({ value }) => setCode(value ?? '')}
              error={missing.code}
              validationText={missing.code ? t('errors.required') : undefined}
              initialFocus
              required
            />
          )}
          <FormError message={failure} />
          <div>
            <Button type="submit" primary loading={busy} disabled={busy}>
              {t('signIn.submit')}
            </Button>
          </div>
          <p className="form-note">{t('signIn.forgotten')}</p>
        </form>
      </Card>
      <p className="page-footer-link">
        <Link href="/about">{t('navigation.about')}</Link>
      </p>
    </div>
  );
}
