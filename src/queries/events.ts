import { queryOptions, useQuery } from '@tanstack/react-query';
import { getEvents } from '../api/endpoints';

export function eventsQueryOptions(symbol: string) {
  return queryOptions({
    queryKey: ['events', symbol],
    // A panel that mounts later (below the chart, or a mode switched to) reads a failure as it is,
    // with its Retry, rather than quietly asking again: one request per failure, retried on demand.
    retryOnMount: false,
    queryFn: ({ signal }) => getEvents(symbol, signal),
    staleTime: Infinity,
  });
}

export function useEvents(symbol: string) {
  return useQuery(eventsQueryOptions(symbol));
}
