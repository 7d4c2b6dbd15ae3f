import type { SessionRow } from '../domain/dailySeries';
import { candleBuckets, candleBucketsForWidth, type OhlcvAccessors } from '../domain/candleBuckets';
import { bucketsForWidth, downsampleRows } from '../domain/downsample';
import { withLineGaps, type GapPoint } from './lineGaps';

/** The width assumed for a container that measures 0 (hidden, or not laid out): a wide screen's. */
export const FALLBACK_PLOT_WIDTH = 1600;

/**
 * What a time-axis chart hands Recharts: the rows of the window downsampled (M4) to about 2 points per
 * pixel of the plot, the extremes of `value` kept, breaks kept as gaps. Rows stay the caller's own
 * objects, so tooltips show real sessions; a series already small enough (the real 241 sessions at
 * any plot wider than 121 px) comes through unchanged, and so does any series when `plotWidth` is
 * Infinity (the benchmark's "without downsampling").
 */
export function plotPoints(
  rows: readonly SessionRow[],
  value: (row: SessionRow) => number | null,
  plotWidth: number,
  domain: readonly [number, number],
): (SessionRow | GapPoint)[] {
  if (plotWidth === Infinity) return withLineGaps(rows);
  const kept = downsampleRows(
    rows,
    { x: (row) => row.day, y: value, breakBefore: (row) => row.breakBefore },
    { buckets: bucketsForWidth(plotWidth), domain },
  );
  return withLineGaps(kept);
}

/**
 * The plot's width from its container's: less the y axis and the side margins. A container that
 * measures 0 (hidden, or not laid out) gets the fallback rather than a one-point chart.
 */
export function plotWidthIn(
  containerWidth: number,
  chrome: { yAxis: number; left: number; right: number },
): number {
  if (!(containerWidth > 0)) return FALLBACK_PLOT_WIDTH;
  return Math.max(1, containerWidth - chrome.yAxis - chrome.left - chrome.right);
}

/** The most x ticks a plot this wide shows: at least 80 px apart (a label such as "Jan 2025" is ~50). */
export function maxTicksFor(plotWidth: number | null): number {
  return plotWidth === null || !Number.isFinite(plotWidth)
    ? 8
    : Math.max(2, Math.min(8, Math.floor(plotWidth / 80)));
}

/**
 * The grid draws no vertical lines; without this, Recharts still works out where they would go,
 * measuring every x tick label in the DOM (a forced layout each: a third of a cold render).
 */
export const NO_GRID_POINTS = (): number[] => [];

/**
 * One candle as the price chart draws it: a session, or at high counts the sessions of one pixel
 * column (first open, highest high, lowest low, last close, volumes summed; see candleBuckets). It is
 * the last session's row otherwise, so its close, day and market value are that session's.
 */
export interface CandlePoint extends SessionRow {
  /** The first session's day and date: the same as `day` and `date` for a single session. */
  firstDay: number;
  firstDate: SessionRow['date'];
  /** How many sessions the candle holds. */
  sessions: number;
}

const OHLCV: OhlcvAccessors<SessionRow> = {
  x: (row) => row.day,
  open: (row) => row.open,
  high: (row) => row.high,
  low: (row) => row.low,
  close: (row) => row.close,
  volume: (row) => row.volume,
  breakBefore: (row) => row.breakBefore,
};

/**
 * The candles of the window's rows: one per session while there are no more sessions than pixel
 * columns, else one per pixel column, so no extreme is lost and no more is drawn than can be seen.
 * `plotWidth` Infinity keeps every session (the benchmark's "without downsampling").
 */
export function plotCandles(
  rows: readonly SessionRow[],
  plotWidth: number,
  domain: readonly [number, number],
): CandlePoint[] {
  const buckets = plotWidth === Infinity ? rows.length : candleBucketsForWidth(plotWidth);
  return candleBuckets(rows, OHLCV, { buckets, domain }).map((candle) => {
    const first = rows[candle.first] as SessionRow;
    const last = rows[candle.last] as SessionRow;
    if (first === last) return { ...last, firstDay: last.day, firstDate: last.date, sessions: 1 };
    const change = first.previousClose === null ? null : candle.close - first.previousClose;
    return {
      ...last,
      open: candle.open,
      high: candle.high,
      low: candle.low,
      volume: candle.volume,
      previousClose: first.previousClose,
      change,
      changePct:
        change === null || first.previousClose === null ? null : change / first.previousClose,
      // A move over several sessions is not "the day's": left out rather than mislabelled.
      marketValueChange: null,
      firstDay: first.day,
      firstDate: first.date,
      sessions: candle.last - candle.first + 1,
    };
  });
}
