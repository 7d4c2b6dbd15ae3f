import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { SessionRow } from '../domain/dailySeries';
import { isSessionRow, withLineGaps, type GapPoint } from './lineGaps';
import { formatUsd } from '../domain/numberFormat';
import type { ChartEvent } from './chartEvent';
import { EventChartFrame } from './EventChartFrame';
import { LABEL_STRIP_HEIGHT } from './EventLayer';
import { CHART_COLORS } from './eventStyle';
import { PriceTooltip } from './PriceTooltip';
import { timeAxisProps, Y_AXIS_WIDTH } from './timeAxis';

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
}

/** The daily close on a true time axis, with the event overlays and their cards. */
export function PriceChart(props: PriceChartProps) {
  const { rows, fromDay, toDay, events, eventNotes, height, syncId, description, logScale } = props;
  return (
    <EventChartFrame
      className="price-chart"
      events={events}
      eventNotes={eventNotes}
      fromDay={fromDay}
      toDay={toDay}
      height={height}
    >
      {(eventLayer) => (
        <ComposedChart
          data={withLineGaps(rows)}
          syncId={syncId}
          syncMethod="value"
          margin={{ top: LABEL_STRIP_HEIGHT, right: 24, bottom: 4, left: 0 }}
          accessibilityLayer
          title={description}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis {...timeAxisProps(fromDay, toDay)} />
          <YAxis
            width={Y_AXIS_WIDTH}
            // A log axis shows equal moves as equal distances; it needs a domain inside the data.
            scale={logScale ? 'log' : 'auto'}
            domain={logScale ? ['dataMin', 'dataMax'] : ['auto', 'auto']}
            tickFormatter={(value: number) => formatUsd(value, 0)}
            tick={{ fontSize: 12 }}
            label={{
              value: logScale ? 'Close (USD, log scale)' : 'Close (USD)',
              angle: -90,
              position: 'insideLeft',
              offset: 8,
              fontSize: 12,
            }}
          />
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload }) => {
              const row = payload[0]?.payload as SessionRow | GapPoint | undefined;
              return active && isSessionRow(row) ? <PriceTooltip row={row} /> : null;
            }}
          />
          {eventLayer}
          <Line
            type="linear"
            dataKey="close"
            name="Close"
            stroke={CHART_COLORS.price}
            strokeWidth={2}
            dot={false}
            activeDot={{ r: 4 }}
            isAnimationActive={false}
            className="price-line"
          />
        </ComposedChart>
      )}
    </EventChartFrame>
  );
}
