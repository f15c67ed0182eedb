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

// Only what a stacked bar chart needs, so the rest of Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface StackedBarInput {
  labels: string[];
  datasets: Array<{ label: string; data: number[]; color: string }>;
  valueLabel: string;
  formatValue: (value: number) => string;
}

/** Each year's total as one bar, stacked by funding status. */
export function createStackedBarChart(canvas: HTMLCanvasElement, input: StackedBarInput): Chart<'bar'> {
  const config: ChartConfiguration<'bar', number[], string> = {
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
        x: { stacked: true },
        y: {
          stacked: true,
          min: 0,
          ticks: { callback: (value: string | number) => input.formatValue(Number(value)) },
          title: { display: true, text: input.valueLabel },
        },
      },
      plugins: {
        legend: { display: true, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${input.formatValue(Number(item.raw))}`,
          },
        },
      },
    },
  };
  return new Chart(canvas, config);
}
