import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage, type MeResponse, type User } from '@coreteam/core';
import { ApiError, patchJson } from '../../shared/api/api-client.js';
import { errorMessage, fieldErrors } from '../../shared/api/error-messages.js';
import { LanguageSelectField } from '../../shared/forms/select-field.js';
import { changeLanguage } from '../../shared/i18n/i18n.js';
import { useSession } from '../../shared/session/session-context.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';

/** Name and preferred language, saved with the version read so that no change is silently lost. */
export function ProfileForm({ me }: { me: MeResponse }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [version, setVersion] = useState(me.user.version);
  const [displayName, setDisplayName] = useState(me.user.displayName);
  const [preferredLanguage, setPreferredLanguage] = useState<string>(me.user.preferredLanguage);
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [busy, setBusy] = useState(false);

  const showCurrent = (user: User) => {
    setVersion(user.version);
    setDisplayName(user.displayName);
    setPreferredLanguage(user.preferredLanguage);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSuccess(undefined);
    if (displayName.trim() === '') {
      setError(t('errors.required'));
      return;
    }
    setError(undefined);
    setBusy(true);
    setFailure(undefined);
    try {
      const updated = await patchJson<MeResponse>('/api/me', {
        version,
        displayName: displayName.trim(),
        ...(isSupportedLanguage(preferredLanguage) ? { preferredLanguage } : {}),
      });
      showCurrent(updated.user);
      session.update(updated);
      if (updated.user.preferredLanguage !== i18n.language) {
        await changeLanguage(updated.user.preferredLanguage);
      }
      setSuccess(t('account.profileSaved'));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'version_conflict' && caught.body?.error.current) {
        showCurrent(caught.body.error.current as User);
        void session.refresh();
      }
      setError(fieldErrors(caught, t).displayName);
      setFailure(errorMessage(caught, t, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <InputField name="profile-email" label={t('account.email')} value={me.user.email} readOnly />
      <InputField
        name="profile-display-name"
        label={t('account.displayName')}
        value={displayName}
        onChange={({ value }) => setDisplayName(value ?? '')}
        error={Boolean(error)}
        validationText={error}
        autoComplete="name"
        required
      />
      <LanguageSelectField
        name="profile-language"
        label={t('account.preferredLanguage')}
        helpText={t('account.preferredLanguageHelp')}
        value={preferredLanguage}
        onChange={setPreferredLanguage}
      />
      <FormError message={failure} />
      <FormSuccess message={success} />
      <div>
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
