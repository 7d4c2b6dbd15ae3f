import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { EVENT_WINDOW_START } from '../domain/chartModel';
import { niceScale } from '../domain/niceScale';
import { formatPercent } from '../domain/numberFormat';
import { formatTradingDate } from '../domain/tradingDate';
import type { ChartEvent } from './chartEvent';
import { EventChartFrame } from './EventChartFrame';
import { CHART_COLORS } from './palette';
import { timeAxisProps, Y_AXIS_WIDTH } from './timeAxis';

/** One session of the study: its abnormal return and, from the event window on, the running CAR. */
export interface AbnormalReturnPoint {
  day: number;
  date: string;
  /** Sessions from day 0. */
  relativeDay: number;
  ar: number;
  car: number | null;
}

export interface AbnormalReturnChartProps {
  points: AbnormalReturnPoint[];
  fromDay: number;
  toDay: number;
  estimation: { fromDay: number; toDay: number } | null;
  day0: number;
  benchmark: string;
  events: ChartEvent[];
  eventNotes?: ReadonlyMap<string, string>;
  height: number;
  description: string;
}

function AbnormalTooltip({ point, benchmark }: { point: AbnormalReturnPoint; benchmark: string }) {
  return (
    <div className="chart-tooltip" data-tooltip-date={point.date}>
      <p className="chart-tooltip__date">
        {formatTradingDate(point.date, { weekday: true })} (day {point.relativeDay > 0 ? '+' : ''}
        {point.relativeDay})
      </p>
      <dl>
        <dt>Abnormal return vs {benchmark}</dt>
        <dd data-field="ar">{formatPercent(point.ar)}</dd>
        {point.car !== null && (
          <>
            <dt>Cumulative from day {EVENT_WINDOW_START}</dt>
            <dd data-field="car">{formatPercent(point.car)}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

/**
 * Daily abnormal returns (bars) and their running sum from the start of the event window (line),
 * with the estimation window shaded: the sessions that defined "normal".
 */
export function AbnormalReturnChart(props: AbnormalReturnChartProps) {
  const {
    points,
    fromDay,
    toDay,
    estimation,
    day0,
    benchmark,
    events,
    eventNotes,
    height,
    description,
  } = props;
  const clamp = (day: number) => Math.min(Math.max(day, fromDay), toDay);
  const values = points.flatMap((point) =>
    point.car === null ? [point.ar] : [point.ar, point.car],
  );
  // Ticks on round percentages: an axis marked "-7%" at -6.67% would misreport every level.
  const scale = niceScale(Math.min(0, ...values), Math.max(0, ...values));
  const showEstimation = estimation && estimation.toDay >= fromDay && estimation.fromDay <= toDay;
  return (
    <EventChartFrame
      className="abnormal-chart"
      events={events}
      eventNotes={eventNotes}
      fromDay={fromDay}
      toDay={toDay}
      height={height}
    >
      {(eventLayer, labelStrip) => (
        <ComposedChart
          data={points}
          margin={{ top: labelStrip, right: 24, bottom: 4, left: 0 }}
          accessibilityLayer
          title={description}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis {...timeAxisProps(fromDay, toDay)} />
          <YAxis
            width={Y_AXIS_WIDTH}
            domain={scale.domain}
            ticks={scale.ticks}
            tickFormatter={(value: number) =>
              formatPercent(value, value !== 0 && Math.abs(value) < 0.01 ? 1 : 0, false)
            }
            tick={{ fontSize: 12 }}
            label={{
              value: `Abnormal return vs ${benchmark}`,
              angle: -90,
              position: 'insideLeft',
              offset: 8,
              fontSize: 12,
            }}
          />
          {showEstimation && (
            <ReferenceArea
              className="estimation-window"
              x1={clamp(estimation.fromDay)}
              x2={clamp(estimation.toDay)}
              fill={CHART_COLORS.estimation}
              fillOpacity={0.15}
              label={{
                value: 'estimation window',
                position: 'insideTopLeft',
                fontSize: 11,
                fill: CHART_COLORS.axis,
              }}
            />
          )}
          <ReferenceLine y={0} stroke={CHART_COLORS.reference} />
          {day0 >= fromDay && day0 <= toDay && (
            <ReferenceLine x={day0} stroke={CHART_COLORS.eventDay} strokeDasharray="2 2" />
          )}
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload }) => {
              const point = payload[0]?.payload as AbnormalReturnPoint | undefined;
              return active && point ? (
                <AbnormalTooltip point={point} benchmark={benchmark} />
              ) : null;
            }}
          />
          {eventLayer}
          <Bar
            dataKey="ar"
            name="Abnormal return"
            fill={CHART_COLORS.abnormal}
            isAnimationActive={false}
            className="ar-bars"
          />
          <Line
            type="linear"
            dataKey="car"
            name="Cumulative abnormal return"
            stroke={CHART_COLORS.car}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
            className="car-line"
          />
        </ComposedChart>
      )}
    </EventChartFrame>
  );
}
