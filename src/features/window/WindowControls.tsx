import { useId } from 'react';
import { formatTradingDate, isTradingDate, type TradingDate } from '../../domain/tradingDate';

export interface DateWindow {
  from: TradingDate;
  to: TradingDate;
}

export interface WindowControlsProps {
  window: DateWindow;
  /** The first and last session in the data, for the "All data" preset and the inputs' limits. */
  bounds: DateWindow | null;
  defaultWindow: DateWindow;
  onChange: (next: DateWindow) => void;
}

/** Presets and a from/to pair for the window the charts show. */
export function WindowControls({ window, bounds, defaultWindow, onChange }: WindowControlsProps) {
  const fromId = useId();
  const toId = useId();
  const isWindow = (other: DateWindow) => other.from === window.from && other.to === window.to;
  const presets: { label: string; window: DateWindow }[] = [
    {
      label: `Around the shock (${formatTradingDate(defaultWindow.from, { year: false })} to ${formatTradingDate(defaultWindow.to)})`,
      window: defaultWindow,
    },
  ];
  if (bounds) {
    presets.push({
      label: `All data (${formatTradingDate(bounds.from)} to ${formatTradingDate(bounds.to)})`,
      window: bounds,
    });
  }

  const setEdge = (edge: keyof DateWindow, value: string) => {
    if (!isTradingDate(value)) return;
    const next = { ...window, [edge]: value };
    if (next.from <= next.to) onChange(next);
  };

  return (
    <div className="window-controls" role="group" aria-label="Time window">
      {presets.map((preset) => (
        <button
          key={preset.label}
          type="button"
          aria-pressed={isWindow(preset.window)}
          onClick={() => {
            onChange(preset.window);
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
