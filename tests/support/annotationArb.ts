import fc from 'fast-check';
import { cleanNoteText, type Annotation } from '../../src/domain/annotations';

const MS_PER_DAY = 86_400_000;
export const dateArb = fc
  .integer({ min: Date.UTC(1990, 0, 1) / MS_PER_DAY, max: Date.UTC(2100, 11, 31) / MS_PER_DAY })
  .map((day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10));

/** Text a reader might type or paste: any unicode, markup, quotes, the URL's own characters. */
export const noteTextArb = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 90 }),
    fc.string({ unit: 'binary', maxLength: 90 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '"quoted" & \'single\'',
      'a,b;c&d=e?f#g%h+i/j',
      '%2C%25%',
      '=HYPERLINK("http://x")',
      '日本語のメモ 👩‍👩‍👧',
      '\u202eevil\u0000',
    ),
  )
  .map(cleanNoteText);

/** A price as a note keeps it: positive, at most 4 decimals. */
const priceArb = fc
  .integer({ min: 1, max: 99_999_999 })
  .map((tenThousandths) => tenThousandths / 10_000);

/** Any annotation the page could hold, its text already clean (as the page keeps it). */
export const annotationArb: fc.Arbitrary<Annotation> = fc.oneof(
  fc.record({
    kind: fc.constant('note' as const),
    date: dateArb,
    price: fc.option(priceArb, { nil: null }),
    text: noteTextArb,
  }),
  fc
    .record({
      kind: fc.constant('range' as const),
      dates: fc.tuple(dateArb, dateArb),
      text: noteTextArb,
    })
    .map(({ dates: [a, b], ...rest }) => ({ ...rest, from: a < b ? a : b, to: a < b ? b : a })),
);
