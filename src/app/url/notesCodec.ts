import {
  cleanNotePrice,
  cleanNoteText,
  MAX_ANNOTATIONS,
  type Annotation,
} from '../../domain/annotations';
import { isTradingDate } from '../../domain/tradingDate';
import type { Codec } from './codecs';
import { readRecordList } from './recordList';

/**
 * The reader's annotations in the URL, version 1: `notes=1,` then each annotation as its fields,
 * comma-separated (the link keeps commas readable):
 *
 *   n,<date>,<price or nothing>,<text>   a note on a session, optionally at a price
 *   r,<from>,<to>,<text>                 a shaded range of sessions with a label
 *
 * e.g. `notes=1,n,2025-01-27,118.42,Our+article,r,2025-01-21,2025-01-24,Earnings+window`. In a text,
 * `%` is written `%25` and `,` is written `%2C` (the link then encodes that `%` once more); anything
 * else is the text as it is. A form other than version 1 is refused whole, with a notice; an
 * annotation that cannot be read is dropped with a notice, and the others kept.
 */
export const NOTES_VERSION = '1';

/** At most this many characters of link for the notes: a longer link breaks in mail and chat. */
export const NOTES_MAX_LINK_LENGTH = 1500;

const FIELDS = 4;
const PRICE = /^\d{1,7}(\.\d{1,4})?$/;

/** A text as one comma-separated field: `%` is written `%25` and `,` is written `%2C`. */
export const escapeText = (text: string) => text.replace(/%/g, '%25').replace(/,/g, '%2C');
export const unescapeText = (text: string) =>
  text.replace(/%(25|2C)/gi, (escape) => (escape === '%25' ? '%' : ','));

function writeOne(annotation: Annotation): string {
  const text = escapeText(annotation.text);
  return annotation.kind === 'note'
    ? ['n', annotation.date, annotation.price === null ? '' : String(annotation.price), text].join()
    : ['r', annotation.from, annotation.to, text].join();
}

/** How many characters `value` takes in the link, as the page writes it (commas kept readable). */
export function linkLength(value: string): number {
  return new URLSearchParams([['', value]]).toString().replace(/%2C/gi, ',').length - 1;
}

/** The notes as the link writes them; empty for none. */
export function writeNotes(annotations: readonly Annotation[]): string {
  return annotations.length === 0 ? '' : [NOTES_VERSION, ...annotations.map(writeOne)].join(',');
}

/** True when the notes fit in the link: the editor refuses an addition that would not. */
export function notesFit(annotations: readonly Annotation[]): boolean {
  return (
    annotations.length <= MAX_ANNOTATIONS &&
    linkLength(writeNotes(annotations)) <= NOTES_MAX_LINK_LENGTH
  );
}

/** One annotation's fields, or why they are not one. */
function readOne([type, first, second, rawText]: string[]): Annotation | string {
  const text = cleanNoteText(unescapeText(rawText ?? ''));
  if (type === 'n') {
    if (!first || !isTradingDate(first)) return 'a note needs a date such as 2025-01-27';
    if (second && !PRICE.test(second)) return 'a note’s price is a number such as 118.42';
    const price = second ? cleanNotePrice(Number(second)) : null;
    return { kind: 'note', date: first, price, text };
  }
  if (type === 'r') {
    if (!first || !second || !isTradingDate(first) || !isTradingDate(second))
      return 'a range needs two dates such as 2025-01-21,2025-01-24';
    if (second < first) return 'the range ends before it starts';
    return { kind: 'range', from: first, to: second, text };
  }
  return 'each annotation starts with n (a note) or r (a range)';
}

export const notesCodec: Codec<readonly Annotation[]> = {
  parse: (value) =>
    readRecordList(value, {
      version: NOTES_VERSION,
      example: '1,n,2025-01-27,,Our+article',
      noun: 'notes',
      fields: FIELDS,
      read: readOne,
      // Without a known type the fields that follow cannot be told apart: stop there.
      canGoOn: ([type]) => type === 'n' || type === 'r',
      fits: notesFit,
      maxItems: MAX_ANNOTATIONS,
      maxLinkLength: NOTES_MAX_LINK_LENGTH,
    }),
  write: writeNotes,
};
