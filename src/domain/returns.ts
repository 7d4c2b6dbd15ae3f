import type { TradingDate } from './tradingDate';
import type { PriceBar } from './types';

export interface DailyReturn {
  date: TradingDate;
  /** Simple return from the previous session's close, as a fraction. */
  value: number;
}

/** Bars in date order with one bar per date (the last one given wins), whatever order they came in. */
export function sortedUniqueBars(bars: readonly PriceBar[]): PriceBar[] {
  const byDate = new Map<TradingDate, PriceBar>();
  for (const bar of bars) byDate.set(bar.date, bar);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Daily simple returns from adjusted closes, so dividends and splits are not read as moves; a pair
 * of sessions where either lacks an adjusted close (a price index has none) uses the closes of both,
 * never one of each.
 */
export function dailyReturns(bars: readonly PriceBar[]): DailyReturn[] {
  const sorted = sortedUniqueBars(bars);
  const returns: DailyReturn[] = [];
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1];
    const current = sorted[index];
    if (!previous || !current) continue;
    const adjusted = previous.adjClose !== null && current.adjClose !== null;
    const [from, to] = adjusted
      ? [previous.adjClose ?? 0, current.adjClose ?? 0]
      : [previous.close, current.close];
    returns.push({ date: current.date, value: to / from - 1 });
  }
  return returns;
}

export interface PairedReturn {
  date: TradingDate;
  stock: number;
  market: number;
}

/** The sessions both series have a return for, in date order. */
export function pairReturns(
  stock: readonly DailyReturn[],
  market: readonly DailyReturn[],
): PairedReturn[] {
  const marketByDate = new Map(market.map((point) => [point.date, point.value]));
  const paired: PairedReturn[] = [];
  for (const point of stock) {
    const value = marketByDate.get(point.date);
    if (value !== undefined) paired.push({ date: point.date, stock: point.value, market: value });
  }
  return paired;
}

/**
 * Closes divided by the close on `baseDate`, times 100; null where that day has no bar. A series
 * with adjusted closes throughout is rebased on them, so a dividend or an unadjusted split is not
 * drawn as a move; one without (a price index) on its closes.
 */
export function rebaseTo100(
  bars: readonly PriceBar[],
  baseDate: TradingDate,
): { date: TradingDate; value: number }[] | null {
  const sorted = sortedUniqueBars(bars);
  const adjusted = sorted.length > 0 && sorted.every((bar) => bar.adjClose !== null);
  const level = (bar: PriceBar) => (adjusted ? (bar.adjClose ?? bar.close) : bar.close);
  const base = sorted.find((bar) => bar.date === baseDate);
  if (!base) return null;
  return sorted.map((bar) => ({ date: bar.date, value: (level(bar) / level(base)) * 100 }));
}
