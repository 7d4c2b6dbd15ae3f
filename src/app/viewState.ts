import type { EventWindow, ReturnModel } from '../domain/eventStudy';
import { addDays, dayNumber, isTradingDate, type TradingDate } from '../domain/tradingDate';
import { EVENT_KINDS, type EventKind } from '../domain/types';
import { STORY, type Benchmark, type PeerSymbol } from './story';

export const METRICS = ['price', 'rebased', 'abnormal'] as const;
export type Metric = (typeof METRICS)[number];
// A Map, not an object literal: `?model=toString` must not find Object.prototype's members.
const MODELS = new Map<string, ReturnModel>([
  ['market', 'market-model'],
  ['adjusted', 'market-adjusted'],
]);

/** Everything the user chose, kept in the URL so a copied link reopens the same view. */
export interface ViewState {
  from: TradingDate;
  to: TradingDate;
  hiddenEvents: readonly string[];
  hiddenKinds: readonly EventKind[];
  metric: Metric;
  logScale: boolean;
  benchmark: Benchmark;
  model: ReturnModel;
  /** The event whose day 0 the study panel uses; null for the shock day. */
  studyEvent: string | null;
  /** The reader's own CAR window, in sessions around day 0. */
  carWindow: EventWindow | null;
  peers: readonly PeerSymbol[];
  rebaseDate: TradingDate;
}

export const DEFAULT_VIEW: ViewState = {
  from: STORY.defaultWindow.from,
  to: STORY.defaultWindow.to,
  hiddenEvents: [],
  hiddenKinds: [],
  metric: 'price',
  logScale: false,
  benchmark: 'QQQ',
  model: 'market-model',
  studyEvent: null,
  carWindow: null,
  peers: STORY.defaultPeers,
  rebaseDate: STORY.defaultRebaseDate,
};

const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const CAR_WINDOW = /^(-?\d{1,2}),(-?\d{1,2})$/;
const shown = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
const list = (value: string) => value.split(',').filter((item) => item !== '');
const oneOf = <T extends string>(options: readonly T[], value: string): value is T =>
  (options as readonly string[]).includes(value);

/** The items that pass `isValid`; each one that does not is reported. */
function keepValid<T extends string>(
  items: string[],
  isValid: (item: string) => item is T,
  reject: (item: string) => void,
): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (isValid(item)) kept.push(item);
    else reject(item);
  }
  return kept;
}

/**
 * Reads the view from a query string. Never throws: a value it cannot use is ignored and named in a
 * notice, and the default stands in for it.
 */
