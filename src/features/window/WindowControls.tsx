import { useId } from 'react';
import type { WindowPreset } from '../../domain/windowPresets';
import { formatTradingDate, isTradingDate, type TradingDate } from '../../domain/tradingDate';

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
export function WindowControls({ window, presets, bounds, onChange }: WindowControlsProps) {
  const fromId = useId();
  const toId = useId();
  const setEdge = (edge: keyof DateWindow, value: string) => {
    if (!isTradingDate(value)) return;
    const next = { ...window, [edge]: value };
    if (next.from <= next.to) onChange(next);
  };

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
      <span className="date-field">
        <label htmlFor={fromId}>From</label>
        <input
          id={fromId}
          type="date"
          value={window.from}
          min={bounds?.from}
          max={window.to}
          onChange={(event) => {
            setEdge('from', event.target.value);
          }}
        />
      </span>
      <span className="date-field">
        <label htmlFor={toId}>To</label>
        <input
          id={toId}
          type="date"
          value={window.to}
          min={window.from}
          max={bounds?.to}
          onChange={(event) => {
            setEdge('to', event.target.value);
          }}
        />
      </span>
    </div>
  );
}
