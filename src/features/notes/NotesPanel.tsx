import { useEffect, useRef } from 'react';
import { annotationId } from '../../domain/annotations';
import type { SessionRow } from '../../domain/dailySeries';
import type { TradingDate } from '../../domain/tradingDate';
import { day, NoteItem } from './NoteItem';
import type { NotesEditor } from './useNotesEditor';

export interface NotesPanelProps {
  editor: NotesEditor;
  /** Every session of the data: a note is moved along them, and pinned at their close. */
  rows: readonly SessionRow[];
  /** Where a new note goes: the session the chart points at, else the shock day. */
  newDate: TradingDate;
}

/**
 * "Your notes": add a note or a range on the session the chart points at, then edit its text, move
 * it (← → by a session, Shift with a range's end), pin it at the close, delete it. The chart draws
 * them; the link, the embed and every export carry them.
 */
export function NotesPanel({ editor, rows, newDate }: NotesPanelProps) {
  const panel = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const close = new Map(rows.map((row) => [row.date, row.close]));
  const sessions = rows.map((row) => row.date);
  const { focus, notes } = editor;
  useEffect(() => {
    if (!focus) return;
    const field = panel.current?.querySelector<HTMLInputElement>(
      `[data-note-text="${annotationId(focus.index)}"]`,
    );
    field?.focus();
    field?.select();
  }, [focus]);
  return (
    <section className="notes-panel" aria-labelledby="notes-panel-title" ref={panel}>
      <h2 id="notes-panel-title" className="panel-title">
        Your notes
      </h2>
      <p className="muted notes__hint">
        Point at a session on the chart, or step along it with ← →, then add a note there (on the
        chart: A for a note, R for a range, or a double click). The link, the embed and every export
        carry them.
      </p>
      <div className="notes__add">
        <button type="button" ref={addButton} onClick={() => editor.add('note', newDate)}>
          Add a note on {day(newDate)}
        </button>
        <button type="button" onClick={() => editor.add('range', newDate)}>
          Add a range from {day(newDate)}
        </button>
      </div>
      {editor.refusal && (
        <p className="notice" role="status">
          {editor.refusal}
        </p>
      )}
      {notes.length > 0 && (
        <ul className="notes__list">
          {notes.map((annotation, index) => (
            <NoteItem
              // By place: the list is the URL's order, and a text field keeps its focus as it types.
              key={index}
              annotation={annotation}
              index={index}
              editor={{
                ...editor,
                remove: (at) => {
                  editor.remove(at);
                  addButton.current?.focus();
                },
              }}
              close={close}
              sessions={sessions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
