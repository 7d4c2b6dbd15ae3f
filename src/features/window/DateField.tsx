import { useState } from 'react';
import { isTradingDate, type TradingDate } from '../../domain/tradingDate';

export interface DateFieldProps {
  id: string;
  label: string;
  value: TradingDate;
  min?: TradingDate | undefined;
  max?: TradingDate | undefined;
  onCommit: (date: TradingDate) => void;
}

/**
 * A date input that commits on Enter or when it loses focus, never mid-typing: typing a year goes
 * through 0002, 0020, 0202 first, and each of those must not become the window. A date outside
 * [min, max] is not taken; the field goes back to the current value.
 */
export function DateField({ id, label, value, min, max, onCommit }: DateFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (
      draft !== null &&
      isTradingDate(draft) &&
      (!min || draft >= min) &&
      (!max || draft <= max)
    ) {
      if (draft !== value) onCommit(draft);
    }
    setDraft(null);
  };
  return (
    <span className="date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={draft ?? value}
        min={min}
        max={max}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
    </span>
  );
}
