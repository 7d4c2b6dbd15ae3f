import { addDays, dateOfDayNumber, dayNumber, weekdayOf, type TradingDate } from './tradingDate';

/**
 * The days the US stock exchanges close on a weekday, so a gap in the data can be told apart from
 * missing data: NYSE's holiday rules, plus closures announced one at a time.
 */
const SPECIAL_CLOSURES = new Set([
  '2001-09-11', // the September 11 attacks
  '2001-09-12',
  '2001-09-13',
  '2001-09-14',
  '2004-06-11', // national day of mourning, Ronald Reagan
  '2007-01-02', // national day of mourning, Gerald Ford
  '2012-10-29', // Hurricane Sandy
  '2012-10-30',
  '2018-12-05', // national day of mourning, George H. W. Bush
  '2025-01-09', // national day of mourning, Jimmy Carter
]);

const pad = (value: number) => String(value).padStart(2, '0');
const ymd = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;

/** The nth weekday (0 = Sunday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): TradingDate {
  if (n > 0) {
    const first = ymd(year, month, 1);
    const offset = (weekday - weekdayOf(first) + 7) % 7;
    return addDays(first, offset + (n - 1) * 7);
  }
  const last = addDays(ymd(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/** Easter Sunday (Gregorian), by the anonymous Meeus/Jones/Butcher algorithm. */
function easter(year: number): TradingDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** A fixed-date holiday on a Saturday is observed on Friday, on a Sunday on Monday. */
function observed(date: TradingDate): TradingDate {
  const weekday = weekdayOf(date);
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
}

const cache = new Map<number, ReadonlySet<TradingDate>>();

export function usMarketHolidays(year: number): ReadonlySet<TradingDate> {
  const known = cache.get(year);
  if (known) return known;
  const days = [
    // New Year's Day on a Saturday is not moved back into December (NYSE rule 7.2).
    weekdayOf(ymd(year, 1, 1)) === 6 ? null : observed(ymd(year, 1, 1)),
    // Martin Luther King Jr. Day: a federal holiday from 1986, but the NYSE traded on it until 1997
    // and first closed for it on 19 Jan 1998 (NYSE holiday history).
    year >= 1998 ? nthWeekday(year, 1, 1, 3) : null,
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    addDays(easter(year), -2), // Good Friday
    nthWeekday(year, 5, 1, -1), // Memorial Day
    year >= 2022 ? observed(ymd(year, 6, 19)) : null, // Juneteenth
    observed(ymd(year, 7, 4)),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 11, 4, 4), // Thanksgiving
    observed(ymd(year, 12, 25)),
  ];
  const holidays = new Set(days.filter((day): day is TradingDate => day !== null));
  cache.set(year, holidays);
  return holidays;
}

/** True on a weekday the exchanges are open, by the rules (the data itself is not asked). */
export function isUsTradingDay(date: TradingDate): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6 || SPECIAL_CLOSURES.has(date)) return false;
  return !usMarketHolidays(Number(date.slice(0, 4))).has(date);
}

/** Trading days between the first and last date given that the data does not have: missing data. */
export function missingSessions(dates: readonly TradingDate[]): TradingDate[] {
  const have = new Set(dates);
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return [];
  const missing: TradingDate[] = [];
  for (let day = dayNumber(first); day <= dayNumber(last); day++) {
    const date = dateOfDayNumber(day);
    if (!have.has(date) && isUsTradingDay(date)) missing.push(date);
  }
  return missing;
}
