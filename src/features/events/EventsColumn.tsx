import type { EventPlacement } from '../../domain/eventPlacement';
import { eventsQueryOptions, useEvents } from '../../queries/events';
import { LoadFailure } from '../../components/LoadFailure';
import { useFailure, useRetryFailed } from '../../queries/failures';
import { ChartSkeleton } from '../../components/StatusViews';
import type { EventVisibility } from './chartEvents';
import { EventToggles } from './EventToggles';

export interface EventsColumnProps {
  symbol: string;
  /** The events placed on the prices' calendar; null until both have arrived. */
  placement: EventPlacement | null;
  /** The prices failed: the events wait for them. */
  pricesFailed: boolean;
  visibility: EventVisibility;
  onChange: (next: EventVisibility) => void;
}

/** The event toggles, or why they are not there yet: loading, failed, or waiting for the prices. */
export function EventsColumn(props: EventsColumnProps) {
  const { symbol, placement, pricesFailed, visibility, onChange } = props;
  const events = useEvents(symbol);
  const failure = useFailure(eventsQueryOptions(symbol).queryKey, events);
  const retryFailed = useRetryFailed();
  if (placement)
    return (
      <EventToggles
        placement={placement}
        rejected={events.data?.rejected ?? []}
        visibility={visibility}
        onChange={onChange}
      />
    );
  if (pricesFailed)
    return (
      <p className="notice" role="status">
        The events are placed on the trading calendar of the prices, so they appear once the prices
        have loaded.
      </p>
    );
  if (failure)
    return (
      <LoadFailure
        onRetry={retryFailed}
        failure={failure}
        what="events"
        retrying={events.isFetching}
      />
    );
  return <ChartSkeleton height={420} label="Loading events…" />;
}
