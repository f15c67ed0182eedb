import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './app-header.js';
import { AppNavigation } from './app-navigation.js';
import { PageLoading } from './page-loading.js';

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <div className="app-body">
        <AppNavigation />
        <main id="main-content" className="app-main" tabIndex={-1}>
          <Suspense fallback={<PageLoading />}>{children}</Suspense>
        </main>
      </div>
    </div>
  );
}
