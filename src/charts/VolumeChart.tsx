import { useMemo } from 'react';
import { ComposedChart, ResponsiveContainer } from 'recharts';
import type { SessionRow } from '../domain/dailySeries';
import { niceScale } from '../domain/niceScale';
import { formatCount, formatSharesCompact } from '../domain/numberFormat';
import { formatTradingDate } from '../domain/tradingDate';
import type { CandlePoint } from './plotPoints';
import { chartMargin, chartSurface, plotChrome } from './timeAxis';
import { HoverLine, SessionTooltip, TimeGrid, TimeXAxis, ValueYAxis } from './timeAxisParts';
import { usePlotCandles, useTimeAxis } from './usePlotPoints';
import { VolumeLayer } from './VolumeLayer';

export interface VolumeChartProps {
  rows: SessionRow[];
  fromDay: number;
  toDay: number;
  height: number;
  syncId: string;
  description: string;
  /** False draws every session as it is: only the benchmark's "without downsampling" runs. */
  downsample?: boolean;
}

// Module constants, not literals in the render: see timeAxisParts.tsx. The same right margin and
// y-axis width as the price chart, so the bars stand under their candles.
const RIGHT = 24;
const MARGIN = chartMargin(8, RIGHT);
const CHROME = plotChrome(RIGHT);
const SURFACE = chartSurface('volume');
const TITLES = ['Volume (shares)', 'Shares'] as const;

function VolumeTooltip({ row }: { row: CandlePoint }) {
  return (
    <div className="chart-tooltip chart-tooltip--compact">
      <p className="chart-tooltip__date">
        {row.sessions > 1
          ? `${formatTradingDate(row.firstDate)} to ${formatTradingDate(row.date)}`
          : formatTradingDate(row.date, { weekday: true })}
      </p>
      <p>
        Volume <strong>{row.volume === null ? 'not reported' : formatCount(row.volume)}</strong>{' '}
        shares
        {row.sessions > 1 && ` over ${String(row.sessions)} sessions`}
      </p>
    </div>
  );
}

const tooltip = (row: CandlePoint) => <VolumeTooltip row={row} />;

/**
 * The shares traded each session, under the price on the same time axis, with an axis of its own
 * from 0: bars shaded by the day's direction (lighter up, darker down). At high counts it has one
 * bar per pixel column, the sessions' volumes summed, as the candles above it.
 */
export function VolumeChart(props: VolumeChartProps) {
  const { rows, fromDay, toDay, height, syncId, description } = props;
  const window = { fromDay, toDay };
  const { measure, plotWidth, xAxis } = useTimeAxis(CHROME, window);
  const candles = usePlotCandles(rows, plotWidth, window, true, props.downsample !== false);
  const nice = useMemo(() => {
    let most = 0;
    for (const candle of candles)
      if (candle.volume !== null && candle.volume > most) most = candle.volume;
    // A short panel (a small embed) has room for 0 and one round step only.
    return niceScale(0, most, height < 110 ? 2 : 4);
  }, [candles, height]);
  return (
    <div ref={measure} className="volume-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={candles}
          syncId={syncId}
          syncMethod="value"
          margin={MARGIN}
          title={description}
          {...SURFACE}
        >
          <TimeGrid />
          <TimeXAxis axis={xAxis} />
          <ValueYAxis label={TITLES} room={height - 42} format={formatSharesCompact} nice={nice} />
          <SessionTooltip render={tooltip} />
          <VolumeLayer candles={candles} />
          <HoverLine dataKey="volume" name="Volume" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
