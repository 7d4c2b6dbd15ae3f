/**
 * The bundled data, read straight from mocks/fixtures with node:fs and a deliberately simple CSV
 * split, so the tests do not depend on the app's own loaders or on the mocks' dataset module.
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

const PRICE_HEADER = 'date,open,high,low,close,adj_close,volume';

/**
 * prices/<symbol>.csv: date,open,high,low,close,adj_close,volume, no quoted cells; an empty
 * adj_close or volume is null. Fails on any other header or on a row of another width.
 */
export function bars(symbol: string): PriceBar[] {
  const text = readFixture(`prices/${symbol}.csv`);
  const header = text.slice(0, text.search(/\r?\n/));
  if (header !== PRICE_HEADER) throw new Error(`prices/${symbol}.csv starts "${header}"`);
  return dataLines(text).map((line) => {
    const cells = line.split(',');
    if (cells.length !== 7) throw new Error(`prices/${symbol}.csv: ${line}`);
    const [date = '', open, high, low, close, adjClose, volume] = cells;
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
  return bars('NVDA').map((bar) => bar.date);
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

/** events.json, with a missing end read as null. */
export function storyEvents(): MarketEvent[] {
  const raw = JSON.parse(readFixture('events.json')) as RawEvent[];
  return raw.map((event) => ({ ...event, end: event.end ?? null }));
}
