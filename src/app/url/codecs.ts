import { isTradingDate, type TradingDate } from '../../domain/tradingDate';

/** A value the reader gave that the page does not use, and why. */
export interface Ignored {
  value: string;
  why: string;
}

/** What reading one parameter gave: its value, or why it was ignored (a list may keep some items). */
export type Parsed<T> =
  { ok: true; value: T; ignored?: readonly Ignored[] } | { ok: false; why: string };

/** How one URL parameter is read and written. `write` of the default is what the URL leaves out. */
export interface Codec<T> {
  parse: (text: string) => Parsed<T>;
  write: (value: T) => string;
}

export const oneOf = <T extends string>(options: readonly T[], value: string): value is T =>
  (options as readonly string[]).includes(value);

/** One word of a fixed list. */
export function wordCodec<T extends string>(options: readonly T[], why: string): Codec<T> {
  return {
    parse: (text) => (oneOf(options, text) ? { ok: true, value: text } : { ok: false, why }),
    write: (value) => value,
  };
}

/** A word of the URL standing for a value of the page (`scale=log` for a log axis, say). */
export function mappedCodec<T>(words: ReadonlyMap<string, T>, why: string): Codec<T> {
  const wordOf = new Map([...words].map(([word, value]) => [value, word]));
  return {
    // A Map, not an object literal: `?model=toString` must not find Object.prototype's members.
    parse: (text) => {
      const value = words.get(text);
      return value === undefined ? { ok: false, why } : { ok: true, value };
    },
    write: (value) => wordOf.get(value) ?? '',
  };
}

export function dateCodec(example: string): Codec<TradingDate> {
  return {
    parse: (text) =>
      isTradingDate(text)
        ? { ok: true, value: text }
        : { ok: false, why: `expected a date such as ${example}` },
    write: (value) => value,
  };
}

/** `name=1` or `name=0`. */
export function flagCodec(name: string): Codec<boolean> {
  return mappedCodec(
    new Map([
      ['1', true],
      ['0', false],
    ]),
    `use ${name}=1 or ${name}=0`,
  );
}

/**
 * A comma-separated list: each item that `isValid` refuses is ignored on its own, with `why`; the
 * valid ones are kept. Written without repeats, in the order given (order can be a choice).
 */
export function listCodec<T extends string>(
  isValid: (item: string) => item is T,
  why: string,
): Codec<readonly T[]> {
  return {
    parse: (text) => {
      const items = text.split(',').filter((item) => item !== '');
      return {
        ok: true,
        value: items.filter(isValid),
        ignored: items.filter((item) => !isValid(item)).map((value) => ({ value, why })),
      };
    },
    write: (value) => [...new Set(value)].join(','),
  };
}

/**
 * An https address of a file to load (`prices=`, `events=`): only https, so a page served over
 * https never asks a plain-http server, and no `javascript:` or `data:` address is ever followed.
 */
export const httpsUrlCodec: Codec<string | null> = {
  parse: (text) => {
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      // Not an address at all: said below.
    }
    return url?.protocol === 'https:'
      ? { ok: true, value: url.href }
      : { ok: false, why: 'only an https:// address of a file is fetched; the current data stays' };
  },
  write: (value) => value ?? '',
};
