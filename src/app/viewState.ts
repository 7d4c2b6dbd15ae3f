import type { EventWindow, ReturnModel } from '../domain/eventStudy';
import { addDays, dayNumber, isTradingDate, type TradingDate } from '../domain/tradingDate';
import { EVENT_KINDS, type EventKind } from '../domain/types';
import { STORY, type Benchmark, type PeerSymbol } from './story';

export const METRICS = ['price', 'rebased', 'abnormal'] as const;
export type Metric = (typeof METRICS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const EMBED_CONTROLS = ['none', 'toggles'] as const;
export type EmbedControls = (typeof EMBED_CONTROLS)[number];
/** A reader's own title is text, shown as text; the cap keeps a pasted essay out of the header. */
export const TITLE_MAX_LENGTH = 120;
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
  theme: Theme;
  /** The reader's title for the chart; null for the generated one. */
  title: string | null;
  /** The chart alone, for an iframe in someone else's page. */
  embed: boolean;
  /** No tooltips, cards or focus: a picture of the chart, for print. */
  staticChart: boolean;
  /** What an embedded chart offers besides the chart. */
  controls: EmbedControls;
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
  theme: 'light',
  title: null,
  embed: false,
  staticChart: false,
  controls: 'none',
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

/** Control characters (line breaks, bidi overrides, NUL) would only garble a one-line title. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A title as one plain line of text, or null when nothing printable is left. */
export function cleanTitle(value: string): string | null {
  const line = value.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  if (line === '') return null;
  const chars = Array.from(line);
  return chars.length > TITLE_MAX_LENGTH
    ? `${chars.slice(0, TITLE_MAX_LENGTH - 1).join('')}…`
    : line;
}

/**
 * Parameters under their former names, read as the current ones so old links keep working:
 * `log=1|0` became `scale=log|linear`. A value the former name never took is named as written.
 */
const FORMER_NAMES: Record<string, { name: string; values: Record<string, string> }> = {
  log: { name: 'scale', values: { '1': 'log', '0': 'linear' } },
};

/** Names read elsewhere (the mock scenario) or that link trackers add: not worth a notice. */
const NOT_OURS = /^(scenario|utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref)$/i;

/**
 * Splits a query string into parameters, dropping (with a notice) a part whose percent-encoding is
 * broken: URLSearchParams would silently turn it into U+FFFD and the value would be misread.
 */
function readParams(search: string, notices: string[]): URLSearchParams {
  const params = new URLSearchParams();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const rawName = equals === -1 ? part : part.slice(0, equals);
    const rawValue = equals === -1 ? '' : part.slice(equals + 1);
    try {
      const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
      params.append(decode(rawName), decode(rawValue));
    } catch {
      notices.push(`Ignored ${shown(rawName)}: its value is not valid percent-encoding.`);
    }
  }
  for (const [old, current] of Object.entries(FORMER_NAMES)) {
    const value = params.get(old);
    params.delete(old);
    if (value === null || params.has(current.name)) continue;
    const renamed = Object.hasOwn(current.values, value) ? current.values[value] : undefined;
    if (renamed) params.set(current.name, renamed);
    else
      notices.push(
        `Ignored ${old}=${shown(value)}: use ${current.name}=${Object.values(current.values).join(` or ${current.name}=`)}.`,
      );
  }
  return params;
}

/**
 * Reads the view from a query string. Never throws: a value it cannot use is ignored and named in a
 * notice, and the default stands in for it.
 */
export function parseViewState(search: string): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const params = readParams(search, notices);
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
  read('scale', (value) => {
    if (value === 'log' || value === 'linear') state.logScale = value === 'log';
    else ignore('scale', value, 'use scale=log or scale=linear');
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
  read('theme', (value) => {
    if (oneOf(THEMES, value)) state.theme = value;
    else ignore('theme', value, `themes are ${THEMES.join(', ')}`);
  });
  read('title', (value) => {
    state.title = cleanTitle(value);
  });
  const flag = (name: string, apply: (on: boolean) => void) => {
    read(name, (value) => {
      if (value === '1' || value === '0') apply(value === '1');
      else ignore(name, value, `use ${name}=1 or ${name}=0`);
    });
  };
  flag('embed', (on) => (state.embed = on));
  flag('static', (on) => (state.staticChart = on));
  read('controls', (value) => {
    if (oneOf(EMBED_CONTROLS, value)) state.controls = value;
    else
      ignore('controls', value, `use ${EMBED_CONTROLS.map((c) => `controls=${c}`).join(' or ')}`);
  });

  const unknown = [...new Set(params.keys())].filter(
    (name) => !NAMES.includes(name) && !NOT_OURS.test(name),
  );
  if (unknown.length > 0)
    notices.push(
      `Ignored ${unknown.slice(0, 5).map(shown).join(', ')}${unknown.length > 5 ? ` and ${String(unknown.length - 5)} more` : ''}: not a setting of this page.`,
    );
  return { state, notices };
}

const NAMES = [
  'from',
  'to',
  'hide',
  'hideKinds',
  'metric',
  'scale',
  'benchmark',
  'model',
  'event',
  'car',
  'peers',
  'rebase',
  'theme',
  'title',
  'embed',
  'static',
  'controls',
];
const modelName = (model: ReturnModel) => (model === 'market-model' ? 'market' : 'adjusted');
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** Writes the view as a query string, leaving out what equals the default so links stay short. */
export function serializeViewState(state: ViewState, keep?: URLSearchParams): string {
  const params = new URLSearchParams(keep);
  for (const name of [...NAMES, ...Object.keys(FORMER_NAMES)]) params.delete(name);
  const set = (name: string, value: string, isDefault: boolean) => {
    if (!isDefault) params.set(name, value);
  };
  set('from', state.from, state.from === DEFAULT_VIEW.from);
  set('to', state.to, state.to === DEFAULT_VIEW.to);
  set('hide', [...new Set(state.hiddenEvents)].join(','), state.hiddenEvents.length === 0);
  set('hideKinds', [...new Set(state.hiddenKinds)].join(','), state.hiddenKinds.length === 0);
  set('metric', state.metric, state.metric === DEFAULT_VIEW.metric);
  set('scale', state.logScale ? 'log' : 'linear', state.logScale === DEFAULT_VIEW.logScale);
  set('benchmark', state.benchmark, state.benchmark === DEFAULT_VIEW.benchmark);
  set('model', modelName(state.model), state.model === DEFAULT_VIEW.model);
  set('event', state.studyEvent ?? '', state.studyEvent === null);
  set('car', state.carWindow?.join(',') ?? '', state.carWindow === null);
  set('peers', [...new Set(state.peers)].join(','), sameList(state.peers, DEFAULT_VIEW.peers));
  set('rebase', state.rebaseDate, state.rebaseDate === DEFAULT_VIEW.rebaseDate);
  set('theme', state.theme, state.theme === DEFAULT_VIEW.theme);
  set('title', state.title ?? '', state.title === null);
  set('embed', '1', !state.embed);
  set('static', '1', !state.staticChart);
  set('controls', state.controls, state.controls === DEFAULT_VIEW.controls);
  // Commas are legal in a query string; leaving them readable keeps shared links legible.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
