import type { Margin } from 'recharts';
import { timeTicks } from '../domain/timeTicks';
import { CHART_ATTRIBUTE } from '../export/chartDom';

/** The shared x axis of every panel: day numbers on a true time axis, with calendar ticks. */
export function timeAxisProps(fromDay: number, toDay: number, maxTicks = 8) {
  const ticks = timeTicks(fromDay, toDay, maxTicks);
  const labels = new Map(ticks.map((tick) => [tick.day, tick.label]));
  return {
    type: 'number' as const,
    dataKey: 'day',
    domain: [fromDay, toDay] as [number, number],
    allowDataOverflow: true,
    ticks: ticks.map((tick) => tick.day),
    tickFormatter: (day: number) => labels.get(day) ?? '',
    tick: { fontSize: 12 },
  };
}

/** Both panels reserve the same width for the y axis, so their x axes line up. */
export const Y_AXIS_WIDTH = 68;

/** What a chart takes off its box's width to get its plot's: the y axis and the side margins. */
export interface PlotChrome {
  yAxis: number;
  left: number;
  right: number;
}

/** The chrome of a time-axis chart with this right margin (see usePlotPoints). */
export function plotChrome(right: number): PlotChrome {
  return { yAxis: Y_AXIS_WIDTH, left: 0, right };
}

const margins = new Map<string, Margin>();

/**
 * The margin of a time-axis chart whose plot starts `top` px down: the same object for the same
 * numbers, as Recharts 3 keeps it in its store (a new one would make it lay the chart out again).
 */
export function chartMargin(top: number, right: number): Margin {
  const key = `${String(top)} ${String(right)}`;
  const known = margins.get(key);
  if (known) return known;
  const margin = { top, right, bottom: 4, left: 0 };
  margins.set(key, margin);
  return margin;
}

/** Marks a chart's <svg> as a panel an export copies (Recharts passes data- attributes on). */
export function chartSurface(name: string): Record<string, string> {
  return { [CHART_ATTRIBUTE.surface]: name };
}
