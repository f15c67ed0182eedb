import { useTranslation } from 'react-i18next';
import type { PlanTotals } from '@coreteam/core';
import { PLANS_NAMESPACE } from './i18n.js';
import { formatMoney } from './money.js';

/** The plan's four headline figures, the funding gap first and largest: it is what funders ask about. */
export function PlanHeadline({ totals, currency }: { totals: PlanTotals; currency: string }) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  const share = (minor: number) =>
    totals.totalMinor === 0
      ? ''
      : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(
          minor / totals.totalMinor,
        );
  return (
    <dl className="plan-headline" data-test="plan-headline">
      <div className="plan-headline__figure plan-headline__figure--gap">
        <dt>{t('headline.gap')}</dt>
        <dd>
          <span className="plan-headline__amount">{money(totals.unfundedMinor)}</span>
          {totals.totalMinor > 0 && (
            <span className="plan-headline__share">
              {t('headline.ofTotal', { share: share(totals.unfundedMinor) })}
            </span>
          )}
        </dd>
      </div>
      <div className="plan-headline__figure">
        <dt>{t('headline.total')}</dt>
        <dd>
          <span className="plan-headline__amount">{money(totals.totalMinor)}</span>
        </dd>
      </div>
      <div className="plan-headline__figure">
        <dt>{t('headline.secured')}</dt>
        <dd>
          <span className="plan-headline__amount">{money(totals.securedMinor)}</span>
        </dd>
      </div>
      <div className="plan-headline__figure">
        <dt>{t('headline.pledged')}</dt>
        <dd>
          <span className="plan-headline__amount">{money(totals.pledgedMinor)}</span>
        </dd>
      </div>
    </dl>
  );
}
