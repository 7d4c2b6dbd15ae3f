import type { Annotation } from '../domain/annotations';
import type { EventWindow } from '../domain/eventStudy';
import type { ReturnModel } from '../domain/returnModels';
import { addDays, dayNumber, type TradingDate } from '../domain/tradingDate';
import type { OverlayKind } from '../domain/types';
import type { ChartMode, ChartType, EmbedControls, Theme } from '../domain/vocabulary';
import { STORY } from '../story/story';
import { FORMER_NAMES, migrateFormerNames, quoted } from './url/migrations';
import { PARAM_NAMES, PARAMS, type AnyParam } from './url/params';
import { readQuery } from './url/readQuery';

/** Everything the user chose, kept in the URL so a copied link reopens the same view. */
export interface ViewState {
  from: TradingDate;
  to: TradingDate;
  hiddenEvents: readonly string[];
  hiddenKinds: readonly OverlayKind[];
  /** What the main chart shows (`metric=` in the URL). */
  mode: ChartMode;
  logScale: boolean;
  /** How the price is drawn (`chart=`): only a chart of share prices has sessions to draw as candles. */
  chartType: ChartType;
  /** The volume panel under the price (`volume=`); null for the page's default (see `showsVolume`). */
  volume: boolean | null;
  /** One of the story's benchmarks; checked against them when read from the URL. */
  benchmark: string;
  model: ReturnModel;
  /** The event whose day 0 the study panel uses; null for the shock day. */
  studyEvent: string | null;
  /** The reader's own CAR window, in sessions around day 0. */
  carWindow: EventWindow | null;
  peers: readonly string[];
  rebaseDate: TradingDate;
  theme: Theme;
  /** The reader's title for the chart; null for the generated one. */
  title: string | null;
  /** The story told in steps over the chart (`story=`); null for the plain view. */
  story: string | null;
  /** The story's step shown, from 1 (`step=`); while a story is open its view sets the chart's. */
  step: number;
  /**
   * A reader's own story (`steps=`), as the link holds it: read into steps (stepsCodec.ts, loaded
   * lazily) only when that story is opened (`story=yours`), so the first chart does not carry it.
   */
  steps: string;
  /** The chart alone, for an iframe in someone else's page. */
  embed: boolean;
  /** No tooltips, cards or focus: a picture of the chart, for print. */
  staticChart: boolean;
  /** What an embedded chart offers besides the chart. */
  controls: EmbedControls;
  /** The reader's own notes and ranges on the chart (`notes=`), in the order they were added. */
  notes: readonly Annotation[];
  /** An https address of the reader's own daily prices for the subject (`prices=`). */
  pricesUrl: string | null;
  /** An https address of the reader's own benchmark prices (`benchmarkPrices=`). */
  benchmarkPricesUrl: string | null;
  /** An https address of the reader's own events (`events=`). */
  eventsUrl: string | null;
  /** Whether loaded events join the story's or replace them. */
  eventsMode: 'add' | 'replace';
}

export const DEFAULT_VIEW: ViewState = {
  from: STORY.defaultWindow.from,
  to: STORY.defaultWindow.to,
  hiddenEvents: [],
  hiddenKinds: [],
  mode: 'price',
  logScale: false,
  chartType: 'line',
  volume: null,
  benchmark: STORY.defaultBenchmark,
  model: 'market-model',
  studyEvent: null,
  carWindow: null,
  peers: STORY.defaultPeers,
  rebaseDate: STORY.defaultRebaseDate,
  theme: 'light',
  title: null,
  story: null,
  step: 1,
  steps: '',
  embed: false,
  staticChart: false,
  controls: 'none',
  notes: [],
  pricesUrl: null,
  benchmarkPricesUrl: null,
  eventsUrl: null,
  eventsMode: 'add',
};

/** The volume panel is on in the full page unless `volume=0`, and off in an embed unless `volume=1`. */
export function showsVolume(view: Pick<ViewState, 'volume' | 'embed'>): boolean {
  return view.volume ?? !view.embed;
}

/** Names read elsewhere (the mock scenario) or that link trackers add: not worth a notice. */
const NOT_OURS = /^(scenario|utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref)$/i;

/** Reads one parameter into the state; what it cannot use is named in a notice. */
function readParam(
  name: string,
  text: string,
  { field, codec }: AnyParam,
  state: ViewState,
  notices: string[],
): boolean {
  const parsed = codec.parse(text);
  // The table pairs each field with a codec of its own type; TypeScript cannot follow the pair.
  if (parsed.ok) (state as Record<keyof ViewState, unknown>)[field] = parsed.value;
  const ignored = parsed.ok ? (parsed.ignored ?? []) : [{ value: text, why: parsed.why }];
  for (const { value, why } of ignored) notices.push(`Ignored ${name}=${quoted(value)}: ${why}.`);
  return parsed.ok;
}

/**
 * With one edge of the window given, the other keeps the default window's length rather than cross
 * it; a window that still ends before it starts is ignored whole.
 */
function settleWindow(state: ViewState, read: ReadonlySet<string>, notices: string[]): void {
  const span = dayNumber(DEFAULT_VIEW.to) - dayNumber(DEFAULT_VIEW.from);
  const fromGiven = read.has('from');
  const toGiven = read.has('to');
  if (state.from <= state.to) return;
  if (fromGiven && !toGiven) state.to = addDays(state.from, span);
  else if (toGiven && !fromGiven) state.from = addDays(state.to, -span);
  if (state.from > state.to) {
    notices.push(
      `Ignored from=${state.from} and to=${state.to}: the window ends before it starts.`,
    );
    state.from = DEFAULT_VIEW.from;
    state.to = DEFAULT_VIEW.to;
  }
}

/**
 * Reads the view from a query string. Never throws: a value it cannot use is ignored and named in a
 * notice, and the default stands in for it.
 */
export function parseViewState(search: string): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const params = readQuery(search, notices);
  migrateFormerNames(params, (notice) => notices.push(notice));
  const state: ViewState = { ...DEFAULT_VIEW };
  const read = new Set<string>();
  for (const name of PARAM_NAMES) {
    const text = params.get(name);
    if (text !== null && readParam(name, text, PARAMS[name], state, notices)) read.add(name);
  }
  settleWindow(state, read, notices);

  const unknown = [...new Set(params.keys())].filter(
    (name) => !(PARAM_NAMES as string[]).includes(name) && !NOT_OURS.test(name),
  );
  if (unknown.length > 0)
    notices.push(
      `Ignored ${unknown.slice(0, 5).map(quoted).join(', ')}${unknown.length > 5 ? ` and ${String(unknown.length - 5)} more` : ''}: not a setting of this page.`,
    );
  return { state, notices };
}

function written({ field, codec }: AnyParam, state: ViewState): string {
  // As in readParam: the codec is the field's own, which the union of pairs does not show.
  return (codec.write as (value: ViewState[typeof field]) => string)(state[field]);
}

/** Writes the view as a query string: every parameter whose text differs from the default's. */
export function serializeViewState(state: ViewState, keep?: URLSearchParams): string {
  const params = new URLSearchParams(keep);
  for (const name of [...PARAM_NAMES, ...Object.keys(FORMER_NAMES)]) params.delete(name);
  for (const name of PARAM_NAMES) {
    const text = written(PARAMS[name], state);
    if (text !== written(PARAMS[name], DEFAULT_VIEW)) params.set(name, text);
  }
  // Commas are legal in a query string; leaving them readable keeps shared links legible.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
