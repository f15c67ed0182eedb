import { Button } from '@dhis2-ui/button';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthResponse } from '@coreteam/core';
import { getJson } from '../../shared/api/api-client.js';
import { PageLoading } from '../../shared/layout/page-loading.js';

type HealthState = { kind: 'loading' } | { kind: 'loaded'; health: HealthResponse } | { kind: 'failed' };

export default function AboutPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<HealthState>({ kind: 'loading' });

  const load = useCallback((signal?: AbortSignal) => {
    setState({ kind: 'loading' });
    getJson<HealthResponse>('/api/health', signal).then(
      (health) => setState({ kind: 'loaded', health }),
      (error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) setState({ kind: 'failed' });
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return (
    <>
      <h1 className="page-title">{t('about.title')}</h1>
      {state.kind === 'loading' && <PageLoading />}
      {state.kind === 'failed' && (
        <NoticeBox error title={t('about.title')}>
          <p>{t('about.unreachable')}</p>
          <Button small onClick={() => load()}>
            {t('about.retry')}
          </Button>
        </NoticeBox>
      )}
      {state.kind === 'loaded' && (
        <dl className="facts" data-testid="server-facts">
          <dt>{t('about.status')}</dt>
          <dd>{t('about.statusOk')}</dd>
          <dt>{t('about.version')}</dt>
          <dd>{state.health.version}</dd>
          <dt>{t('about.database')}</dt>
          <dd>{t(`about.databases.${state.health.database}`)}</dd>
          <dt>{t('about.apiReference')}</dt>
          <dd>
            <a href="/api/docs/">/api/docs</a>
          </dd>
        </dl>
      )}
    </>
  );
}
