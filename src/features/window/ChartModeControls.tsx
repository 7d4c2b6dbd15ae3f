import { CHART_MODE_NAMES, CHART_MODES, type ChartMode } from '../../domain/vocabulary';

export interface ChartModeControlsProps {
  mode: ChartMode;
  logScale: boolean;
  onChange: (next: { mode?: ChartMode; logScale?: boolean }) => void;
}

/** What the main chart shows, and the log scale of the price axis where the mode has one. */
export function ChartModeControls({ mode, logScale, onChange }: ChartModeControlsProps) {
  return (
    <div className="metric-controls" role="group" aria-label="What the chart shows">
      {CHART_MODE_NAMES.map((option) => (
        <button
          key={option}
          type="button"
          data-metric={option}
          aria-pressed={mode === option}
          onClick={() => {
            onChange({ mode: option });
          }}
        >
          {CHART_MODES[option].label}
        </button>
      ))}
      <label className="toggle">
        <input
          type="checkbox"
          checked={logScale}
          disabled={!CHART_MODES[mode].logScale}
          onChange={() => {
            onChange({ logScale: !logScale });
          }}
        />
        Log scale
      </label>
    </div>
  );
}
