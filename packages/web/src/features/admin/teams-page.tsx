import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Team } from '@coreteam/core';
import { deleteRequest } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { countryName, currencyName, formatDate } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { forgetTeam } from '../../shared/session/current-team.js';
import { useSession } from '../../shared/session/session-context.js';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { CreateTeamForm } from './create-team-form.js';
import { ImportTeamForm } from './import-team-form.js';

export default function TeamsAdminPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const teams = useApiResource<{ teams: Team[] }>('/api/teams');
  const [created, setCreated] = useState<Team>();
  const [deleting, setDeleting] = useState<Team>();
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteFailure, setDeleteFailure] = useState<string>();
  const [deleted, setDeleted] = useState<string>();
  const [imported, setImported] = useState<string>();
  const language = i18n.language;

  const remove = async (team: Team) => {
    setDeleteBusy(true);
    setDeleteFailure(undefined);
    try {
      await deleteRequest(`/api/teams/${encodeURIComponent(team.id)}`);
      forgetTeam(team.id);
      setDeleting(undefined);
      setCreated(undefined);
      setDeleted(t('teams.deleted', { name: team.name }));
      teams.reload();
      void session.refresh();
    } catch (error) {
      setDeleteFailure(errorMessage(error, t, language));
    } finally {
      setDeleteBusy(false);
    }
  };

  return (
    <>
      <h1 className="page-title">{t('teams.title')}</h1>
      <p className="page-lead">{t('teams.lead')}</p>
      <div role="status" className="form-success">
        {(created || deleted) && (
          <p className="status-line">
            {created ? (
              <>
                {t('teams.created', { name: created.name })}{' '}
                <Link href={`/teams/${encodeURIComponent(created.id)}/access`}>{t('teams.addPeople')}</Link>
              </>
            ) : (
              deleted
            )}
          </p>
        )}
      </div>
      {teams.state.status === 'loading' && <PageLoading />}
      {teams.state.status === 'failed' && <LoadFailure error={teams.state.error} onRetry={teams.reload} />}
      {teams.state.status === 'loaded' &&
        (teams.state.data.teams.length === 0 ? (
          <p className="empty-state">{t('teams.none')}</p>
        ) : (
          <div className="table-wrapper">
            <DataTable>
              <DataTableHead>
                <DataTableRow>
                  <DataTableColumnHeader>{t('team.name')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('team.country')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('team.baseCurrency')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('team.createdAt')}</DataTableColumnHeader>
                  <DataTableColumnHeader>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </DataTableColumnHeader>
                </DataTableRow>
              </DataTableHead>
              <DataTableBody>
                {teams.state.data.teams.map((team) => (
                  <DataTableRow key={team.id}>
                    <DataTableCell>
                      <Link href={`/teams/${encodeURIComponent(team.id)}`}>{team.name}</Link>
                    </DataTableCell>
                    <DataTableCell>{countryName(team.countryCode, language)}</DataTableCell>
                    <DataTableCell>
                      {currencyName(team.baseCurrency, language)} ({team.baseCurrency})
                    </DataTableCell>
                    <DataTableCell>{formatDate(team.createdAt, language)}</DataTableCell>
                    <DataTableCell align="right">
                      <Button
                        small
                        destructive
                        onClick={() => {
                          setDeleteFailure(undefined);
                          setDeleting(team);
                        }}
                        aria-label={t('teams.deleteNamed', { name: team.name })}
                      >
                        {t('teams.delete')}
                      </Button>
                    </DataTableCell>
                  </DataTableRow>
                ))}
              </DataTableBody>
            </DataTable>
          </div>
        ))}

      <section aria-labelledby="create-team" className="page-section">
        <h2 id="create-team" className="section-title">
          {t('teams.createTitle')}
        </h2>
        <Card>
          <CreateTeamForm
            onCreated={(team) => {
              setDeleted(undefined);
              setCreated(team);
              teams.reload();
              void session.refresh();
            }}
          />
        </Card>
      </section>

      <section aria-labelledby="import-team" className="page-section">
        <h2 id="import-team" className="section-title">
          {t('teams.importTitle')}
        </h2>
        <Card>
          <ImportTeamForm
            onImported={(result) => {
              setCreated(undefined);
              setDeleted(undefined);
              setImported(t('teams.imported', { name: result.teamName, accounts: result.accountsCreated }));
              teams.reload();
              void session.refresh();
            }}
          />
        </Card>
        <FormSuccess message={imported} />
      </section>

      {deleting && (
        <ConfirmDialog
          title={t('teams.deleteTitle', { name: deleting.name })}
          confirmLabel={t('teams.delete')}
          busy={deleteBusy}
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting)}
        >
          <p>{t('teams.deleteText', { name: deleting.name })}</p>
          <FormError message={deleteFailure} />
        </ConfirmDialog>
      )}
    </>
  );
}
