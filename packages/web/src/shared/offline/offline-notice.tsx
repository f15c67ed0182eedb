import { useSyncExternalStore, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

// Inline (the CSP allows inline styles): a stylesheet of its own would be one more request that
// blocks the first paint of every page, for a line most people never see.
const NOTICE_STYLE: CSSProperties = {
  padding: 'var(--spacers-dp8) var(--spacers-dp16)',
  background: 'var(--colors-yellow050)',
  borderBottom: '1px solid var(--colors-yellow300)',
  color: 'var(--colors-grey900)',
  fontSize: 14,
};

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it has a network (it may still not reach the server). */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(subscribeToConnection, () => navigator.onLine);
}

/**
 * A line above the app while a signed-in person works without the server: the browser is offline,
 * or the app opened from this device's copy because the server could not be reached.
 */
export function OfflineNotice({ signedIn, fromDeviceCopy }: { signedIn: boolean; fromDeviceCopy: boolean }) {
  const { t } = useTranslation();
  const online = useBrowserOnline();
  if (!signedIn || (online && !fromDeviceCopy)) return null;
  return (
    <aside className="offline-notice" style={NOTICE_STYLE} aria-label={t('offline.label')}>
      <p role="status" style={{ margin: 0 }}>
        {t('offline.notice')}
      </p>
    </aside>
  );
}
