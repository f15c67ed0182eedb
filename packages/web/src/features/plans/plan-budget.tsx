import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanBudget, PlanTotals } from '@coreteam/core';
import { BudgetChart, FUNDING_COLOURS } from './budget-chart.js';
import { PLANS_NAMESPACE } from './i18n.js';
import { formatMoney, majorUnits } from './money.js';
import { activityTypeLabel, fundingSourceKindLabel } from './wording.js';

/** One budget table: a line per year, source, type, role or member, with the four figures. */
export function BudgetTable({
  caption,
  nameHeader,
  rows,
  currency,
  dataTest,
}: {
  caption: string;
  nameHeader: string;
  rows: Array<PlanTotals & { key: string; name: ReactNode }>;
  currency: string;
  dataTest: string;
}) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  return (
    <div className="table-wrapper budget-table">
      <DataTable dataTest={dataTest}>
        <caption className="table-caption">{caption}</caption>
        <DataTableHead>
          <DataTableRow>
            <DataTableColumnHeader>{nameHeader}</DataTableColumnHeader>
            <DataTableColumnHeader align="right">{t('budget.total')}</DataTableColumnHeader>
            <DataTableColumnHeader align="right">{t('budget.secured')}</DataTableColumnHeader>
            <DataTableColumnHeader align="right">{t('budget.pledged')}</DataTableColumnHeader>
            <DataTableColumnHeader align="right">{t('budget.gap')}</DataTableColumnHeader>
          </DataTableRow>
        </DataTableHead>
        <DataTableBody>
          {rows.map((row) => (
            <DataTableRow key={row.key}>
              <DataTableCell>{row.name}</DataTableCell>
              <DataTableCell align="right">{money(row.totalMinor)}</DataTableCell>
              <DataTableCell align="right">{money(row.securedMinor)}</DataTableCell>
              <DataTableCell align="right">{money(row.pledgedMinor)}</DataTableCell>
              <DataTableCell align="right">
                <strong>{money(row.unfundedMinor)}</strong>
              </DataTableCell>
            </DataTableRow>
          ))}
        </DataTableBody>
      </DataTable>
    </div>
  );
}

/** Every budget table of the plan; `roleName` gives the team's name for a role key. */
export function BudgetTables({
  budget,
  roleName,
  headingLevel,
}: {
  budget: PlanBudget;
  roleName: (roleKey: string) => string;
  headingLevel: 'h3' | 'h2';
}) {
  const { t } = useTranslation(PLANS_NAMESPACE);
  const Heading = headingLevel;
  const currency = budget.baseCurrency;
  return (
    <>
      <Heading className="subsection-title">{t('budget.byYearTitle')}</Heading>
      <BudgetTable
        caption={t('budget.byYearCaption', { currency })}
        nameHeader={t('budget.year')}
        currency={currency}
        dataTest="budget-by-year"
        rows={[
          ...budget.byYear.map((line) => ({ ...line, key: String(line.year), name: String(line.year) })),
          { ...budget.totals, key: 'all', name: <strong>{t('budget.allYears')}</strong> },
        ]}
      />
      <Heading className="subsection-title">{t('budget.bySourceTitle')}</Heading>
      <BudgetTable
        caption={t('budget.bySourceCaption', { currency })}
        nameHeader={t('budget.source')}
        currency={currency}
        dataTest="budget-by-source"
        rows={budget.byFundingSource.map((line) => ({
          ...line,
          key: line.fundingSourceId ?? 'uncovered',
          name:
            line.fundingSourceId === null
              ? t('budget.uncovered')
              : t('budget.sourceName', { name: line.name, kind: fundingSourceKindLabel(line.kind, t) }),
        }))}
      />
      <Heading className="subsection-title">{t('budget.byTypeTitle')}</Heading>
      <BudgetTable
        caption={t('budget.byTypeCaption', { currency })}
        nameHeader={t('budget.type')}
        currency={currency}
        dataTest="budget-by-type"
        rows={budget.byActivityType.map((line) => ({
          ...line,
          key: line.type,
          name: activityTypeLabel(line.type, t),
        }))}
      />
      <Heading className="subsection-title">{t('budget.byRoleTitle')}</Heading>
      <BudgetTable
        caption={t('budget.byRoleCaption', { currency })}
        nameHeader={t('budget.role')}
        currency={currency}
        dataTest="budget-by-role"
        rows={budget.byRole.map((line) => ({
          ...line,
          key: line.roleKey ?? 'none',
          name: line.roleKey === null ? t('budget.noRole') : roleName(line.roleKey),
        }))}
      />
      {budget.byMember && (
        <>
          <Heading className="subsection-title">{t('budget.byMemberTitle')}</Heading>
          <p className="section-lead">{t('budget.byMemberLead')}</p>
          <BudgetTable
            caption={t('budget.byMemberCaption', { currency })}
            nameHeader={t('budget.member')}
            currency={currency}
            dataTest="budget-by-member"
            rows={budget.byMember.map((line) => ({ ...line, key: line.memberId, name: line.name }))}
          />
        </>
      )}
    </>
  );
}

/** The budget view: each year's total stacked by funding status, then the tables. */
export function PlanBudgetView({
  budget,
  roleName,
  activityTitle,
}: {
  budget: PlanBudget;
  roleName: (roleKey: string) => string;
  activityTitle: (activityId: string) => string;
}) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const language = i18n.language;
  const currency = budget.baseCurrency;
  const chart = useMemo(
    () => ({
      summary: t('budget.chartSummary', {
        years: budget.byYear
          .map((line) =>
            t('budget.chartYear', {
              year: line.year,
              total: formatMoney(line.totalMinor, currency, language),
              gap: formatMoney(line.unfundedMinor, currency, language),
            }),
          )
          .join('; '),
      }),
      input: {
        labels: budget.byYear.map((line) => String(line.year)),
        datasets: (['secured', 'pledged', 'unfunded'] as const).map((status) => ({
          label: { secured: t('budget.secured'), pledged: t('budget.pledged'), unfunded: t('budget.gap') }[
            status
          ],
          data: budget.byYear.map((line) => majorUnits(line[`${status}Minor`], currency)),
          color: FUNDING_COLOURS[status],
        })),
        valueLabel: currency,
        formatValue: (value: number) =>
          new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(value),
      },
    }),
    [budget, currency, language, t],
  );

  return (
    <div className="plan-budget">
      <h2 className="section-title">{t('budget.title')}</h2>
      <p className="section-lead">{t('budget.lead', { currency })}</p>
      {budget.warnings.length > 0 && (
        <NoticeBox warning title={t('budget.warningsTitle')}>
          <ul className="link-list">
            {budget.warnings.map((warning) => (
              <li key={warning.activityId}>
                {t('budget.warning', { title: activityTitle(warning.activityId) })}
              </li>
            ))}
          </ul>
        </NoticeBox>
      )}
      <h3 className="subsection-title">{t('budget.chartTitle')}</h3>
      <BudgetChart summary={chart.summary} input={chart.input} />
      <BudgetTables budget={budget} roleName={roleName} headingLevel="h3" />
    </div>
  );
}
