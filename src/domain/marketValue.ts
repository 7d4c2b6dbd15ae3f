import type { SharesPoint } from './types';
import type { TradingDate } from './tradingDate';

/**
 * The share count in force on `date`: the latest report dated on or before it. Null before the first
 * report, so no market value is ever drawn from a count that did not exist yet.
 */
export function sharesOutstandingOn(
  points: readonly SharesPoint[],
  date: TradingDate,
): SharesPoint | null {
  let best: SharesPoint | null = null;
  for (const point of points) {
    if (point.asOf <= date && (best === null || point.asOf > best.asOf)) best = point;
  }
  return best;
}

/** Market value = close x shares outstanding as of that day; null where no count is known. */
export function marketValueOn(
  close: number,
  points: readonly SharesPoint[],
  date: TradingDate,
): number | null {
  const count = sharesOutstandingOn(points, date);
  return count ? close * count.shares : null;
}
