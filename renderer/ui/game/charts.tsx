// chart.js charts (react-chartjs-2): points over time per rep, and goal progress. Calm by
// default: animation only when the reader has not asked for reduced motion.
import { BarElement, CategoryScale, Chart as ChartJS, Filler, Legend, LinearScale, LineElement, PointElement, Tooltip, type ChartOptions } from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import type { Goal, PointsChart } from '../../../preload/contract';
import { useI18n } from '../i18n/i18n';
import { goalOwner, goalTitle } from './words';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, BarElement, Tooltip, Legend, Filler);

/** Distinct colours for the lines (names' own hues can be too close to tell apart). */
const PALETTE = ['#5b5cf0', '#f59e0b', '#10b981', '#ef4444', '#0ea5e9', '#a855f7', '#ec4899', '#84cc16', '#14b8a6', '#f97316'];

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
const font = { family: "'Inter Variable', Inter, system-ui, sans-serif" };

/** Running point totals per rep over the days of the period (top `limit` reps). */
export function PointsOverTime({ chart, limit = 8 }: { chart: PointsChart; limit?: number }) {
  const { f } = useI18n();
  const labels = chart.days.map((day) => f.dayRange(day, day));
  const series = chart.series.slice(0, limit);
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion() ? false : { duration: 400 },
    interaction: { mode: 'index', intersect: false },
    plugins: { legend: { position: 'right', labels: { font, boxWidth: 12, usePointStyle: true } }, tooltip: { bodyFont: font, titleFont: font } },
    scales: { x: { grid: { display: false }, ticks: { font } }, y: { beginAtZero: true, ticks: { font, callback: (v) => f.number(Number(v)) } } },
  };
  return (
    <div className="chart-box" data-testid="points-chart">
      <Line
        options={options}
        data={{
          labels,
          datasets: series.map((s, i) => ({
            label: s.name,
            data: s.values,
            borderColor: PALETTE[i % PALETTE.length],
            backgroundColor: PALETTE[i % PALETTE.length],
            borderWidth: 2.5,
            pointRadius: 2.5,
            // Monotone: a running total never seems to dip between two days.
            cubicInterpolationMode: 'monotone' as const,
          })),
        }}
      />
    </div>
  );
}

/** Attainment of each goal in its current period, with the 100% line as the bar scale's mark. */
export function GoalProgressChart({ goals }: { goals: readonly Goal[] }) {
  const { m, f } = useI18n();
  const shown = goals.filter((g) => !g.paused).slice(0, 12);
  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion() ? false : { duration: 400 },
    plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => `${f.number(Math.round(Number(item.raw)))}%` } } },
    scales: {
      x: { beginAtZero: true, suggestedMax: 150, ticks: { font, callback: (v) => `${v}%` }, grid: { color: (c) => (c.tick.value === 100 ? '#12a150' : '#eceef6') } },
      y: { ticks: { font }, grid: { display: false } },
    },
  };
  return (
    <div className="chart-box" style={{ height: 60 + shown.length * 34 }} data-testid="goal-chart">
      <Bar
        options={options}
        data={{
          labels: shown.map((g) => `${goalOwner(g, { m })} · ${goalTitle(g, { m })}`),
          datasets: [
            {
              data: shown.map((g) => Math.round(g.progress.percent)),
              backgroundColor: shown.map((g) => (g.progress.completed ? '#12a150' : '#5b5cf0')),
              borderRadius: 6,
              barThickness: 18,
            },
          ],
        }}
      />
    </div>
  );
}
