import type { TradingDate } from './tradingDate';

/**
 * The trading calendar is the list of sessions the data has, ascending. Holidays (9 Jan 2025,
 * 20 Jan 2025, ...) are simply absent, so no holiday table can disagree with the prices.
 */
export type Sessions = readonly TradingDate[];

/** Index of the first session on or after `date` (sessions.length when there is none). */
function lowerBound(sessions: Sessions, date: TradingDate): number {
  let low = 0;
  let high = sessions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sessions[mid] ?? '') < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function isSession(sessions: Sessions, date: TradingDate): boolean {
  return sessions[lowerBound(sessions, date)] === date;
}

export function sessionOnOrAfter(sessions: Sessions, date: TradingDate): TradingDate | null {
  return sessions[lowerBound(sessions, date)] ?? null;
}

export function sessionAfter(sessions: Sessions, date: TradingDate): TradingDate | null {
  const index = lowerBound(sessions, date);
  return sessions[sessions[index] === date ? index + 1 : index] ?? null;
}

export function sessionBefore(sessions: Sessions, date: TradingDate): TradingDate | null {
  return sessions[lowerBound(sessions, date) - 1] ?? null;
}

export function sessionOnOrBefore(sessions: Sessions, date: TradingDate): TradingDate | null {
  const index = lowerBound(sessions, date);
  return sessions[index] === date ? date : (sessions[index - 1] ?? null);
}
