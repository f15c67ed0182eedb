import '../team-structure/team-structure.css';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDashboard } from '@coreteam/core';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { FindingsSection } from '../team-structure/findings-section.js';
import { useRoleCatalogue } from '../team-structure/role-catalogue.js';
import { DASHBOARD_NAMESPACE } from './i18n.js';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** Roles filled per kind, how many hold each role, and the structure check's open findings. */
export function StructureSummary({
  teamId,
  structure,
}: {
  teamId: string;
  structure: TeamDashboard['structure'];
}) {
  const { t, i18n } = useTranslation(DASHBOARD_NAMESPACE);
  const catalogue = useRoleCatalogue(teamId);
  const roles = catalogue.state.status === 'loaded' ? catalogue.state.data : undefined;
  const number = new Intl.NumberFormat(i18n.language);
  // The findings section words a finding about people without names when it has none.
  const findings = useMemo(
    () => structure.findings.map((finding) => ({ ...finding, memberIds: [] })),
    [structure.findings],
  );

  return (
    <section aria-labelledby="dashboard-structure" className="dashboard__section">
      <h2 id="dashboard-structure" className="section-title">
        {t('structure.title')}
      </h2>
      <dl className="dashboard-figures" data-testid="roles-filled">
        {structure.rolesFilled.map((line) => (
          <div key={line.kind} className="dashboard-figure">
            <dt>{t(`structure.kind.${line.kind}`)}</dt>
            <dd>
              {t('structure.filledValue', {
                filled: number.format(line.filled),
                total: number.format(line.total),
              })}
            </dd>
          </div>
        ))}
      </dl>
      {catalogue.state.status === 'failed' ? (
        <LoadFailure error={catalogue.state.error} onRetry={catalogue.reload} />
      ) : !roles ? (
        <PageLoading />
      ) : (
        <>
          <div className="table-wrapper">
            <DataTable dataTest="dashboard-roles">
              <caption className="table-caption">{t('structure.rolesCaption')}</caption>
              <DataTableHead>
                <DataTableRow>
                  <DataTableColumnHeader>{t('structure.role')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('structure.kindHeader')}</DataTableColumnHeader>
                  <DataTableColumnHeader align="right">{t('structure.current')}</DataTableColumnHeader>
                  <DataTableColumnHeader align="right">{t('structure.envisioned')}</DataTableColumnHeader>
                </DataTableRow>
              </DataTableHead>
              <DataTableBody>
                {structure.roles.map((role) => (
                  <DataTableRow key={role.roleKey}>
                    <DataTableCell>{roles.name(role.roleKey)}</DataTableCell>
                    <DataTableCell>{t(`structure.kindShort.${role.kind}`)}</DataTableCell>
                    <DataTableCell align="right">{number.format(role.currentHolders)}</DataTableCell>
                    <DataTableCell align="right">{number.format(role.envisionedHolders)}</DataTableCell>
                  </DataTableRow>
                ))}
              </DataTableBody>
            </DataTable>
          </div>
          <FindingsSection findings={findings} catalogue={roles} memberNames={NO_NAMES} />
        </>
      )}
    </section>
  );
}
