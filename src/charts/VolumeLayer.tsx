import { formatSharesCompact } from '../domain/numberFormat';
import { CHART_ATTRIBUTE } from '../export/chartDom';
import { useCandleSlots } from './CandleLayer';
import { isUp } from './candleGeometry';
import { CHART_COLORS } from './palette';
import type { CandlePoint } from './plotPoints';

/** Down days darker than up days, so the direction reads without colour too. */
const UP_OPACITY = 0.45;
const DOWN_OPACITY = 0.9;

/**
 * The volume bars, one per candle (a session, or a pixel column's sessions summed), in the same
 * slots as the candles above them. A session without a reported volume has no bar, not a 0 one.
 */
export function VolumeLayer({ candles }: { candles: readonly CandlePoint[] }) {
  const { slots, yScale, plot } = useCandleSlots(candles);
  if (!slots || !yScale) return null;
  const base = Number(yScale(0));
  // The heaviest bar is labelled with its volume: the record of 27 Jan 2025 reads at a glance.
  let heaviest = -1;
  candles.forEach((candle, index) => {
    if (candle.volume !== null && candle.volume > (candles[heaviest]?.volume ?? -1))
      heaviest = index;
  });
  const record = candles[heaviest];
  const recordSlot = slots[heaviest];
  // Right of its bar, or left of it near the plot's right edge.
  const labelLeft =
    recordSlot !== undefined && plot !== undefined && recordSlot.centre > plot.x + plot.width - 48;
  return (
    <g className="volume-layer" {...{ [CHART_ATTRIBUTE.series]: 'volume' }}>
      {candles.map((candle, index) => {
        const slot = slots[index];
        if (!slot || candle.volume === null) return null;
        const up = isUp(candle);
        const top = Number(yScale(candle.volume));
        return (
          <rect
            key={candle.day}
            className={up ? 'volume-bar volume-bar--up' : 'volume-bar volume-bar--down'}
            data-date={candle.date}
            data-volume={candle.volume}
            x={slot.centre - slot.width / 2}
            width={slot.width}
            y={Math.min(top, base)}
            height={Math.max(1, Math.abs(base - top))}
            fill={up ? CHART_COLORS.up : CHART_COLORS.down}
            fillOpacity={up ? UP_OPACITY : DOWN_OPACITY}
          />
        );
      })}
      {record?.volume != null && recordSlot && (
        <text
          className="volume-record"
          x={recordSlot.centre + (labelLeft ? -1 : 1) * (recordSlot.width / 2 + 3)}
          textAnchor={labelLeft ? 'end' : 'start'}
          y={Number(yScale(record.volume)) + 10}
          fontSize={11}
          fill={CHART_COLORS.text}
        >
          {formatSharesCompact(record.volume)}
        </text>
      )}
    </g>
  );
}
