import { useId } from 'react';
import type { WindowPreset } from '../../domain/windowPresets';
import { formatTradingDate, type TradingDate } from '../../domain/tradingDate';
import { DateField } from './DateField';

export interface DateWindow {
  from: TradingDate;
  to: TradingDate;
}

export interface WindowControlsProps {
  window: DateWindow;
  presets: WindowPreset[];
  /** The first and last session in the data, the inputs' limits. */
  bounds: DateWindow | null;
  onChange: (next: DateWindow) => void;
}

/** Range buttons and a from/to pair for the window the charts show. */
/**
 * Bounds for the date fields before the data gives its own: without a max, Chromium leaves room for
 * a six-digit year, the field is wider, and the row wraps until the data arrives (a layout shift).
 */
const FOUR_DIGIT_YEARS = { min: '1900-01-01', max: '9999-12-31' };

export function WindowControls({ window, presets, bounds, onChange }: WindowControlsProps) {
  const fromId = useId();
  const toId = useId();
  return (
    <div className="window-controls" role="group" aria-label="Time window">
      {presets.map((preset) => (
        <button
          key={preset.id}
          type="button"
          data-preset={preset.id}
          title={`${formatTradingDate(preset.from)} to ${formatTradingDate(preset.to)}`}
          aria-pressed={preset.from === window.from && preset.to === window.to}
          onClick={() => {
            onChange({ from: preset.from, to: preset.to });
          }}
        >
          {preset.label}
        </button>
      ))}
      {!presets.some((preset) => preset.id === 'all') && (
        // Holds the place of "All data" until the data says what all of it is.
        <button type="button" disabled>
          All data
        </button>
      )}
      {/* The pair wraps as one: Firefox's and Safari's date fields are wider than Chromium's. */}
      <span className="date-range">
        <DateField
          id={fromId}
          label="From"
          value={window.from}
          min={bounds?.from ?? FOUR_DIGIT_YEARS.min}
          max={window.to}
          onCommit={(from) => {
            onChange({ ...window, from });
          }}
        />
        <DateField
          id={toId}
          label="To"
          value={window.to}
          min={window.from}
          max={bounds?.to ?? FOUR_DIGIT_YEARS.max}
          onCommit={(to) => {
            onChange({ ...window, to });
          }}
        />
      </span>
    </div>
  );
}
