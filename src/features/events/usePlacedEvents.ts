import { useMemo } from 'react';
import type { Sessions } from '../../domain/calendar';
import { placeEvents } from '../../domain/eventPlacement';
import { useEvents } from '../../queries/events';

/** The symbol's events, placed on its trading calendar once both have arrived. */
export function usePlacedEvents(symbol: string, sessions: Sessions | null) {
  const query = useEvents(symbol);
  const placement = useMemo(
    () => (query.data && sessions ? placeEvents(query.data.events, sessions) : null),
    [query.data, sessions],
  );
  return { query, placement, rejected: query.data?.rejected ?? [] };
}
