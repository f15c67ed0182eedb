import { FRAMEWORKS_NAMESPACE } from './i18n.js';
import './frameworks.css';
import { Button } from '@dhis2-ui/button';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { Tag } from '@dhis2-ui/tag';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { FrameworkSummary } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { CopyFrameworkDialog } from './copy-framework-dialog.js';
import { exportPath, frameworkPagePath, frameworksPath } from './framework-paths.js';
import { ImportFrameworkForm } from './import-framework-form.js';

/** /teams/:teamId/frameworks — the frameworks the team can use: the built-in default and its own. */
export default function FrameworksPage() {
  const { teamId } = useParams<{ teamId: string }>();
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  const team = useCurrentTeam();
  if (team?.id !== teamId) {
    return (
      <>
        <h1 className="page-title">{t('list.title')}</h1>
        <p className="page-lead">{t('list.noAccess')}</p>
      </>
    );
  }
  return <FrameworkList teamId={teamId} canManage={team.canManage} />;
}

function FrameworkList({ teamId, canManage }: { teamId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation(FRAMEWORKS_NAMESPACE);
  const [, navigate] = useLocation();
  const list = useApiResource<{ frameworks: FrameworkSummary[] }>(frameworksPath(teamId));
  const [copying, setCopying] = useState<FrameworkSummary>();

  return (
    <>
      <h1 className="page-title">{t('list.title')}</h1>
      <p className="page-lead">{t('list.lead')}</p>
      {list.state.status === 'loading' && <PageLoading />}
      {list.state.status === 'failed' && <LoadFailure error={list.state.error} onRetry={list.reload} />}
      {list.state.status === 'loaded' && (
        <div className="page-sections">
          <section aria-labelledby="frameworks-list">
            <h2 id="frameworks-list" className="visually-hidden">
              {t('list.title')}
            </h2>
            <div className="table-wrapper">
              <DataTable>
                <DataTableHead>
                  <DataTableRow>
                    <DataTableColumnHeader>{t('list.name')}</DataTableColumnHeader>
                    <DataTableColumnHeader>{t('list.owner')}</DataTableColumnHeader>
                    <DataTableColumnHeader>{t('list.version')}</DataTableColumnHeader>
                    <DataTableColumnHeader>{t('list.skills')}</DataTableColumnHeader>
                    <DataTableColumnHeader>{t('list.actions')}</DataTableColumnHeader>
                  </DataTableRow>
                </DataTableHead>
                <DataTableBody>
                  {list.state.data.frameworks.map((framework) => (
                    <DataTableRow key={framework.id} dataTest="framework-row">
                      <DataTableCell>
                        <Link href={frameworkPagePath(teamId, framework.id)}>{framework.name}</Link>
                        <div className="framework-key muted">{framework.key}</div>
                      </DataTableCell>
                      <DataTableCell>
                        {framework.builtIn
                          ? t('list.builtIn')
                          : framework.teamId === null
                            ? t('list.everyTeam')
                            : t('list.thisTeam')}
                      </DataTableCell>
                      <DataTableCell>
                        <span className="nowrap">
                          {t('list.versionNumber', { number: framework.latestVersion.number })}
                        </span>{' '}
                        {framework.latestVersion.frozen && (
                          <Tag neutral dataTest="frozen-tag">
                            {t('list.frozen')}
                          </Tag>
                        )}
                      </DataTableCell>
                      <DataTableCell>
                        {new Intl.NumberFormat(i18n.language).format(framework.latestVersion.skillCount)}
                      </DataTableCell>
                      <DataTableCell>
                        <div className="row-actions">
                          {canManage && framework.teamId === null && (
                            <Button small onClick={() => setCopying(framework)}>
                              {t('list.makeCopy')}
                            </Button>
                          )}
                          <a
                            href={exportPath(framework.id, 'yaml')}
                            download
                            aria-label={t('list.exportAs', { format: 'YAML', name: framework.name })}
                          >
                            {t('list.exportYaml')}
                          </a>
                          <a
                            href={exportPath(framework.id, 'json')}
                            download
                            aria-label={t('list.exportAs', { format: 'JSON', name: framework.name })}
                          >
                            {t('list.exportJson')}
                          </a>
                        </div>
                      </DataTableCell>
                    </DataTableRow>
                  ))}
                </DataTableBody>
              </DataTable>
            </div>
          </section>
          {canManage && (
            <section aria-labelledby="frameworks-import">
              <h2 id="frameworks-import" className="section-title">
                {t('import.title')}
              </h2>
              <p className="section-lead">{t('import.lead')}</p>
              <ImportFrameworkForm
                teamId={teamId}
                onImported={(detail) => navigate(frameworkPagePath(teamId, detail.id))}
              />
            </section>
          )}
        </div>
      )}
      {copying && list.state.status === 'loaded' && (
        <CopyFrameworkDialog
          teamId={teamId}
          source={copying}
          takenKeys={list.state.data.frameworks
            .filter((framework) => framework.teamId === teamId)
            .map((framework) => framework.key)}
          onClose={() => setCopying(undefined)}
          onCopied={(detail) => navigate(frameworkPagePath(teamId, detail.id))}
        />
      )}
    </>
  );
}
