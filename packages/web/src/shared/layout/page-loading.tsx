import { CircularLoader } from '@dhis2-ui/loader';
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" style={{ padding: 24 }}>
      <CircularLoader small aria-label={t('app.loading')} />
    </div>
  );
}
