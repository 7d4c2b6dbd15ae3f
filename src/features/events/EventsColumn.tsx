import type { EventPlacement } from '../../domain/eventPlacement';
import { useEvents } from '../../queries/events';
import { ChartSkeleton, ErrorState } from '../../components/StatusViews';
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
  if (events.isError)
    return (
      <ErrorState
        error={events.error}
        what="events"
        onRetry={() => void events.refetch()}
        retrying={events.isFetching}
      />
    );
  return <ChartSkeleton height={420} label="Loading events…" />;
}
