import type { SessionRow } from '../domain/dailySeries';
import type { PlacedEvent } from '../domain/eventPlacement';

export type Cell = string | number | null;

/**
 * The first characters that make a spreadsheet run a text cell as a formula: OWASP's "CSV injection"
 * list (=, +, -, @, a tab, a carriage return) and the full-width signs U+FF1D U+FF0B U+FF0D U+FF20
 * (＝＋－＠), which Excel in East-Asian locales and LibreOffice's width-insensitive matching read
 * as = + - @.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell that a spreadsheet would run as a formula (see FORMULA_START) gets a leading
 * apostrophe. Numbers are written as numbers, so -0.17 stays a number a reader can sum.
 */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 lines (CRLF), with a header row. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Rounds away binary noise (0.1 + 0.2) without losing what the data holds. */
const round = (value: number | null, digits: number) =>
  value === null ? null : Number(value.toFixed(digits));

export const DATA_COLUMNS = [
  'date',
  'open',
  'high',
  'low',
  'close',
  'adj_close',
  'volume',
  'change_pct',
  'shares_outstanding',
  'shares_as_of',
  'shares_source',
  'market_value_usd',
  'market_value_change_usd',
  'abnormal_return_pct',
  'car_pct',
] as const;

/** An abnormal return of the event study and the running CAR, where they were computed. */
export interface AbnormalPoint {
  date: string;
  ar: number;
  car: number | null;
}

/** The sessions on screen, one per line, with what the page computed for each. */
export function dataCsv(rows: readonly SessionRow[], abnormal: readonly AbnormalPoint[]): string {
  const byDate = new Map(abnormal.map((point) => [point.date, point]));
  return toCsv(
    DATA_COLUMNS,
    rows.map((row) => {
      const study = byDate.get(row.date);
      return [
        row.date,
        row.open,
        row.high,
        row.low,
        row.close,
        row.adjClose,
        row.volume,
        round(row.changePct === null ? null : row.changePct * 100, 6),
        row.shares?.shares ?? null,
        row.shares?.asOf ?? null,
        row.shares?.source ?? null,
        round(row.marketValue, 0),
        round(row.marketValueChange, 0),
        round(study ? study.ar * 100 : null, 6),
        round(study?.car == null ? null : study.car * 100, 6),
      ];
    }),
  );
}

export const EVENT_COLUMNS = [
  'id',
  'kind',
  'title',
  'start',
  'end',
  'session_of_effect',
  'summary',
  'quote',
  'source_publisher',
  'source_title',
  'source_date',
  'source_url',
] as const;

/** The events on screen, one line per source, so every claim keeps its citation. */
export function eventsCsv(events: readonly PlacedEvent[]): string {
  const lines: Cell[][] = [];
  for (const { event, sessionOfEffect } of events) {
    const common: Cell[] = [
      event.id,
      event.kind,
      event.title,
      event.start,
      event.end,
      sessionOfEffect,
      event.summary,
      event.quote,
    ];
    const sources = event.sources.length > 0 ? event.sources : [null];
    for (const source of sources) {
      lines.push([
        ...common,
        source?.publisher ?? null,
        source?.title ?? null,
        source?.date ?? null,
        source?.url ?? null,
      ]);
    }
  }
  return toCsv(EVENT_COLUMNS, lines);
}
