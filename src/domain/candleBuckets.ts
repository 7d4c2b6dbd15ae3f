/**
 * Candles at high point counts: the candlestick counterpart of the line's M4 step (downsample.ts).
 * The x range is cut into buckets, one per pixel column of the plot, and each bucket's sessions
 * become one candle: the first session's open, the highest high, the lowest low, the last session's
 * close, and the volumes summed. What is drawn then stays true to the extremes (the 27 Jan 2025 low
 * is still the low of its candle) at no more than one candle per pixel, whatever the series' length.
 *
 * Pure: rows (any array-like: an index array over typed columns will do) and accessors in, buckets
 * of row indices out (never copies of the rows).
 */

import type { DownsampleOptions } from './downsample';

/** How to read one session of a series held as rows, sorted by x. */
export interface OhlcvAccessors<T> {
  x: (row: T) => number;
  open: (row: T) => number;
  high: (row: T) => number;
  low: (row: T) => number;
  close: (row: T) => number;
  /** Null where the source did not report it: left out of the sum, never counted as 0. */
  volume: (row: T) => number | null;
  /** The session must not be merged with the one before (an unadjusted split, see `withLineGaps`). */
  breakBefore?: (row: T) => boolean;
}

/** One candle: the sessions `first` to `last` (indices into the rows, both inclusive). */
export interface CandleBucket {
  first: number;
  last: number;
  open: number;
  high: number;
  low: number;
  close: number;
  /** The sum of the reported volumes; null when none of the sessions reported one. */
  volume: number | null;
}

/** The bucket count for a plot `width` px wide: one candle per pixel column at most. */
export function candleBucketsForWidth(width: number): number {
  const buckets = Math.floor(width);
  return Number.isFinite(buckets) ? Math.max(1, buckets) : 1;
}

/**
 * The candles of `rows`: each row its own when there are no more rows than buckets, else one per
 * bucket of the x range (`options.domain`, by default the rows' own range). A break ends the bucket
 * it falls in, so no candle spans an unadjusted split. Rows are expected sorted by x; where x goes
 * backwards, the rows of each run in one bucket make a candle of their own, so nothing is lost.
 */
export function candleBuckets<T>(
  rows: ArrayLike<T>,
  read: OhlcvAccessors<T>,
  options: DownsampleOptions,
): CandleBucket[] {
  const buckets = Math.max(1, Math.floor(options.buckets));
  const row = (index: number) => rows[index] as T;
  const single = rows.length <= buckets;
  const [x0, x1] = options.domain ?? [
    rows.length === 0 ? 0 : read.x(row(0)),
    rows.length === 0 ? 0 : read.x(row(rows.length - 1)),
  ];
  const span = x1 - x0;
  const bucketOf = (value: number): number => {
    const at = span > 0 ? Math.floor(((value - x0) / span) * buckets) : 0;
    return at >= buckets ? buckets - 1 : at < 0 ? 0 : at;
  };

  const candles: CandleBucket[] = [];
  let open: CandleBucket | null = null;
  let openBucket = -1;
  for (let index = 0; index < rows.length; index++) {
    const session = row(index);
    const at = single ? index : bucketOf(read.x(session));
    const volume = read.volume(session);
    if (open === null || at !== openBucket || read.breakBefore?.(session) === true) {
      open = {
        first: index,
        last: index,
        open: read.open(session),
        high: read.high(session),
        low: read.low(session),
        close: read.close(session),
        volume,
      };
      openBucket = at;
      candles.push(open);
      continue;
    }
    open.last = index;
    open.high = Math.max(open.high, read.high(session));
    open.low = Math.min(open.low, read.low(session));
    open.close = read.close(session);
    if (volume !== null) open.volume = (open.volume ?? 0) + volume;
  }
  return candles;
}
