import { Button } from '@dhis2-ui/button';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import type { AuditEvent, TeamAccessEntry } from '@coreteam/core';
import { getJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { formatDateTime } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { FormError } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { describeAuditEvent } from './audit-event-text.js';
import { TeamManagersOnly } from './team-managers-only.js';

const PAGE_SIZE = 50;

export default function TeamAuditPage() {
  const { teamId } = useParams<{ teamId: string }>();
  return (
    <TeamManagersOnly teamId={teamId}>
      <TeamAudit teamId={teamId} />
    </TeamManagersOnly>
  );
}

function TeamAudit({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation();
  const team = useCurrentTeam();
  const base = `/api/teams/${encodeURIComponent(teamId)}`;
  const firstPage = useApiResource<{ events: AuditEvent[] }>(`${base}/audit?limit=${PAGE_SIZE}`);
  const access = useApiResource<{ access: TeamAccessEntry[] }>(`${base}/access`);
  const [older, setOlder] = useState<{ path: string; events: AuditEvent[]; complete: boolean }>();
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderFailure, setOlderFailure] = useState<string>();
  const language = i18n.language;

  const events = useMemo(() => {
    if (firstPage.state.status !== 'loaded') return [];
    return [...firstPage.state.data.events, ...(older?.path === base ? older.events : [])];
  }, [firstPage.state, older, base]);
  const complete =
    firstPage.state.status === 'loaded' &&
    (older?.path === base ? older.complete : firstPage.state.data.events.length < PAGE_SIZE);

  // Revocations carry only the person's id: name them from the access list, else from the grant.
  const people = useMemo(() => {
    const names = new Map<string, string>();
    for (const event of events) {
      const { userId, email } = event.changes;
      if (typeof userId === 'string' && typeof email === 'string' && !names.has(userId))
        names.set(userId, email);
    }
    if (access.state.status === 'loaded') {
      for (const entry of access.state.data.access) names.set(entry.userId, entry.displayName);
    }
    return names;
  }, [events, access.state]);

  const loadOlder = async () => {
    const last = events[events.length - 1];
    if (!last) return;
    setLoadingOlder(true);
    setOlderFailure(undefined);
    try {
      const page = await getJson<{ events: AuditEvent[] }>(
        `${base}/audit?limit=${PAGE_SIZE}&beforeId=${encodeURIComponent(last.id)}`,
      );
      setOlder({
        path: base,
        events: [...(older?.path === base ? older.events : []), ...page.events],
        complete: page.events.length < PAGE_SIZE,
      });
    } catch (error) {
      setOlderFailure(errorMessage(error, t, language));
    } finally {
      setLoadingOlder(false);
    }
  };

  return (
    <>
      <h1 className="page-title">
        {team?.name ? t('audit.title', { team: team.name }) : t('navigation.teamAudit')}
      </h1>
      <p className="page-lead">{t('audit.lead')}</p>
      {firstPage.state.status === 'loading' && <PageLoading />}
      {firstPage.state.status === 'failed' && (
        <LoadFailure error={firstPage.state.error} onRetry={firstPage.reload} />
      )}
      {firstPage.state.status === 'loaded' &&
        (events.length === 0 ? (
          <p className="empty-state">{t('audit.none')}</p>
        ) : (
          <div className="table-wrapper">
            <DataTable>
              <DataTableHead>
                <DataTableRow>
                  <DataTableColumnHeader>{t('audit.when')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('audit.who')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('audit.what')}</DataTableColumnHeader>
                </DataTableRow>
              </DataTableHead>
              <DataTableBody>
                {events.map((event) => {
                  const described = describeAuditEvent(event, people, t, language);
                  return (
                    <DataTableRow key={event.id}>
                      <DataTableCell className="nowrap">
                        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, language)}</time>
                      </DataTableCell>
                      <DataTableCell>{event.actor?.displayName ?? t('audit.system')}</DataTableCell>
                      <DataTableCell>
                        <span className="audit-what">{described.what}</span>
                        {described.details.length > 0 && (
                          <ul className="audit-details">
                            {described.details.map((detail) => (
                              <li key={detail}>{detail}</li>
                            ))}
                          </ul>
                        )}
                      </DataTableCell>
                    </DataTableRow>
                  );
                })}
              </DataTableBody>
            </DataTable>
          </div>
        ))}
      <FormError message={olderFailure} />
      {firstPage.state.status === 'loaded' && !complete && (
        <div className="button-row">
          <Button onClick={() => void loadOlder()} loading={loadingOlder} disabled={loadingOlder}>
            {t('audit.loadOlder')}
          </Button>
        </div>
      )}
    </>
  );
}
