import {
  CHART_MODES,
  CHART_TYPE_NAMES,
  CHART_TYPES,
  type ChartMode,
  type ChartType,
} from '../../domain/vocabulary';

export interface ChartTypeControlsProps {
  mode: ChartMode;
  chartType: ChartType;
  /** Whether the volume panel is shown (the URL's choice, or the page's default). */
  volume: boolean;
  onChange: (next: { chartType?: ChartType; volume?: boolean }) => void;
}

const WHY_NOT = 'Candles, bars and volume need share prices: choose "Price and market value".';

/**
 * How the price is drawn (a line, candles or OHLC bars) and whether the volume panel is under it.
 * Only a chart of share prices has sessions to draw that way: in the other modes the controls stay
 * in place, disabled, and say why.
 */
export function ChartTypeControls({ mode, chartType, volume, onChange }: ChartTypeControlsProps) {
  const sessions = CHART_MODES[mode].sessions;
  return (
    <div
      className="metric-controls chart-type-controls"
      role="group"
      aria-label="How the price is drawn"
      aria-describedby={sessions ? undefined : 'chart-type-why'}
    >
      {CHART_TYPE_NAMES.map((option) => (
        <button
          key={option}
          type="button"
          data-chart-type={option}
          aria-pressed={sessions && chartType === option}
          disabled={!sessions}
          title={sessions ? CHART_TYPES[option].long : WHY_NOT}
          onClick={() => {
            onChange({ chartType: option });
          }}
        >
          {CHART_TYPES[option].label}
        </button>
      ))}
      <label className="toggle">
        <input
          type="checkbox"
          data-volume-toggle
          checked={sessions && volume}
          disabled={!sessions}
          onChange={() => {
            onChange({ volume: !volume });
          }}
        />
        Volume
      </label>
      {!sessions && (
        <span id="chart-type-why" className="muted chart-type-controls__why">
          {WHY_NOT}
        </span>
      )}
    </div>
  );
}
