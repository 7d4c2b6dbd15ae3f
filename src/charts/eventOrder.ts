import type { ChartEvent } from './chartEvent';

/**
 * The reader's order of events, which Tab and N / P follow: by date, then by time of day (a
 * date-only event first, as it has no time to place it later), then by priority.
 */
export function byEventDate(a: ChartEvent, b: ChartEvent): number {
  return (
    a.day - b.day || (a.start.minutes ?? -1) - (b.start.minutes ?? -1) || a.priority - b.priority
  );
}
