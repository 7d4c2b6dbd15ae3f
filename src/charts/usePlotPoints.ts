import { useMemo } from 'react';
import type { SessionRow } from '../domain/dailySeries';
import type { GapPoint } from './lineGaps';
import { maxTicksFor, plotPoints, plotWidthIn } from './plotPoints';
import { timeAxisProps } from './timeAxis';
import { useElementWidth } from './useElementWidth';

export interface PlotPoints {
  /** The ref of the element whose width the plot takes. */
  measure: ReturnType<typeof useElementWidth>[0];
  /** The rows to hand Recharts: none until the width is known, then M4 at ~2 points per pixel. */
  points: (SessionRow | GapPoint)[];
  /** The x axis for the window, with as many ticks as fit the plot. */
  xAxis: ReturnType<typeof timeAxisProps>;
}

/**
 * What every time-axis chart does before Recharts sees its rows: measure its box, take off the axis
 * and margins, downsample to the plot's width, and pick the ticks that fit. `value` and `chrome`
 * must be stable (module constants), or the points are recomputed on every render.
 */
export function usePlotPoints(
  rows: readonly SessionRow[],
  value: (row: SessionRow) => number | null,
  chrome: { yAxis: number; left: number; right: number },
  window: { fromDay: number; toDay: number },
  downsample = true,
): PlotPoints {
  const { fromDay, toDay } = window;
  const [measure, width] = useElementWidth();
  const plotWidth = width === null ? null : downsample ? plotWidthIn(width, chrome) : Infinity;
  const points = useMemo(
    () => (plotWidth === null ? [] : plotPoints(rows, value, plotWidth, [fromDay, toDay])),
    [rows, value, plotWidth, fromDay, toDay],
  );
  // Few enough ticks for the width that all of them fit: Recharts then need not measure the labels.
  const maxTicks = maxTicksFor(plotWidth);
  const xAxis = useMemo(() => timeAxisProps(fromDay, toDay, maxTicks), [fromDay, toDay, maxTicks]);
  return { measure, points, xAxis };
}
