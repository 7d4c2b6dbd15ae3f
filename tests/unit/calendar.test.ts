import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSession,
  sessionAfter,
  sessionBefore,
  sessionOnOrAfter,
  sessionOnOrBefore,
} from '../../src/domain/calendar';
import * as fixtures from '../support/fixtures';

const sessions = fixtures.nvdaSessions();

/** A date `offset` days after 2024-12-20, made with Date.UTC rather than the module under test. */
const dateAt = (offset: number) =>
  new Date(Date.UTC(2024, 11, 20 + offset)).toISOString().slice(0, 10);

// Linear-scan references: the obvious reading of each function's name.
const reference = {
  isSession: (list: readonly string[], date: string) => list.includes(date),
  onOrAfter: (list: readonly string[], date: string) => list.find((s) => s >= date) ?? null,
  after: (list: readonly string[], date: string) => list.find((s) => s > date) ?? null,
  before: (list: readonly string[], date: string) => list.filter((s) => s < date).at(-1) ?? null,
  onOrBefore: (list: readonly string[], date: string) =>
    list.filter((s) => s <= date).at(-1) ?? null,
};

describe('the trading calendar of the NVDA data', () => {
  it('has the sell-off sessions and not the days the market was shut', () => {
    expect(isSession(sessions, '2025-01-24')).toBe(true);
    expect(isSession(sessions, '2025-01-27')).toBe(true);
    expect(isSession(sessions, '2025-01-25')).toBe(false); // Saturday
    expect(isSession(sessions, '2025-01-26')).toBe(false); // Sunday
    expect(isSession(sessions, '2025-01-09')).toBe(false); // national day of mourning (Carter)
    expect(isSession(sessions, '2025-01-20')).toBe(false); // Martin Luther King Jr. Day
    expect(isSession(sessions, '2025-02-17')).toBe(false); // Presidents' Day
  });

  it('finds exactly those three weekday closures in January-February 2025', () => {
    const closedWeekdays: string[] = [];
    // 2 Jan 2025 .. 28 Feb 2025 is 58 days; offsets count from 20 Dec 2024.
    for (let offset = 13; offset <= 70; offset++) {
      const date = dateAt(offset);
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6 && !isSession(sessions, date)) closedWeekdays.push(date);
    }
    expect(dateAt(13)).toBe('2025-01-02');
    expect(dateAt(70)).toBe('2025-02-28');
    expect(closedWeekdays).toEqual(['2025-01-09', '2025-01-20', '2025-02-17']);
  });

  it('steps over the weekend from Friday 24 January to Monday 27 January', () => {
    expect(sessionAfter(sessions, '2025-01-24')).toBe('2025-01-27');
    expect(sessionBefore(sessions, '2025-01-27')).toBe('2025-01-24');
    expect(sessionOnOrAfter(sessions, '2025-01-25')).toBe('2025-01-27');
    expect(sessionOnOrAfter(sessions, '2025-01-26')).toBe('2025-01-27');
    expect(sessionOnOrBefore(sessions, '2025-01-26')).toBe('2025-01-24');
  });

  it('steps over the holidays', () => {
    expect(sessionAfter(sessions, '2025-01-08')).toBe('2025-01-10');
    expect(sessionOnOrAfter(sessions, '2025-01-20')).toBe('2025-01-21');
    expect(sessionBefore(sessions, '2025-01-21')).toBe('2025-01-17');
    expect(sessionOnOrBefore(sessions, '2025-02-17')).toBe('2025-02-14');
    expect(sessionAfter(sessions, '2025-02-14')).toBe('2025-02-18');
  });

  it('returns a session itself for "on or" and its neighbour for "before"/"after"', () => {
    expect(sessionOnOrAfter(sessions, '2025-01-27')).toBe('2025-01-27');
    expect(sessionOnOrBefore(sessions, '2025-01-27')).toBe('2025-01-27');
    expect(sessionAfter(sessions, '2025-01-27')).toBe('2025-01-28');
    expect(sessionBefore(sessions, '2025-01-28')).toBe('2025-01-27');
  });

  it('answers null beyond either end of the data', () => {
    // The file runs from Mon 15 Jul 2024 to Mon 30 Jun 2025.
    expect(sessions[0]).toBe('2024-07-15');
    expect(sessions.at(-1)).toBe('2025-06-30');
    expect(sessionBefore(sessions, '2024-07-15')).toBeNull();
    expect(sessionOnOrBefore(sessions, '2024-07-14')).toBeNull();
    expect(sessionOnOrAfter(sessions, '2024-07-14')).toBe('2024-07-15');
    expect(sessionAfter(sessions, '2025-06-30')).toBeNull();
    expect(sessionOnOrAfter(sessions, '2025-07-01')).toBeNull();
    expect(sessionOnOrBefore(sessions, '2025-07-01')).toBe('2025-06-30');
  });
});