export function parseViewState(search: string): { state: ViewState; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW };
  const ignore = (name: string, value: string, why: string) => {
    notices.push(`Ignored ${name}=${shown(value)}: ${why}.`);
  };
  const read = (name: string, apply: (value: string) => void) => {
    const value = params.get(name);
    if (value !== null) apply(value);
  };

  const dates: Partial<Record<'from' | 'to', TradingDate>> = {};
  for (const name of ['from', 'to'] as const) {
    read(name, (value) => {
      if (isTradingDate(value)) dates[name] = value;
      else ignore(name, value, 'expected a date such as 2025-01-27');
    });
  }
  // With one edge given, the other keeps the default window's length rather than cross it.
  const span = dayNumber(DEFAULT_VIEW.to) - dayNumber(DEFAULT_VIEW.from);
  let from = dates.from ?? state.from;
  let to = dates.to ?? state.to;
  if (dates.from && !dates.to && from > to) to = addDays(from, span);
  if (dates.to && !dates.from && from > to) from = addDays(to, -span);
  if (from > to)
    notices.push(`Ignored from=${from} and to=${to}: the window ends before it starts.`);
  else Object.assign(state, { from, to });

  read('hide', (value) => {
    state.hiddenEvents = keepValid(
      list(value),
      (id): id is string => EVENT_ID.test(id),
      (id) => {
        ignore('hide', id, 'not an event id');
      },
    );
  });
  read('hideKinds', (value) => {
    state.hiddenKinds = keepValid(
      list(value),
      (kind) => oneOf(EVENT_KINDS, kind),
      (kind) => {
        ignore('hideKinds', kind, `kinds are ${EVENT_KINDS.join(', ')}`);
      },
    );
  });
  read('metric', (value) => {
    if (oneOf(METRICS, value)) state.metric = value;
    else ignore('metric', value, `metrics are ${METRICS.join(', ')}`);
  });
  read('log', (value) => {
    if (value === '1' || value === '0') state.logScale = value === '1';
    else ignore('log', value, 'use log=1 or log=0');
  });
  read('benchmark', (value) => {
    if (oneOf(STORY.benchmarks, value)) state.benchmark = value;
    else ignore('benchmark', value, `benchmarks are ${STORY.benchmarks.join(', ')}`);
  });
  read('model', (value) => {
    const model = MODELS.get(value);
    if (model) state.model = model;
    else ignore('model', value, 'models are market, adjusted');
  });
  read('event', (value) => {
    if (EVENT_ID.test(value)) state.studyEvent = value;
    else ignore('event', value, 'not an event id');
  });
  read('car', (value) => {
    const match = CAR_WINDOW.exec(value);
    const [a, b] = [Number(match?.[1]), Number(match?.[2])];
    if (match && a <= b && Math.abs(a) <= 30 && Math.abs(b) <= 30) state.carWindow = [a, b];
    else
      ignore(
        'car',
        value,
        'expected two session offsets such as -2,3, the first not after the second, within 30',
      );
  });
  read('peers', (value) => {
    state.peers = keepValid(
      list(value),
      (symbol) => oneOf(STORY.peers, symbol),
      (symbol) => {
        ignore('peers', symbol, 'not a peer in the data');
      },
    );
  });
  read('rebase', (value) => {
    if (isTradingDate(value)) state.rebaseDate = value;
    else ignore('rebase', value, 'expected a date such as 2025-01-24');
  });
  return { state, notices };
}

const NAMES = [
  'from',
  'to',
  'hide',
  'hideKinds',
  'metric',
  'log',
  'benchmark',
  'model',
  'event',
  'car',
  'peers',
  'rebase',
];
const modelName = (model: ReturnModel) => (model === 'market-model' ? 'market' : 'adjusted');
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** Writes the view as a query string, leaving out what equals the default so links stay short. */
export function serializeViewState(state: ViewState, keep?: URLSearchParams): string {
  const params = new URLSearchParams(keep);
  for (const name of NAMES) params.delete(name);
  const set = (name: string, value: string, isDefault: boolean) => {
    if (!isDefault) params.set(name, value);
  };
  set('from', state.from, state.from === DEFAULT_VIEW.from);
  set('to', state.to, state.to === DEFAULT_VIEW.to);
  set('hide', [...new Set(state.hiddenEvents)].join(','), state.hiddenEvents.length === 0);
  set('hideKinds', [...new Set(state.hiddenKinds)].join(','), state.hiddenKinds.length === 0);
  set('metric', state.metric, state.metric === DEFAULT_VIEW.metric);
  set('log', state.logScale ? '1' : '0', state.logScale === DEFAULT_VIEW.logScale);
  set('benchmark', state.benchmark, state.benchmark === DEFAULT_VIEW.benchmark);
  set('model', modelName(state.model), state.model === DEFAULT_VIEW.model);
  set('event', state.studyEvent ?? '', state.studyEvent === null);
  set('car', state.carWindow?.join(',') ?? '', state.carWindow === null);
  set('peers', [...new Set(state.peers)].join(','), sameList(state.peers, DEFAULT_VIEW.peers));
  set('rebase', state.rebaseDate, state.rebaseDate === DEFAULT_VIEW.rebaseDate);
  // Commas are legal in a query string; leaving them readable keeps shared links legible.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
