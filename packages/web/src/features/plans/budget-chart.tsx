import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StackedBarInput } from './budget-chart-setup.js';
import { PLANS_NAMESPACE } from './i18n.js';

/** Okabe–Ito colours, told apart with the common kinds of colour blindness: secured, pledged, gap. */
export const FUNDING_COLOURS = { secured: '#009E73', pledged: '#E69F00', unfunded: '#D55E00' } as const;

/**
 * The stacked bar chart, drawn by Chart.js (fetched on first use) on a canvas named by `summary`.
 * The same figures are always in a table under it.
 */
export function BudgetChart({ summary, input }: { summary: string; input: StackedBarInput }) {
  const { t } = useTranslation(PLANS_NAMESPACE);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    import('./budget-chart-setup.js').then(
      ({ createStackedBarChart }) => {
        if (cancelled || !canvas.current) return;
        chart = createStackedBarChart(canvas.current, input);
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [input]);

  if (failed) return <p className="muted">{t('budget.chartUnavailable')}</p>;
  return (
    <div className="budget-chart">
      <canvas ref={canvas} role="img" aria-label={summary}>
        {summary}
      </canvas>
    </div>
  );
}
