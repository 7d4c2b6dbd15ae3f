import { useId } from 'react';
import type { EventWindow, ReturnModel } from '../../domain/eventStudy';
import type { PlacedEvent } from '../../domain/eventPlacement';
import { formatTradingDate } from '../../domain/tradingDate';

export interface StudyChoice {
  benchmark: string;
  model: ReturnModel;
  studyEvent: string | null;
  carWindow: EventWindow | null;
}

export interface StudyControlsProps {
  choice: StudyChoice;
  benchmarks: { symbol: string; name: string }[];
  events: readonly PlacedEvent[];
  shockLabel: string;
  onChange: (next: Partial<StudyChoice>) => void;
}

const MAX_OFFSET = 30;

/** Benchmark, model, the event whose session is day 0, and the reader's own CAR window. */
export function StudyControls({
  choice,
  benchmarks,
  events,
  shockLabel,
  onChange,
}: StudyControlsProps) {
  const id = useId();
  const [from, to] = choice.carWindow ?? [-2, 2];
  const setWindow = (next: EventWindow) => {
    if (next[0] <= next[1] && Math.abs(next[0]) <= MAX_OFFSET && Math.abs(next[1]) <= MAX_OFFSET) {
      onChange({ carWindow: next });
    }
  };
  return (
    <div className="study-controls">
      <label htmlFor={`${id}-benchmark`}>Benchmark</label>
      <select
        id={`${id}-benchmark`}
        value={choice.benchmark}
        onChange={(event) => {
          onChange({ benchmark: event.target.value });
        }}
      >
        {benchmarks.map((benchmark) => (
          <option key={benchmark.symbol} value={benchmark.symbol}>
            {benchmark.symbol}: {benchmark.name}
          </option>
        ))}
      </select>
      <fieldset className="inline-fieldset">
        <legend>Model</legend>
        {(
          [
            ['market-model', 'Market model (OLS)'],
            ['market-adjusted', 'Market-adjusted (R − Rm)'],
          ] as const
        ).map(([model, label]) => (
          <label key={model} className="toggle">
            <input
              type="radio"
              name={`${id}-model`}
              checked={choice.model === model}
              onChange={() => {
                onChange({ model });
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-event`}>Day 0</label>
      <select
        id={`${id}-event`}
        value={choice.studyEvent ?? ''}
        onChange={(event) => {
          onChange({ studyEvent: event.target.value || null });
        }}
      >
        <option value="">{shockLabel}</option>
        {events.map((placed) => (
          <option key={placed.event.id} value={placed.event.id} disabled={!placed.sessionOfEffect}>
            {placed.sessionOfEffect
              ? formatTradingDate(placed.sessionOfEffect, { year: false })
              : 'no session'}
            : {placed.event.title}
          </option>
        ))}
      </select>
      <span className="date-field">
        <label htmlFor={`${id}-from`}>Your window from day</label>
        <input
          id={`${id}-from`}
          type="number"
          min={-MAX_OFFSET}
          max={to}
          value={from}
          onChange={(event) => {
            setWindow([Number(event.target.value), to]);
          }}
        />
        <label htmlFor={`${id}-to`}>to</label>
        <input
          id={`${id}-to`}
          type="number"
          min={from}
          max={MAX_OFFSET}
          value={to}
          onChange={(event) => {
            setWindow([from, Number(event.target.value)]);
          }}
        />
      </span>
    </div>
  );
}
