import { LineChart, ResponsiveContainer } from 'recharts';
import type { SessionRow } from '../domain/dailySeries';
import { formatMoneyCompact, formatShares } from '../domain/numberFormat';
import { formatTradingDate } from '../domain/tradingDate';
import { CHART_COLORS } from './palette';
import { chartMargin, chartSurface, plotChrome } from './timeAxis';
import { SeriesLine, SessionTooltip, TimeGrid, TimeXAxis, ValueYAxis } from './timeAxisParts';
import { usePlotPoints } from './usePlotPoints';

export interface MarketValueChartProps {
  rows: SessionRow[];
  fromDay: number;
  toDay: number;
  height: number;
  syncId: string;
  description: string;
}

// Module constants, not literals in the render: see timeAxisParts.tsx.
const RIGHT = 24;
const MARGIN = chartMargin(8, RIGHT);
const CHROME = plotChrome(RIGHT);
const SURFACE = chartSurface('market-value');
const DOMAIN = ['auto', 'auto'] as const;
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

const tooltip = (row: SessionRow) => <MarketValueTooltip row={row} />;

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
          {...SURFACE}
        >
          <TimeGrid />
          <TimeXAxis axis={xAxis} />
          <ValueYAxis domain={DOMAIN} format={money} />
          <SessionTooltip render={tooltip} />
          {/* A line, not an area: the axis does not start at zero, and an area would suggest it did. */}
          <SeriesLine
            dataKey="marketValue"
            name="Market value"
            stroke={CHART_COLORS.marketValue}
            className="market-value-line"
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
