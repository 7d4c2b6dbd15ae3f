import { queryOptions, useQuery } from '@tanstack/react-query';
import { getShares } from '../api/endpoints';

export function sharesQueryOptions(symbol: string) {
  return queryOptions({
    queryKey: ['shares', symbol],
    // A panel that mounts later (below the chart, or a mode switched to) reads a failure as it is,
    // with its Retry, rather than quietly asking again: one request per failure, retried on demand.
    retryOnMount: false,
    queryFn: ({ signal }) => getShares(symbol, signal),
    staleTime: Infinity,
  });
}

export function useShares(symbol: string) {
  return useQuery(sharesQueryOptions(symbol));
}
