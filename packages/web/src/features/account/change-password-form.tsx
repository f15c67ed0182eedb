import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { newPasswordProblem, passwordHint } from '../../shared/forms/password-rules.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';

const EMPTY = { currentPassword: '', newPassword: '', repeatPassword: '' };

/**
 * Changing one's password ends every other session of the person and starts a new one here:
 * the answer carries a new CSRF token, which `onChanged` hands to the session.
 */
export function ChangePasswordForm({
  temporary = false,
  onChanged,
}: {
  /** The person signed in with a temporary password an administrator set. */
  temporary?: boolean;
  onChanged: (me: MeResponse) => void;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof EMPTY) => (value: string | undefined) =>
    setValues((previous) => ({ ...previous, [field]: value ?? '' }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {
      currentPassword: values.currentPassword === '' ? t('errors.required') : undefined,
      newPassword: newPasswordProblem(values.newPassword, t),
      repeatPassword: values.repeatPassword !== values.newPassword ? t('password.repeatMismatch') : undefined,
    };
    setErrors(found);
    setSuccess(undefined);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const me = await postJson<MeResponse>('/api/me/password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      setValues(EMPTY);
      setSuccess(t('password.changed'));
      onChanged(me);
    } catch (error) {
      setErrors(fieldErrors(error, t));
      setFailure(errorMessage(error, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <InputField
        name="password-current"
        label={temporary ? t('password.temporary') : t('password.current')}
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={({ value }) => set('currentPassword')(value)}
        error={Boolean(errors.currentPassword)}
        validationText={errors.currentPassword}
        required
      />
      <InputField
        name="password-new"
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        helpText={passwordHint(t)}
        value={values.newPassword}
        onChange={({ value }) => set('newPassword')(value)}
        error={Boolean(errors.newPassword)}
        validationText={errors.newPassword}
        required
      />
      <InputField
        name="password-repeat"
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        value={values.repeatPassword}
        onChange={({ value }) => set('repeatPassword')(value)}
        error={Boolean(errors.repeatPassword)}
        validationText={errors.repeatPassword}
        required
      />
      <FormError message={failure} />
      <FormSuccess message={success} />
      <div>
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('password.submit')}
        </Button>
      </div>
    </form>
  );
}
