import { sharesOutstandingOn } from './marketValue';
import { dayNumber, type TradingDate } from './tradingDate';
import type { PriceBar, SharesPoint } from './types';

/** One session as the charts and the tooltip need it: the bar, its change, and its market value. */
export interface SessionRow extends PriceBar {
  /** Day number: the x coordinate on a true time axis. */
  day: number;
  previousClose: number | null;
  change: number | null;
  changePct: number | null;
  marketValue: number | null;
  marketValueChange: number | null;
  shares: SharesPoint | null;
  /** The move from the session before is not believable (an unadjusted split): no line, no change. */
  breakBefore: boolean;
}

/**
 * Builds the session rows of a symbol from its bars (sorted here, so arrival order never matters)
 * and the share-count history. Market value uses each day's own count (see `sharesOutstandingOn`).
 */
export function buildSessionRows(
  bars: readonly PriceBar[],
  sharePoints: readonly SharesPoint[],
  breaks: ReadonlySet<TradingDate> = new Set(),
): SessionRow[] {
  const sorted = [...bars].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows: SessionRow[] = [];
  let previous: SessionRow | null = null;
  for (const bar of sorted) {
    const shares = sharesOutstandingOn(sharePoints, bar.date);
    const marketValue = shares ? bar.close * shares.shares : null;
    const breakBefore = breaks.has(bar.date);
    const previousClose = breakBefore ? null : (previous?.close ?? null);
    const previousValue = breakBefore ? null : (previous?.marketValue ?? null);
    const row: SessionRow = {
      ...bar,
      day: dayNumber(bar.date),
      previousClose,
      change: previousClose === null ? null : bar.close - previousClose,
      changePct: previousClose === null ? null : bar.close / previousClose - 1,
      marketValue,
      marketValueChange:
        marketValue === null || previousValue === null ? null : marketValue - previousValue,
      shares,
      breakBefore,
    };
    rows.push(row);
    previous = row;
  }
  return rows;
}

/** The rows whose date lies in [from, to], both inclusive. */
export function rowsInWindow(
  rows: readonly SessionRow[],
  from: TradingDate,
  to: TradingDate,
): SessionRow[] {
  return rows.filter((row) => row.date >= from && row.date <= to);
}

/** The distinct share counts a set of rows uses, in date order: what the page must name. */
export function shareCountsUsed(rows: readonly SessionRow[]): SharesPoint[] {
  const seen = new Map<string, SharesPoint>();
  for (const row of rows) if (row.shares) seen.set(row.shares.asOf, row.shares);
  return [...seen.values()];
}
