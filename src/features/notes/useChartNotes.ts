import { useCallback, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Annotation } from '../../domain/annotations';
import type { SessionRow } from '../../domain/dailySeries';
import type { TradingDate } from '../../domain/tradingDate';
import type { ViewState } from '../../app/viewState';
import { useNotesEditor, type NotesEditor } from './useNotesEditor';

export interface ChartNotes {
  editor: NotesEditor;
  /** Where a new note goes: the session the chart last pointed at in the window, else `fallback`. */
  newDate: TradingDate;
  /** For ActiveSessionContext: the charts say which session they point at. */
  reportSession: (date: TradingDate | null) => void;
  /** On the chart's box: A adds a note on the session pointed at, R a range; a double click a note. */
  chartHandlers: {
    onKeyDown: (event: KeyboardEvent) => void;
    onDoubleClick: (event: MouseEvent) => void;
  };
}

const NO_ROWS: readonly SessionRow[] = [];
const KEYS: Record<string, Annotation['kind']> = { a: 'note', r: 'range' };
const MARKS = '[data-event-label], [data-event-chip]';

/** The reader's notes wired to the chart: where a new one goes, and the chart's keys for it. */
export function useChartNotes(
  view: ViewState,
  rows: readonly SessionRow[] | null,
  window: { from: TradingDate; to: TradingDate },
  fallback: TradingDate,
  update: (change: (previous: ViewState) => ViewState) => void,
): ChartNotes {
  const sessions = useMemo(() => (rows ?? NO_ROWS).map((row) => row.date), [rows]);
  const editor = useNotesEditor(view.notes, sessions, update);
  // The last session pointed at stays chosen while the pointer goes to the "Add" button.
  const [pointed, setPointed] = useState<TradingDate | null>(null);
  const reportSession = useCallback((date: TradingDate | null) => {
    if (date) setPointed(date);
  }, []);
  const inWindow = (date: TradingDate | null) =>
    date !== null && date >= window.from && date <= window.to;
  // Else the fallback (the shock day) when it is drawn, else the window's last session.
  const lastDrawn = sessions.findLast((date) => date <= window.to);
  const newDate =
    pointed && inWindow(pointed)
      ? pointed
      : inWindow(fallback) || lastDrawn === undefined
        ? fallback
        : lastDrawn;
  const chartHandlers: ChartNotes['chartHandlers'] = {
    onKeyDown: (event) => {
      const kind = KEYS[event.key.toLowerCase()];
      // Only on the chart's own SVG (its active point), never while typing in a field.
      if (!kind || !(event.target instanceof SVGElement) || !pointed) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      editor.add(kind, pointed);
    },
    onDoubleClick: (event) => {
      // On the plot, not on an event's label or card (a double click there means that event).
      const target = event.target instanceof Element ? event.target : null;
      if (!pointed || !target?.closest('svg') || target.closest(MARKS)) return;
      editor.add('note', pointed);
    },
  };
  return { editor, newDate, reportSession, chartHandlers };
}
