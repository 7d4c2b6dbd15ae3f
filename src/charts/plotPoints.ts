import type { SessionRow } from '../domain/dailySeries';
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
