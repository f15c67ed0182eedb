import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

// Only what bar charts need, so the rest of Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface DashboardChartInput {
  labels: string[];
  datasets: Array<{ label: string; data: Array<number | null>; color: string }>;
  /** Stacked bars (parts of a whole) or bars side by side (values to compare). */
  stacked: boolean;
  /** The top of the value axis when it is fixed (3: the top of the rating scale). */
  max?: number;
  valueLabel: string;
  formatValue: (value: number) => string;
}

export function createDashboardChart(canvas: HTMLCanvasElement, input: DashboardChartInput): Chart<'bar'> {
  const config: ChartConfiguration<'bar', Array<number | null>, string> = {
    type: 'bar',
    data: {
      labels: input.labels,
      datasets: input.datasets.map((dataset) => ({
        label: dataset.label,
        data: dataset.data,
        backgroundColor: dataset.color,
        borderColor: '#ffffff',
        borderWidth: 1,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: input.stacked, ticks: { autoSkip: false } },
        y: {
          stacked: input.stacked,
          min: 0,
          ...(input.max === undefined ? {} : { max: input.max }),
          ticks: { callback: (value: string | number) => input.formatValue(Number(value)) },
          title: { display: true, text: input.valueLabel },
        },
      },
      plugins: {
        legend: { display: true, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${item.raw === null ? '—' : input.formatValue(Number(item.raw))}`,
          },
        },
      },
    },
  };
  return new Chart(canvas, config);
}
