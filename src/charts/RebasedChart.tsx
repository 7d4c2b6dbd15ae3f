import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { niceScale } from '../domain/niceScale';
import { formatTradingDate } from '../domain/tradingDate';
import type { ChartEvent } from './chartEvent';
import { EventChartFrame } from './EventChartFrame';
import { CHART_COLORS } from './palette';
import { colorOf } from './symbolColors';
import { timeAxisProps, Y_AXIS_WIDTH } from './timeAxis';

/** One session: its day number and, per symbol, the close rebased to 100 on the base day. */
export type RebasedRow = { day: number; date: string } & Record<
  string,
  number | string | undefined
>;

export interface RebasedChartProps {
  rows: RebasedRow[];
  symbols: string[];
  baseDay: number;
  baseDate: string;
  fromDay: number;
  toDay: number;
  events: ChartEvent[];
  eventNotes?: ReadonlyMap<string, string>;
  height: number;
  description: string;
}

function RebasedTooltip({ row, symbols }: { row: RebasedRow; symbols: string[] }) {
  const values = symbols
    .map((symbol) => ({ symbol, value: row[symbol] }))
    .filter((item): item is { symbol: string; value: number } => typeof item.value === 'number')
    .sort((a, b) => b.value - a.value);
  return (
    <div className="chart-tooltip" data-tooltip-date={row.date}>
      <p className="chart-tooltip__date">{formatTradingDate(row.date, { weekday: true })}</p>
      <dl>
        {values.map(({ symbol, value }) => (
          <div key={symbol} className="chart-tooltip__row">
            <dt style={{ color: colorOf(symbol) }}>{symbol}</dt>
            <dd>{value.toFixed(1)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** NVIDIA and its peers rebased to 100 on one day, so their moves since then compare directly. */
export function RebasedChart(props: RebasedChartProps) {
  const {
    rows,
    symbols,
    baseDay,
    baseDate,
    fromDay,
    toDay,
    events,
    eventNotes,
    height,
    description,
  } = props;
  const values = rows.flatMap((row) =>
    symbols.map((symbol) => row[symbol]).filter((value) => typeof value === 'number'),
  );
  // Ticks on round numbers, always including the base, 100.
  const scale = niceScale(Math.min(100, ...values), Math.max(100, ...values));
  return (
    <EventChartFrame
      className="rebased-chart"
      events={events}
      eventNotes={eventNotes}
      fromDay={fromDay}
      toDay={toDay}
      height={height}
    >
      {(eventLayer, labelStrip) => (
        <ComposedChart
          data={rows}
          margin={{ top: labelStrip, right: 48, bottom: 4, left: 0 }}
          accessibilityLayer
          title={description}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis {...timeAxisProps(fromDay, toDay)} />
          <YAxis
            width={Y_AXIS_WIDTH}
            domain={scale.domain}
            ticks={scale.ticks}
            tick={{ fontSize: 12 }}
            label={{
              value: `Close, ${formatTradingDate(baseDate)} = 100`,
              angle: -90,
              position: 'insideLeft',
              offset: 8,
              fontSize: 12,
            }}
          />
          <ReferenceLine y={100} stroke={CHART_COLORS.reference} />
          {baseDay >= fromDay && baseDay <= toDay && (
            <ReferenceLine x={baseDay} stroke={CHART_COLORS.reference} strokeDasharray="2 2" />
          )}
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload }) => {
              const row = payload[0]?.payload as RebasedRow | undefined;
              return active && row ? <RebasedTooltip row={row} symbols={symbols} /> : null;
            }}
          />
          {eventLayer}
          <Legend height={24} iconType="plainline" />
          {symbols.map((symbol) => (
            <Line
              key={symbol}
              type="linear"
              dataKey={symbol}
              name={symbol}
              stroke={colorOf(symbol)}
              strokeWidth={symbol === symbols[0] ? 2.5 : 1.5}
              dot={false}
              isAnimationActive={false}
              className={`rebased-line rebased-line--${symbol}`}
              label={false}
            />
          ))}
        </ComposedChart>
      )}
    </EventChartFrame>
  );
}
