import { lazy, useMemo } from 'react';
import { CartesianGrid, Line, XAxis, YAxis, type YAxisProps } from 'recharts';
import { CHART_ATTRIBUTE } from '../export/chartDom';
import { CHART_COLORS } from './palette';
import { NO_GRID_POINTS } from './plotPoints';
import type { SessionTooltipProps } from './SessionTooltipPart';
import { OptionalPart } from './OptionalPart';
import { useChartDrawn } from './useChartReadyMark';
import { Y_AXIS_WIDTH, type timeAxisProps } from './timeAxis';

// The parts every time-axis chart (price, market value, rebased, abnormal return) draws with, so a
// default or a speed fix reaches all of them. Every prop handed to Recharts is a module constant or
// memoised: Recharts 3 keeps them in its store, and a new object on every render (an event toggled,
// say) would make it recompute the chart for nothing.

const TICK = { fontSize: 12 };

/**
 * Horizontal grid lines only. NO_GRID_POINTS keeps Recharts from even working out where vertical
 * ones would go, which measures every x tick label in the DOM.
 */
export function TimeGrid() {
  return (
    <CartesianGrid
      stroke={CHART_COLORS.grid}
      vertical={false}
      verticalCoordinatesGenerator={NO_GRID_POINTS}
    />
  );
}

/** The time axis, its ticks fitted to the plot's width (useTimeAxis): all shown, none measured. */
export function TimeXAxis({ axis }: { axis: ReturnType<typeof timeAxisProps> }) {
  return <XAxis {...axis} stroke={CHART_COLORS.axis} interval={0} />;
}

export interface ValueYAxisProps extends Pick<
  YAxisProps,
  'domain' | 'scale' | 'interval' | 'ticks'
> {
  /** The axis title, written up the side: the longest of these, first, that fits the plot's height. */
  label?: string | readonly string[];
  /** The plot's height (TimeChart's `plotHeight`): a title longer than this is not drawn. */
  room?: number;
  /** Stable (a module function, or memoised). */
  format?: (value: number) => string;
  /** A range and ticks on round numbers (niceScale), memoised: the axis shows exactly these. */
  nice?: { domain: [number, number]; ticks: number[] };
}

/** Wide enough for any character of the 12 px axis title, so an estimate never falls short. */
const TITLE_CHAR_WIDTH = 7;

/** The first title that fits `room` px written sideways; with no room given, the first. */
export function fittingTitle(
  label: string | readonly string[] | undefined,
  room = Infinity,
): string | undefined {
  const titles = typeof label === 'string' ? [label] : (label ?? []);
  return titles.find((title) => title.length * TITLE_CHAR_WIDTH <= room);
}

/**
 * The value axis, at the width every panel reserves so their x axes line up. Its ticks are all
 * shown (interval 0) unless the chart asks otherwise: few, round ticks fit without measuring. Its
 * title is centred on the plot, so in a short chart (a small embed) a long one would run out of the
 * chart's box: a shorter one stands in, or none.
 */
export function ValueYAxis({ label, room, format, nice, interval = 0, ...axis }: ValueYAxisProps) {
  const value = fittingTitle(label, room);
  const title = useMemo(
    () =>
      value === undefined
        ? undefined
        : {
            value,
            angle: -90,
            position: 'insideLeft' as const,
            // Centred on the plot: Recharts would start it at the middle and run it up from there.
            textAnchor: 'middle' as const,
            offset: 8,
            fontSize: 12,
            fill: CHART_COLORS.axis,
          },
    [value],
  );
  return (
    <YAxis
      width={Y_AXIS_WIDTH}
      stroke={CHART_COLORS.axis}
      tick={TICK}
      tickFormatter={format}
      label={title}
      interval={interval}
      domain={nice?.domain}
      ticks={nice?.ticks}
      {...axis}
    />
  );
}

/** Stamped on what is on screen for interaction only, so an export leaves it out. */
const OMIT = { [CHART_ATTRIBUTE.export]: 'omit' };
const CURSOR = { stroke: CHART_COLORS.cursor, ...OMIT };
const ACTIVE_DOT = { r: 4, stroke: CHART_COLORS.surface, ...OMIT };

/**
 * The tooltip of the session under the pointer (or the keys). Its code (Recharts' tooltip and
 * cursor, about 4 KB gzip) loads once the page's first chart is drawn, as nobody points at a chart
 * before it is there; a tooltip whose code does not arrive is left out, and the chart stays.
 */
export function SessionTooltip(props: SessionTooltipProps) {
  const drawn = useChartDrawn();
  return drawn ? (
    <OptionalPart>
      <TooltipPart {...props} cursor={CURSOR} />
    </OptionalPart>
  ) : null;
}

const TooltipPart = lazy(() => import('./SessionTooltipPart'));

export interface SeriesLineProps {
  dataKey: string;
  name?: string;
  stroke: string;
  /** 2 unless told. */
  strokeWidth?: number;
  className?: string;
}

/** A data series drawn straight from point to point, without dots or animation. */
export function SeriesLine({ dataKey, ...line }: SeriesLineProps) {
  return (
    <Line
      type="linear"
      dataKey={dataKey}
      strokeWidth={2}
      dot={false}
      activeDot={ACTIVE_DOT}
      isAnimationActive={false}
      {...{ [CHART_ATTRIBUTE.series]: dataKey }}
      {...line}
    />
  );
}

/**
 * A series that is not drawn, for a chart whose shapes are its own (candles, volume bars): Recharts
 * still finds the session under the pointer or the keys in it, for the tooltip and the announcement.
 */
export function HoverLine({ dataKey, name }: { dataKey: string; name: string }) {
  return (
    <Line
      type="linear"
      dataKey={dataKey}
      name={name}
      stroke="none"
      dot={false}
      activeDot={false}
      isAnimationActive={false}
      {...OMIT}
    />
  );
}
