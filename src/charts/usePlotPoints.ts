import { useMemo } from 'react';
import type { SessionRow } from '../domain/dailySeries';
import type { GapPoint } from './lineGaps';
import { maxTicksFor, plotCandles, plotPoints, plotWidthIn, type CandlePoint } from './plotPoints';
import { timeAxisProps, type PlotChrome } from './timeAxis';
import { useElementWidth } from './useElementWidth';

export interface TimeAxisFit {
  /** The ref of the element whose width the plot takes. */
  measure: ReturnType<typeof useElementWidth>[0];
  /** The plot's width in CSS pixels; null until the element is measured. */
  plotWidth: number | null;
  /** The x axis for the window, with as many ticks as fit the plot. */
  xAxis: ReturnType<typeof timeAxisProps>;
}

export interface PlotPoints extends Omit<TimeAxisFit, 'plotWidth'> {
  /** The rows to hand Recharts: none until the width is known, then M4 at ~2 points per pixel. */
  points: (SessionRow | GapPoint)[];
}

/**
 * The x axis of every time-axis chart: measure its box, take off the axis and margins, and pick the
 * ticks that fit the plot. `chrome` must be stable (a module constant).
 */
export function useTimeAxis(
  chrome: PlotChrome,
  window: { fromDay: number; toDay: number },
): TimeAxisFit {
  const { fromDay, toDay } = window;
  const [measure, width] = useElementWidth();
  const plotWidth = width === null ? null : plotWidthIn(width, chrome);
  // Few enough ticks for the width that all of them fit: Recharts then need not measure the labels.
  const maxTicks = maxTicksFor(plotWidth);
  const xAxis = useMemo(() => timeAxisProps(fromDay, toDay, maxTicks), [fromDay, toDay, maxTicks]);
  return { measure, plotWidth, xAxis };
}

/**
 * What the price and market-value charts do before Recharts sees their rows: the x axis above, and
 * the rows downsampled to the plot's width. `value` and `chrome` must be stable (module constants),
 * or the points are recomputed on every render.
 */
export function usePlotPoints(
  rows: readonly SessionRow[],
  value: (row: SessionRow) => number | null,
  chrome: PlotChrome,
  window: { fromDay: number; toDay: number },
  downsample = true,
): PlotPoints {
  const { measure, plotWidth, xAxis } = useTimeAxis(chrome, window);
  const points = useLinePoints(rows, value, plotWidth, window, downsample);
  return { measure, points, xAxis };
}

/**
 * The line's rows for a plot `plotWidth` px wide (M4 at ~2 points per pixel; every row with
 * `downsample` false); none until the width is known, or when `value` is null (no line drawn).
 */
export function useLinePoints(
  rows: readonly SessionRow[],
  value: ((row: SessionRow) => number | null) | null,
  plotWidth: number | null,
  window: { fromDay: number; toDay: number },
  downsample = true,
): (SessionRow | GapPoint)[] {
  const { fromDay, toDay } = window;
  const pointsWidth = plotWidth === null || downsample ? plotWidth : Infinity;
  return useMemo(
    () =>
      pointsWidth === null || value === null
        ? []
        : plotPoints(rows, value, pointsWidth, [fromDay, toDay]),
    [rows, value, pointsWidth, fromDay, toDay],
  );
}

/**
 * The candles of the window, as `usePlotPoints` gives the line its points: none until the width is
 * known, then one per session, or one per pixel column where sessions outnumber them. Off (`on`
 * false), it gives none and costs nothing, so the line chart can call it too.
 */
export function usePlotCandles(
  rows: readonly SessionRow[],
  plotWidth: number | null,
  window: { fromDay: number; toDay: number },
  on: boolean,
  downsample = true,
): readonly CandlePoint[] {
  const { fromDay, toDay } = window;
  const width = plotWidth === null || downsample ? plotWidth : Infinity;
  return useMemo(
    () => (width === null || !on ? NO_CANDLES : plotCandles(rows, width, [fromDay, toDay])),
    [rows, width, fromDay, toDay, on],
  );
}

const NO_CANDLES: CandlePoint[] = [];
