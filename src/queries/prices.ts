import {
  queryOptions,
  useQueries,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PricesResponse } from '../api/schemas';
import type { PriceBar } from '../domain/types';
import { getPrices } from '../api/endpoints';
import { failureOf, type Failure } from './failures';

/**
 * The whole daily history of a symbol (about a year of sessions: small). Changing the window then
 * re-slices data already here, so a window change never waits on the network or loses the chart.
 */
export function pricesQueryOptions(symbol: string) {
  return queryOptions({
    queryKey: ['prices', symbol],
    // A panel that mounts later (below the chart, or a mode switched to) reads a failure as it is,
    // with its Retry, rather than quietly asking again: one request per failure, retried on demand.
    retryOnMount: false,
    queryFn: ({ signal }) => getPrices(symbol, {}, signal),
    staleTime: Infinity,
  });
}

export function usePrices(symbol: string) {
  return useQuery(pricesQueryOptions(symbol));
}

export interface PricesOf {
  /** Bars of each symbol that has arrived. */
  bars: ReadonlyMap<string, PriceBar[]>;
  /** Each symbol whose request failed, with when it came back (for a Retry's outcome). */
  failures: (Failure & { symbol: string })[];
  isPending: boolean;
  isFetching: boolean;
}

function combine(symbols: readonly string[], client: QueryClient) {
  return (results: UseQueryResult<PricesResponse>[]): PricesOf => {
    const bars = new Map<string, PriceBar[]>();
    const failures: PricesOf['failures'] = [];
    results.forEach((result, index) => {
      const symbol = symbols[index] ?? '';
      if (result.data) bars.set(symbol, result.data.bars);
      const failure = failureOf(client, pricesQueryOptions(symbol).queryKey, result);
      if (failure) failures.push({ symbol, ...failure });
    });
    return {
      bars,
      failures,
      isPending: results.some((result) => result.isPending),
      isFetching: results.some((result) => result.isFetching),
    };
  };
}

/** Several symbols at once (benchmark, peers), each its own cached query, combined into one view. */
export function usePricesOf(symbols: readonly string[]): PricesOf {
  const key = symbols.join(',');
  // The combine function must keep its identity while the symbols do, or it would rerun every render.
  const client = useQueryClient();
  const combineResults = useMemo(
    () => combine(key.split(',').filter(Boolean), client),
    [key, client],
  );
  return useQueries({
    queries: symbols.map((symbol) => pricesQueryOptions(symbol)),
    combine: combineResults,
  });
}
