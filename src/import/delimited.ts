/**
 * Delimited text (CSV and its semicolon and tab cousins) read into rows of cells, quotes honoured
 * (RFC 4180: "" is a quote inside a quoted cell, which may hold the delimiter and line breaks).
 * Lenient where files from spreadsheets are loose (a stray quote inside a bare cell is kept as text);
 * it never throws.
 */

export type Delimiter = ',' | ';' | '\t';

export interface TextRow {
  /** The line the row starts on, 1-based. */
  line: number;
  cells: string[];
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export const DELIMITER_NAMES: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

/** The first line that is not blank. */
export function firstLine(text: string): string {
  return text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
}

/** Reads rows; blank lines are skipped (they are not rows), each row keeps its line number. */
export function readRows(text: string, delimiter: Delimiter): TextRow[] {
  if (!text.includes('"')) return readBareRows(text, delimiter);
  const rows: TextRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStart = true;
  let line = 1;
  let rowLine = 1;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellStart = true;
  };
  const endRow = () => {
    endCell();
    if (cells.length > 1 || cells[0]?.trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n' || (char === '\r' && text.charAt(index + 1) !== '\n')) line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cellStart && cell.trim() === '') {
      quoted = true;
      cell = '';
      cellStart = false;
    } else if (char === delimiter) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text.charAt(index + 1) === '\n') index++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += char;
      if (char.trim() !== '') cellStart = false;
    }
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** Text without quotes: each line is a row, split at the delimiter (what most downloads are). */
function readBareRows(text: string, delimiter: Delimiter): TextRow[] {
  const rows: TextRow[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() !== '') rows.push({ line: index + 1, cells: line.split(delimiter) });
  });
  return rows;
}

/**
 * The delimiter that splits the header line into the most cells, counting only outside quotes;
 * a tie goes to the comma, then the semicolon.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  let best: Delimiter = ',';
  let bestCount = -1;
  for (const delimiter of DELIMITERS) {
    const count = readRows(headerLine, delimiter)[0]?.cells.length ?? 0;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
