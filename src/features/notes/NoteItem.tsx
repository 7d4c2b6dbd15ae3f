import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { EVENT_KIND_STYLE } from '../../charts/eventStyle';
import {
  annotationId,
  cleanNoteText,
  NOTE_TEXT_MAX_LENGTH,
  stretchRange,
  type Annotation,
} from '../../domain/annotations';
import { formatUsd } from '../../domain/numberFormat';
import { formatTradingDate, type TradingDate } from '../../domain/tradingDate';
import type { NotesEditor } from './useNotesEditor';

export const day = (date: TradingDate) => formatTradingDate(date, { weekday: true, year: false });

/** What an annotation is called in the list and by a screen reader: "note 1 (Mon 27 Jan)". */
function nameOf(annotation: Annotation, index: number): string {
  const when =
    annotation.kind === 'note'
      ? day(annotation.date)
      : `${day(annotation.from)} to ${day(annotation.to)}`;
  return `${annotation.kind} ${String(index + 1)} (${when})`;
}

/** The text field keeps what is typed (a space before the next word); the view keeps it clean. */
function NoteText({
  annotation,
  index,
  onChange,
}: {
  annotation: Annotation;
  index: number;
  onChange: (text: string) => void;
}) {
  const [draft, setDraft] = useState(annotation.text);
  // Changed from elsewhere (a refused edit, another tab's link): show what the view holds.
  if (cleanNoteText(draft) !== annotation.text) setDraft(annotation.text);
  return (
    <input
      type="text"
      className="notes__text"
      data-note-text={annotationId(index)}
      aria-label={`Text of ${nameOf(annotation, index)}`}
      maxLength={NOTE_TEXT_MAX_LENGTH}
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
        onChange(event.target.value);
      }}
    />
  );
}

/** A button that steps a note or a range by a session; named in full for a screen reader. */
function StepButton({
  label,
  steps,
  onStep,
  children,
}: {
  label: string;
  steps: number;
  onStep: (steps: number) => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      onClick={() => {
        onStep(steps);
      }}
    >
      {children}
    </button>
  );
}

/** One annotation in "Your notes": its kind and sessions, its text, its moves, its delete. */
export function NoteItem({
  annotation,
  index,
  editor,
  close,
  sessions,
}: {
  annotation: Annotation;
  index: number;
  editor: NotesEditor;
  close: ReadonlyMap<TradingDate, number>;
  sessions: readonly TradingDate[];
}) {
  const name = nameOf(annotation, index);
  const move = (steps: number) => {
    editor.move(index, steps);
  };
  const stretch = (steps: number) => {
    if (annotation.kind === 'range')
      editor.change(index, stretchRange(annotation, sessions, steps));
  };
  // ← → move it by a session; with Shift, a range's end. Not in the text field, whose caret they move.
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'text') return;
    const steps = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (steps === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (event.shiftKey) stretch(steps);
    else move(steps);
  };
  const price = annotation.kind === 'note' ? close.get(annotation.date) : undefined;
  return (
    <li className="notes__item" data-note-item={annotationId(index)} onKeyDown={onKeyDown}>
      <p className="notes__when">
        <span className="kind-badge" style={{ borderColor: EVENT_KIND_STYLE.note.color }}>
          {annotation.kind === 'note' ? 'Note' : 'Range'}
        </span>{' '}
        {name.slice(name.indexOf('(') + 1, -1)}
      </p>
      <NoteText
        annotation={annotation}
        index={index}
        onChange={(text) => {
          editor.change(index, { ...annotation, text });
        }}
      />
      <div className="notes__actions">
        <StepButton label={`Move ${name} a session earlier`} steps={-1} onStep={move}>
          ◀ Earlier
        </StepButton>
        <StepButton label={`Move ${name} a session later`} steps={1} onStep={move}>
          Later ▶
        </StepButton>
        {annotation.kind === 'range' && (
          <>
            <StepButton label={`End ${name} a session earlier`} steps={-1} onStep={stretch}>
              Shorter
            </StepButton>
            <StepButton label={`End ${name} a session later`} steps={1} onStep={stretch}>
              Longer
            </StepButton>
          </>
        )}
        {annotation.kind === 'note' && (
          <label className="toggle">
            <input
              type="checkbox"
              checked={annotation.price !== null}
              disabled={price === undefined}
              onChange={() => {
                editor.change(index, {
                  ...annotation,
                  price: annotation.price === null ? (price ?? null) : null,
                });
              }}
            />
            At the close{price === undefined ? '' : ` (${formatUsd(price)})`}
          </label>
        )}
        <button
          type="button"
          className="link-button"
          aria-label={`Delete ${name}`}
          onClick={() => {
            editor.remove(index);
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
