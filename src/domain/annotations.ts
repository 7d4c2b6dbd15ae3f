import { sessionAfter, sessionBefore, type Sessions } from './calendar';
import { formatUsd } from './numberFormat';
import { plainLine } from './plainLine';
import { formatTradingDate, type TradingDate } from './tradingDate';
import type { MarketEvent } from './types';

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

/** The session next to `date` in the direction of `step` (+1 or -1); null at the data's edge. */
const nextSession = (sessions: Sessions, date: TradingDate, step: number) =>
  (step > 0 ? sessionAfter : sessionBefore)(sessions, date);

/**
 * The annotation moved by whole sessions (the arrow keys move it by one): a note to another
 * session, a range with both ends, so it keeps its length in sessions. It stops at the data's edge.
 */
export function moveAnnotation(
  annotation: Annotation,
  sessions: Sessions,
  steps: number,
): Annotation {
  const step = Math.sign(steps);
  let { from, to } = annotationSpan(annotation);
  for (let taken = 0; taken < Math.abs(steps); taken++) {
    const [nextFrom, nextTo] = [nextSession(sessions, from, step), nextSession(sessions, to, step)];
    if (nextFrom === null || nextTo === null) break;
    [from, to] = [nextFrom, nextTo];
  }
  if (annotation.kind === 'range')
    return from === annotation.from ? annotation : { ...annotation, from, to };
  // A price belongs to its session: moved to another, the note points at the session.
  return from === annotation.date ? annotation : { ...annotation, date: from, price: null };
}

/** What a note or range is called where it has no text of its own. */
export const UNTITLED = { note: 'Note', range: 'Range' } as const;

/** The words of its card: what it is, and that it travels with the link. */
function summaryOf(annotation: Annotation): string {
  if (annotation.kind === 'range')
    return `Your range, ${formatTradingDate(annotation.from)} to ${formatTradingDate(annotation.to)}.`;
  const at = annotation.price === null ? '' : `, at ${formatUsd(annotation.price)}`;
  return `Your note on ${formatTradingDate(annotation.date)}${at}.`;
}

/**
 * The annotations as overlays of kind `note`, so the chart draws, labels, toggles and exports them
 * with the events (a range is a span, drawn as a band), each with the id of its place in the list.
 */
export function annotationEvents(annotations: readonly Annotation[]): MarketEvent[] {
  return annotations.map((annotation, index) => {
    const { from, to } = annotationSpan(annotation);
    return {
      id: annotationId(index),
      title: annotation.text || UNTITLED[annotation.kind],
      kind: 'note',
      start: from,
      end: annotation.kind === 'range' ? to : null,
      summary: summaryOf(annotation),
      quote: null,
      sources: [],
      ...(annotation.kind === 'note' && annotation.price !== null
        ? { pinnedPrice: annotation.price }
        : {}),
    };
  });
}

/** The range with its last session moved by whole sessions, never before its first. */
export function stretchRange(
  range: RangeAnnotation,
  sessions: Sessions,
  steps: number,
): RangeAnnotation {
  const step = Math.sign(steps);
  let to = range.to;
  for (let taken = 0; taken < Math.abs(steps); taken++) {
    const next = nextSession(sessions, to, step);
    if (next === null || next < range.from) break;
    to = next;
  }
  return to === range.to ? range : { ...range, to };
}

/** An overlay as the alt text names it: the reader's notes are MarketEvents of kind `note`. */
type Described = Pick<MarketEvent, 'title' | 'start' | 'end' | 'pinnedPrice'>;

/**
 * The reader's notes in words, for the alt text (and so an SVG's description): each by its full
 * text, its session or sessions and its price. Empty when there are none.
 */
export function notesSentence(notes: readonly Described[]): string {
  if (notes.length === 0) return '';
  const date = (value: string) => formatTradingDate(value.slice(0, 10), { year: false });
  const parts = notes.map(({ title, start, end, pinnedPrice }) => {
    const when = end ? `from ${date(start)} to ${date(end)}` : `on ${date(start)}`;
    const at = pinnedPrice === undefined ? '' : ` at ${formatUsd(pinnedPrice)}`;
    return `“${title}” ${when}${at}`;
  });
  return `${notes.length === 1 ? 'The reader’s note' : 'The reader’s notes'}: ${parts.join('; ')}.`;
}

/**
 * An overlay id after the annotation at `removed` is deleted: the later ones move up a place (their
 * ids with them), the deleted one's is gone (null); any other id is kept as it is.
 */
export function idAfterRemoval(id: string, removed: number): string | null {
  const match = /^note-(\d+)$/.exec(id);
  if (!match) return id;
  const index = Number(match[1]) - 1;
  if (index === removed) return null;
  return index > removed ? annotationId(index - 1) : id;
}