describe('an empty or tiny calendar', () => {
  it('knows no session at all when empty', () => {
    expect(isSession([], '2025-01-27')).toBe(false);
    expect(sessionOnOrAfter([], '2025-01-27')).toBeNull();
    expect(sessionAfter([], '2025-01-27')).toBeNull();
    expect(sessionBefore([], '2025-01-27')).toBeNull();
    expect(sessionOnOrBefore([], '2025-01-27')).toBeNull();
  });

  it('handles a single session from either side', () => {
    const one = ['2025-01-27'];
    expect(sessionAfter(one, '2025-01-26')).toBe('2025-01-27');
    expect(sessionAfter(one, '2025-01-27')).toBeNull();
    expect(sessionBefore(one, '2025-01-28')).toBe('2025-01-27');
    expect(sessionBefore(one, '2025-01-27')).toBeNull();
  });
});

describe('the calendar agrees with a linear scan', () => {
  // Random sorted, distinct session lists drawn from 20 Dec 2024 .. 27 Feb 2025, queried on dates a
  // little beyond either end so that "no session" answers come up too.
  const sessionLists = fc
    .uniqueArray(fc.integer({ min: 0, max: 69 }), { maxLength: 40 })
    .map((offsets) => [...offsets].sort((a, b) => a - b).map(dateAt));
  const queries = fc.integer({ min: -3, max: 72 }).map(dateAt);

  it('for every function, on random calendars and dates', () => {
    fc.assert(
      fc.property(sessionLists, queries, (list, date) => {
        expect(isSession(list, date)).toBe(reference.isSession(list, date));
        expect(sessionOnOrAfter(list, date)).toBe(reference.onOrAfter(list, date));
        expect(sessionAfter(list, date)).toBe(reference.after(list, date));
        expect(sessionBefore(list, date)).toBe(reference.before(list, date));
        expect(sessionOnOrBefore(list, date)).toBe(reference.onOrBefore(list, date));
      }),
      { numRuns: 500 },
    );
  });

  it('when the date queried is one of the sessions', () => {
    const withMember = sessionLists
      .filter((list) => list.length > 0)
      .chain((list) => fc.constantFrom(...list).map((date) => ({ list, date })));
    fc.assert(
      fc.property(withMember, ({ list, date }) => {
        expect(isSession(list, date)).toBe(true);
        expect(sessionOnOrAfter(list, date)).toBe(date);
        expect(sessionOnOrBefore(list, date)).toBe(date);
        expect(sessionAfter(list, date)).toBe(reference.after(list, date));
        expect(sessionBefore(list, date)).toBe(reference.before(list, date));
      }),
    );
  });

  it('on the real NVDA calendar, for every date of its year', () => {
    for (let offset = -160; offset <= 200; offset++) {
      const date = dateAt(offset);
      expect(sessionOnOrAfter(sessions, date), date).toBe(reference.onOrAfter(sessions, date));
      expect(sessionAfter(sessions, date), date).toBe(reference.after(sessions, date));
      expect(sessionBefore(sessions, date), date).toBe(reference.before(sessions, date));
      expect(sessionOnOrBefore(sessions, date), date).toBe(reference.onOrBefore(sessions, date));
    }
  });
});
