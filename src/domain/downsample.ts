/**
 * Downsampling a time series for drawing: M4 (Jugel et al., "M4: a visualization-oriented time
 * series data aggregation", VLDB 2014). The x range is cut into buckets (about two pixel columns
 * each) and each bucket keeps its first, lowest, highest and last point, in time order. A line drawn
 * through what is kept reaches every extreme of the full series (the 27 Jan 2025 low stays a low), at
 * no more than about 2 points per pixel, whatever the length of the series.
 *
 * Pure: indices and accessors in, indices or the caller's own row objects out (never copies).
 */

/** Each bucket keeps at most this many points: first, min, max, last. */
export const M4_POINTS_PER_BUCKET = 4;

/** What the charts ask for: about 2 points per pixel column of the plot. */
export const POINTS_PER_PIXEL = 2;

export interface DownsampleOptions {
  /** How many buckets the x range is cut into (see `bucketsForWidth`). At least 1. */
  buckets: number;
  /**
   * The x range the buckets divide: the chart's axis domain, so buckets line up with pixel columns.
   * By default the range of the points themselves.
   */
  domain?: readonly [number, number];
}

/** How to read a series held as rows. */
export interface SeriesAccessors<T> {
  /** The x coordinate (a day number or a time); the rows are sorted by it. */
  x: (row: T) => number;
  /** The value drawn; null (or NaN) is a hole: the line breaks there and the hole is kept. */
  y: (row: T) => number | null;
  /** The line must not join this row to the one before (see `withLineGaps`). */
  breakBefore?: (row: T) => boolean;
}

/** How to read a series held as columns (typed arrays, say), by index. */
export interface IndexedSeries {
  x: (index: number) => number;
  y: (index: number) => number | null;
  breakBefore?: (index: number) => boolean;
}

/** The bucket count that gives at most `pointsPerPixel` points per pixel on a plot `width` px wide. */
export function bucketsForWidth(width: number, pointsPerPixel: number = POINTS_PER_PIXEL): number {
  const buckets = Math.floor((width * pointsPerPixel) / M4_POINTS_PER_BUCKET);
  return Number.isFinite(buckets) ? Math.max(1, buckets) : 1;
}

/** The most points M4 keeps for a series without holes or breaks: 4 per bucket. */
export function maxPointsFor(buckets: number): number {
  return Math.max(1, Math.floor(buckets)) * M4_POINTS_PER_BUCKET;
}

/**
 * The indices M4 keeps of the points `start` to `end - 1` (all of them, in order, when there are no
 * more than 4 per bucket anyway). A break (`breakBefore`) or a hole (a null y) ends the bucket it falls
 * in, so no bucket is ever merged across it; the point either side of a break is kept, and a run of
 * holes keeps its first and last point. The points are expected sorted by x; where x goes backwards,
 * each run of points in one bucket is a group of its own, so nothing is lost, only less is saved.
 */
export function m4Indices(
  series: IndexedSeries,
  start: number,
  end: number,
  options: DownsampleOptions,
): number[] {
  const buckets = Math.max(1, Math.floor(options.buckets));
  const count = Math.max(0, end - start);
  const kept: number[] = [];
  if (count <= buckets * M4_POINTS_PER_BUCKET) {
    for (let index = start; index < end; index++) kept.push(index);
    return kept;
  }
  const { x, y, breakBefore } = series;
  const [x0, x1] = options.domain ?? [x(start), x(end - 1)];
  const span = x1 - x0;
  const margin = 1e-9 * Math.max(Math.abs(x0), Math.abs(x1), Math.abs(span));
  // The bucket of the last point read, and an x below which a point that comes after it (x sorted)
  // is surely in the same bucket: a little short of the bucket's end, so rounding cannot fool it.
  // Most points then skip the division; the others are bucketed by the plain formula.
  let lastX = Infinity;
  let lastBucket = 0;
  let sameBucketBelow = -Infinity;
  const bucketOf = (value: number): number => {
    if (value >= lastX && value < sameBucketBelow) {
      lastX = value;
      return lastBucket;
    }
    let at = span > 0 ? Math.floor(((value - x0) / span) * buckets) : 0;
    if (at >= buckets) at = buckets - 1;
    else if (at < 0) at = 0;
    lastX = value;
    lastBucket = at;
    sameBucketBelow = x0 + ((at + 1) / buckets) * span - margin;
    return at;
  };

  // The open group: one bucket's points since the last break or hole.
  let bucket = -1;
  let first = -1;
  let last = -1;
  let min = -1;
  let max = -1;
  let minValue = 0;
  let maxValue = 0;
  const flush = () => {
    if (first < 0) return;
    kept.push(first);
    // first <= min, max <= last: only the middle two need ordering.
    const low = min <= max ? min : max;
    const high = min <= max ? max : min;
    if (low !== first) kept.push(low);
    if (high !== low && high !== first) kept.push(high);
    if (last !== high && last !== first) kept.push(last);
    first = -1;
  };

  // An open run of holes: its first point is kept at once, its last when the run ends.
  let holeFirst = -1;
  let holeLast = -1;
  const closeHoles = () => {
    if (holeLast > holeFirst) kept.push(holeLast);
    holeFirst = -1;
  };

  for (let index = start; index < end; index++) {
    const value = y(index);
    if (value === null || Number.isNaN(value)) {
      if (holeFirst < 0) {
        flush();
        kept.push(index);
        holeFirst = index;
      }
      holeLast = index;
      continue;
    }
    if (holeFirst >= 0) closeHoles();
    if (breakBefore?.(index)) flush();
    const at = bucketOf(x(index));
    if (first < 0 || at !== bucket) {
      flush();
      bucket = at;
      first = last = min = max = index;
      minValue = maxValue = value;
      continue;
    }
    last = index;
    if (value < minValue) {
      minValue = value;
      min = index;
    } else if (value > maxValue) {
      maxValue = value;
      max = index;
    }
  }
  flush();
  if (holeFirst >= 0) closeHoles();
  return kept;
}

/**
 * M4 over rows: the rows kept, the caller's own objects in their order. The input itself comes back
 * when it is already small enough (no more than 4 points per bucket).
 */
export function downsampleRows<T>(
  rows: readonly T[],
  accessors: SeriesAccessors<T>,
  options: DownsampleOptions,
): readonly T[] {
  if (rows.length <= maxPointsFor(options.buckets)) return rows;
  const row = (index: number) => rows[index] as T;
  const { x, y, breakBefore } = accessors;
  const indices = m4Indices(
    {
      x: (index) => x(row(index)),
      y: (index) => y(row(index)),
      breakBefore: breakBefore && ((index) => breakBefore(row(index))),
    },
    0,
    rows.length,
    options,
  );
  return indices.map(row);
}
