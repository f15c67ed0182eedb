import { Button } from '@dhis2-ui/button';
import { Checkbox } from '@dhis2-ui/checkbox';
import { InputField } from '@dhis2-ui/input';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage, type User } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { newPasswordProblem, passwordHint } from '../../shared/forms/password-rules.js';
import { LanguageSelectField } from '../../shared/forms/select-field.js';
import { FormError } from '../../shared/ui/form-error.js';

const EMPTY = {
  displayName: '',
  email: '',
  temporaryPassword: '',
  preferredLanguage: 'en',
  systemAdmin: false,
};

/** A new account with a temporary password that its owner must change at the first sign-in. */
export function CreateUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {
      displayName: values.displayName.trim() === '' ? t('errors.required') : undefined,
      email: values.email.trim() === '' ? t('errors.required') : undefined,
      temporaryPassword: newPasswordProblem(values.temporaryPassword, t),
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const user = await postJson<User>('/api/users', {
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        temporaryPassword: values.temporaryPassword,
        preferredLanguage: isSupportedLanguage(values.preferredLanguage) ? values.preferredLanguage : 'en',
        systemAdmin: values.systemAdmin,
      });
      setValues(EMPTY);
      onCreated(user);
    } catch (error) {
      setErrors(fieldErrors(error, t));
      setFailure(errorMessage(error, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-row">
        <InputField
          name="new-user-display-name"
          label={t('account.displayName')}
          value={values.displayName}
          onChange={({ value }) => setValues((previous) => ({ ...previous, displayName: value ?? '' }))}
          error={Boolean(errors.displayName)}
          validationText={errors.displayName}
          autoComplete="off"
          required
        />
        <InputField
          name="new-user-email"
          label={t('account.email')}
          type="email"
          value={values.email}
          onChange={({ value }) => setValues((previous) => ({ ...previous, email: value ?? '' }))}
          error={Boolean(errors.email)}
          validationText={errors.email}
          autoComplete="off"
          required
        />
      </div>
      <InputField
        name="new-user-password"
        label={t('users.temporaryPassword')}
        type="password"
        helpText={`${t('users.temporaryPasswordHelp')} ${passwordHint(t)}`}
        value={values.temporaryPassword}
        onChange={({ value }) => setValues((previous) => ({ ...previous, temporaryPassword: value ?? '' }))}
        error={Boolean(errors.temporaryPassword)}
        validationText={errors.temporaryPassword}
        autoComplete="new-password"
        required
      />
      <LanguageSelectField
        name="new-user-language"
        label={t('account.preferredLanguage')}
        value={values.preferredLanguage}
        onChange={(value) => setValues((previous) => ({ ...previous, preferredLanguage: value }))}
      />
      <Checkbox
        name="new-user-system-admin"
        label={t('users.systemAdminCheckbox')}
        checked={values.systemAdmin}
        onChange={({ checked }) => setValues((previous) => ({ ...previous, systemAdmin: checked }))}
      />
      <FormError message={failure} />
      <div>
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('users.create')}
        </Button>
      </div>
    </form>
  );
}
