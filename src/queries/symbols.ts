import { queryOptions, useQuery } from '@tanstack/react-query';
import { getSymbols } from '../api/endpoints';

export function symbolsQueryOptions() {
  return queryOptions({
    queryKey: ['symbols'],
    queryFn: ({ signal }) => getSymbols(signal),
    staleTime: Infinity,
  });
}

export function useSymbols() {
  return useQuery(symbolsQueryOptions());
}
