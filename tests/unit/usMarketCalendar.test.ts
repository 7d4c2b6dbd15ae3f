import { describe, expect, it } from 'vitest';
import {
  isUsTradingDay,
  missingSessions,
  usMarketHolidays,
} from '../../src/domain/usMarketCalendar';
import * as fixtures from '../support/fixtures';
import { NYSE_FULL_DAY_CLOSURES, ONE_OFF_CLOSURES } from './nyseFullDayClosures';

/**
 * The NYSE calendar. The holiday lists are copied by hand from NYSE's published holiday schedules;
 * weekdays are worked out here with Date.UTC, not with the module under test.
 */

/** The closures of a year, from the hand-written list (nyseFullDayClosures.ts). */
function closuresOf(year: number): readonly string[] {
  const closures = NYSE_FULL_DAY_CLOSURES[year];
  if (!closures) throw new Error(`no closures listed for ${String(year)}`);
  return closures;
}

const DAY_MS = 86_400_000;

/** Every date of a year with its weekday (0 = Sunday), from Date.UTC. */
function daysOf(year: number): { date: string; weekday: number }[] {
  const days: { date: string; weekday: number }[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += DAY_MS) {
    const day = new Date(ms);
    days.push({ date: day.toISOString().slice(0, 10), weekday: day.getUTCDay() });
  }
  return days;
}

const isWeekend = (weekday: number) => weekday === 0 || weekday === 6;

describe.each([
  // New Year's Day 2022 fell on a Saturday: no holiday for it, in 2021 or 2022; 2021's Independence
  // Day and Christmas fell on a Sunday and a Saturday.
  [2025, closuresOf(2025), 250],
  [2024, closuresOf(2024), 252],
  [2022, closuresOf(2022), 251],
  [2021, closuresOf(2021), 252],
])('the NYSE calendar of %i', (year, holidays, sessions) => {
  it.each(holidays)('is closed on %s', (date) => {
    expect(isUsTradingDay(date)).toBe(false);
  });

  it('is open on every other weekday, and never on a weekend', () => {
    const closed = new Set(holidays);
    const wrong = daysOf(year).filter(
      ({ date, weekday }) => isUsTradingDay(date) !== (!isWeekend(weekday) && !closed.has(date)),
    );

    expect(wrong).toEqual([]);
  });

  it(`has ${sessions} sessions in all`, () => {
    expect(daysOf(year).filter(({ date }) => isUsTradingDay(date))).toHaveLength(sessions);
  });

  it('lists the rule-based holidays (the mourning day is a one-off closure, not a rule)', () => {
    expect([...usMarketHolidays(year)].sort()).toEqual(
      holidays.filter((date) => date !== '2025-01-09'),
    );
  });
});

describe.each(Object.entries(NYSE_FULL_DAY_CLOSURES).map(([year, list]) => [Number(year), list]))(
  'the NYSE full-day closures of %i, from an independent list',
  (year, list) => {
    it('lists weekdays of that year only', () => {
      const weekdays = new Set(
        daysOf(year)
          .filter(({ weekday }) => !isWeekend(weekday))
          .map(({ date }) => date),
      );
      expect(list.filter((date) => !weekdays.has(date))).toEqual([]);
    });

    it('closes on exactly the weekdays listed', () => {
      const closed = daysOf(year)
        .filter(({ date, weekday }) => !isWeekend(weekday) && !isUsTradingDay(date))
        .map(({ date }) => date);
      expect(closed).toEqual([...list].sort());
    });

    it('gives by its rules the listed closures that are not one-offs', () => {
      expect([...usMarketHolidays(year)].sort()).toEqual(
        list.filter((date) => !ONE_OFF_CLOSURES.has(date)).sort(),
      );
    });
  },
);

describe('Martin Luther King Jr. Day', () => {
  it.each([
    ['1995-01-16', true],
    ['1996-01-15', true],
    ['1997-01-20', true],
    ['1998-01-19', false],
    ['2025-01-20', false],
  ])('on %s: open %s (the NYSE first closed for it in 1998)', (date, open) => {
    expect(isUsTradingDay(date)).toBe(open);
  });
});

