import { isTradingDate, type TradingDate } from './tradingDate';

/** The exchange's time zone: US equities trade and report dates in New York time. */
export const EXCHANGE_TIME_ZONE = 'America/New_York';
export const MARKET_OPEN_MINUTES = 9 * 60 + 30;
export const MARKET_CLOSE_MINUTES = 16 * 60;

/** A moment on the exchange's clock: its local date and, when the source gives a time, minutes after midnight. */
export interface ExchangeMoment {
  date: TradingDate;
  minutes: number | null;
  /** The zone abbreviation in force then ("EST"/"EDT"), when a time is known. */
  zone: string | null;
}

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:[0-5]\d)$/;

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: EXCHANGE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/**
 * Reads an event's `start`/`end`: a date-only value is a date on the exchange's calendar (no time);
 * a timestamp with an offset is an exact instant, re-expressed on the New York clock.
 */
export function toExchangeMoment(value: string): ExchangeMoment | null {
  if (isTradingDate(value)) return { date: value, minutes: null, zone: null };
  const match = TIMESTAMP.exec(value);
  // Date.parse rolls 30 February over into March: the calendar date must be real first.
  if (!match?.[1] || !isTradingDate(match[1])) return null;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return null;
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  const date = `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
  if (!isTradingDate(date)) return null;
  return {
    date,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    zone: parts.timeZoneName ?? null,
  };
}

/** Compares two moments on the exchange's clock; a date-only moment counts as the start of its day. */
export function compareMoments(a: ExchangeMoment, b: ExchangeMoment): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return (a.minutes ?? 0) - (b.minutes ?? 0);
}

/** Clock text for a moment with a time, e.g. "05:11 EST". */
export function formatExchangeClock(moment: ExchangeMoment): string | null {
  if (moment.minutes === null) return null;
  const hours = Math.floor(moment.minutes / 60);
  const minutes = moment.minutes % 60;
  const clock = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return moment.zone ? `${clock} ${moment.zone}` : clock;
}
