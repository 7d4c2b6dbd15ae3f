import { EXCHANGE_TIME_ZONE } from '../domain/exchangeTime';
import type { MarketEvent } from '../domain/types';
import { answerFromDataset, type Dataset } from './datasetAnswers';
import type { LocalData, LocalSeries } from './localData';
import type { SymbolInfo } from './schemas';

/**
 * The answers of a reader's loaded files (see localData.ts): code loaded with the first file a
 * reader loads, as a page that loads none never needs it.
 */

const infoOf = (series: LocalSeries): SymbolInfo => ({
  symbol: series.symbol,
  name: series.name,
  kind: series.kind,
  currency: 'USD',
  exchange: 'your file',
  timezone: EXCHANGE_TIME_ZONE,
  firstDate: series.bars[0]?.date ?? '',
  lastDate: series.bars.at(-1)?.date ?? '',
});

export type Fetch = (request: Request) => Promise<Response>;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The body of a GET through the source behind, read as JSON (null where it is not). */
async function innerBody(inner: Fetch, url: URL, signal: AbortSignal): Promise<unknown> {
  const response = await inner(
    new Request(url, { headers: { Accept: 'application/json' }, signal }),
  );
  if (!response.ok) return null;
  return response.json().catch(() => null) as Promise<unknown>;
}

const listIn = (body: unknown, key: string): unknown[] => {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : null;
  return Array.isArray(value) ? value : [];
};

function localDataset(data: LocalData, inner: Fetch, url: URL, signal: AbortSignal): Dataset {
  const find = (symbol: string) => data.series.find((series) => series.symbol === symbol);
  return {
    hasSymbol: (symbol) => find(symbol) !== undefined,
    symbols: async () =>
      [
        ...listIn(await innerBody(inner, url, signal), 'symbols').filter(
          (info) => !find((info as { symbol?: string }).symbol ?? ''),
        ),
        ...data.series.map(infoOf),
      ] as SymbolInfo[],
    bars: (symbol) => Promise.resolve([...(find(symbol)?.bars ?? [])]),
    shares: (symbol) => {
      const points = find(symbol)?.shares;
      return Promise.resolve(points ? [...points] : null);
    },
    events: async (symbol) => {
      const replace = symbol === data.subject && data.events?.mode === 'replace';
      // A loaded subject shows its story's events; the API does not know the loaded symbol.
      const asked = new URL(url);
      if (find(symbol)) asked.searchParams.set('symbol', data.storySubject);
      const theirs = replace ? [] : listIn(await innerBody(inner, asked, signal), 'events');
      const ours = symbol === data.subject ? (data.events?.list ?? []) : [];
      return [...theirs, ...ours] as MarketEvent[];
    },
  };
}

/** Which requests the loaded data answers: its symbols, the symbol list, and the subject's events. */
function answersLocally(data: LocalData, url: URL): boolean {
  const route = /\/v1\/(symbols|prices|shares|events)(?:\/([^/]+))?$/.exec(url.pathname);
  if (!route) return false;
  const [, endpoint, encoded] = route;
  const symbol =
    endpoint === 'events' ? url.searchParams.get('symbol') : decodeURIComponent(encoded ?? '');
  if (endpoint === 'symbols') return data.series.length > 0;
  if (data.series.some((series) => series.symbol === symbol)) return true;
  return endpoint === 'events' && symbol === data.subject && data.events !== null;
}

/** The loaded data's answer to `request`, else `inner`'s. */
export async function answerLocally(
  data: LocalData,
  inner: Fetch,
  request: Request,
): Promise<Response> {
  const url = new URL(request.url);
  if (!answersLocally(data, url)) {
    return inner(request);
  }
  const shares = /\/v1\/shares\/([^/]+)$/.exec(url.pathname)?.[1];
  const series = data.series.find((item) => item.symbol === decodeURIComponent(shares ?? ''));
  if (series && series.shares === null) {
    const message = `No share count is known for ${series.symbol}: enter one under "Your data" to see its market value`;
    return json(404, { error: { code: 'not_found', message } });
  }
  const dataset = localDataset(data, inner, url, request.signal);
  // The events endpoint checks the symbol is known: the subject's is, by the source behind.
  const events = /\/v1\/events$/.test(url.pathname);
  const answer = await answerFromDataset(
    url,
    events ? { ...dataset, hasSymbol: () => true } : dataset,
  );
  return answer ? json(answer.status, answer.body) : inner(request);
}
