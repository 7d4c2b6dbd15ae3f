import type { PlacedEvent } from '../domain/eventPlacement';
import { formatTradingDate, type TradingDate } from '../domain/tradingDate';
import type { ViewState } from './viewState';

interface Window {
  from: TradingDate;
  to: TradingDate;
}

/**
 * The part of the window the data covers, and a notice when that is less than was asked for. A
 * window wholly outside the data is left alone: the page says the window holds no session.
 */
export function windowInData(
  view: Window,
  bounds: Window | null,
): { window: Window; notice: string | null } {
  if (!bounds) return { window: view, notice: null };
  const from = view.from < bounds.from ? bounds.from : view.from;
  const to = view.to > bounds.to ? bounds.to : view.to;
  if (from > to || (from === view.from && to === view.to)) return { window: view, notice: null };
  return {
    window: { from, to },
    notice: `The data covers ${formatTradingDate(bounds.from)} to ${formatTradingDate(bounds.to)}: showing ${formatTradingDate(from)} to ${formatTradingDate(to)} of the window asked for.`,
  };
}

/** Notices for URL choices that name events or days the data does not have, once it has arrived. */
export function dataNotices(
  view: ViewState,
  events: readonly PlacedEvent[] | null,
  sessions: readonly TradingDate[] | null,
): string[] {
  const notices: string[] = [];
  if (events) {
    const ids = new Set(events.map((placed) => placed.event.id));
    const unknown = view.hiddenEvents.filter((id) => !ids.has(id));
    if (unknown.length > 0) notices.push(`Ignored hide=${unknown.join(',')}: no such event.`);
    if (view.studyEvent !== null && !ids.has(view.studyEvent)) {
      notices.push(`Ignored event=${view.studyEvent}: no such event; day 0 is the shock day.`);
    }
  }
  if (sessions && !sessions.includes(view.rebaseDate)) {
    notices.push(
      `No trading session on ${formatTradingDate(view.rebaseDate, { weekday: true })} to rebase on: pick a trading day.`,
    );
  }
  return notices;
}
