import { useCallback, useMemo } from 'react';
import { Legend, ReferenceLine } from 'recharts';
import { niceScale } from '../domain/niceScale';
import { formatTradingDate } from '../domain/tradingDate';
import { CHART_COLORS } from './palette';
import { colorOf } from './symbolColors';
import { plotChrome } from './timeAxis';
import { SeriesLine, SessionTooltip, ValueYAxis } from './timeAxisParts';
import { TimeChart, type EventChartBaseProps } from './TimeChart';
import { useTimeAxis } from './usePlotPoints';

/** One session: its day number and, per symbol, the close rebased to 100 on the base day. */
export type RebasedRow = { day: number; date: string } & Record<
  string,
  number | string | undefined
>;

export interface RebasedChartProps extends EventChartBaseProps {
  rows: RebasedRow[];
  symbols: string[];
  baseDay: number;
  baseDate: string;
  /** Its own key to the lines, under the plot; off where the page around it has one. */
  legend?: boolean;
}

// Module constants, not literals in the render: see timeAxisParts.tsx.
const RIGHT = 48;
const CHROME = plotChrome(RIGHT);
const LEGEND_HEIGHT = 24;

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
  const { rows, symbols, baseDay, baseDate, fromDay, toDay, legend = true } = props;
  const axis = useTimeAxis(CHROME, { fromDay, toDay });
  // Ticks on round numbers, always including the base, 100.
  const scale = useMemo(() => {
    const values = rows.flatMap((row) =>
      symbols.map((symbol) => row[symbol]).filter((value) => typeof value === 'number'),
    );
    return niceScale(Math.min(100, ...values), Math.max(100, ...values));
  }, [rows, symbols]);
  const tooltip = useCallback(
    (row: RebasedRow) => <RebasedTooltip row={row} symbols={symbols} />,
    [symbols],
  );
  return (
    <TimeChart {...props} name="rebased" data={rows} axis={axis} right={RIGHT}>
      {(eventLayer, plotHeight) => (
        <>
          <ValueYAxis
            nice={scale}
            label={[
              `Close, ${formatTradingDate(baseDate)} = 100`,
              `${formatTradingDate(baseDate, { year: false })} = 100`,
            ]}
            room={legend ? plotHeight - LEGEND_HEIGHT : plotHeight}
          />
          <ReferenceLine y={100} stroke={CHART_COLORS.reference} />
          {baseDay >= fromDay && baseDay <= toDay && (
            <ReferenceLine x={baseDay} stroke={CHART_COLORS.reference} strokeDasharray="2 2" />
          )}
          <SessionTooltip render={tooltip} />
          {eventLayer}
          {legend && <Legend height={LEGEND_HEIGHT} iconType="plainline" />}
          {symbols.map((symbol) => (
            <SeriesLine
              key={symbol}
              dataKey={symbol}
              name={symbol}
              stroke={colorOf(symbol)}
              strokeWidth={symbol === symbols[0] ? 2.5 : 1.5}
              className={`rebased-line rebased-line--${symbol}`}
            />
          ))}
        </>
      )}
    </TimeChart>
  );
}
