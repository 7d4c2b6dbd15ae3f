import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SessionRow } from '../domain/dailySeries';
import { isSessionRow, withLineGaps, type GapPoint } from './lineGaps';
import { formatMoneyCompact, formatShares } from '../domain/numberFormat';
import { formatTradingDate } from '../domain/tradingDate';
import { CHART_COLORS } from './eventStyle';
import { timeAxisProps, Y_AXIS_WIDTH } from './timeAxis';

export interface MarketValueChartProps {
  rows: SessionRow[];
  fromDay: number;
  toDay: number;
  height: number;
  syncId: string;
  description: string;
}

function MarketValueTooltip({ row }: { row: SessionRow }) {
  if (row.marketValue === null || !row.shares) return null;
  return (
    <div className="chart-tooltip chart-tooltip--compact">
      <p className="chart-tooltip__date">{formatTradingDate(row.date, { weekday: true })}</p>
      <p>
        Market value <strong>{formatMoneyCompact(row.marketValue)}</strong>
        {row.marketValueChange !== null &&
          ` (${formatMoneyCompact(row.marketValueChange, true)} on the day)`}
      </p>
      <p className="muted">
        {formatShares(row.shares.shares)} shares as of {formatTradingDate(row.shares.asOf)}
      </p>
    </div>
  );
}

/** Market value (close x shares outstanding as of that day), on its own panel and axis. */
export function MarketValueChart({
  rows,
  fromDay,
  toDay,
  height,
  syncId,
  description,
}: MarketValueChartProps) {
  return (
    <div className="market-value-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={withLineGaps(rows)}
          syncId={syncId}
          syncMethod="value"
          margin={{ top: 8, right: 24, bottom: 4, left: 0 }}
          title={description}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis {...timeAxisProps(fromDay, toDay)} />
          <YAxis
            width={Y_AXIS_WIDTH}
            domain={['auto', 'auto']}
            tickFormatter={(value: number) => formatMoneyCompact(value)}
            tick={{ fontSize: 12 }}
          />
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload }) => {
              const row = payload[0]?.payload as SessionRow | GapPoint | undefined;
              return active && isSessionRow(row) ? <MarketValueTooltip row={row} /> : null;
            }}
          />
          {/* A line, not an area: the axis does not start at zero, and an area would suggest it did. */}
          <Line
            type="linear"
            dataKey="marketValue"
            name="Market value"
            stroke={CHART_COLORS.marketValue}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
            className="market-value-line"
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
