import {
  isSession,
  sessionAfter,
  sessionOnOrAfter,
  sessionOnOrBefore,
  type Sessions,
} from './calendar';
import {
  compareMoments,
  MARKET_CLOSE_MINUTES,
  toExchangeMoment,
  type ExchangeMoment,
} from './exchangeTime';
import { dayNumber, type TradingDate } from './tradingDate';
import type { MarketEvent } from './types';

/** An event placed on the time axis and on the trading calendar. */
export interface PlacedEvent {
  event: MarketEvent;
  start: ExchangeMoment;
  end: ExchangeMoment | null;
  /** The first session whose close comes at or after the event: where its effect shows in prices. */
  sessionOfEffect: TradingDate | null;
  /** The x of its marker: the event's own date (a Sunday stays a Sunday on a true time axis). */
  day: number;
  /** A span over several days is a band from the last session at or before its start to its session of effect. */
  band: { fromDay: number; toDay: number } | null;
}

export interface EventPlacement {
  placed: PlacedEvent[];
  /** Events that could not be placed, with the reason, so none vanishes silently. */
  skipped: { event: MarketEvent; reason: string }[];
}

/**
 * The session whose close first reflects a moment: a date-only event or one before the close lands on
 * that day's session, or the next one when the market is shut; one at or after 16:00 ET lands on the next.
 */
export function sessionOfEffect(sessions: Sessions, moment: ExchangeMoment): TradingDate | null {
  // Before the data begins, the first session in it is not "the next one": there is none to name.
  const first = sessions[0];
  if (first === undefined || moment.date < first) return null;
  const afterClose = moment.minutes !== null && moment.minutes >= MARKET_CLOSE_MINUTES;
  if (afterClose) return sessionAfter(sessions, moment.date);
  return sessionOnOrAfter(sessions, moment.date);
}

function placeOne(event: MarketEvent, sessions: Sessions): PlacedEvent | string {
  const start = toExchangeMoment(event.start);
  if (!start) return `unreadable start "${event.start}"`;
  const end = event.end === null ? null : toExchangeMoment(event.end);
  if (event.end !== null && !end) return `unreadable end "${event.end}"`;
  if (end && compareMoments(end, start) < 0) return 'ends before it starts';
  // A span starts to show in prices at the first close after it begins (the weekend: Monday).
  const effect = sessionOfEffect(sessions, start);
  let band: PlacedEvent['band'] = null;
  if (end && end.date !== start.date) {
    const from = isSession(sessions, start.date)
      ? start.date
      : (sessionOnOrBefore(sessions, start.date) ?? start.date);
    // The band runs to the first session on or after the span's last day: the weekend ends on Monday.
    const to = sessionOnOrAfter(sessions, end.date) ?? end.date;
    band = { fromDay: dayNumber(from), toDay: dayNumber(to) };
  }
  return { event, start, end, sessionOfEffect: effect, day: dayNumber(start.date), band };
}

/** Places every event; the result is in time order. */
export function placeEvents(events: readonly MarketEvent[], sessions: Sessions): EventPlacement {
  const placed: PlacedEvent[] = [];
  const skipped: EventPlacement['skipped'] = [];
  for (const event of events) {
    const result = placeOne(event, sessions);
    if (typeof result === 'string') skipped.push({ event, reason: result });
    else placed.push(result);
  }
  placed.sort((a, b) => a.day - b.day || (a.start.minutes ?? -1) - (b.start.minutes ?? -1));
  return { placed, skipped };
}

/** True when the marker or band of an event falls inside [fromDay, toDay]. */
export function isEventInWindow(event: PlacedEvent, fromDay: number, toDay: number): boolean {
  const first = event.band?.fromDay ?? event.day;
  const last = event.band?.toDay ?? event.day;
  return last >= fromDay && first <= toDay;
}
