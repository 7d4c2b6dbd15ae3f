import { useId, useState } from 'react';
import type { EventWindow } from '../../domain/eventStudy';
import { RETURN_MODEL_NAMES, RETURN_MODELS, type ReturnModel } from '../../domain/returnModels';
import type { PlacedEvent } from '../../domain/eventPlacement';
import { formatDateInWindow } from '../../domain/dateInWindow';
import type { TradingDate } from '../../domain/tradingDate';

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
  /** The window drawn: a day 0 in another year is named with its year. */
  window: { from: TradingDate; to: TradingDate };
  shockLabel: string;
  onChange: (next: Partial<StudyChoice>) => void;
}

const MAX_OFFSET = 30;

/** Benchmark, model, the event whose session is day 0, and the reader's own CAR window. */
export function StudyControls({
  choice,
  benchmarks,
  events,
  window,
  shockLabel,
  onChange,
}: StudyControlsProps) {
  const id = useId();
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
        {RETURN_MODEL_NAMES.map((model) => (
          <label key={model} className="toggle">
            <input
              type="radio"
              name={`${id}-model`}
              checked={choice.model === model}
              onChange={() => {
                onChange({ model });
              }}
            />
            {RETURN_MODELS[model].label}
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
              ? formatDateInWindow(placed.sessionOfEffect, window)
              : 'no session'}
            : {placed.event.title}
          </option>
        ))}
      </select>
      <CarWindowField
        id={id}
        window={choice.carWindow}
        onChange={(carWindow) => {
          onChange({ carWindow });
        }}
      />
    </div>
  );
}

const OFFSET = /^[-−]?\d{1,2}$/;
const parseOffset = (text: string) => Number(text.replace('−', '-'));

/** One end of the CAR window: a session offset, typed. */
function OffsetInput(props: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        inputMode="numeric"
        size={4}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
    </>
  );
}

/**
 * The reader's own CAR window, typed as two offsets. It is kept as typed until both read as whole
 * sessions within ±30 with the first not after the second; "-5" passes through "-" on the way.
 */
function CarWindowField({
  id,
  window,
  onChange,
}: {
  id: string;
  window: EventWindow | null;
  onChange: (window: EventWindow | null) => void;
}) {
  const [draft, setDraft] = useState<[string, string] | null>(null);
  const [fromText, toText] = draft ?? (window ? [String(window[0]), String(window[1])] : ['', '']);
  const edit = (next: [string, string]) => {
    setDraft(next);
    const [a, b] = next;
    if (OFFSET.test(a) && OFFSET.test(b)) {
      const [from, to] = [parseOffset(a), parseOffset(b)];
      if (from <= to && Math.abs(from) <= MAX_OFFSET && Math.abs(to) <= MAX_OFFSET) {
        onChange([from, to]);
        setDraft(null);
      }
    }
  };
  return (
    <span className="date-field">
      <OffsetInput
        id={`${id}-from`}
        label="Your window, from day"
        placeholder="-2"
        value={fromText}
        onChange={(text) => {
          edit([text, toText]);
        }}
      />
      <OffsetInput
        id={`${id}-to`}
        label="to"
        placeholder="3"
        value={toText}
        onChange={(text) => {
          edit([fromText, text]);
        }}
      />
      {window && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setDraft(null);
            onChange(null);
          }}
        >
          Clear
        </button>
      )}
    </span>
  );
}
