/**
 * The bundled data, read straight from mocks/fixtures with node:fs and a deliberately simple CSV
 * split, so the unit tests of src/domain do not depend on the app's own loaders.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarketEvent, PriceBar, SharesPoint } from '../../src/domain/types';

// import.meta.url is a string here: jsdom's URL class would not pass node's file-URL check.
const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../mocks/fixtures');

function readFixture(name: string): string {
  return readFileSync(resolve(fixturesDir, name), 'utf8');
}

function dataLines(text: string): string[] {
  return text.trim().split(/\r?\n/).slice(1);
}

/** NVDA.csv: date,open,high,low,close,adj_close,volume (no quoted cells). */
export function nvdaBars(): PriceBar[] {
  return dataLines(readFixture('prices/NVDA.csv')).map((line) => {
    const [date = '', open, high, low, close, adjClose, volume] = line.split(',');
    return {
      date,
      open: Number(open),
      high: Number(high),
      low: Number(low),
      close: Number(close),
      adjClose: adjClose ? Number(adjClose) : null,
      volume: volume ? Number(volume) : null,
    };
  });
}

/** The session dates of the NVDA file: the trading calendar the app uses. */
export function nvdaSessions(): string[] {
  return nvdaBars().map((bar) => bar.date);
}

/**
 * nvda_shares_outstanding.csv: as_of_date,shares_outstanding,... Only the first two cells are read;
 * they come before any quoted cell, so a plain split is exact for them.
 */
export function nvdaSharePoints(): SharesPoint[] {
  return dataLines(readFixture('nvda_shares_outstanding.csv')).map((line) => {
    const [asOf = '', shares] = line.split(',');
    return { asOf, shares: Number(shares), source: line };
  });
}

interface RawEvent extends Omit<MarketEvent, 'end'> {
  end?: string | null;
}

export function storyEvents(): MarketEvent[] {
  const raw = JSON.parse(readFixture('events.json')) as RawEvent[];
  return raw.map((event) => ({ ...event, end: event.end ?? null }));
}

/** Day number of a date computed without the module under test: UTC midnight / 86 400 000. */
export function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN) / 86_400_000;
}

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
