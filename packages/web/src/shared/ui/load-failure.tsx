import { Button } from '@dhis2-ui/button';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/error-messages.js';

/** Something could not be loaded: what went wrong, in the reader's language, and a way to try again. */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="alert">
      <NoticeBox error title={t('common.loadFailedTitle')}>
        <p className="notice-text">{errorMessage(error, t, i18n.language)}</p>
        <Button small onClick={() => onRetry()}>
          {t('common.retry')}
        </Button>
      </NoticeBox>
    </div>
  );
}
