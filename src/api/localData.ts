import type { MarketEvent, PriceBar, SharesPoint } from '../domain/types';
import type { Fetch } from './localAnswers';
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

/** A fetch for the API client: the loaded data's answers, else `inner`'s. */
export function withLocalData(inner: Fetch): Fetch {
  return async (request) => {
    const data = local;
    if (data === null || request.method !== 'GET') return inner(request);
    const { answerLocally } = await import('./localAnswers');
    return answerLocally(data, inner, request);
  };
}
