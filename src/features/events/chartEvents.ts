import type { ChartEvent } from '../../charts/chartEvent';
import { isEventInWindow, type PlacedEvent } from '../../domain/eventPlacement';
import type { OverlayKind } from '../../domain/types';
import { labelOf, priorityOf } from '../../domain/eventLabels';

export interface EventVisibility {
  hiddenEvents: readonly string[];
  hiddenKinds: readonly OverlayKind[];
}

function isEventShown(event: PlacedEvent, visibility: EventVisibility): boolean {
  return (
    !visibility.hiddenKinds.includes(event.event.kind) &&
    !visibility.hiddenEvents.includes(event.event.id)
  );
}

/** The events the chart draws: shown by the toggles and inside the window, with label and priority. */
export function chartEvents(
  placed: readonly PlacedEvent[],
  visibility: EventVisibility,
  fromDay: number,
  toDay: number,
): ChartEvent[] {
  return placed
    .filter((event) => isEventShown(event, visibility) && isEventInWindow(event, fromDay, toDay))
    .map((event) => ({ ...event, label: labelOf(event.event), priority: priorityOf(event.event) }));
}
