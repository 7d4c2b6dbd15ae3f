/**
 * Control characters (line breaks, bidi overrides, NUL) would only garble one line of text. The
 * zero-width joiners (U+200C, U+200D) stay: they hold emoji families and many scripts together.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A reader's words as one plain line of text: unprintable characters and runs of spaces become one
 * space, and a line longer than `maxLength` characters (code points, so no emoji is cut in half) ends
 * in "…". Empty when nothing printable is left. Text stays text: nothing here is ever markup.
 */
export function plainLine(value: string, maxLength: number): string {
  const line = value.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : line;
}
