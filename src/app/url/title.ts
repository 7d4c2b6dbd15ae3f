import { plainLine } from '../../domain/plainLine';

/** A reader's own title is text, shown as text; the cap keeps a pasted essay out of the header. */
export const TITLE_MAX_LENGTH = 120;

/** A title as one plain line of text, or null when nothing printable is left. */
export function cleanTitle(value: string): string | null {
  return plainLine(value, TITLE_MAX_LENGTH) || null;
}
