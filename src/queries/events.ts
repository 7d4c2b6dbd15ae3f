import { queryOptions, useQuery } from '@tanstack/react-query';
import { getEvents } from '../api/endpoints';

export function eventsQueryOptions(symbol: string) {
  return queryOptions({
    queryKey: ['events', symbol],
    queryFn: ({ signal }) => getEvents(symbol, signal),
    staleTime: Infinity,
  });
}

export function useEvents(symbol: string) {
  return useQuery(eventsQueryOptions(symbol));
}
