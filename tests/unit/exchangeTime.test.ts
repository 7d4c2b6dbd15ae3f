import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MARKET_CLOSE_MINUTES,
  MARKET_OPEN_MINUTES,
  formatExchangeClock,
  toExchangeMoment,
} from '../../src/domain/exchangeTime';

const HOUR = 3_600_000;

/**
 * New York's UTC offset by the US rule in force since 2007: daylight time from the second Sunday
 * of March, 02:00 EST (07:00 UTC), to the first Sunday of November, 02:00 EDT (06:00 UTC).
 */
function newYorkOffsetHours(instant: number): -4 | -5 {
  const year = new Date(instant).getUTCFullYear();
  const firstSunday = (month: number) =>
    1 + ((7 - new Date(Date.UTC(year, month, 1)).getUTCDay()) % 7);
  const dstStart = Date.UTC(year, 2, firstSunday(2) + 7, 7);
  const dstEnd = Date.UTC(year, 10, firstSunday(10), 6);
  return instant >= dstStart && instant < dstEnd ? -4 : -5;
}

function referenceMoment(instant: number) {
  const offset = newYorkOffsetHours(instant);
  const local = new Date(instant + offset * HOUR);
  return {
    date: local.toISOString().slice(0, 10),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    zone: offset === -4 ? 'EDT' : 'EST',
  };
}

