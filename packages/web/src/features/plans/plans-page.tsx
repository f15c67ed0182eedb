import { PLANS_NAMESPACE } from './i18n.js';
import './plans.css';
import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { InputField } from '@dhis2-ui/input';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { TextAreaField } from '@dhis2-ui/text-area';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { PlanDetail, PlanSummary, Team } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { CurrencySelectField } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { FormError } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { fieldErrorsOf } from './field-errors.js';
import { formatMoney } from './money.js';
import { api, pages } from './plan-paths.js';
import { useApiResource, usePlanAccess } from './plan-resources.js';
import { periodLabel } from './wording.js';

/** /teams/:teamId/plans — the team's capacity building plans; leads start new ones here. */
export default function PlansPage() {
  const { teamId } = useParams<{ teamId: string }>();
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const access = usePlanAccess(teamId);
  const plans = useApiResource<{ plans: PlanSummary[] }>(api.teamPlans(teamId));
  const [creating, setCreating] = useState(false);
  const language = i18n.language;

  return (
    <>
      <h1 className="page-title">{t('plans.title')}</h1>
      <p className="page-lead">{t('plans.lead')}</p>
      <div className="button-row page-actions">
        {access.canEdit && !creating && (
          <Button primary onClick={() => setCreating(true)}>
            {t('plans.new')}
          </Button>
        )}
        <Link href={pages.fundingSources(teamId)} className="plan-action-link">
          {t('plans.fundingSourcesLink')}
        </Link>
        <Link href={pages.termsOfReference(teamId)} className="plan-action-link">
          {t('plans.torLink')}
        </Link>
      </div>
      {access.canEdit && creating && <NewPlanForm teamId={teamId} onCancel={() => setCreating(false)} />}
      {plans.state.status === 'loading' && <PageLoading />}
      {plans.state.status === 'failed' && <LoadFailure error={plans.state.error} onRetry={plans.reload} />}
      {plans.state.status === 'loaded' &&
        (plans.state.data.plans.length === 0 ? (
          <p className="empty-state">{access.canEdit ? t('plans.noneLead') : t('plans.none')}</p>
        ) : (
          <div className="table-wrapper">
            <DataTable dataTest="plans-table">
              <caption className="table-caption">{t('plans.caption')}</caption>
              <DataTableHead>
                <DataTableRow>
                  <DataTableColumnHeader>{t('plans.name')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('plans.period')}</DataTableColumnHeader>
                  <DataTableColumnHeader>{t('plans.baseCurrency')}</DataTableColumnHeader>
                  <DataTableColumnHeader align="right">{t('plans.activities')}</DataTableColumnHeader>
                  <DataTableColumnHeader align="right">{t('plans.total')}</DataTableColumnHeader>
                  <DataTableColumnHeader align="right">{t('plans.secured')}</DataTableColumnHeader>
                  <DataTableColumnHeader align="right">{t('plans.gap')}</DataTableColumnHeader>
                </DataTableRow>
              </DataTableHead>
              <DataTableBody>
                {plans.state.data.plans.map((plan) => (
                  <DataTableRow key={plan.id}>
                    <DataTableCell>
                      <Link href={pages.plan(teamId, plan.id)}>{plan.title}</Link>
                    </DataTableCell>
                    <DataTableCell>{periodLabel(plan)}</DataTableCell>
                    <DataTableCell>{plan.baseCurrency}</DataTableCell>
                    <DataTableCell align="right">{plan.activityCount}</DataTableCell>
                    <DataTableCell align="right">
                      {formatMoney(plan.totals.totalMinor, plan.baseCurrency, language)}
                    </DataTableCell>
                    <DataTableCell align="right">
                      {formatMoney(plan.totals.securedMinor, plan.baseCurrency, language)}
                    </DataTableCell>
                    <DataTableCell align="right">
                      <strong>{formatMoney(plan.totals.unfundedMinor, plan.baseCurrency, language)}</strong>
                    </DataTableCell>
                  </DataTableRow>
                ))}
              </DataTableBody>
            </DataTable>
          </div>
        ))}
    </>
  );
}

function NewPlanForm({ teamId, onCancel }: { teamId: string; onCancel: () => void }) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const [, navigate] = useLocation();
  const team = useApiResource<Team>(api.team(teamId));
  const thisYear = new Date().getFullYear();
  const [title, setTitle] = useState('');
  const [startYear, setStartYear] = useState(String(thisYear));
  const [endYear, setEndYear] = useState(String(thisYear + 2));
  const [currency, setCurrency] = useState<string>();
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const baseCurrency = currency ?? (team.state.status === 'loaded' ? team.state.data.baseCurrency : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(undefined);
    const local: Record<string, string> = {};
    if (title.trim() === '') local.title = t('fieldErrors.required');
    if (!/^\d{4}$/.test(startYear.trim())) local.startYear = t('fieldErrors.year');
    if (!/^\d{4}$/.test(endYear.trim())) local.endYear = t('fieldErrors.year');
    if (!baseCurrency) local.baseCurrency = t('fieldErrors.required');
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    setBusy(true);
    try {
      const plan = await postJson<PlanDetail>(api.teamPlans(teamId), {
        title: title.trim(),
        startYear: Number(startYear.trim()),
        endYear: Number(endYear.trim()),
        baseCurrency,
        summary: summary.trim(),
      });
      navigate(pages.plan(teamId, plan.id));
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(errorMessage(error, tShared, i18n.language));
      setBusy(false);
    }
  };

  return (
    <Card>
      <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
        <h2 className="subsection-title">{t('plans.newTitle')}</h2>
        <InputField
          name="plan-title"
          label={t('plans.titleLabel')}
          placeholder={t('plans.titlePlaceholder', { from: thisYear, to: thisYear + 2 })}
          value={title}
          onChange={({ value }) => setTitle(value ?? '')}
          error={Boolean(errors.title)}
          validationText={errors.title}
          required
          autoComplete="off"
        />
        <div className="form-row">
          <InputField
            name="plan-start-year"
            label={t('plans.startYear')}
            value={startYear}
            onChange={({ value }) => setStartYear(value ?? '')}
            error={Boolean(errors.startYear)}
            validationText={errors.startYear}
            required
          />
          <InputField
            name="plan-end-year"
            label={t('plans.endYear')}
            value={endYear}
            onChange={({ value }) => setEndYear(value ?? '')}
            error={Boolean(errors.endYear)}
            validationText={errors.endYear}
            required
          />
          <CurrencySelectField
            name="plan-base-currency"
            label={t('plans.baseCurrency')}
            helpText={t('plans.baseCurrencyHelp')}
            value={baseCurrency}
            onChange={setCurrency}
            error={errors.baseCurrency}
            required
          />
        </div>
        <TextAreaField
          name="plan-summary"
          label={t('plans.summary')}
          helpText={t('plans.summaryHelp')}
          value={summary}
          rows={3}
          onChange={({ value }) => setSummary(value ?? '')}
          error={Boolean(errors.summary)}
          validationText={errors.summary}
        />
        <FormError message={failure} />
        <div className="button-row">
          <Button type="submit" primary loading={busy} disabled={busy}>
            {t('plans.create')}
          </Button>
          <Button secondary onClick={() => onCancel()} disabled={busy}>
            {tShared('common.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
