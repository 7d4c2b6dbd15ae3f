import type { EventPlacement } from '../../domain/eventPlacement';
import type { TradingDate } from '../../domain/tradingDate';
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
  /** The window drawn, and the first and last session of the data (null until the prices arrive). */
  window: { from: TradingDate; to: TradingDate };
  bounds: { from: TradingDate; to: TradingDate } | null;
  /** The prices failed: the events wait for them. */
  pricesFailed: boolean;
  visibility: EventVisibility;
  onChange: (next: EventVisibility) => void;
}

/** The event toggles, or why they are not there yet: loading, failed, or waiting for the prices. */
export function EventsColumn(props: EventsColumnProps) {
  const { symbol, placement, window, bounds, pricesFailed, visibility, onChange } = props;
  const events = useEvents(symbol);
  const failure = useFailure(eventsQueryOptions(symbol).queryKey, events);
  const retryFailed = useRetryFailed();
  if (placement && bounds)
    return (
      <EventToggles
        placement={placement}
        rejected={events.data?.rejected ?? []}
        window={window}
        bounds={bounds}
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
