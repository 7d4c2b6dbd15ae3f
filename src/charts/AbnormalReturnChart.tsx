import { useCallback, useMemo } from 'react';
import { Bar, ReferenceArea, ReferenceLine } from 'recharts';
import { EVENT_WINDOW_START } from '../domain/chartModel';
import { niceScale } from '../domain/niceScale';
import { formatPercent } from '../domain/numberFormat';
import { formatTradingDate } from '../domain/tradingDate';
import { CHART_ATTRIBUTE } from '../export/chartDom';
import { CHART_COLORS } from './palette';
import { plotChrome } from './timeAxis';
import { SeriesLine, SessionTooltip, ValueYAxis } from './timeAxisParts';
import { TimeChart, type EventChartBaseProps } from './TimeChart';
import { useTimeAxis } from './usePlotPoints';

/** One session of the study: its abnormal return and, from the event window on, the running CAR. */
export interface AbnormalReturnPoint {
  day: number;
  date: string;
  /** Sessions from day 0. */
  relativeDay: number;
  ar: number;
  car: number | null;
}

export interface AbnormalReturnChartProps extends EventChartBaseProps {
  points: AbnormalReturnPoint[];
  estimation: { fromDay: number; toDay: number } | null;
  day0: number;
  benchmark: string;
}

// Module constants, not literals in the render: see timeAxisParts.tsx.
const RIGHT = 24;
const CHROME = plotChrome(RIGHT);
const BARS = {
  dataKey: 'ar',
  name: 'Abnormal return',
  fill: CHART_COLORS.abnormal,
  isAnimationActive: false,
  className: 'ar-bars',
  [CHART_ATTRIBUTE.series]: 'ar',
};
const ESTIMATION_LABEL = {
  value: 'estimation window',
  position: 'insideTopLeft' as const,
  fontSize: 11,
  fill: CHART_COLORS.axis,
};
// Whole percents would round a tick under 1% to 0% or 1%: those get one decimal.
const percent = (value: number) =>
  formatPercent(value, value !== 0 && Math.abs(value) < 0.01 ? 1 : 0, false);

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
  const { points, fromDay, toDay, estimation, day0, benchmark } = props;
  const axis = useTimeAxis(CHROME, { fromDay, toDay });
  const clamp = (day: number) => Math.min(Math.max(day, fromDay), toDay);
  // Ticks on round percentages: an axis marked "-7%" at -6.67% would misreport every level.
  const scale = useMemo(() => {
    const values = points.flatMap((point) =>
      point.car === null ? [point.ar] : [point.ar, point.car],
    );
    return niceScale(Math.min(0, ...values), Math.max(0, ...values));
  }, [points]);
  const tooltip = useCallback(
    (point: AbnormalReturnPoint) => <AbnormalTooltip point={point} benchmark={benchmark} />,
    [benchmark],
  );
  const showEstimation = estimation && estimation.toDay >= fromDay && estimation.fromDay <= toDay;
  return (
    <TimeChart {...props} name="abnormal" data={points} axis={axis} right={RIGHT}>
      {(eventLayer, plotHeight) => (
        <>
          <ValueYAxis
            nice={scale}
            format={percent}
            label={[`Abnormal return vs ${benchmark}`, `AR vs ${benchmark}`]}
            room={plotHeight}
          />
          {showEstimation && (
            <ReferenceArea
              className="estimation-window"
              x1={clamp(estimation.fromDay)}
              x2={clamp(estimation.toDay)}
              fill={CHART_COLORS.estimation}
              fillOpacity={0.15}
              label={ESTIMATION_LABEL}
            />
          )}
          <ReferenceLine y={0} stroke={CHART_COLORS.reference} />
          {day0 >= fromDay && day0 <= toDay && (
            <ReferenceLine x={day0} stroke={CHART_COLORS.eventDay} strokeDasharray="2 2" />
          )}
          <SessionTooltip render={tooltip} />
          {eventLayer}
          <Bar {...BARS} />
          <SeriesLine
            dataKey="car"
            name="Cumulative abnormal return"
            stroke={CHART_COLORS.car}
            className="car-line"
          />
        </>
      )}
    </TimeChart>
  );
}
