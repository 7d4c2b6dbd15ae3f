import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { SessionRow } from '../domain/dailySeries';
import { isSessionRow, type GapPoint } from './lineGaps';
import { formatUsd } from '../domain/numberFormat';
import type { ChartEvent } from './chartEvent';
import { EventChartFrame } from './EventChartFrame';
import { LABEL_STRIP_HEIGHT } from './eventMarks';
import { CHART_COLORS } from './palette';
import { NO_GRID_POINTS } from './plotPoints';
import { PriceTooltip } from './PriceTooltip';
import { Y_AXIS_WIDTH } from './timeAxis';
import { usePlotPoints } from './usePlotPoints';

export interface PriceChartProps {
  rows: SessionRow[];
  fromDay: number;
  toDay: number;
  events: ChartEvent[];
  eventNotes?: ReadonlyMap<string, string>;
  height: number;
  syncId: string;
  description: string;
  logScale: boolean;
  /** False hands Recharts every row as it is: only the benchmark's "without downsampling" runs. */
  downsample?: boolean;
}

// Constants, not literals in the render: Recharts 3 keeps these in its store, and a new object on
// every render (an event toggled, say) would make it recompute the line for nothing.
const MARGIN = { top: LABEL_STRIP_HEIGHT, right: 24, bottom: 4, left: 0 };
const CHROME = { yAxis: Y_AXIS_WIDTH, left: MARGIN.left, right: MARGIN.right };
const LINEAR_DOMAIN = ['auto', 'auto'] as const;
const LOG_DOMAIN = ['dataMin', 'dataMax'] as const;
const TICK = { fontSize: 12 };
const ACTIVE_DOT = { r: 4 };
const closeOf = (row: SessionRow) => row.close;
const usd = (value: number) => formatUsd(value, 0);
const yLabel = (logScale: boolean) => ({
  value: logScale ? 'Close (USD, log scale)' : 'Close (USD)',
  angle: -90,
  position: 'insideLeft' as const,
  offset: 8,
  fontSize: 12,
});
const LABELS = { linear: yLabel(false), log: yLabel(true) };

function tooltipContent({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}) {
  const row = payload?.[0]?.payload as SessionRow | GapPoint | undefined;
  return active && isSessionRow(row) ? <PriceTooltip row={row} /> : null;
}

/**
 * The daily close on a true time axis, with the event overlays and their cards. Recharts gets at most
 * about 2 points per pixel of the plot (M4 downsampling keeps every high and low); the real data is
 * far below that and is drawn as it is.
 */
export function PriceChart(props: PriceChartProps) {
  const { rows, fromDay, toDay, events, eventNotes, height, syncId, description, logScale } = props;
  const { measure, points, xAxis } = usePlotPoints(
    rows,
    closeOf,
    CHROME,
    { fromDay, toDay },
    props.downsample !== false,
  );
  return (
    <div ref={measure}>
      <EventChartFrame
        className="price-chart"
        events={events}
        eventNotes={eventNotes}
        fromDay={fromDay}
        toDay={toDay}
        height={height}
      >
        {(eventLayer, labelStrip) => (
          <ComposedChart
            data={points}
            syncId={syncId}
            syncMethod="value"
            margin={labelStrip === MARGIN.top ? MARGIN : { ...MARGIN, top: labelStrip }}
            accessibilityLayer
            title={description}
          >
            <CartesianGrid
              stroke={CHART_COLORS.grid}
              vertical={false}
              verticalCoordinatesGenerator={NO_GRID_POINTS}
            />
            <XAxis {...xAxis} interval={0} />
            <YAxis
              width={Y_AXIS_WIDTH}
              // The linear axis has ~5 nice ticks, all of which fit; a log axis may have many, and
              // Recharts measures them to drop the ones that would overlap.
              interval={logScale ? 'preserveEnd' : 0}
              // A log axis shows equal moves as equal distances; it needs a domain inside the data.
              scale={logScale ? 'log' : 'auto'}
              domain={logScale ? LOG_DOMAIN : LINEAR_DOMAIN}
              tickFormatter={usd}
              tick={TICK}
              label={logScale ? LABELS.log : LABELS.linear}
            />
            <Tooltip isAnimationActive={false} content={tooltipContent} />
            {eventLayer}
            <Line
              type="linear"
              dataKey="close"
              name="Close"
              stroke={CHART_COLORS.price}
              strokeWidth={2}
              dot={false}
              activeDot={ACTIVE_DOT}
              isAnimationActive={false}
              className="price-line"
            />
          </ComposedChart>
        )}
      </EventChartFrame>
    </div>
  );
}
