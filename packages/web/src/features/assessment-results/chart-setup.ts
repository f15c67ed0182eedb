import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';

// Only what a bar chart needs, so the rest of Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarChartInput {
  labels: string[];
  datasets: Array<{ label: string; data: Array<number | null>; color: string }>;
  horizontal: boolean;
  /** The value axis runs from 0 to this (3: the top of the rating scale). */
  max: number;
  valueLabel: string;
  /** Per label, a level to mark across its bar(s) (the target), or null. */
  markers?: Array<number | null>;
  markerLabel?: string;
  formatValue: (value: number) => string;
}

/** Draws a short dark tick across each bar group at its marker value (the target level). */
function markerPlugin(markers: Array<number | null>): Plugin<'bar'> {
  return {
    id: 'coreteamMarkers',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const valueScale = chart.scales[chart.options.indexAxis === 'y' ? 'x' : 'y'];
      const indexScale = chart.scales[chart.options.indexAxis === 'y' ? 'y' : 'x'];
      if (!valueScale || !indexScale) return;
      const band = (indexScale.getPixelForValue(1) - indexScale.getPixelForValue(0)) * 0.8 || 20;
      ctx.save();
      ctx.strokeStyle = '#212934';
      ctx.lineWidth = 3;
      ctx.setLineDash([6, 3]);
      markers.forEach((marker, index) => {
        if (marker === null) return;
        const at = valueScale.getPixelForValue(marker);
        const middle = indexScale.getPixelForValue(index);
        ctx.beginPath();
        if (chart.options.indexAxis === 'y') {
          ctx.moveTo(at, middle - Math.abs(band) / 2);
          ctx.lineTo(at, middle + Math.abs(band) / 2);
        } else {
          ctx.moveTo(middle - Math.abs(band) / 2, at);
          ctx.lineTo(middle + Math.abs(band) / 2, at);
        }
        ctx.stroke();
      });
      ctx.restore();
    },
  };
}

export function createBarChart(canvas: HTMLCanvasElement, input: BarChartInput): Chart<'bar'> {
  const valueAxis = input.horizontal ? 'x' : 'y';
  const indexAxis = input.horizontal ? 'y' : 'x';
  const config: ChartConfiguration<'bar', Array<number | null>, string> = {
    type: 'bar',
    data: {
      labels: input.labels,
      datasets: input.datasets.map((dataset) => ({
        label: dataset.label,
        data: dataset.data,
        backgroundColor: dataset.color,
        borderColor: dataset.color,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis,
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        [valueAxis]: {
          min: 0,
          max: input.max,
          ticks: { stepSize: 1, callback: (value: string | number) => input.formatValue(Number(value)) },
          title: { display: true, text: input.valueLabel },
        },
        [indexAxis]: { ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { display: input.datasets.length > 1 },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${item.raw === null ? '—' : input.formatValue(Number(item.raw))}`,
          },
        },
      },
    },
    plugins: input.markers ? [markerPlugin(input.markers)] : [],
  };
  return new Chart(canvas, config);
}
