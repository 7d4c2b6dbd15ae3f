/**
 * What every benchmark page shares: the parameters, the synthetic series, the windows it is moved
 * through, the event overlays it toggles, and the one way all three measure "to the next paint".
 * Benchmark pages only: nothing here is part of the app or its bundle.
 */
import eventsJson from '../../../mocks/fixtures/events.json';
import type { MarketEvent } from '../../../src/domain/types';
import {
  SYNTHETIC_END,
  SYNTHETIC_START,
  syntheticSeries,
  type SyntheticSeries,
} from '../synthetic';

export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 400;
export const SECONDS_PER_DAY = 86_400;

/** The windows a redraw moves between, as fractions of the series' time span: all, then the middle 90%. */
export const WINDOWS: readonly (readonly [number, number])[] = [
  [0, 1],
  [0.05, 0.95],
];

/** The event whose overlay the toggle hides and shows again: the shock day's own marker. */
export const TOGGLED_EVENT = 'nvda-record-drop-jan27';

export type Mode = 'downsampled' | 'full';

export interface BenchPage {
  library: string;
  points: number;
  mode: Mode;
  /** Building the series (and, for a library that needs them, its input objects), before any drawing. */
  prepareMs: number;
  /** From the start of drawing to the first paint with the chart on screen. */
  renderMs: number;
  /** The points the renderer was handed for the current window (after downsampling, if any). */
  drawnPoints: () => number;
  /** Moves to window `index` of WINDOWS; resolves with the ms to the next paint that shows it. */
  setWindow: (index: number) => Promise<number>;
  /** Hides or shows the toggled overlay; resolves with the ms to the next paint that shows it. */
  toggle: () => Promise<number>;
}

declare global {
  interface Window {
    benchPage?: Promise<BenchPage>;
  }
}

/** What the page draws: the close as a line, or each point as a candle (`chart=candles`). */
export type BenchChart = 'line' | 'candles';

export function pageParams(): { points: number; mode: Mode; chart: BenchChart } {
  const params = new URLSearchParams(window.location.search);
  const points = Number(params.get('n') ?? 10_000);
  return {
    points: Number.isFinite(points) && points >= 2 ? Math.floor(points) : 10_000,
    mode: params.get('mode') === 'full' ? 'full' : 'downsampled',
    chart: params.get('chart') === 'candles' ? 'candles' : 'line',
  };
}

/**
 * The candle of point `index` of a close-only series: it opens at the close before and closes at
 * its own, its high and low the larger and smaller of the two. The same for every library.
 */
export function candleOf(
  close: ArrayLike<number>,
  index: number,
): { open: number; high: number; low: number; close: number } {
  const last = close[index] ?? NaN;
  const open = index > 0 ? (close[index - 1] ?? last) : last;
  return { open, high: Math.max(open, last), low: Math.min(open, last), close: last };
}

export function buildSeries(points: number): { series: SyntheticSeries; ms: number } {
  const start = performance.now();
  const series = syntheticSeries(points);
  return { series, ms: performance.now() - start };
}

/** A window in unix seconds. */
export function windowTimes(index: number): [number, number] {
  const [from, to] = WINDOWS[index % WINDOWS.length] ?? [0, 1];
  const span = SYNTHETIC_END - SYNTHETIC_START;
  return [SYNTHETIC_START + from * span, SYNTHETIC_START + to * span];
}

type RawEvent = Omit<MarketEvent, 'end'> & { end?: string | null };

/** The story's real events (dates and titles), drawn over the synthetic series by every page. */
export const STORY_EVENTS: MarketEvent[] = (eventsJson as RawEvent[]).map((event) => ({
  ...event,
  end: event.end ?? null,
}));

/** The unix seconds of a `YYYY-MM-DD` or ISO timestamp's calendar date, at UTC midnight. */
export function eventSeconds(start: string): number {
  return (
    Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10))) /
    1000
  );
}

/**
 * Resolves after the first paint of a frame in which `drawn()` holds: checked at the start of each
 * frame (requestAnimationFrame), then a message posted from there runs once that frame is painted.
 */
export function paintedWhen(drawn: () => boolean, timeoutMs = 120_000): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const frame = () => {
      if (drawn()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          resolve(performance.now());
        };
        channel.port2.postMessage(null);
      } else if (performance.now() - start > timeoutMs) {
        reject(new Error(`not drawn after ${timeoutMs} ms`));
      } else {
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  });
}

/** Runs `change` and resolves with the ms until the next paint in which `drawn()` holds. */
export async function timeToPaint(change: () => void, drawn: () => boolean = () => true) {
  const start = performance.now();
  change();
  const painted = await paintedWhen(drawn);
  return painted - start;
}

export function chartContainer(): HTMLElement {
  const element = document.getElementById('chart');
  if (!element) throw new Error('no #chart element');
  element.style.width = `${CHART_WIDTH}px`;
  return element;
}
