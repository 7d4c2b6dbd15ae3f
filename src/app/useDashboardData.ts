import { useMemo } from 'react';
import { usePlacedEvents } from '../features/events/usePlacedEvents';
import { useSessionRows } from '../features/impact/useSessionRows';
import { useImpactAnalysis } from '../features/study/useImpactAnalysis';
import { useSymbols } from '../queries/symbols';
import { STORY } from './story';
import type { ViewState } from './viewState';

/** Every piece of data the page draws, fetched and derived for the current view. */
export function useDashboardData(view: ViewState) {
  const data = useSessionRows(STORY.symbol);
  const { rows } = data;
  const sessions = useMemo(() => rows?.map((row) => row.date) ?? null, [rows]);
  const { query: eventsQuery, placement, rejected } = usePlacedEvents(STORY.symbol, sessions);
  const placedEvents = useMemo(() => placement?.placed ?? [], [placement]);
  const symbols = useSymbols();
  const names = useMemo(
    () => new Map((symbols.data?.symbols ?? []).map((info) => [info.symbol, info.name])),
    [symbols.data],
  );
  // Day 0 of the study: the picked event's session of effect, or the shock day.
  const picked = placedEvents.find((placed) => placed.event.id === view.studyEvent);
  const day0 = picked?.sessionOfEffect ?? STORY.shockDate;
  const impact = useImpactAnalysis(data.prices.data?.bars ?? null, placedEvents, {
    subject: STORY.symbol,
    benchmark: view.benchmark,
    peers: view.peers,
    model: view.model,
    customWindow: view.carWindow,
    rebaseDate: view.rebaseDate,
    day0,
    moveDate: STORY.shockDate,
  });
  const first = rows?.[0];
  const last = rows?.at(-1);
  const bounds = first && last ? { from: first.date, to: last.date } : null;
  return {
    data,
    rows,
    sessions,
    eventsQuery,
    placement,
    rejected,
    placedEvents,
    names,
    impact,
    bounds,
  };
}
