import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isEventInWindow,
  placeEvents,
  sessionOfEffect,
  type PlacedEvent,
} from '../../src/domain/eventPlacement';
import type { ExchangeMoment } from '../../src/domain/exchangeTime';
import type { MarketEvent } from '../../src/domain/types';
import { only, utcDay } from '../support/builders';
import * as fixtures from '../support/fixtures';

const sessions = fixtures.nvdaSessions();

const onDate = (date: string): ExchangeMoment => ({ date, minutes: null, zone: null });
const at = (date: string, hours: number, minutes = 0): ExchangeMoment => ({
  date,
  minutes: hours * 60 + minutes,
  zone: 'EST',
});

const event = (id: string, start: string, end: string | null = null): MarketEvent => ({
  id,
  title: id,
  kind: 'news',
  start,
  end,
  summary: '',
  quote: null,
  sources: [],
});

describe('the session on which an event shows in prices', () => {
  it('is the same day for a date-only event on a trading day', () => {
    expect(sessionOfEffect(sessions, onDate('2025-01-24'))).toBe('2025-01-24');
    expect(sessionOfEffect(sessions, onDate('2025-01-27'))).toBe('2025-01-27');
  });

  it('is Monday 27 January for anything on the weekend of 25-26 January', () => {
    expect(sessionOfEffect(sessions, onDate('2025-01-25'))).toBe('2025-01-27');
    expect(sessionOfEffect(sessions, onDate('2025-01-26'))).toBe('2025-01-27');
    expect(sessionOfEffect(sessions, at('2025-01-25', 18))).toBe('2025-01-27');
    expect(sessionOfEffect(sessions, at('2025-01-26', 3))).toBe('2025-01-27');
  });

  it('is the next session for an event on a holiday', () => {
    expect(sessionOfEffect(sessions, onDate('2025-01-09'))).toBe('2025-01-10');
    expect(sessionOfEffect(sessions, onDate('2025-01-20'))).toBe('2025-01-21');
    expect(sessionOfEffect(sessions, onDate('2025-02-17'))).toBe('2025-02-18');
  });

  it('is the same day for a premarket or intraday event', () => {
    expect(sessionOfEffect(sessions, at('2025-01-27', 5, 11))).toBe('2025-01-27');
    expect(sessionOfEffect(sessions, at('2025-01-27', 0, 0))).toBe('2025-01-27');
    expect(sessionOfEffect(sessions, at('2025-01-24', 15, 59))).toBe('2025-01-24');
  });

  it('is the next session for an event at or after the 16:00 close', () => {
    expect(sessionOfEffect(sessions, at('2025-01-24', 16, 0))).toBe('2025-01-27');
    expect(sessionOfEffect(sessions, at('2025-01-27', 16, 1))).toBe('2025-01-28');
    expect(sessionOfEffect(sessions, at('2025-02-26', 16, 20))).toBe('2025-02-27');
    // After the close on Friday 14 Feb, the next session is Tuesday 18 Feb (Presidents' Day).
    expect(sessionOfEffect(sessions, at('2025-02-14', 17, 0))).toBe('2025-02-18');
  });

  it('is unknown beyond the last session of the data', () => {
    expect(sessionOfEffect(sessions, onDate('2025-07-01'))).toBeNull();
    expect(sessionOfEffect(sessions, at('2025-06-30', 16, 0))).toBeNull();
    expect(sessionOfEffect(sessions, at('2025-06-30', 15, 0))).toBe('2025-06-30');
  });

  it('agrees with "the first session whose close is not before the event"', () => {
    const dateAt = (offset: number) =>
      new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
    const lists = fc
      .uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 })
      .map((offsets) => [...offsets].sort((a, b) => a - b).map(dateAt));
    const moments = fc.record({
      date: fc.integer({ min: -2, max: 32 }).map(dateAt),
      minutes: fc.option(fc.constantFrom(0, 311, 570, 959, 960, 961, 1439, 600), { nil: null }),
      zone: fc.constant(null),
    });
    fc.assert(
      fc.property(lists, moments, (list, moment) => {
        // A session's close is 16:00 on its date; the event counts if it comes before that close.
        // An event before the first session in the data has none: the data cannot say which.
        const first = list[0];
        const expected =
          first === undefined || moment.date < first
            ? null
            : (list.find(
                (session) =>
                  session > moment.date ||
                  (session === moment.date && (moment.minutes === null || moment.minutes < 960)),
              ) ?? null);
        expect(sessionOfEffect(list, moment)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('placing the events of the story', () => {
  const { placed, skipped } = placeEvents(fixtures.storyEvents(), sessions);
  const byId = (id: string) => only(placed, (p) => p.event.id === id);

  it('places every event and skips none', () => {
    expect(skipped).toEqual([]);
    expect(placed).toHaveLength(fixtures.storyEvents().length);
  });

  it('puts each event on the session where it shows in prices', () => {
    const expected: Record<string, string> = {
      'deepseek-v3-release': '2024-12-26', // a Thursday session
      'deepseek-app-launch': '2025-01-10', // Friday; the day before (9 Jan) was closed
      'deepseek-r1-release': '2025-01-21', // released on the 20 Jan holiday
      'viral-weekend': '2025-01-27', // Saturday-Sunday
      'appstore-no1-us': '2025-01-27', // Sunday
      'nvda-premarket-jan27': '2025-01-27', // 05:11 EST, same day
      'nvda-record-drop-jan27': '2025-01-27', // 09:30 EST
      'nvda-rebound-jan28': '2025-01-28',
      'openai-distillation-claim': '2025-01-29',
      'nvda-q4-fy2025-earnings': '2025-02-27', // 16:20 EST, after the close
    };
    for (const [id, session] of Object.entries(expected))
      expect(byId(id).sessionOfEffect, id).toBe(session);
  });

  it("draws a marker at the event's own date, a Saturday staying a Saturday", () => {
    expect(byId('viral-weekend').day).toBe(utcDay('2025-01-25'));
    expect(byId('appstore-no1-us').day).toBe(utcDay('2025-01-26'));
    expect(byId('deepseek-r1-release').day).toBe(utcDay('2025-01-20'));
  });

  it('draws the weekend as a band from Friday 24 to Monday 27 January', () => {
    expect(byId('viral-weekend').band).toEqual({
      fromDay: utcDay('2025-01-24'),
      toDay: utcDay('2025-01-27'),
    });
  });

  it('draws no band for an event that starts and ends on the same day', () => {
    expect(byId('nvda-record-drop-jan27').band).toBeNull();
    expect(byId('nvda-premarket-jan27').band).toBeNull();
    expect(byId('deepseek-v3-release').band).toBeNull();
  });

  it('keeps the New York clock of a timed event', () => {
    const premarket = byId('nvda-premarket-jan27');
    expect(premarket.start).toEqual({ date: '2025-01-27', minutes: 311, zone: 'EST' });
    expect(premarket.end).toEqual({ date: '2025-01-27', minutes: 570, zone: 'EST' });
    expect(byId('nvda-q4-fy2025-earnings').start.minutes).toBe(16 * 60 + 20);
  });

  it('lists the events in time order, date-only ones first on their day', () => {
    for (let i = 1; i < placed.length; i++) {
      const previous = placed[i - 1];
      const current = placed[i];
      if (!previous || !current) throw new Error('missing event');
      expect(current.day).toBeGreaterThanOrEqual(previous.day);
      if (current.day === previous.day)
        expect(current.start.minutes ?? -1).toBeGreaterThanOrEqual(previous.start.minutes ?? -1);
    }
    const monday = placed.filter((p) => p.day === utcDay('2025-01-27')).map((p) => p.event.id);
    expect(monday.slice(-2)).toEqual(['nvda-premarket-jan27', 'nvda-record-drop-jan27']);
    expect(monday).toHaveLength(7);
  });
});

describe('placing events with odd dates', () => {
  it('skips an event it cannot read, and says why', () => {
    const bad = [
      event('no-start', 'yesterday'),
      event('bad-end', '2025-01-27', '2025-02-30'),
      event('backwards', '2025-01-28', '2025-01-27'),
    ];
    const { placed, skipped } = placeEvents([...bad, event('fine', '2025-01-27')], sessions);
    expect(placed.map((p) => p.event.id)).toEqual(['fine']);
    expect(skipped.map((s) => s.event.id)).toEqual(['no-start', 'bad-end', 'backwards']);
    expect(skipped[0]?.reason).toContain('unreadable start');
    expect(skipped[1]?.reason).toContain('unreadable end');
    expect(skipped[2]?.reason).toBe('ends before it starts');
  });

  it('lets no event vanish: each is placed or skipped exactly once', () => {
    const starts = fc.constantFrom(
      '2025-01-25',
      '2025-01-27',
      '2025-01-27T05:11:00-05:00',
      '2025-01-27T16:00:00-05:00',
      'soon',
      '2025-02-30',
    );
    const events = fc
      .array(fc.tuple(starts, fc.option(starts, { nil: null })), { maxLength: 10 })
      .map((pairs) => pairs.map(([start, end], i) => event(`e${i}`, start, end)));
    fc.assert(
      fc.property(events, (list) => {
        const { placed, skipped } = placeEvents(list, sessions);
        const ids = [...placed.map((p) => p.event.id), ...skipped.map((s) => s.event.id)];
        expect(ids.sort()).toEqual(list.map((e) => e.id).sort());
      }),
    );
  });

  it('starts a band on its first day when that day is a session', () => {
    const [span] = placeEvents([event('s', '2025-01-27', '2025-01-29')], sessions).placed;
    expect(span?.band).toEqual({ fromDay: utcDay('2025-01-27'), toDay: utcDay('2025-01-29') });
  });

  it('runs a band from the session before a holiday to the session after a weekend', () => {
    // 20 Jan (holiday) -> back to Fri 17 Jan; ending Sat 1 Feb -> on to Mon 3 Feb.
    const [span] = placeEvents([event('s', '2025-01-20', '2025-02-01')], sessions).placed;
    expect(span?.band).toEqual({ fromDay: utcDay('2025-01-17'), toDay: utcDay('2025-02-03') });
    expect(span?.sessionOfEffect).toBe('2025-01-21');
  });

  it('keeps the raw dates of a band outside the data', () => {
    const [span] = placeEvents([event('s', '2024-07-13', '2025-07-04')], sessions).placed;
    // Nothing on or before Sat 13 Jul 2024, nothing on or after 4 Jul 2025: the dates stand.
    expect(span?.band).toEqual({ fromDay: utcDay('2024-07-13'), toDay: utcDay('2025-07-04') });
  });
});

describe('whether an event shows in a window', () => {
  const placedAt = (day: number, band: PlacedEvent['band'] = null): PlacedEvent => ({
    event: event('x', '2025-01-27'),
    start: onDate('2025-01-27'),
    end: null,
    sessionOfEffect: null,
    day,
    band,
  });

  it('shows a marker inside the window, ends included', () => {
    expect(isEventInWindow(placedAt(10), 10, 20)).toBe(true);
    expect(isEventInWindow(placedAt(20), 10, 20)).toBe(true);
    expect(isEventInWindow(placedAt(15), 10, 20)).toBe(true);
  });

  it('hides a marker outside the window', () => {
    expect(isEventInWindow(placedAt(9), 10, 20)).toBe(false);
    expect(isEventInWindow(placedAt(21), 10, 20)).toBe(false);
  });

  it('shows a band that overlaps the window only in part', () => {
    expect(isEventInWindow(placedAt(8, { fromDay: 5, toDay: 10 }), 10, 20)).toBe(true);
    expect(isEventInWindow(placedAt(22, { fromDay: 20, toDay: 25 }), 10, 20)).toBe(true);
    expect(isEventInWindow(placedAt(15, { fromDay: 5, toDay: 25 }), 10, 20)).toBe(true);
    expect(isEventInWindow(placedAt(8, { fromDay: 5, toDay: 9 }), 10, 20)).toBe(false);
  });

  it('agrees with "some day of the event lies in the window"', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        (first, length, isBand, from, width) => {
          const band = isBand ? { fromDay: first, toDay: first + length } : null;
          const days = isBand ? Array.from({ length: length + 1 }, (_, i) => first + i) : [first];
          const expected = days.some((d) => d >= from && d <= from + width);
          expect(isEventInWindow(placedAt(first, band), from, from + width)).toBe(expected);
        },
      ),
    );
  });
});

describe('an end earlier than the start on the same day', () => {
  // placeOne compares only the dates of start and end, so a same-day end before the start passes.
  it('skips an event that ends at 09:30 after starting at 16:00 the same day', () => {
    const { placed, skipped } = placeEvents(
      [event('backwards', '2025-01-27T16:00:00-05:00', '2025-01-27T09:30:00-05:00')],
      sessions,
    );
    expect(placed).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual(['ends before it starts']);
  });
});
