import { sessionAfter, sessionBefore, type Sessions } from './calendar';
import { plainLine } from './plainLine';
import type { TradingDate } from './tradingDate';

/** A reader's note pinned to a session, and optionally to a price on it. */
export interface NoteAnnotation {
  kind: 'note';
  date: TradingDate;
  /** The price the note points at (e.g. that session's close), or null for the whole session. */
  price: number | null;
  text: string;
}

/** A reader's shaded range of sessions, with a label. */
export interface RangeAnnotation {
  kind: 'range';
  from: TradingDate;
  to: TradingDate;
  text: string;
}

/**
 * What a reader adds to the chart: plain data (dates, a number, one line of text), kept in the URL
 * (`notes=`, see src/app/url/notesCodec.ts) so the link, the embed and every export carry it.
 */
export type Annotation = NoteAnnotation | RangeAnnotation;

/** A note's text is one short line: it is drawn as a label and listed in the alt text. */
export const NOTE_TEXT_MAX_LENGTH = 80;
/** At most this many annotations: more would crowd the chart and the link. */
export const MAX_ANNOTATIONS = 20;
/** Prices are kept to 4 decimals, as the data's adjusted closes are. */
const PRICE_DECIMALS = 4;

/** A reader's text as the page keeps it: one plain line, never markup. */
export const cleanNoteText = (text: string): string => plainLine(text, NOTE_TEXT_MAX_LENGTH);

/** A price as a note keeps it; null for one that is not a positive finite number. */
export function cleanNotePrice(price: number | null): number | null {
  if (price === null || !Number.isFinite(price) || price <= 0) return null;
  return Number(price.toFixed(PRICE_DECIMALS));
}

/** The id an annotation's overlay carries: by its place in the list, which is its order in the URL. */
export const annotationId = (index: number): string => `note-${String(index + 1)}`;

/** The first and last date an annotation covers. */
export function annotationSpan(annotation: Annotation): { from: TradingDate; to: TradingDate } {
  return annotation.kind === 'note'
    ? { from: annotation.date, to: annotation.date }
    : { from: annotation.from, to: annotation.to };
}

/** The session `steps` sessions away (negative: earlier), or the date itself at the data's edge. */
function sessionsAway(sessions: Sessions, date: TradingDate, steps: number): TradingDate {
  let current = date;
  for (let step = 0; step < Math.abs(steps); step++)
    current = (steps > 0 ? sessionAfter : sessionBefore)(sessions, current) ?? current;
  return current;
}

/**
 * The annotation moved by whole sessions (the arrow keys move it by one): a note to another
 * session, a range with both ends, so it keeps its length in sessions. At the data's edge it stays.
 */
export function moveAnnotation(
  annotation: Annotation,
  sessions: Sessions,
  steps: number,
): Annotation {
  if (annotation.kind === 'note') {
    const date = sessionsAway(sessions, annotation.date, steps);
    // A price belongs to its session: moved to another, the note points at the session.
    return date === annotation.date ? annotation : { ...annotation, date, price: null };
  }
  const from = sessionsAway(sessions, annotation.from, steps);
  const to = sessionsAway(sessions, annotation.to, steps);
  const moved = from !== annotation.from && to !== annotation.to;
  return moved ? { ...annotation, from, to } : annotation;
}
