import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import {
  DataTable,
  DataTableBody,
  DataTableCell,
  DataTableColumnHeader,
  DataTableHead,
  DataTableRow,
} from '@dhis2-ui/table';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeRate, PlanDetail } from '@coreteam/core';
import { patchJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { CurrencySelectField } from '../../shared/forms/select-field.js';
import { formatDate } from '../../shared/format/intl.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { rowKey } from './activity-draft.js';
import { currentOnConflict, errorAt, fieldErrorsOf } from './field-errors.js';
import { PLANS_NAMESPACE } from './i18n.js';
import { ConflictDialog } from './plan-dialogs.js';
import { api } from './plan-paths.js';

interface RateRow extends ExchangeRate {
  key: string;
}

function rowsOf(rates: readonly ExchangeRate[]): RateRow[] {
  return [...rates]
    .sort((a, b) => a.currency.localeCompare(b.currency) || a.effectiveOn.localeCompare(b.effectiveOn))
    .map((rate) => ({ ...rate, key: rowKey() }));
}

/** The plan's dated exchange rates: read by everyone, replaced as a list by leads. */
export function ExchangeRates({
  plan,
  canEdit,
  onSaved,
}: {
  plan: PlanDetail;
  canEdit: boolean;
  onSaved: (plan: PlanDetail) => void;
}) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const language = i18n.language;
  const [rows, setRows] = useState<RateRow[]>(() => rowsOf(plan.exchangeRates));
  const [version, setVersion] = useState(plan.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<PlanDetail>();
  const [dirty, setDirty] = useState(false);

  // The plan changed elsewhere (a revision, another tab): follow it unless rates are being edited here.
  useEffect(() => {
    if (dirty) return;
    setVersion(plan.version);
    setRows(rowsOf(plan.exchangeRates));
  }, [plan.version]);

  const update = (key: string, changes: Partial<ExchangeRate>) => {
    setSaved(undefined);
    setDirty(true);
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...changes } : row)));
  };

  const save = async (withVersion: number) => {
    setErrors({});
    setFailure(undefined);
    setSaved(undefined);
    setBusy(true);
    try {
      const updated = await patchJson<PlanDetail>(api.plan(plan.id), {
        version: withVersion,
        exchangeRates: rows.map(({ currency, rate, effectiveOn }) => ({
          currency,
          rate: rate.trim().replace(',', '.'),
          effectiveOn,
        })),
      });
      setVersion(updated.version);
      setRows(rowsOf(updated.exchangeRates));
      setDirty(false);
      setSaved(t('rates.saved'));
      onSaved(updated);
    } catch (error) {
      const current = currentOnConflict<PlanDetail>(error);
      if (current) setConflict(current);
      else {
        setErrors(fieldErrorsOf(error, t));
        setFailure(errorMessage(error, tShared, language));
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(version);
  };

  if (!canEdit) {
    return (
      <section aria-labelledby="rates-heading">
        <h2 id="rates-heading" className="section-title">
          {t('rates.title')}
        </h2>
        <p className="section-lead">{t('rates.lead', { base: plan.baseCurrency })}</p>
        {plan.exchangeRates.length === 0 ? (
          <p className="empty-state">{t('rates.none')}</p>
        ) : (
          <RatesTable rates={plan.exchangeRates} base={plan.baseCurrency} />
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="rates-heading">
      <h2 id="rates-heading" className="section-title">
        {t('rates.title')}
      </h2>
      <p className="section-lead">{t('rates.lead', { base: plan.baseCurrency })}</p>
      <form className="form-card form-card--flat" onSubmit={submit} noValidate>
        {rows.length === 0 && <p className="empty-state">{t('rates.none')}</p>}
        {rows.map((row, index) => (
          <fieldset key={row.key} className="editor-row" data-test="exchange-rate">
            <legend>{t('rates.row', { number: index + 1 })}</legend>
            <div className="editor-row__fields editor-row__fields--rate">
              <CurrencySelectField
                name={`rate-currency-${row.key}`}
                label={t('rates.currency')}
                value={row.currency}
                onChange={(value) => update(row.key, { currency: value })}
                error={errors[`exchangeRates.${index}.currency`]}
              />
              <InputField
                name={`rate-value-${row.key}`}
                label={t('rates.rate', { base: plan.baseCurrency })}
                helpText={t('rates.rateHelp', { base: plan.baseCurrency, currency: row.currency || '…' })}
                value={row.rate}
                onChange={({ value }) => update(row.key, { rate: value ?? '' })}
                error={Boolean(errors[`exchangeRates.${index}.rate`])}
                validationText={errors[`exchangeRates.${index}.rate`]}
                autoComplete="off"
              />
              <InputField
                name={`rate-date-${row.key}`}
                label={t('rates.effectiveOn')}
                type="date"
                value={row.effectiveOn}
                onChange={({ value }) => update(row.key, { effectiveOn: value ?? '' })}
                error={Boolean(errors[`exchangeRates.${index}.effectiveOn`])}
                validationText={errors[`exchangeRates.${index}.effectiveOn`]}
              />
            </div>
            <div className="editor-row__footer">
              <span />
              <Button
                small
                secondary
                onClick={() => {
                  setDirty(true);
                  setRows((previous) => previous.filter((other) => other.key !== row.key));
                }}
              >
                {t('rates.remove', { number: index + 1 })}
              </Button>
            </div>
          </fieldset>
        ))}
        {errors.exchangeRates && (
          <p className="field-problem" role="alert">
            {errorAt(errors, 'exchangeRates')}
          </p>
        )}
        <div className="button-row">
          <Button
            small
            onClick={() => {
              setDirty(true);
              setRows((previous) => [
                ...previous,
                { key: rowKey(), currency: '', rate: '', effectiveOn: `${plan.startYear}-01-01` },
              ]);
            }}
          >
            {t('rates.add')}
          </Button>
        </div>
        <FormError message={failure} />
        <FormSuccess message={saved} />
        <div className="button-row">
          <Button type="submit" primary loading={busy} disabled={busy}>
            {t('rates.save')}
          </Button>
        </div>
      </form>
      {plan.exchangeRates.length > 0 && (
        <>
          <h3 className="subsection-title">{t('rates.savedTitle')}</h3>
          <RatesTable rates={plan.exchangeRates} base={plan.baseCurrency} />
        </>
      )}
      {conflict && (
        <ConflictDialog
          title={t('conflict.planTitle')}
          busy={busy}
          onReload={() => {
            setRows(rowsOf(conflict.exchangeRates));
            setVersion(conflict.version);
            setDirty(false);
            setConflict(undefined);
            onSaved(conflict);
          }}
          onApplyMine={() => {
            setVersion(conflict.version);
            setConflict(undefined);
            void save(conflict.version);
          }}
        />
      )}
    </section>
  );
}

function RatesTable({ rates, base }: { rates: readonly ExchangeRate[]; base: string }) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const language = i18n.language;
  return (
    <div className="table-wrapper">
      <DataTable dataTest="exchange-rates-table">
        <caption className="table-caption">{t('rates.caption', { base })}</caption>
        <DataTableHead>
          <DataTableRow>
            <DataTableColumnHeader>{t('rates.currency')}</DataTableColumnHeader>
            <DataTableColumnHeader>{t('rates.rate', { base })}</DataTableColumnHeader>
            <DataTableColumnHeader>{t('rates.effectiveOn')}</DataTableColumnHeader>
          </DataTableRow>
        </DataTableHead>
        <DataTableBody>
          {rowsOf(rates).map((rate) => (
            <DataTableRow key={`${rate.currency}-${rate.effectiveOn}`}>
              <DataTableCell>{rate.currency}</DataTableCell>
              <DataTableCell>
                {t('rates.rateText', { currency: rate.currency, rate: rate.rate, base })}
              </DataTableCell>
              <DataTableCell>{formatDate(`${rate.effectiveOn}T12:00:00`, language)}</DataTableCell>
            </DataTableRow>
          ))}
        </DataTableBody>
      </DataTable>
    </div>
  );
}
