/**
 * A trading date of the exchange, `YYYY-MM-DD`. Trading dates stay strings or day numbers: a date-only
 * string given to `new Date()` is UTC midnight and shows as the day before west of Greenwich.
 */
export type TradingDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

/** Milliseconds of UTC midnight; setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 19xx. */
function utcMidnight(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function partsOf(date: TradingDate): DateParts | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(utcMidnight(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}

/** True for a real calendar date written `YYYY-MM-DD` (so 2025-02-30 is false). */
export function isTradingDate(value: string): boolean {
  return partsOf(value) !== null;
}

/** Days since 1970-01-01: the x coordinate of a true time axis, the same in every time zone. */
export function dayNumber(date: TradingDate): number {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return utcMidnight(parts.year, parts.month - 1, parts.day) / MS_PER_DAY;
}

export function dateOfDayNumber(day: number): TradingDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: TradingDate): number {
  return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
}

export function addDays(date: TradingDate, days: number): TradingDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

export interface DateFormat {
  weekday?: boolean;
  year?: boolean;
}

/** "Mon 27 Jan 2025", "27 Jan 2025", "27 Jan": written out here so no locale or time zone can move it. */
export function formatTradingDate(date: TradingDate, format: DateFormat = {}): string {
  const { weekday = false, year = true } = format;
  const parts = partsOf(date);
  if (!parts) return date;
  const words = [`${parts.day}`, MONTHS[parts.month - 1] ?? ''];
  if (year) words.push(`${parts.year}`);
  if (weekday) words.unshift(WEEKDAYS[weekdayOf(date)] ?? '');
  return words.join(' ');
}

/** "Jan 2025" or "Jan". */
export function formatMonth(date: TradingDate, withYear: boolean): string {
  const parts = partsOf(date);
  if (!parts) return date;
  const month = MONTHS[parts.month - 1] ?? '';
  return withYear ? `${month} ${parts.year}` : month;
}
