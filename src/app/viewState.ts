import { isTradingDate, type TradingDate } from '../domain/tradingDate';
import { EVENT_KINDS, type EventKind } from '../domain/types';
import { STORY } from './story';

/** Everything the user chose, kept in the URL so a copied link reopens the same view. */
export interface ViewState {
  from: TradingDate;
  to: TradingDate;
  hiddenEvents: readonly string[];
  hiddenKinds: readonly EventKind[];
}

export const DEFAULT_VIEW: ViewState = {
  from: STORY.defaultWindow.from,
  to: STORY.defaultWindow.to,
  hiddenEvents: [],
  hiddenKinds: [],
};

const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const shown = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

function list(value: string | null): string[] {
  return value ? value.split(',').filter((item) => item !== '') : [];
}

/**
 * Reads the view from a query string. Never throws: a value it cannot use is ignored and named in a
 * notice, and the default stands in for it.
 */
export function parseViewState(search: string): { state: ViewState; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const hiddenEvents: string[] = [];
  const hiddenKinds: EventKind[] = [];
  const state: ViewState = { ...DEFAULT_VIEW, hiddenEvents, hiddenKinds };

  const dates: Partial<Record<'from' | 'to', TradingDate>> = {};
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name);
    if (value === null) continue;
    if (isTradingDate(value)) dates[name] = value;
    else notices.push(`Ignored ${name}=${shown(value)}: expected a date such as 2025-01-27.`);
  }
  const from = dates.from ?? state.from;
  const to = dates.to ?? state.to;
  if (from > to) {
    notices.push(`Ignored the window ${from} to ${to}: it ends before it starts.`);
  } else {
    state.from = from;
    state.to = to;
  }

  for (const id of list(params.get('hide'))) {
    if (EVENT_ID.test(id)) hiddenEvents.push(id);
    else notices.push(`Ignored hide=${shown(id)}: not an event id.`);
  }
  for (const kind of list(params.get('hideKinds'))) {
    if ((EVENT_KINDS as readonly string[]).includes(kind)) hiddenKinds.push(kind as EventKind);
    else notices.push(`Ignored hideKinds=${shown(kind)}: kinds are ${EVENT_KINDS.join(', ')}.`);
  }
  return { state, notices };
}

/** Writes the view as a query string, leaving out what equals the default so links stay short. */
export function serializeViewState(state: ViewState, keep?: URLSearchParams): string {
  const params = new URLSearchParams(keep);
  for (const name of ['from', 'to', 'hide', 'hideKinds']) params.delete(name);
  if (state.from !== DEFAULT_VIEW.from) params.set('from', state.from);
  if (state.to !== DEFAULT_VIEW.to) params.set('to', state.to);
  if (state.hiddenEvents.length > 0) params.set('hide', [...new Set(state.hiddenEvents)].join(','));
  if (state.hiddenKinds.length > 0)
    params.set('hideKinds', [...new Set(state.hiddenKinds)].join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}