describe('observed holidays', () => {
  it('closes Friday 24 Dec 2021 for Christmas on a Saturday', () => {
    expect(isUsTradingDay('2021-12-24')).toBe(false);
    expect(isUsTradingDay('2021-12-23')).toBe(true);
    expect(isUsTradingDay('2021-12-27')).toBe(true);
  });

  it('closes Monday 26 Dec 2022 for Christmas on a Sunday', () => {
    expect(isUsTradingDay('2022-12-26')).toBe(false);
    expect(isUsTradingDay('2022-12-23')).toBe(true);
    expect(isUsTradingDay('2022-12-27')).toBe(true);
  });

  it("opens Friday 31 Dec 2021 and Monday 3 Jan 2022: New Year's Day 2022, a Saturday, is not moved", () => {
    expect(isUsTradingDay('2021-12-31')).toBe(true);
    expect(isUsTradingDay('2022-01-03')).toBe(true);
    expect(usMarketHolidays(2021).has('2021-12-31')).toBe(false);
    expect(usMarketHolidays(2022).has('2022-01-01')).toBe(false);
  });

  it("closes Monday 2 Jan 2023 for New Year's Day on a Sunday", () => {
    expect(isUsTradingDay('2023-01-02')).toBe(false);
    expect(isUsTradingDay('2023-01-03')).toBe(true);
  });

  it('closes Monday 5 Jul 2021 (4 July a Sunday) and Friday 3 Jul 2026 (a Saturday)', () => {
    expect(isUsTradingDay('2021-07-05')).toBe(false);
    expect(isUsTradingDay('2026-07-03')).toBe(false);
    expect(isUsTradingDay('2026-07-02')).toBe(true);
  });

  it('observes Juneteenth from 2022 on (Monday 20 Jun 2022 for a Sunday), not in 2021', () => {
    expect(isUsTradingDay('2022-06-20')).toBe(false);
    expect(isUsTradingDay('2023-06-19')).toBe(false);
    // 19 Jun 2021 was a Saturday; the exchange first closed for Juneteenth in 2022.
    expect(isUsTradingDay('2021-06-18')).toBe(true);
  });
});

describe('Good Friday', () => {
  it.each([
    ['2019-04-19', '2019-04-18', '2019-04-22'],
    ['2023-04-07', '2023-04-06', '2023-04-10'],
    ['2024-03-29', '2024-03-28', '2024-04-01'],
    ['2025-04-18', '2025-04-17', '2025-04-21'],
    ['2026-04-03', '2026-04-02', '2026-04-06'],
  ])('closes on %s, open the Thursday before (%s) and Easter Monday (%s)', (friday, thu, mon) => {
    expect(isUsTradingDay(friday)).toBe(false);
    expect(isUsTradingDay(thu)).toBe(true);
    expect(isUsTradingDay(mon)).toBe(true);
  });
});

describe('one-off closures', () => {
  it('closes for Hurricane Sandy and the national day of mourning for President G. H. W. Bush', () => {
    expect(isUsTradingDay('2012-10-29')).toBe(false);
    expect(isUsTradingDay('2012-10-30')).toBe(false);
    expect(isUsTradingDay('2012-10-31')).toBe(true);
    expect(isUsTradingDay('2018-12-05')).toBe(false);
  });
});

describe('missingSessions', () => {
  it('is empty for no dates or one date', () => {
    expect(missingSessions([])).toEqual([]);
    expect(missingSessions(['2025-01-27'])).toEqual([]);
  });

  it('skips weekends and holidays, and names the trading days not given', () => {
    // 17 Jan (Fri) to 24 Jan 2025 (Fri): 20 Jan is MLK day; 21 and 23 are left out.
    expect(missingSessions(['2025-01-17', '2025-01-22', '2025-01-24'])).toEqual([
      '2025-01-21',
      '2025-01-23',
    ]);
  });

  it('counts 29 Feb 2024', () => {
    expect(missingSessions(['2024-02-28', '2024-03-01'])).toEqual(['2024-02-29']);
  });

  it('runs across a year end', () => {
    // 24 Dec 2024 to 6 Jan 2025: 25 Dec and 1 Jan are holidays.
    expect(missingSessions(['2024-12-24', '2025-01-06'])).toEqual([
      '2024-12-26',
      '2024-12-27',
      '2024-12-30',
      '2024-12-31',
      '2025-01-02',
      '2025-01-03',
    ]);
  });
});

describe('the NVDA fixture against the calendar', () => {
  const dates = fixtures.nvdaSessions();

  it('has 241 ascending dates, from 15 Jul 2024 to 30 Jun 2025', () => {
    expect(dates).toHaveLength(241);
    expect(dates[0]).toBe('2024-07-15');
    expect(dates.at(-1)).toBe('2025-06-30');
    expect(dates.every((date, index) => index === 0 || (dates[index - 1] ?? '') < date)).toBe(true);
  });

  it('holds trading days only', () => {
    expect(dates.filter((date) => !isUsTradingDay(date))).toEqual([]);
  });

  it('misses no trading day between its first and last date', () => {
    expect(missingSessions(dates)).toEqual([]);
  });

  it('would show a session taken out of it as missing', () => {
    const without = dates.filter((date) => date !== '2025-01-27');

    expect(missingSessions(without)).toEqual(['2025-01-27']);
  });
});
