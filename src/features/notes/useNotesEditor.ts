import { useCallback, useState } from 'react';
import {
  cleanNoteText,
  idAfterRemoval,
  MAX_ANNOTATIONS,
  moveAnnotation,
  UNTITLED,
  type Annotation,
} from '../../domain/annotations';
import { sessionAfter, type Sessions } from '../../domain/calendar';
import type { TradingDate } from '../../domain/tradingDate';
import { NOTES_MAX_LINK_LENGTH, notesFit } from '../../app/url/notesCodec';
import type { ViewState } from '../../app/viewState';

export interface NotesEditor {
  notes: readonly Annotation[];
  /** Adds a note on `date`, or a range from it to the next session; false when the link is full. */
  add: (kind: Annotation['kind'], date: TradingDate) => boolean;
  /** Replaces the annotation at `index` (its text cleaned); refused when the link would overflow. */
  change: (index: number, next: Annotation) => void;
  /** Moves the annotation at `index` by whole sessions. */
  move: (index: number, steps: number) => void;
  remove: (index: number) => void;
  /** Why the last change was refused, for a status line; null when it was not. */
  refusal: string | null;
  /** The annotation whose text field should take focus (just added), with a counter to re-ask. */
  focus: { index: number; ask: number } | null;
}

const FULL = `The link holds at most ${String(MAX_ANNOTATIONS)} notes in ${NOTES_MAX_LINK_LENGTH.toLocaleString('en-US')} characters: shorten or delete one first.`;

/** What the reader's edits do to the notes in the view: every change goes to the URL at once. */
export function useNotesEditor(
  notes: readonly Annotation[],
  sessions: Sessions,
  update: (change: (previous: ViewState) => ViewState) => void,
): NotesEditor {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [focus, setFocus] = useState<NotesEditor['focus']>(null);
  /** Keeps `next` when it fits in the link; says why not when it does not. */
  const apply = useCallback(
    (next: readonly Annotation[]) => {
      if (!notesFit(next)) {
        setRefusal(FULL);
        return false;
      }
      setRefusal(null);
      update((previous) => ({ ...previous, notes: next }));
      return true;
    },
    [update],
  );
  const add = useCallback(
    (kind: Annotation['kind'], date: TradingDate) => {
      // A new range spans two sessions; the reader stretches it from there.
      const annotation: Annotation =
        kind === 'note'
          ? { kind, date, price: null, text: UNTITLED.note }
          : { kind, from: date, to: sessionAfter(sessions, date) ?? date, text: UNTITLED.range };
      const added = apply([...notes, annotation]);
      if (added) setFocus((previous) => ({ index: notes.length, ask: (previous?.ask ?? 0) + 1 }));
      return added;
    },
    [apply, notes, sessions],
  );
  return {
    notes,
    add,
    change: (index, next) => {
      apply(
        notes.map((old, at) => (at === index ? { ...next, text: cleanNoteText(next.text) } : old)),
      );
    },
    move: (index, steps) => {
      apply(notes.map((old, at) => (at === index ? moveAnnotation(old, sessions, steps) : old)));
    },
    remove: (index) => {
      // A note's id is its place: a hidden or studied note after it keeps its choice as it moves up.
      update((previous) => {
        const renamed = (id: string) => idAfterRemoval(id, index);
        const studied = previous.studyEvent === null ? null : renamed(previous.studyEvent);
        return {
          ...previous,
          notes: previous.notes.filter((_, at) => at !== index),
          hiddenEvents: previous.hiddenEvents.flatMap((id) => renamed(id) ?? []),
          studyEvent: studied,
        };
      });
      setRefusal(null);
    },
    refusal,
    focus,
  };
}
