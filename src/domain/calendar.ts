import { lowerBound } from './search';
import type { TradingDate } from './tradingDate';

/**
 * The trading calendar is the list of sessions the data has, ascending. Holidays (9 Jan 2025,
 * 20 Jan 2025, ...) are simply absent, so no holiday table can disagree with the prices.
 */
export type Sessions = readonly TradingDate[];

/** Index of the first session on or after `date` (sessions.length when there is none). */
const firstOnOrAfter = (sessions: Sessions, date: TradingDate): number =>
  lowerBound(sessions.length, (index) => sessions[index] ?? '', date);

export function isSession(sessions: Sessions, date: TradingDate): boolean {
  return sessions[firstOnOrAfter(sessions, date)] === date;
}

export function sessionOnOrAfter(sessions: Sessions, date: TradingDate): TradingDate | null {
  return sessions[firstOnOrAfter(sessions, date)] ?? null;
}

export function sessionAfter(sessions: Sessions, date: TradingDate): TradingDate | null {
  const index = firstOnOrAfter(sessions, date);
  return sessions[sessions[index] === date ? index + 1 : index] ?? null;
}

export function sessionBefore(sessions: Sessions, date: TradingDate): TradingDate | null {
  return sessions[firstOnOrAfter(sessions, date) - 1] ?? null;
}

export function sessionOnOrBefore(sessions: Sessions, date: TradingDate): TradingDate | null {
  const index = firstOnOrAfter(sessions, date);
  return sessions[index] === date ? date : (sessions[index - 1] ?? null);
}
