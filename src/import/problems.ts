/**
 * What is wrong with a loaded file, where: the file, the row (1 is the first line, the header) and
 * the column as the file names it, so the reader can find it in their spreadsheet.
 */
export interface ImportProblem {
  file: string;
  /** The line in the file (1-based, the header is 1), or an event's number in a JSON list. */
  row: number | null;
  column: string | null;
  reason: string;
}

/**
 * A file either is accepted, with every row it left out named (nothing dropped in silence), or is
 * refused with its reasons; the page keeps what it showed until a file is accepted.
 */
export type ImportResult<T> =
  | { ok: true; value: T; dropped: ImportProblem[]; notes: string[] }
  | { ok: false; problems: ImportProblem[] };

/** Past this many, a list of problems ends with one line that counts the rest. */
export const LISTED_PROBLEMS = 100;

export function problem(
  file: string,
  reason: string,
  row: number | null = null,
  column: string | null = null,
): ImportProblem {
  return { file, row, column, reason };
}

export const refuse = <T>(problems: ImportProblem[]): ImportResult<T> => ({
  ok: false,
  problems: capped(problems),
});

/** The first LISTED_PROBLEMS problems, then one that says how many more there are. */
export function capped(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= LISTED_PROBLEMS) return problems;
  const first = problems[0];
  const rest = problems.length - LISTED_PROBLEMS;
  return [
    ...problems.slice(0, LISTED_PROBLEMS),
    problem(first?.file ?? '', `and ${rest} more ${rest === 1 ? 'problem' : 'problems'}`),
  ];
}

/** A cell's text as quoted in a reason: short, on one line, never interpreted. */
export function quoteCell(value: string): string {
  const flat = value.replace(/[\r\n\t]+/g, ' ');
  return JSON.stringify(flat.length > 32 ? `${flat.slice(0, 31)}…` : flat);
}

/** "prices.csv, row 12, column Close: not a number". */
export function describeProblem(item: ImportProblem): string {
  const where = [
    item.file,
    item.row === null ? null : `row ${item.row}`,
    item.column === null ? null : `column ${item.column}`,
  ].filter((part) => part !== null && part !== '');
  return `${where.join(', ')}: ${item.reason}`;
}

/**
 * Accepts what was kept when enough was and the dropped rows are not the majority (a file that is
 * mostly wrong is likely the wrong file); otherwise refuses with every reason.
 */
export function settle<T>(
  file: string,
  value: T,
  kept: number,
  needed: number,
  dropped: ImportProblem[],
  droppedRows: number,
  notes: string[],
): ImportResult<T> {
  if (kept < needed) {
    const what = needed === 1 ? 'one usable row' : `${needed} usable rows`;
    return refuse([...dropped, problem(file, `the file has fewer than ${what}`)]);
  }
  if (droppedRows > kept) {
    return refuse([
      ...dropped,
      problem(
        file,
        `${droppedRows} rows have problems and only ${kept} ${kept === 1 ? 'does' : 'do'} not: is it the right file?`,
      ),
    ]);
  }
  return { ok: true, value, dropped: capped(dropped), notes };
}
