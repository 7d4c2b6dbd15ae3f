import { useMemo } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartType } from '../domain/vocabulary';
import { CHART_ATTRIBUTE } from '../export/chartDom';
import { candleSlots, isUp, type CandleSlot } from './candleGeometry';
import { CHART_COLORS } from './palette';
import type { CandlePoint } from './plotPoints';

export interface CandleLayerProps {
  candles: readonly CandlePoint[];
  type: Exclude<ChartType, 'line'>;
}

/** The chart's scales and plot, and where each candle sits across it: for the candles and the bars. */
export function useCandleSlots(candles: readonly CandlePoint[]) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const slots = useMemo(
    () => (xScale ? candleSlots(candles, (day) => Number(xScale(day))) : null),
    [candles, xScale],
  );
  return { slots, yScale, plot };
}

/**
 * Candlesticks or OHLC bars, drawn inside the price chart with its own scales. A candle is hollow
 * when the session closed at or above its open and filled when below, so it reads without colour;
 * an OHLC bar has the open as a tick to the left and the close to the right. Each candle's group
 * carries its session's numbers (data-open, ...), which tests and readers of the SVG can check.
 */
export function CandleLayer({ candles, type }: CandleLayerProps) {
  const { slots, yScale, plot } = useCandleSlots(candles);
  // Memoised: an overlay toggled re-renders the chart, and must not redraw a thousand candles.
  return useMemo(() => {
    if (!slots || !yScale || !plot) return null;
    const y = (value: number) => Number(yScale(value));
    return (
      <g className={`candle-layer candle-layer--${type}`} {...{ [CHART_ATTRIBUTE.series]: type }}>
        {(slots[0]?.width ?? Infinity) <= DENSE_WIDTH ? (
          <DenseCandles candles={candles} slots={slots} y={y} />
        ) : (
          candles.map((candle, index) => {
            const slot = slots[index];
            return slot ? <Candle key={candle.day} {...{ candle, slot, type, y }} /> : null;
          })
        )}
      </g>
    );
  }, [candles, slots, yScale, plot, type]);
}

/** At this width or less a body is a stroke: candles are drawn as four paths, not a shape each. */
const DENSE_WIDTH = 2;

/**
 * Candles one or two pixels wide (a dense series, one per pixel column): hollow or filled cannot
 * show at that size, nor can a body beside its wick, so each candle is its stroke from high to low
 * and each direction one path in its colour. Two elements instead of thousands keep a window
 * change quick.
 */
function DenseCandles({
  candles,
  slots,
  y,
}: {
  candles: readonly CandlePoint[];
  slots: readonly CandleSlot[];
  y: (value: number) => number;
}) {
  const paths = { up: '', down: '' };
  candles.forEach((candle, index) => {
    const slot = slots[index];
    if (!slot) return;
    const x = slot.centre.toFixed(1);
    paths[isUp(candle) ? 'up' : 'down'] +=
      `M${x},${y(candle.high).toFixed(1)}V${y(candle.low).toFixed(1)}`;
  });
  return (
    <>
      <path className="candles-dense candles-dense--up" d={paths.up} stroke={CHART_COLORS.up} />
      <path
        className="candles-dense candles-dense--down"
        d={paths.down}
        stroke={CHART_COLORS.down}
      />
    </>
  );
}

interface CandleProps {
  candle: CandlePoint;
  slot: CandleSlot;
  type: CandleLayerProps['type'];
  y: (value: number) => number;
}

function Candle({ candle, slot, type, y }: CandleProps) {
  const up = isUp(candle);
  const color = up ? CHART_COLORS.up : CHART_COLORS.down;
  const [open, close, high, low] = [y(candle.open), y(candle.close), y(candle.high), y(candle.low)];
  const { centre, width } = slot;
  const half = width / 2;
  return (
    <g
      className={up ? 'candle candle--up' : 'candle candle--down'}
      data-date={candle.date}
      data-first-date={candle.firstDate}
      data-open={candle.open}
      data-high={candle.high}
      data-low={candle.low}
      data-close={candle.close}
      stroke={color}
      // An OHLC bar is all lines: a little heavier than a candle's outline to read as well.
      strokeWidth={type === 'ohlc' ? 1.5 : 1}
    >
      <line className="candle__wick" x1={centre} x2={centre} y1={high} y2={low} />
      {type === 'candles' ? (
        <rect
          className="candle__body"
          x={centre - half}
          width={width}
          y={Math.min(open, close)}
          // A doji (open = close) is still a visible tick.
          height={Math.max(1, Math.abs(close - open))}
          fill={up ? CHART_COLORS.surface : color}
        />
      ) : (
        <>
          <line className="candle__open" x1={centre - half} x2={centre} y1={open} y2={open} />
          <line className="candle__close" x1={centre} x2={centre + half} y1={close} y2={close} />
        </>
      )}
    </g>
  );
}
