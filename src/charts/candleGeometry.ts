import type { CandlePoint } from './plotPoints';

/** Where a candle or a volume bar sits across the plot, in px. */
export interface CandleSlot {
  /** The centre: the middle of the candle's first and last session. */
  centre: number;
  /** The body's (or the bar's) width: at least 1 px, so an aggregated column is still drawn. */
  width: number;
}

/** A body takes this share of the room between neighbouring candles, leaving a gap between them. */
const BODY_SHARE = 0.7;
/** Wider bodies only fill the plot without telling more. */
const MAX_BODY = 18;

/**
 * The slot of every candle: centred on its sessions, as wide as the closest neighbours allow (so
 * no two bodies touch). A lone candle gets the widest body.
 */
export function candleSlots(
  candles: readonly Pick<CandlePoint, 'day' | 'firstDay'>[],
  x: (day: number) => number,
): CandleSlot[] {
  const centres = candles.map((candle) => (x(candle.firstDay) + x(candle.day)) / 2);
  let closest = Infinity;
  for (let index = 1; index < centres.length; index++) {
    const gap = (centres[index] as number) - (centres[index - 1] as number);
    if (gap > 0 && gap < closest) closest = gap;
  }
  const width = Math.max(1, Math.min(MAX_BODY, Math.floor(closest * BODY_SHARE)));
  return centres.map((centre) => ({ centre, width }));
}

/** Up (closed at or above its open): drawn hollow. Down: filled. */
export const isUp = (candle: { open: number; close: number }): boolean =>
  candle.close >= candle.open;
