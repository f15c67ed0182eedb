import { TWO_FACTOR_NAMESPACE } from './i18n.js';
import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { CheckboxField } from '@dhis2-ui/checkbox';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putJson } from '../../shared/api/api-client.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';

interface SecuritySettings {
  twoFactorRequiredForEveryone: boolean;
}

export default function SecuritySettingsPage() {
  const { t } = useTranslation(TWO_FACTOR_NAMESPACE);
  const settings = useApiResource<SecuritySettings>('/api/settings/security');
  const [required, setRequired] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const loaded = settings.state.status === 'loaded' ? settings.state.data : undefined;

  useEffect(() => {
    if (loaded) setRequired(loaded.twoFactorRequiredForEveryone);
  }, [loaded]);

  const save = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      settings.replace(
        await putJson<SecuritySettings>('/api/settings/security', { twoFactorRequiredForEveryone: required }),
      );
      setOutcome({ ok: true, message: t('settings.saved') });
    } catch {
      setOutcome({ ok: false, message: t('errors.unexpected') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 className="page-title">{t('settings.title')}</h1>
      <p className="page-lead">{t('settings.lead')}</p>
      {settings.state.status === 'loading' && <PageLoading />}
      {settings.state.status === 'failed' && (
        <LoadFailure error={settings.state.error} onRetry={settings.reload} />
      )}
      {loaded && (
        <Card>
          <div className="card-body">
            <CheckboxField
              label={t('settings.requireEveryone')}
              helpText={t('settings.requireEveryoneHelp')}
              checked={required}
              onChange={({ checked }) => setRequired(checked)}
            />
            <FormSuccess message={outcome?.ok ? outcome.message : undefined} />
            <FormError message={outcome && !outcome.ok ? outcome.message : undefined} />
            <div className="form-actions">
              <Button primary onClick={() => void save()} loading={busy} disabled={busy}>
                {t('settings.save')}
              </Button>
            </div>
          </div>
        </Card>
      )}
    </>
  );
}
