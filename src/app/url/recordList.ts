import type { Ignored, Parsed } from './codecs';

/**
 * A list in the link as `notes=` and `steps=` write it: a version, then each item as a fixed number
 * of comma-separated fields. Reading it refuses another version whole, drops an item that cannot be
 * read (with a notice) and keeps the others, and stops, saying how many it left out, at the first
 * item that would not fit in the link.
 */
export interface RecordList<T> {
  version: string;
  /** A valid value, for the notice of a wrong version. */
  example: string;
  /** What the list holds, in the notice: "notes", "steps". */
  noun: string;
  fields: number;
  /** One item from its fields, or why they are not one. */
  read: (record: string[]) => T | string;
  /** False after a bad record when the fields that follow can no longer be told apart. */
  canGoOn?: (record: string[]) => boolean;
  fits: (items: readonly T[]) => boolean;
  maxItems: number;
  maxLinkLength: number;
}

export function readRecordList<T>(value: string, list: RecordList<T>): Parsed<readonly T[]> {
  const [version, ...fields] = value.split(',');
  if (version !== list.version)
    return {
      ok: false,
      why: `expected ${list.noun} in form ${list.version}, such as ${list.example}`,
    };
  const kept: T[] = [];
  const ignored: Ignored[] = [];
  for (let start = 0; start < fields.length; start += list.fields) {
    const record = fields.slice(start, start + list.fields);
    const written = record.join();
    const read = record.length === list.fields ? list.read(record) : 'it has too few fields';
    if (typeof read === 'string') {
      ignored.push({ value: written, why: read });
      if (list.canGoOn && !list.canGoOn(record)) break;
      continue;
    }
    if (!list.fits([...kept, read])) {
      const rest = Math.ceil((fields.length - start) / list.fields);
      ignored.push({
        value: written,
        why: `the link keeps at most ${String(list.maxItems)} ${list.noun} in ${list.maxLinkLength.toLocaleString('en-US')} characters: ${String(rest)} left out`,
      });
      break;
    }
    kept.push(read);
  }
  return { ok: true, value: kept, ignored };
}
