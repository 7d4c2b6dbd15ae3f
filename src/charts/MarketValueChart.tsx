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
import { isSessionRow, type GapPoint } from './lineGaps';
import { formatMoneyCompact, formatShares } from '../domain/numberFormat';
import { formatTradingDate } from '../domain/tradingDate';
import { CHART_COLORS } from './palette';
import { NO_GRID_POINTS } from './plotPoints';
import { Y_AXIS_WIDTH } from './timeAxis';
import { usePlotPoints } from './usePlotPoints';

export interface MarketValueChartProps {
  rows: SessionRow[];
  fromDay: number;
  toDay: number;
  height: number;
  syncId: string;
  description: string;
}

// Constants, not literals in the render, so a re-render does not make Recharts recompute the line.
const MARGIN = { top: 8, right: 24, bottom: 4, left: 0 };
const CHROME = { yAxis: Y_AXIS_WIDTH, left: MARGIN.left, right: MARGIN.right };
const DOMAIN = ['auto', 'auto'] as const;
const TICK = { fontSize: 12 };
const valueOf = (row: SessionRow) => row.marketValue;
const money = (value: number) => formatMoneyCompact(value);

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

function tooltipContent({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}) {
  const row = payload?.[0]?.payload as SessionRow | GapPoint | undefined;
  return active && isSessionRow(row) ? <MarketValueTooltip row={row} /> : null;
}

/**
 * Market value (close x shares outstanding as of that day), on its own panel and axis. Like the price
 * chart, it hands Recharts at most about 2 points per pixel of the plot (M4 keeps every high, low and
 * hole); the real data is drawn as it is.
 */
export function MarketValueChart({
  rows,
  fromDay,
  toDay,
  height,
  syncId,
  description,
}: MarketValueChartProps) {
  const { measure, points, xAxis } = usePlotPoints(rows, valueOf, CHROME, { fromDay, toDay });
  return (
    <div ref={measure} className="market-value-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={points}
          syncId={syncId}
          syncMethod="value"
          margin={MARGIN}
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
            interval={0}
            domain={DOMAIN}
            tickFormatter={money}
            tick={TICK}
          />
          <Tooltip isAnimationActive={false} content={tooltipContent} />
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
