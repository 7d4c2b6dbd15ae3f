import { problem, type ImportProblem } from '../../import/problems';
import { decodeText, MAX_FILE_BYTES, sizeProblem } from '../../import/textFile';

/** A loaded file's text with its name, or the one reason it could not be read. */
export type ReadSource = { name: string; text: string } | ImportProblem;

/** A file the reader picked or dropped: its size is checked before a byte is read. */
export async function readPickedFile(file: File): Promise<ReadSource> {
  const tooLarge = sizeProblem(file.name, file.size);
  if (tooLarge) return tooLarge;
  try {
    const decoded = decodeText(file.name, new Uint8Array(await file.arrayBuffer()));
    return 'text' in decoded ? { name: file.name, text: decoded.text } : decoded;
  } catch {
    return problem(file.name, 'the browser could not read the file');
  }
}

/** The last part of an address's path, for messages and for a symbol ("…/AVGO.csv"). */
export function fileNameOf(address: string): string {
  try {
    return decodeURIComponent(new URL(address).pathname.split('/').pop() ?? '') || address;
  } catch {
    return address;
  }
}

/**
 * A file at an https address. A refused or failed request (no connection, no CORS header: the
 * browser does not say which) and an HTTP error are each said with the address.
 */
export async function fetchAddress(address: string, signal?: AbortSignal): Promise<ReadSource> {
  let response: Response;
  try {
    response = await fetch(address, { mode: 'cors', credentials: 'omit', signal });
  } catch {
    return problem(
      address,
      'the address could not be read: the server did not answer, or does not allow other sites to read it (CORS)',
    );
  }
  if (!response.ok) return problem(address, `the address answered HTTP ${response.status}`);
  const length = Number(response.headers.get('Content-Length'));
  const tooLarge = sizeProblem(address, Number.isFinite(length) ? length : 0);
  if (tooLarge) return tooLarge;
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_FILE_BYTES)
      return sizeProblem(address, bytes.length) ?? problem(address, 'too large');
    const decoded = decodeText(address, bytes);
    return 'text' in decoded ? { name: fileNameOf(address), text: decoded.text } : decoded;
  } catch {
    return problem(address, 'the answer was cut short');
  }
}

/**
 * A symbol from a file name: `AVGO.csv`, `avgo_us_d.csv` (Stooq), `AVGO (1).csv`; null where the
 * name holds none (Nasdaq's `HistoricalData_1738.csv`), and the reader types it.
 */
export function symbolFromFileName(name: string): string | null {
  const stem = name
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/\s*\(\d+\)$/, '')
    .replace(/_[a-z]{2}_d$/i, '');
  const symbol = stem.toUpperCase();
  return /^[A-Z][A-Z0-9.^-]{0,9}$/.test(symbol) && !/^HISTORICALDATA/.test(symbol) ? symbol : null;
}
