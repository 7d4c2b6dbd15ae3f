import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  errorBodySchema,
  eventsResponseSchema,
  pricesResponseSchema,
  sharesResponseSchema,
  symbolsResponseSchema,
} from '../../src/api/schemas';
import * as fixtures from '../support/fixtures';

/**
 * The mock API's HTTP contract (DESIGN.md, "The price-data API, v1"), over plain fetch. Expected
 * values come from DESIGN.md / PROVENANCE.md and from reading the fixture files with the tests' own
 * parsers (this file's and tests/support/fixtures.ts), never with the mocks' dataset module.
 */

const BASE = 'http://localhost/api';
// jsdom replaces the global URL, so the path is resolved with node:path.
const fixturesDir = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../mocks/fixtures')}/`;

/** A small RFC 4180 reader: quoted cells may hold commas and doubled quotes. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(`${fixturesDir}${file}`, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  const [header, ...body] = rows.filter((cells) => cells.some((value) => value !== ''));
  if (!header) throw new Error(`${file} is empty`);
  return body.map((cells) => {
    expect(cells).toHaveLength(header.length);
    return Object.fromEntries(header.map((name, index) => [name, cells[index] ?? '']));
  });
}

interface FixtureSymbol {
  symbol: string;
  name: string;
  kind: string;
  exchange: string;
}
const fixtureSymbols = JSON.parse(
  readFileSync(`${fixturesDir}symbols.json`, 'utf8'),
) as FixtureSymbol[];
const priceFileSymbols = readdirSync(`${fixturesDir}prices`)
  .filter((file) => file.endsWith('.csv'))
  .map((file) => file.replace(/\.csv$/, ''))
  .sort();

interface FixtureEvent {
  id: string;
  start: string;
  end?: string | null;
}
const fixtureEvents = JSON.parse(
  readFileSync(`${fixturesDir}events.json`, 'utf8'),
) as FixtureEvent[];

async function get(path: string) {
  const response = await fetch(`${BASE}${path}`);
  const body: unknown = await response.json();
  return { status: response.status, contentType: response.headers.get('Content-Type'), body };
}

/** Asserts the body passes `schema` and returns it typed (the raw JSON, not zod's output). */
function conforming<T>(schema: z.ZodMiniType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new Error(`body does not match the contract: ${JSON.stringify(result.error.issues)}`);
  }
  return body as T;
}

async function expectError(path: string, status: number, code: string) {
  const { status: actual, body } = await get(path);
  expect(actual).toBe(status);
  const error = conforming(errorBodySchema, body);
  expect(error.error.code).toBe(code);
  expect(error.error.message).not.toBe('');
  return error.error.message;
}

describe('GET /v1/symbols', () => {
  it('lists the 17 symbols of the fixtures, each with its kind and full date range', async () => {
    const { status, contentType, body } = await get('/v1/symbols');

    expect(status).toBe(200);
    expect(contentType).toMatch(/^application\/json/);
    const { symbols } = conforming(symbolsResponseSchema, body);
    expect(symbols).toHaveLength(17);
    expect(fixtureSymbols).toHaveLength(17);
    expect(symbols.map((info) => info.symbol).sort()).toEqual(priceFileSymbols);
    expect(symbols.map((info) => info.symbol)).toEqual(fixtureSymbols.map((meta) => meta.symbol));
    for (const info of symbols) {
      const meta = fixtureSymbols.find((entry) => entry.symbol === info.symbol);
      expect(['stock', 'etf', 'index']).toContain(info.kind);
      expect(info).toEqual({
        symbol: meta?.symbol,
        name: meta?.name,
        kind: meta?.kind,
        currency: 'USD',
        exchange: meta?.exchange,
        timezone: 'America/New_York',
        firstDate: '2024-07-15',
        lastDate: '2025-06-30',
      });
    }
  });

  it('reports the first and last dates of each price file', async () => {
    const { body } = await get('/v1/symbols');
    const { symbols } = conforming(symbolsResponseSchema, body);

    for (const info of symbols) {
      const dates = fixtures.bars(info.symbol).map((bar) => bar.date);
      expect([info.firstDate, info.lastDate]).toEqual([dates[0], dates.at(-1)]);
    }
  });

  it('names NVDA as a NASDAQ stock and the three indices as indices', async () => {
    const { body } = await get('/v1/symbols');
    const { symbols } = conforming(symbolsResponseSchema, body);
    const kindOf = (symbol: string) => symbols.find((info) => info.symbol === symbol)?.kind;

    expect(symbols.find((info) => info.symbol === 'NVDA')).toMatchObject({
      name: 'NVIDIA Corporation',
      kind: 'stock',
      exchange: 'NASDAQ',
    });
    expect(['IXIC', 'SPX', 'SOX'].map(kindOf)).toEqual(['index', 'index', 'index']);
    expect(['QQQ', 'SPY', 'SMH', 'SOXX'].map(kindOf)).toEqual(['etf', 'etf', 'etf', 'etf']);
  });
});

