/** A reader's own title is text, shown as text; the cap keeps a pasted essay out of the header. */
export const TITLE_MAX_LENGTH = 120;

/** Control characters (line breaks, bidi overrides, NUL) would only garble a one-line title. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A title as one plain line of text, or null when nothing printable is left. */
export function cleanTitle(value: string): string | null {
  const line = value.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  if (line === '') return null;
  const chars = Array.from(line);
  return chars.length > TITLE_MAX_LENGTH
    ? `${chars.slice(0, TITLE_MAX_LENGTH - 1).join('')}…`
    : line;
}