/** The instant written as a timestamp in another zone: local wall time plus "+hh:mm" or "Z". */
function writeTimestamp(instant: number, offsetMinutes: number, withSeconds: boolean): string {
  const wall = new Date(instant + offsetMinutes * 60_000).toISOString();
  const body = withSeconds ? wall.slice(0, 23) : wall.slice(0, 16);
  if (offsetMinutes === 0) return `${body}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${body}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

describe("reading an event's time on the New York clock", () => {
  it('keeps a date-only value as a date without a time', () => {
    expect(toExchangeMoment('2025-01-27')).toEqual({
      date: '2025-01-27',
      minutes: null,
      zone: null,
    });
  });

  it('reads the 05:11 premarket timestamp of 27 January', () => {
    // 5 h 11 min after midnight = 311 minutes.
    expect(toExchangeMoment('2025-01-27T05:11:00-05:00')).toEqual({
      date: '2025-01-27',
      minutes: 311,
      zone: 'EST',
    });
  });

  it('re-expresses a UTC timestamp in New York time', () => {
    // 10:11 UTC - 5 h = 05:11 EST.
    expect(toExchangeMoment('2025-01-27T10:11:00Z')).toEqual({
      date: '2025-01-27',
      minutes: 311,
      zone: 'EST',
    });
  });

  it('moves the date back when it is still the previous evening in New York', () => {
    // 02:30 UTC on the 28th = 21:30 EST on the 27th = 1290 minutes.
    expect(toExchangeMoment('2025-01-28T02:30:00Z')).toEqual({
      date: '2025-01-27',
      minutes: 21 * 60 + 30,
      zone: 'EST',
    });
    // 09:00 in Beijing (+08:00) on Monday 27 Jan = 01:00 UTC = 20:00 EST on Sunday 26 Jan.
    expect(toExchangeMoment('2025-01-27T09:00:00+08:00')).toEqual({
      date: '2025-01-26',
      minutes: 20 * 60,
      zone: 'EST',
    });
  });

  it('writes midnight as minute 0, not 24:00', () => {
    // 05:00 UTC = 00:00 EST.
    expect(toExchangeMoment('2025-01-27T05:00:00Z')?.minutes).toBe(0);
  });

  it('uses daylight time in summer and across the March switch', () => {
    // 13:00 UTC on 1 Jul - 4 h = 09:00 EDT = 540 minutes.
    expect(toExchangeMoment('2025-07-01T13:00:00Z')).toEqual({
      date: '2025-07-01',
      minutes: 540,
      zone: 'EDT',
    });
    // The clocks went from 02:00 EST to 03:00 EDT at 07:00 UTC on Sunday 9 Mar 2025.
    expect(toExchangeMoment('2025-03-09T06:59:00Z')).toEqual({
      date: '2025-03-09',
      minutes: 60 + 59,
      zone: 'EST',
    });
    expect(toExchangeMoment('2025-03-09T07:00:00Z')).toEqual({
      date: '2025-03-09',
      minutes: 180,
      zone: 'EDT',
    });
  });

  it('keeps the minute and drops the seconds, never rounding up to the close', () => {
    // 15:59:59 is 959 minutes: before the close at 960.
    expect(toExchangeMoment('2025-01-27T15:59:59-05:00')?.minutes).toBe(15 * 60 + 59);
    expect(toExchangeMoment('2025-01-27T14:30:00.250Z')?.minutes).toBe(9 * 60 + 30);
    // The Q4 FY2025 earnings release: 16:20:07 EST = 980 minutes.
    expect(toExchangeMoment('2025-02-26T16:20:07-05:00')?.minutes).toBe(980);
  });

  it('refuses what it cannot read as a date or an instant', () => {
    const unreadable = [
      '',
      'yesterday',
      '2025-02-30',
      '2025-01-27T05:11:00', // no offset: which clock?
      '2025-01-27 05:11:00-05:00',
      '2025-01-27T25:00:00Z',
      '2025-01-27T05:11:00-0500',
      '2025-02-32T10:00:00Z',
      '2025-13-01T10:00:00Z',
    ];
    for (const value of unreadable) expect(toExchangeMoment(value), value).toBeNull();
  });

  it('agrees with the US daylight-saving rule for any instant and any writer offset', () => {
    const instants = fc
      .integer({ min: Date.UTC(2007, 0, 1) / 60_000, max: Date.UTC(2037, 11, 31) / 60_000 })
      .map((minute) => minute * 60_000);
    const offsets = fc.constantFrom(0, -300, -240, -600, 60, 330, 480, 525, 840);
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 0, max: 59_999 }),
        offsets,
        fc.boolean(),
        (minuteStart, extraMs, offset, withSeconds) => {
          const instant = withSeconds ? minuteStart + extraMs : minuteStart;
          const value = writeTimestamp(instant, offset, withSeconds);
          expect(toExchangeMoment(value), value).toEqual(referenceMoment(instant));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns any valid date-only value as it is', () => {
    const dates = fc
      .integer({ min: -20_000, max: 40_000 })
      .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, (date) => {
        expect(toExchangeMoment(date)).toEqual({ date, minutes: null, zone: null });
      }),
    );
  });
});

describe('a timestamp on a day that does not exist', () => {
  // The date-only form checks the day against the month, but a timestamp goes through Date.parse,
  // which in V8 accepts days up to 31 in any month and rolls them over into the next month.
  it('refuses the date-only 30 February (this part works)', () => {
    expect(toExchangeMoment('2025-02-30')).toBeNull();
  });

  it('refuses 30 February at 10:00 UTC instead of reading it as 2 March', () => {
    expect(toExchangeMoment('2025-02-30T10:00:00Z')).toBeNull();
  });

  it('refuses 31 April instead of reading it as 1 May', () => {
    expect(toExchangeMoment('2025-04-31T12:00:00-04:00')).toBeNull();
  });
});

describe('the trading hours', () => {
  it('open at 09:30 and close at 16:00', () => {
    expect(MARKET_OPEN_MINUTES).toBe(9 * 60 + 30);
    expect(MARKET_CLOSE_MINUTES).toBe(16 * 60);
  });
});

describe('the clock text of an event', () => {
  it('writes hours and minutes with two digits and the zone', () => {
    expect(formatExchangeClock({ date: '2025-01-27', minutes: 311, zone: 'EST' })).toBe(
      '05:11 EST',
    );
    expect(formatExchangeClock({ date: '2025-01-27', minutes: 960, zone: 'EST' })).toBe(
      '16:00 EST',
    );
    expect(formatExchangeClock({ date: '2025-07-01', minutes: 0, zone: 'EDT' })).toBe('00:00 EDT');
  });

  it('leaves the zone out when none is known', () => {
    expect(formatExchangeClock({ date: '2025-01-27', minutes: 23 * 60 + 59, zone: null })).toBe(
      '23:59',
    );
  });

  it('has no clock text for a date-only moment', () => {
    expect(formatExchangeClock({ date: '2025-01-27', minutes: null, zone: null })).toBeNull();
  });

  it('writes back the clock of a timestamp it has read', () => {
    const moment = toExchangeMoment('2025-02-26T16:20:07-05:00');
    expect(moment).not.toBeNull();
    if (moment) expect(formatExchangeClock(moment)).toBe('16:20 EST');
  });

  it('writes any minute of the day as HH:MM', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), (minutes) => {
        const text = formatExchangeClock({ date: '2025-01-27', minutes, zone: null }) ?? '';
        const match = /^(\d{2}):(\d{2})$/.exec(text);
        expect(match, text).not.toBeNull();
        expect(Number(match?.[1]) * 60 + Number(match?.[2])).toBe(minutes);
      }),
    );
  });
});
