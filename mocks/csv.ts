import type { PriceBar } from '../src/domain/types';

/** The fixtures' CSV, read without a library: plain ASCII, comma-separated, one header row. */
export function csvRows(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const names = header.split(',');
  // The fixtures quote only text cells without embedded quotes, so a simple quoted-split is exact here.
  const cells = (line: string) =>
    (line.match(/("([^"]*)"|[^,]*)(,|$)/g) ?? []).map((cell) =>
      cell.replace(/,$/, '').replace(/^"|"$/g, ''),
    );
  return lines.map((line) => {
    const values = cells(line);
    return Object.fromEntries(names.map((name, index) => [name, values[index] ?? '']));
  });
}

const numberOrNull = (cell: string | undefined) => (cell ? Number(cell) : null);

/** A price file of the dataset (`date,open,high,low,close,adj_close,volume`); an empty cell is null. */
export function parsePriceCsv(text: string): PriceBar[] {
  return csvRows(text).map((row) => ({
    date: row.date ?? '',
    open: Number(row.open),
    high: Number(row.high),
    low: Number(row.low),
    close: Number(row.close),
    adjClose: numberOrNull(row.adj_close),
    volume: numberOrNull(row.volume),
  }));
}
