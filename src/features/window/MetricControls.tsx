import type { ChartMetric } from '../impact/ImpactPanel';

const METRIC_LABELS: Record<ChartMetric, string> = {
  price: 'Price and market value',
  rebased: 'Peers, rebased',
  abnormal: 'Abnormal return',
};

export interface MetricControlsProps {
  metric: ChartMetric;
  logScale: boolean;
  onChange: (next: { metric?: ChartMetric; logScale?: boolean }) => void;
}

/** What the main chart shows, and the log scale of the price axis. */
export function MetricControls({ metric, logScale, onChange }: MetricControlsProps) {
  return (
    <div className="metric-controls" role="group" aria-label="What the chart shows">
      {(Object.keys(METRIC_LABELS) as ChartMetric[]).map((option) => (
        <button
          key={option}
          type="button"
          data-metric={option}
          aria-pressed={metric === option}
          onClick={() => {
            onChange({ metric: option });
          }}
        >
          {METRIC_LABELS[option]}
        </button>
      ))}
      <label className="toggle">
        <input
          type="checkbox"
          checked={logScale}
          disabled={metric !== 'price'}
          onChange={() => {
            onChange({ logScale: !logScale });
          }}
        />
        Log scale
      </label>
    </div>
  );
}
