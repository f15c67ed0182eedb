import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CurrentTeamProvider } from '../session/current-team.js';
import { useSession } from '../session/session-context.js';
import { AppHeader } from './app-header.js';
import { AppNavigation } from './app-navigation.js';
import { PageLoading } from './page-loading.js';

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  let content: ReactNode = children;
  if (session.state.status === 'loading') content = <PageLoading />;
  if (session.state.status === 'failed') {
    // Plain markup in the look of an error NoticeBox: this is in the first load, and a chunk
    // fetched now could not arrive from a server that does not answer.
    content = (
      <div className="session-failure" role="alert">
        <h1 className="session-failure__title">{t('session.unreachableTitle')}</h1>
        <p>{t('session.unreachable')}</p>
        <button type="button" className="plain-button" onClick={() => session.reload()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <CurrentTeamProvider>
      <div className="app">
        <a className="skip-link" href="#main-content">
          {t('app.skipToContent')}
        </a>
        <AppHeader />
        <div className="app-body">
          <AppNavigation />
          <main id="main-content" className="app-main" tabIndex={-1}>
            <Suspense fallback={<PageLoading />}>{content}</Suspense>
          </main>
        </div>
      </div>
    </CurrentTeamProvider>
  );
}
