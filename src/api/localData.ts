import { EXCHANGE_TIME_ZONE } from '../domain/exchangeTime';
import type { MarketEvent, PriceBar, SharesPoint } from '../domain/types';
import { answerFromDataset, type Dataset } from './datasetAnswers';
import type { SymbolInfo } from './schemas';

/**
 * A reader's own files as a source of contract v1, in front of whichever source the page uses (the
 * static files, the mock, a real API): a loaded symbol is answered from memory, through the same
 * `answerFromDataset` as the bundled data, and anything else is passed on. Nothing leaves the
 * browser. The client, its schemas, the queries and the charts cannot tell the difference.
 */

export interface LocalSeries {
  symbol: string;
  name: string;
  kind: SymbolInfo['kind'];
  bars: readonly PriceBar[];
  /** Share counts the reader entered; null for none (the shares answer is then a 404). */
  shares: readonly SharesPoint[] | null;
}

export interface LocalData {
  series: readonly LocalSeries[];
  /** Loaded events: added to the events of `subject`, or in place of them. */
  events: { list: readonly MarketEvent[]; mode: 'add' | 'replace' } | null;
  /** The symbol on screen, whose events the loaded ones join. */
  subject: string;
  /** The story's own subject, whose events a loaded subject shows (same story, another symbol). */
  storySubject: string;
}

let local: LocalData | null = null;

/** Sets (or with null clears) what the reader loaded; the caller then refreshes its queries. */
export function setLocalData(next: LocalData | null): void {
  local = next;
}

export function localData(): LocalData | null {
  return local;
}

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

type Fetch = (request: Request) => Promise<Response>;

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

/** A fetch for the API client: the loaded data's answers, else `inner`'s. */
export function withLocalData(inner: Fetch): Fetch {
  return async (request) => {
    const data = local;
    const url = new URL(request.url);
    if (data === null || request.method !== 'GET' || !answersLocally(data, url)) {
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
  };
}
