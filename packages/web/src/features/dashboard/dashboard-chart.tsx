import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardChartInput } from './dashboard-chart-setup.js';
import { DASHBOARD_NAMESPACE } from './i18n.js';

/** Okabe–Ito colours, told apart with the common kinds of colour blindness. */
export const CHART_COLOURS = {
  blue: '#0072B2',
  skyBlue: '#56B4E9',
  green: '#009E73',
  orange: '#E69F00',
  vermilion: '#D55E00',
  grey: '#999999',
} as const;

/**
 * A bar chart drawn by Chart.js (fetched on first use) on a canvas named by `summary`. Every chart
 * of the dashboard has the same figures in a table next to it, for screen readers and for print.
 */
export function DashboardChart({ summary, input }: { summary: string; input: DashboardChartInput }) {
  const { t } = useTranslation(DASHBOARD_NAMESPACE);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    import('./dashboard-chart-setup.js').then(
      ({ createDashboardChart }) => {
        if (cancelled || !canvas.current) return;
        chart = createDashboardChart(canvas.current, input);
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [input]);

  if (failed) return <p className="muted">{t('chart.unavailable')}</p>;
  return (
    <div className="dashboard-chart">
      <canvas ref={canvas} role="img" aria-label={summary}>
        {summary}
      </canvas>
    </div>
  );
}
