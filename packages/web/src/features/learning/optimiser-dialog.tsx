import { LEARNING_NAMESPACE } from './i18n.js';
import './learning.css';
import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptimiserProposal, PlanDetail } from '@coreteam/core';
import { ApiError, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { FormError } from '../../shared/ui/form-error.js';
import { currencyDigits, formatMoney, parseAmount } from '../plans/money.js';
import { WideDialog } from '../plans/plan-dialogs.js';
import { keyOf } from './course-wording.js';
import { learningApi } from './learning-paths.js';

/**
 * The plan optimiser: a year, a budget and a currency in; the activities that close the most
 * priority gap within it out, with why each was chosen or left out. Nothing changes until the
 * lead accepts the proposal. Its own chunk, loaded when opened.
 */
export default function OptimiserDialog({
  plan,
  onClose,
  onAccepted,
}: {
  plan: PlanDetail;
  onClose: () => void;
  onAccepted: () => void;
}) {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE);
  const language = i18n.language;
  const currencies = [
    plan.baseCurrency,
    ...new Set(plan.exchangeRates.map((rate) => rate.currency).filter((code) => code !== plan.baseCurrency)),
  ];
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const [year, setYear] = useState(String(years.includes(thisYear) ? thisYear : plan.startYear));
  const [currency, setCurrency] = useState(plan.baseCurrency);
  const [budget, setBudget] = useState('');
  const [budgetProblem, setBudgetProblem] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [proposal, setProposal] = useState<OptimiserProposal>();

  const run = async (event?: FormEvent) => {
    event?.preventDefault();
    const parsed = parseAmount(budget, currencyDigits(currency), language);
    if (!parsed.ok) {
      setBudgetProblem(t(`optimiser.amount.${parsed.problem}`));
      return;
    }
    setBudgetProblem(undefined);
    setProblem(undefined);
    setConflict(false);
    setBusy(true);
    try {
      setProposal(
        await postJson<OptimiserProposal>(learningApi.optimise(plan.id), {
          year: Number(year),
          budgetMinor: parsed.minor,
          currency,
        }),
      );
    } catch (error) {
      setProblem(errorMessage(error, t, language));
    } finally {
      setBusy(false);
    }
  };

  const accept = async () => {
    if (!proposal) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await postJson(learningApi.accept(plan.id, proposal.id));
      onAccepted();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setConflict(true);
        setProposal(undefined);
      } else setProblem(errorMessage(error, t, language));
      setBusy(false);
    }
  };

  const money = (minor: number | null) =>
    minor === null ? t('optimiser.noRate') : formatMoney(minor, proposal?.currency ?? currency, language);

  return (
    <WideDialog
      title={t('optimiser.title')}
      onClose={onClose}
      dataTest="optimiser-dialog"
      actions={
        proposal ? (
          <>
            <Button
              secondary
              onClick={() => setProposal(undefined)}
              disabled={busy}
              dataTest="optimiser-discard"
            >
              {t('optimiser.discard')}
            </Button>
            <Button
              primary
              onClick={() => void accept()}
              loading={busy}
              disabled={busy || proposal.activities.length === 0}
              dataTest="optimiser-accept"
            >
              {t('optimiser.accept')}
            </Button>
          </>
        ) : (
          <>
            <Button secondary onClick={() => onClose()} disabled={busy}>
              {t('optimiser.close')}
            </Button>
            <Button
              primary
              type="submit"
              form="optimiser-form"
              loading={busy}
              disabled={busy}
              dataTest="optimiser-run"
            >
              {conflict ? t('optimiser.runAgain') : t('optimiser.run')}
            </Button>
          </>
        )
      }
    >
      {conflict && (
        <div role="alert" className="stack-item" data-test="optimiser-conflict">
          <NoticeBox warning title={t('optimiser.conflictTitle')}>
            {t('optimiser.conflict')}
          </NoticeBox>
        </div>
      )}
      <FormError message={problem} />
      {!proposal ? (
        <form id="optimiser-form" className="learning-form" onSubmit={(event) => void run(event)}>
          <p className="notice-text">{t('optimiser.lead')}</p>
          <SelectField
            name="optimiser-year"
            label={t('optimiser.year')}
            value={year}
            options={years.map((value) => ({ value: String(value), label: String(value) }))}
            onChange={setYear}
          />
          <InputField
            name="optimiser-budget"
            label={t('optimiser.budget', { currency })}
            value={budget}
            onChange={({ value }) => setBudget(value ?? '')}
            error={Boolean(budgetProblem)}
            validationText={budgetProblem}
            inputWidth="200px"
            autoComplete="off"
            required
          />
          <SelectField
            name="optimiser-currency"
            label={t('optimiser.currency')}
            helpText={t('optimiser.currencyHelp')}
            value={currency}
            options={currencies.map((code) => ({ value: code, label: code }))}
            onChange={setCurrency}
          />
        </form>
      ) : (
        <ProposalView proposal={proposal} money={money} />
      )}
    </WideDialog>
  );
}

