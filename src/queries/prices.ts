import { queryOptions, useQuery } from '@tanstack/react-query';
import { getPrices } from '../api/endpoints';

/**
 * The whole daily history of a symbol (about a year of sessions: small). Changing the window then
 * re-slices data already here, so a window change never waits on the network or loses the chart.
 */
export function pricesQueryOptions(symbol: string) {
  return queryOptions({
    queryKey: ['prices', symbol],
    queryFn: ({ signal }) => getPrices(symbol, {}, signal),
    staleTime: Infinity,
  });
}

export function usePrices(symbol: string) {
  return useQuery(pricesQueryOptions(symbol));
}
