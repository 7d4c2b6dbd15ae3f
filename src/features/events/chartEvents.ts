import type { ChartEvent } from '../../charts/chartEvent';
import { isEventInWindow, type PlacedEvent } from '../../domain/eventPlacement';
import type { EventKind } from '../../domain/types';
import { shortLabel } from './shortLabels';

// When labels compete for room at one spot, the market's own moves and the story's key events keep
// their labels first; the rest fold into the "+N" chip, which still opens their cards.
const KEY_EVENTS = [
  'nvda-record-drop-jan27',
  'musk-obviously-reply',
  'wang-cnbc-davos-interview',
  'viral-weekend',
];
const KIND_RANK: Record<EventKind, number> = { market: 1, social: 2, news: 3, product: 4 };

function priorityOf(event: PlacedEvent): number {
  const key = KEY_EVENTS.indexOf(event.event.id);
  return key >= 0 ? key - KEY_EVENTS.length : KIND_RANK[event.event.kind];
}

export interface EventVisibility {
  hiddenEvents: readonly string[];
  hiddenKinds: readonly EventKind[];
}

export function isEventShown(event: PlacedEvent, visibility: EventVisibility): boolean {
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
    .map((event) => ({ ...event, label: shortLabel(event.event), priority: priorityOf(event) }));
}
