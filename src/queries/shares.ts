import { queryOptions, useQuery } from '@tanstack/react-query';
import { getShares } from '../api/endpoints';

export function sharesQueryOptions(symbol: string) {
  return queryOptions({
    queryKey: ['shares', symbol],
    queryFn: ({ signal }) => getShares(symbol, signal),
    staleTime: Infinity,
  });
}

export function useShares(symbol: string) {
  return useQuery(sharesQueryOptions(symbol));
}
