import { lazy, Suspense, useMemo } from 'react';
import type { SessionRow } from '../domain/dailySeries';
import { niceScale } from '../domain/niceScale';
import { formatUsd } from '../domain/numberFormat';
import { AnnotationPins } from './AnnotationPins';
import type { ChartType } from '../domain/vocabulary';
import { CHART_COLORS } from './palette';
import type { CandlePoint } from './plotPoints';
import { PriceTooltip } from './PriceTooltip';
import { plotChrome } from './timeAxis';
import { HoverLine, SeriesLine, SessionTooltip, ValueYAxis } from './timeAxisParts';
import { TimeChart, type EventChartBaseProps } from './TimeChart';
import { useLinePoints, usePlotCandles, useTimeAxis } from './usePlotPoints';

export interface PriceChartProps extends EventChartBaseProps {
  rows: SessionRow[];
  syncId: string;
  logScale: boolean;
  /** The close as a line (the default), or each session as a candle or an OHLC bar. */
  chartType?: ChartType;
  /** False hands Recharts every row as it is: only the benchmark's "without downsampling" runs. */
  downsample?: boolean;
}

// Module constants, not literals in the render: see timeAxisParts.tsx.
const RIGHT = 24;
const CHROME = plotChrome(RIGHT);
const LINEAR_DOMAIN = ['auto', 'auto'] as const;
const LINEAR_TITLES = ['Close (USD)', 'USD'] as const;
const LOG_TITLES = ['Close (USD, log scale)', 'Close (USD, log)', 'USD, log'] as const;
const RANGE_TITLES = ['Price (USD)', 'USD'] as const;
const RANGE_LOG_TITLES = ['Price (USD, log scale)', 'Price (USD, log)', 'USD, log'] as const;
const LOG_DOMAIN = ['dataMin', 'dataMax'] as const;
const closeOf = (row: SessionRow) => row.close;
const usd = (value: number) => formatUsd(value, 0);
const tooltip = (row: SessionRow | CandlePoint) => <PriceTooltip row={row} />;
// Candles and OHLC bars are drawn by code of their own, loaded only when a view asks for them.
const CandleLayer = lazy(() =>
  import('./CandleLayer').then((module) => ({ default: module.CandleLayer })),
);

/** The price axis of candles: from the lowest low to the highest high, so no wick is cut off. */
function rangeOf(candles: readonly CandlePoint[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const candle of candles) {
    if (candle.low < low) low = candle.low;
    if (candle.high > high) high = candle.high;
  }
  return [low, high];
}

/**
 * The daily price on a true time axis, with the event overlays and their cards: the close as a line,
 * or each session as a candle or an OHLC bar (chart=). Recharts gets at most about 2 points per
 * pixel of the plot (M4 downsampling keeps every high and low), and candles at most one per pixel
 * column (candleBuckets keeps every extreme); the real data is far below both and is drawn as it is.
 */
export function PriceChart(props: PriceChartProps) {
  const { rows, fromDay, toDay, logScale, chartType = 'line' } = props;
  const window = { fromDay, toDay };
  const downsample = props.downsample !== false;
  const line = chartType === 'line';
  const { plotWidth, ...axis } = useTimeAxis(CHROME, window);
  const points = useLinePoints(rows, line ? closeOf : null, plotWidth, window, downsample);
  const candles = usePlotCandles(rows, plotWidth, window, !line, downsample);
  const range = useMemo(() => {
    if (line || candles.length === 0) return null;
    const [low, high] = rangeOf(candles);
    return logScale ? { domain: [low, high] as [number, number] } : niceScale(low, high);
  }, [line, candles, logScale]);
  const titles = line
    ? logScale
      ? LOG_TITLES
      : LINEAR_TITLES
    : logScale
      ? RANGE_LOG_TITLES
      : RANGE_TITLES;
  return (
    <TimeChart {...props} name="price" data={line ? points : candles} axis={axis} right={RIGHT}>
      {(eventLayer, plotHeight) => (
        <>
          <ValueYAxis
            label={titles}
            room={plotHeight}
            format={usd}
            // The linear axis has ~5 nice ticks, all of which fit; a log axis may have many, and
            // Recharts measures them to drop the ones that would overlap.
            interval={logScale ? 'preserveEnd' : 0}
            // A log axis shows equal moves as equal distances; it needs a domain inside the data.
            scale={logScale ? 'log' : 'auto'}
            domain={range?.domain ?? (logScale ? LOG_DOMAIN : LINEAR_DOMAIN)}
            ticks={range && 'ticks' in range ? range.ticks : undefined}
          />
          <SessionTooltip render={tooltip} />
          {eventLayer}
          {line ? (
            <SeriesLine
              dataKey="close"
              name="Close"
              stroke={CHART_COLORS.price}
              className="price-line"
            />
          ) : (
            <>
              <Suspense fallback={null}>
                <CandleLayer candles={candles} type={chartType} />
              </Suspense>
              {/* Undrawn: it gives the tooltip, the keys and the announcements their sessions. */}
              <HoverLine dataKey="close" name="Close" />
            </>
          )}
          <AnnotationPins events={props.events} />
        </>
      )}
    </TimeChart>
  );
}
