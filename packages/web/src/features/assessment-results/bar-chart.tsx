import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_RESULTS_NAMESPACE } from './i18n.js';
import type { BarChartInput } from './chart-setup.js';

/** Okabe–Ito colours: told apart by people with the common kinds of colour blindness. */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'] as const;

/**
 * A bar chart drawn by Chart.js on a canvas. The canvas is an image to assistive technology, named
 * by `summary`; the same figures are always in a table next to it (the caller's `children`).
 * Chart.js is fetched on first use, so the tables show before it arrives.
 */
export function BarChart({
  summary,
  input,
  height,
}: {
  summary: string;
  input: BarChartInput;
  height: number;
}) {
  const { t } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    import('./chart-setup.js').then(
      ({ createBarChart }) => {
        if (cancelled || !canvas.current) return;
        chart = createBarChart(canvas.current, input);
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
    <div className="results-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={summary}>
        {summary}
      </canvas>
    </div>
  );
}