describe('GET /v1/prices/{symbol}', () => {
  it('returns the 241 NVDA bars in ascending date order', async () => {
    const { status, contentType, body } = await get('/v1/prices/NVDA');

    expect(status).toBe(200);
    expect(contentType).toMatch(/^application\/json/);
    const prices = conforming(pricesResponseSchema, body);
    expect(prices.symbol).toBe('NVDA');
    expect(prices.currency).toBe('USD');
    expect(prices.timezone).toBe('America/New_York');
    expect(prices.bars).toHaveLength(241);
    const dates = prices.bars.map((bar) => bar.date);
    dates.slice(1).forEach((date, index) => {
      expect((dates[index] ?? '') < date, `bar ${index + 1} follows bar ${index}`).toBe(true);
    });
    expect(prices.bars[0]?.date).toBe('2024-07-15');
    expect(prices.bars.at(-1)?.date).toBe('2025-06-30');
  });

  it('serves the DeepSeek day, 2025-01-27, as in DESIGN.md', async () => {
    const { body } = await get('/v1/prices/NVDA');
    const { bars } = conforming(pricesResponseSchema, body);

    expect(bars.find((bar) => bar.date === '2025-01-27')).toEqual({
      date: '2025-01-27',
      open: 124.8,
      high: 128.4,
      low: 116.7,
      close: 118.42,
      adjClose: 118.3812,
      volume: 818830900,
    });
  });

  it.each(priceFileSymbols)('%s: every bar equals its row in the price file', async (symbol) => {
    const { status, body } = await get(`/v1/prices/${symbol}`);

    expect(status).toBe(200);
    const prices = conforming(pricesResponseSchema, body);
    expect(prices.symbol).toBe(symbol);
    expect(prices.bars).toEqual(fixtures.bars(symbol));
  });

  it('filters by from and to, both inclusive', async () => {
    const { status, body } = await get('/v1/prices/NVDA?from=2025-01-24&to=2025-01-28');

    expect(status).toBe(200);
    const { bars } = conforming(pricesResponseSchema, body);
    // Friday, (weekend), Monday, Tuesday.
    expect(bars.map((bar) => bar.date)).toEqual(['2025-01-24', '2025-01-27', '2025-01-28']);
  });

  it('a range of one day returns that day', async () => {
    const { body } = await get('/v1/prices/NVDA?from=2025-01-27&to=2025-01-27');
    const { bars } = conforming(pricesResponseSchema, body);

    expect(bars.map((bar) => bar.date)).toEqual(['2025-01-27']);
    expect(bars[0]?.close).toBe(118.42);
  });

  it('from alone and to alone cut one side, matching the price file', async () => {
    const all = fixtures.bars('NVDA');

    const fromOnly = conforming(
      pricesResponseSchema,
      (await get('/v1/prices/NVDA?from=2025-06-02')).body,
    );
    expect(fromOnly.bars).toEqual(all.filter((bar) => bar.date >= '2025-06-02'));
    expect(fromOnly.bars[0]?.date).toBe('2025-06-02');
    expect(fromOnly.bars.at(-1)?.date).toBe('2025-06-30');

    const toOnly = conforming(
      pricesResponseSchema,
      (await get('/v1/prices/NVDA?to=2024-07-31')).body,
    );
    expect(toOnly.bars).toEqual(all.filter((bar) => bar.date <= '2024-07-31'));
    expect(toOnly.bars[0]?.date).toBe('2024-07-15');
    expect(toOnly.bars.at(-1)?.date).toBe('2024-07-31');
  });

  it('bounds on non-trading days return the trading days between them', async () => {
    // 2025-01-25 and 2025-02-01 are Saturdays.
    const { body } = await get('/v1/prices/NVDA?from=2025-01-25&to=2025-02-01');
    const { bars } = conforming(pricesResponseSchema, body);

    expect(bars.map((bar) => bar.date)).toEqual([
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
  });

  it('a range with no trading day is an empty list, not an error', async () => {
    const { status, body } = await get('/v1/prices/NVDA?from=2025-01-25&to=2025-01-26');

    expect(status).toBe(200);
    expect(conforming(pricesResponseSchema, body).bars).toEqual([]);
  });

  it('an unknown symbol is 404 not_found', async () => {
    const message = await expectError('/v1/prices/XYZ', 404, 'not_found');
    expect(message).toContain('XYZ');
  });

  it.each([
    'from=2025-1-27',
    'from=27-01-2025',
    'from=2025-02-30',
    'from=yesterday',
    'from=',
    'to=2025-13-01',
    'to=2025-01-27T00:00:00Z',
    'from=2025-01-01&to=2025-02-29',
  ])('a malformed date (%s) is 400 bad_request', async (query) => {
    await expectError(`/v1/prices/NVDA?${query}`, 400, 'bad_request');
  });

  it('from after to is 400 bad_request', async () => {
    await expectError('/v1/prices/NVDA?from=2025-01-28&to=2025-01-27', 400, 'bad_request');
  });

  it('SOX, a price index, has null volume and null adjClose on every bar', async () => {
    const { body } = await get('/v1/prices/SOX');
    const { bars } = conforming(pricesResponseSchema, body);

    expect(bars).toHaveLength(241);
    for (const bar of bars) {
      expect(bar.volume).toBeNull();
      expect(bar.adjClose).toBeNull();
      expect(bar.close).toBeGreaterThan(0);
    }
  });

  it('IXIC and SPX have null adjClose but a volume', async () => {
    for (const symbol of ['IXIC', 'SPX']) {
      const { bars } = conforming(pricesResponseSchema, (await get(`/v1/prices/${symbol}`)).body);
      expect(bars.every((bar) => bar.adjClose === null)).toBe(true);
      expect(bars.every((bar) => typeof bar.volume === 'number')).toBe(true);
    }
  });
});

describe('GET /v1/shares/{symbol}', () => {
  it('returns the six NVDA share counts of the fixture', async () => {
    const { status, body } = await get('/v1/shares/NVDA');

    expect(status).toBe(200);
    const shares = conforming(sharesResponseSchema, body);
    expect(shares.symbol).toBe('NVDA');
    expect(shares.points).toHaveLength(6);
    expect(shares.points[0]).toMatchObject({ asOf: '2024-08-23', shares: 24530000000 });

    const rows = readCsv('nvda_shares_outstanding.csv');
    expect(rows).toHaveLength(6);
    expect(shares.points.map(({ asOf, shares: count }) => ({ asOf, shares: count }))).toEqual(
      rows.map((row) => ({ asOf: row.as_of_date, shares: Number(row.shares_outstanding) })),
    );
    shares.points.forEach((point, index) => {
      // The source names the filing the count comes from.
      expect(point.source).toContain(rows[index]?.document ?? '(no document)');
    });
  });

  it('an index has no share count: 404 not_found', async () => {
    await expectError('/v1/shares/SPX', 404, 'not_found');
  });

  it('an unknown symbol is 404 not_found', async () => {
    const message = await expectError('/v1/shares/XYZ', 404, 'not_found');
    expect(message).toContain('XYZ');
  });
});

describe('GET /v1/events', () => {
  it('returns the 18 NVIDIA events, all in the contract shape, with end always present', async () => {
    const { status, body } = await get('/v1/events?symbol=NVDA');

    expect(status).toBe(200);
    const { events } = conforming(eventsResponseSchema, body);
    expect(events).toHaveLength(18);
    expect(events.map((event) => event.id)).toEqual(fixtureEvents.map((event) => event.id));
    for (const event of events) {
      expect(Object.hasOwn(event, 'end')).toBe(true);
      expect(event.end === null || typeof event.end === 'string').toBe(true);
      expect(Object.hasOwn(event, 'quote')).toBe(true);
    }
    // Each event one by one through the element schema, so one bad event is named.
    for (const [index, event] of events.entries()) {
      expect(eventsResponseSchema.safeParse({ events: [event] }).success, `event ${index}`).toBe(
        true,
      );
    }
  });

  it('keeps the end of a span and sets a missing end to null', async () => {
    const { body } = await get('/v1/events?symbol=NVDA');
    const { events } = conforming(eventsResponseSchema, body);

    for (const fixture of fixtureEvents) {
      const served = events.find((event) => event.id === fixture.id);
      expect(served?.start).toBe(fixture.start);
      expect(served?.end).toBe(fixture.end ?? null);
    }
    expect(events.find((event) => event.id === 'viral-weekend')?.end).toBe('2025-01-26');
    expect(events.filter((event) => event.end !== null).length).toBeGreaterThan(0);
    expect(events.filter((event) => event.end === null).length).toBeGreaterThan(0);
  });

  it('a missing symbol is 400 bad_request', async () => {
    await expectError('/v1/events', 400, 'bad_request');
  });

  it('an unknown symbol is 404 not_found', async () => {
    await expectError('/v1/events?symbol=XYZ', 404, 'not_found');
  });
});
