import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { useTranslation } from 'react-i18next';
import type { TeamStructureResponse } from '@coreteam/core';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import { keyOf, listOf, pluralOf } from './wording.js';

type CompetencyCoverage = TeamStructureResponse['competencyCoverage'][number];

/** The six competencies the team needs between its members, and who brings each (a count for viewers). */
export function CompetencyCoverageSection({
  competencies,
  memberNames,
}: {
  competencies: readonly CompetencyCoverage[];
  memberNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const language = i18n.language;
  return (
    <section aria-labelledby="structure-competencies" className="page-section">
      <h2 id="structure-competencies" className="section-title">
        {t('competencySection.title')}
      </h2>
      <p className="section-lead">{t('competencySection.lead')}</p>
      <div className="table-wrapper">
        <DataTable>
          <DataTableHead>
            <DataTableRow>
              <DataTableColumnHeader>{t('competencySection.competency')}</DataTableColumnHeader>
              <DataTableColumnHeader>{t('competencySection.coveredBy')}</DataTableColumnHeader>
            </DataTableRow>
          </DataTableHead>
          <DataTableBody>
            {competencies.map((entry) => {
              const names = entry.memberIds.flatMap((id) => {
                const name = memberNames.get(id);
                return name === undefined ? [] : [name];
              });
              const count = entry.memberIds.length;
              return (
                <DataTableRow key={entry.competency}>
                  <DataTableCell>{t(`competencies.${keyOf(entry.competency)}`)}</DataTableCell>
                  <DataTableCell>
                    {count === 0 ? (
                      <span className="coverage-gap">{t('competencySection.nobody')}</span>
                    ) : names.length === count ? (
                      listOf(names, language)
                    ) : (
                      t(`competencySection.people.${pluralOf(count, language)}`, { count })
                    )}
                  </DataTableCell>
                </DataTableRow>
              );
            })}
          </DataTableBody>
        </DataTable>
      </div>
    </section>
  );
}
