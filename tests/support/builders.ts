/**
 * The input the tests make for themselves, and the date arithmetic they do by hand. Nothing here
 * imports src/: a builder makes input, and an expected value worked out with these helpers stays
 * independent of the module under test.
 */
import type { PriceBar, SharesPoint } from '../../src/domain/types';

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/**
 * A price bar that says little more than its close: open, high and low at the close, no adjusted
 * close (as an index reports), 1,000 shares traded. Any field can be given instead.
 */
export function bar({
  date,
  close,
  ...overrides
}: Pick<PriceBar, 'date' | 'close'> & Partial<PriceBar>): PriceBar {
  return {
    date,
    open: close,
    high: close,
    low: close,
    close,
    adjClose: null,
    volume: 1_000,
    ...overrides,
  };
}

/** The bars with every price times `factor` and the volume as it was: another currency's view. */
export const scaledPrices = (bars: readonly PriceBar[], factor: number): PriceBar[] =>
  bars.map((bar) => ({
    ...bar,
    open: bar.open * factor,
    high: bar.high * factor,
    low: bar.low * factor,
    close: bar.close * factor,
    adjClose: bar.adjClose === null ? null : bar.adjClose * factor,
  }));

/** A share count as of a date; its source names the date unless given. */
export function sharesPoint({
  asOf,
  shares,
  ...overrides
}: Pick<SharesPoint, 'asOf' | 'shares'> & Partial<SharesPoint>): SharesPoint {
  return { asOf, shares, source: `test ${asOf}`, ...overrides };
}

/** `count` weekdays (Monday to Friday) from `start` on: a calendar without holidays. */
export function weekdays(start: string, count: number): string[] {
  const dates: string[] = [];
  for (let ms = msOf(start); dates.length < count; ms += MS_PER_DAY) {
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) dates.push(isoOf(ms));
  }
  return dates;
}

/** The calendar day `index` days after Monday 1 January 2024: consecutive dates, weekends too. */
export const dateAt = (index: number): string => plusDays('2024-01-01', index);

/** A small deterministic generator (a linear congruential one), uniform in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Fisher-Yates with a seeded generator, so a failure can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (index + 1);
    const a = copy[index] as T;
    copy[index] = copy[other] as T;
    copy[other] = a;
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Dates by hand, in UTC, without the module under test
// ---------------------------------------------------------------------------------------------

export const MS_PER_DAY = 86_400_000;

/** Milliseconds since the epoch of a date's UTC midnight. */
export const msOf = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** The date (YYYY-MM-DD) of an instant, in UTC. */
export const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The date `days` calendar days after `date` (before it for a negative count). */
export const plusDays = (date: string, days: number): string =>
  isoOf(msOf(date) + days * MS_PER_DAY);

/** 0 for Sunday to 6 for Saturday. */
export const weekdayOf = (date: string): number => new Date(msOf(date)).getUTCDay();

/** Day number of a date: UTC midnight / 86 400 000, from the digits of the date. */
export function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN) / MS_PER_DAY;
}

// ---------------------------------------------------------------------------------------------
// Picking from a list
// ---------------------------------------------------------------------------------------------

/** The element at `index`, failing the test (rather than the type checker) when there is none. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no element at index ${index} of ${items.length}`);
  return item;
}

/** The single item matching `predicate`, failing loudly when there is none or several. */
export function only<T>(items: readonly T[], predicate: (item: T) => boolean): T {
  const found = items.filter(predicate);
  if (found.length !== 1) throw new Error(`expected exactly one match, found ${found.length}`);
  return at(found, 0);
}
