import { problem, type ImportProblem } from './problems';

/**
 * A loaded file's bytes as text, or why it is not a text file we read: too large (said from its size
 * alone, before reading it), a known binary format, or bytes no text encoding makes sense of.
 */

/** Decades of daily bars are under 3 MB: 10 MB is room for any daily file and stops a wrong one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A problem when the file is larger than the bound, else null: for a File or a Content-Length. */
export function sizeProblem(file: string, bytes: number): ImportProblem | null {
  return bytes > MAX_FILE_BYTES
    ? problem(
        file,
        `the file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_FILE_BYTES)} (daily prices for decades fit in 3 MB)`,
      )
    : null;
}

const SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive or an Excel workbook (.xlsx): save it as CSV'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel workbook (.xls): save it as CSV'],
  [[0x1f, 0x8b], 'a gzip archive: unpack it first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document, not a data file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image, not a data file'],
];

/** Control characters other than tab, line feed and carriage return, and undecodable bytes. */
// eslint-disable-next-line no-control-regex
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** Text with more than this share of junk characters is binary, whatever its encoding claims. */
const JUNK_SHARE = 0.01;

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes UTF-8 (with or without a byte-order mark), UTF-16 with its mark, and, where the bytes are
 * not UTF-8, Windows-1252 (what Excel on Windows saves as "CSV"). The mark is dropped.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | ImportProblem {
  for (const [signature, what] of SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) {
      return problem(file, `this is ${what}`);
    }
  }
  let text: string | null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeWith('utf-16le', bytes, false);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeWith('utf-16be', bytes, false);
  else text = decodeWith('utf-8', bytes, true) ?? decodeWith('windows-1252', bytes, false);
  if (text === null) return problem(file, 'the file is not text');
  return checkText(file, text);
}

/** The text without its byte-order mark, or why it is not text (binary junk, empty). */
export function checkText(file: string, raw: string): { text: string } | ImportProblem {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return problem(file, 'the file is empty');
  const junk = text.match(JUNK)?.length ?? 0;
  if (text.includes('\u0000') || junk > Math.max(2, text.length * JUNK_SHARE)) {
    return problem(file, 'the file is not text (binary bytes): is it a CSV or JSON file?');
  }
  return { text };
}
