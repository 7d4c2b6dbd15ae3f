import { isTradingDate } from '../domain/tradingDate';
import type { MarketEvent, PriceBar, SharesPoint } from '../domain/types';
import type { SymbolInfo } from './schemas';

/**
 * The price API's contract v1 answered from a dataset, with no HTTP library: the mock API (MSW, in
 * memory) and the static snapshot (the build's JSON files) both answer through this one function,
 * so they cannot disagree on a window, a status code or an error's words.
 */

/** Where the answers' data comes from: in memory (the mock) or fetched files (the snapshot). */
export interface Dataset {
  /** Whether the API knows the symbol: every symbol it knows has prices. */
  hasSymbol(symbol: string): boolean;
  symbols(): Promise<SymbolInfo[]>;
  /** The whole daily series of a known symbol, oldest first. */
  bars(symbol: string): Promise<PriceBar[]>;
  /** A known symbol's share counts, or null where none is known. */
  shares(symbol: string): Promise<SharesPoint[] | null>;
  events(symbol: string): Promise<MarketEvent[]>;
}

export interface Answer {
  status: number;
  body: unknown;
}

const ok = (body: unknown): Answer => ({ status: 200, body });
const error = (status: number, code: string, message: string): Answer => ({
  status,
  body: { error: { code, message } },
});
const unknownSymbol = (symbol: string) => error(404, 'not_found', `Unknown symbol: ${symbol}`);

async function prices(symbol: string, query: URLSearchParams, dataset: Dataset) {
  if (!dataset.hasSymbol(symbol)) return unknownSymbol(symbol);
  const from = query.get('from');
  const to = query.get('to');
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== null && !isTradingDate(value)) {
      return error(400, 'bad_request', `${name} must be a YYYY-MM-DD date, got "${value}"`);
    }
  }
  if (from !== null && to !== null && from > to) {
    return error(400, 'bad_request', `from (${from}) is after to (${to})`);
  }
  const bars = await dataset.bars(symbol);
  return ok({
    symbol,
    currency: 'USD',
    timezone: 'America/New_York',
    bars: bars.filter((bar) => (!from || bar.date >= from) && (!to || bar.date <= to)),
  });
}

async function shares(symbol: string, dataset: Dataset) {
  if (!dataset.hasSymbol(symbol)) return unknownSymbol(symbol);
  const points = await dataset.shares(symbol);
  if (!points) return error(404, 'not_found', `No share count is known for ${symbol}`);
  return ok({ symbol, points });
}

async function events(query: URLSearchParams, dataset: Dataset) {
  const symbol = query.get('symbol');
  if (symbol === null) return error(400, 'bad_request', 'symbol is required');
  if (!dataset.hasSymbol(symbol)) return unknownSymbol(symbol);
  return ok({ events: await dataset.events(symbol) });
}

/**
 * The answer to a GET of `url`, read from its path after `/v1/` and its query; null for a path
 * the contract does not have.
 */
export async function answerFromDataset(url: URL, dataset: Dataset): Promise<Answer | null> {
  const route = /\/v1\/(symbols|prices|shares|events)(?:\/([^/]+))?$/.exec(url.pathname);
  if (!route) return null;
  const [, endpoint, encodedSymbol] = route;
  const symbol = encodedSymbol === undefined ? null : decodeURIComponent(encodedSymbol);
  const query = url.searchParams;
  if (endpoint === 'symbols' && symbol === null) return ok({ symbols: await dataset.symbols() });
  if (endpoint === 'prices' && symbol !== null) return prices(symbol, query, dataset);
  if (endpoint === 'shares' && symbol !== null) return shares(symbol, dataset);
  if (endpoint === 'events' && symbol === null) return events(query, dataset);
  return null;
}