function ProposalView({
  proposal,
  money,
}: {
  proposal: OptimiserProposal;
  money: (minor: number | null) => string;
}) {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE);
  const number = (value: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);
  return (
    <div data-test="optimiser-proposal">
      <dl className="learning-figures">
        <div>
          <dt>{t('optimiser.total')}</dt>
          <dd data-test="proposal-total">{money(proposal.totalCostMinor)}</dd>
        </div>
        <div>
          <dt>{t('optimiser.budgetLeft')}</dt>
          <dd data-test="proposal-left">{money(proposal.budgetLeftMinor)}</dd>
        </div>
        <div>
          <dt>{t('optimiser.value')}</dt>
          <dd>
            {t('optimiser.valueOf', {
              value: number(proposal.value),
              possible: number(proposal.possibleValue),
            })}
          </dd>
        </div>
      </dl>
      <h3 className="subsection-title">{t('optimiser.chosenTitle')}</h3>
      {proposal.activities.length === 0 ? (
        <p className="empty-state">{t('optimiser.noneChosen')}</p>
      ) : (
        <ProposalTable
          dataTest="proposal-activities"
          caption={t('optimiser.chosenCaption')}
          rows={proposal.activities}
          money={money}
          why={(activity) => activity.explanation}
        />
      )}
      {proposal.leftOut.length > 0 && (
        <>
          <h3 className="subsection-title">{t('optimiser.leftOutTitle')}</h3>
          <ProposalTable
            dataTest="proposal-left-out"
            caption={t('optimiser.leftOutCaption')}
            rows={proposal.leftOut}
            money={money}
            why={(item) => (
              <>
                {t(`optimiser.reasons.${keyOf(item.reason)}`)}
                <span className="learning-subtext">{item.explanation}</span>
              </>
            )}
          />
        </>
      )}
      {proposal.membersWithoutGaps.length > 0 && (
        <p className="form-note">
          {t('optimiser.withoutGaps', {
            names: proposal.membersWithoutGaps.map((member) => member.memberName).join(', '),
          })}
        </p>
      )}
    </div>
  );
}

interface ProposalRow {
  candidateKey: string;
  title: string;
  memberName: string;
  costMinor: number | null;
}

/** The proposal's activities, chosen or left out: one row each, with why. */
function ProposalTable<Row extends ProposalRow>({
  dataTest,
  caption,
  rows,
  money,
  why,
}: {
  dataTest: string;
  caption: string;
  rows: Row[];
  money: (minor: number | null) => string;
  why: (row: Row) => ReactNode;
}) {
  const { t } = useTranslation(LEARNING_NAMESPACE);
  return (
    <div className="learning-scroll">
      <table className="learning-table" data-test={dataTest}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.activity')}</th>
            <th scope="col">{t('columns.member')}</th>
            <th scope="col">{t('columns.cost')}</th>
            <th scope="col">{t('columns.why')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.candidateKey}>
              <th scope="row">{row.title}</th>
              <td>{row.memberName}</td>
              <td className="number">{money(row.costMinor)}</td>
              <td>{why(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
