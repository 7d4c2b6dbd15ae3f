import { isTradingDate, type TradingDate } from '../domain/tradingDate';
import { quoteCell } from './problems';

/**
 * Reading one cell of a downloaded price file: numbers in the two decimal conventions, with
 * thousands separators and a dollar sign, and dates in the orders the sources write them.
 */

export type DecimalMark = '.' | ',';

/** A cell read, or why it cannot be. */
export type CellRead<T> = { value: T } | { reason: string };

/** Cells that mean "no value" (Yahoo writes null, Nasdaq N/A or --). */
const NO_VALUE = /^(|null|n\/a|na|-|--|—)$/i;

export const isNoValue = (cell: string) => NO_VALUE.test(cell.trim());

/** A number with its decimals after `mark`: does the cell's last separator look like a decimal mark? */
function markEvidence(cell: string): DecimalMark | null {
  const match = /([.,])(\d+)$/.exec(cell.trim());
  if (!match?.[1] || !match[2]) return null;
  const mark = match[1] as DecimalMark;
  const other = mark === '.' ? ',' : '.';
  // Both signs: the last one is the decimal mark ("1.234,56", "1,234.56").
  if (cell.includes(other)) return mark;
  // One sign: exactly three digits after it may be thousands ("1,234"), so it says nothing.
  return match[2].length === 3 ? null : mark;
}

/**
 * The file's decimal mark, from the cells that show it; where none does (whole numbers, or three
 * decimals that could be thousands), a semicolon file is taken to use the comma (the European
 * convention that made it use semicolons), any other the point.
 */
export function detectDecimalMark(cells: readonly string[], semicolonFile: boolean): DecimalMark {
  let points = 0;
  let commas = 0;
  for (const cell of cells) {
    const mark = markEvidence(cell);
    if (mark === '.') points++;
    if (mark === ',') commas++;
  }
  if (points !== commas) return points > commas ? '.' : ',';
  return semicolonFile ? ',' : '.';
}

const GROUP_SPACES = " '\u00a0\u202f\u2019";

const numberPattern = (mark: DecimalMark) => {
  const group = `[${mark === '.' ? ',' : '.'}${GROUP_SPACES}]`;
  const decimals = `(?:\\${mark}\\d+)?`;
  return new RegExp(`^-?(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)${decimals}$`);
};
const PLAIN = /^\d{1,15}(?:\.\d{1,15})?$/;
const PATTERNS: Record<DecimalMark, RegExp> = { '.': numberPattern('.'), ',': numberPattern(',') };

/** A number written with `mark` as its decimal mark, a leading $ allowed. */
export function readNumber(cell: string, mark: DecimalMark): CellRead<number> {
  // Most cells are plain numbers: read them without the patterns below.
  if (mark === '.' && PLAIN.test(cell)) return { value: Number(cell) };
  const text = cell.trim().replace(/^(-?)\s*(?:US)?\$\s*/, '$1');
  if (!PATTERNS[mark].test(text)) {
    return { reason: `not a number: ${quoteCell(cell)}` };
  }
  const plain = text.replace(/[^\d.,-]/g, '').replace(mark === '.' ? /,/g : /\./g, '');
  const value = Number(plain.replace(',', '.'));
  return Number.isFinite(value) ? { value } : { reason: `not a number: ${quoteCell(cell)}` };
}

const pad = (value: string) => value.padStart(2, '0');

/**
 * A date as `YYYY-MM-DD` from `2025-01-27`, `2025/01/27`, US `01/27/2025` (month first, as Nasdaq
 * writes it) or `27.01.2025` (day first, as German and Polish files do). It must exist (no 30 Feb).
 */
export function readDate(cell: string): CellRead<TradingDate> {
  const text = cell.trim();
  let iso: string | null = null;
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (match?.[1] && match[2] && match[3]) iso = `${match[1]}-${pad(match[2])}-${pad(match[3])}`;
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match?.[1] && match[2] && match[3]) iso = `${match[3]}-${pad(match[1])}-${pad(match[2])}`;
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match?.[1] && match[2] && match[3]) iso = `${match[3]}-${pad(match[2])}-${pad(match[1])}`;
  if (iso === null) {
    return { reason: `not a date: ${quoteCell(cell)} (use YYYY-MM-DD or MM/DD/YYYY)` };
  }
  if (!isTradingDate(iso)) return { reason: `no such day: ${quoteCell(cell)}` };
  // Far outside market history is a placeholder ("0001-01-01" for no date), not a session.
  if (iso < '1900-01-01' || iso > '2199-12-31') {
    return { reason: `outside market history: ${quoteCell(cell)}` };
  }
  return { value: iso };
}
