import { EXCHANGE_TIME_ZONE } from '../domain/exchangeTime';
import { weekdayOf, type TradingDate } from '../domain/tradingDate';
import type { PriceBar } from '../domain/types';
import type { PricesResponse } from '../api/schemas';
import {
  detectDecimalMark,
  isNoValue,
  readDate,
  readNumber,
  type CellRead,
  type DecimalMark,
} from './cells';
import { DELIMITER_NAMES, detectDelimiter, firstLine, readRows } from './delimited';
import { problem, refuse, settle, type ImportProblem, type ImportResult } from './problems';

/**
 * Daily prices as people download them, read into contract v1's prices answer. The form is told
 * by the header: Yahoo Finance (`Date,Open,High,Low,Close,Adj Close,Volume`), Nasdaq
 * (`Date,Close/Last,Volume,Open,High,Low`, dollar signs, MM/DD/YYYY, newest first) or Stooq
 * (`Date,Open,High,Low,Close,Volume`). Columns are found by name, so their order does not matter.
 */

export type PriceForm = 'yahoo' | 'nasdaq' | 'stooq';

export const PRICE_FORMS: Record<PriceForm, { label: string; header: readonly string[] }> = {
  yahoo: {
    label: 'Yahoo Finance',
    header: ['Date', 'Open', 'High', 'Low', 'Close', 'Adj Close', 'Volume'],
  },
  nasdaq: { label: 'Nasdaq', header: ['Date', 'Close/Last', 'Volume', 'Open', 'High', 'Low'] },
  stooq: { label: 'Stooq', header: ['Date', 'Open', 'High', 'Low', 'Close', 'Volume'] },
};

type Field = keyof PriceBar;

/** Header names, lower case without spaces, asterisks or quotes, to the bar's field. */
const FIELD_NAMES: Record<string, Field> = {
  date: 'date',
  data: 'date',
  open: 'open',
  otwarcie: 'open',
  high: 'high',
  najwyzszy: 'high',
  low: 'low',
  najnizszy: 'low',
  close: 'close',
  'close/last': 'close',
  zamkniecie: 'close',
  adjclose: 'adjClose',
  volume: 'volume',
  wolumen: 'volume',
};

const REQUIRED: readonly Field[] = ['date', 'open', 'high', 'low', 'close'];
const PRICE_FIELDS = ['open', 'high', 'low', 'close'] as const;

const headerKey = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s*"_]/g, '');

export interface LoadedPrices {
  form: PriceForm;
  prices: PricesResponse;
}

function formOf(keys: readonly string[]): PriceForm {
  if (keys.includes('close/last')) return 'nasdaq';
  if (keys.includes('adjclose')) return 'yahoo';
  return 'stooq';
}

const expectedForms = Object.values(PRICE_FORMS)
  .map((form) => `${form.label} (${form.header.join(',')})`)
  .join(', ');

/** The bars of a downloaded price file for `symbol`, or why the file cannot be used. */
export function parsePricesCsv(
  text: string,
  file: string,
  symbol: string,
): ImportResult<LoadedPrices> {
  const header = firstLine(text);
  const delimiter = detectDelimiter(header);
  const rows = readRows(text, delimiter);
  const head = rows[0];
  const keys = (head?.cells ?? []).map(headerKey);
  if (!head || !keys.includes('date')) {
    return refuse([
      problem(
        file,
        `the first row is not a header of a known form; expected ${expectedForms}`,
        head?.line ?? 1,
      ),
    ]);
  }
  const form = formOf(keys);
  const columns = new Map<Field, number>();
  keys.forEach((key, index) => {
    const field = FIELD_NAMES[key];
    if (field && !columns.has(field)) columns.set(field, index);
  });
  const missing = REQUIRED.filter((field) => !columns.has(field));
  if (missing.length > 0) {
    const names = PRICE_FORMS[form].header.filter((name) =>
      missing.includes(FIELD_NAMES[headerKey(name)] ?? 'date'),
    );
    const found = `${head.cells.length} ${DELIMITER_NAMES[delimiter]}-separated columns`;
    return refuse([
      problem(
        file,
        `missing ${names.length === 1 ? 'column' : 'columns'} ${names.join(', ')} (found ${found}; the ${PRICE_FORMS[form].label} form is ${PRICE_FORMS[form].header.join(',')})`,
        head.line,
      ),
    ]);
  }
  const body = rows.slice(1);
  const numberColumns = [...columns.entries()].filter(([field]) => field !== 'date');
  const mark = detectDecimalMark(
    body.flatMap((row) => numberColumns.map(([, index]) => row.cells[index] ?? '')),
    delimiter === ';',
  );
  return readBars(file, symbol, form, head.cells, columns, body, mark);
}

function readBars(
  file: string,
  symbol: string,
  form: PriceForm,
  names: readonly string[],
  columns: ReadonlyMap<Field, number>,
  body: ReturnType<typeof readRows>,
  mark: DecimalMark,
): ImportResult<LoadedPrices> {
  const dropped: ImportProblem[] = [];
  const notes: string[] = [];
  const byDate = new Map<TradingDate, { bar: PriceBar; line: number }>();
  let droppedRows = 0;
  let unordered = false;
  let previous: TradingDate | null = null;
  let descending = 0;
  for (const row of body) {
    const found: ImportProblem[] = [];
    const cell = (field: Field) => row.cells[columns.get(field) ?? -1] ?? '';
    const column = (field: Field) => names[columns.get(field) ?? -1] ?? field;
    const take = <T>(field: Field, read: CellRead<T>): T | null => {
      if ('value' in read) return read.value;
      found.push(problem(file, read.reason, row.line, column(field)));
      return null;
    };
    const date = take('date', readDate(cell('date')));
    if (date !== null && [0, 6].includes(weekdayOf(date))) {
      found.push(problem(file, `${date} is a weekend: no session`, row.line, column('date')));
    }
    const prices = PRICE_FIELDS.map((field) => {
      const value = take(field, readNumber(cell(field), mark));
      if (value !== null && value <= 0) {
        found.push(problem(file, `not a positive price: ${value}`, row.line, column(field)));
        return null;
      }
      return value;
    });
    const optional = (field: 'adjClose' | 'volume') =>
      columns.has(field) && !isNoValue(cell(field))
        ? take(field, readNumber(cell(field), mark))
        : null;
    const adjClose = optional('adjClose');
    const volume = optional('volume');
    if (adjClose !== null && adjClose <= 0) {
      found.push(problem(file, `not a positive price: ${adjClose}`, row.line, column('adjClose')));
    }
    if (volume !== null && volume < 0) {
      found.push(problem(file, `a negative volume: ${volume}`, row.line, column('volume')));
    }
    const [open, high, low, close] = prices;
    if (high != null && low != null && high < low) {
      found.push(problem(file, `the high (${high}) is below the low (${low})`, row.line));
    }
    if (
      found.length > 0 ||
      date === null ||
      open == null ||
      high == null ||
      low == null ||
      close == null
    ) {
      dropped.push(...found);
      droppedRows++;
      continue;
    }
    const bar: PriceBar = { date, open, high, low, close, adjClose, volume };
    const earlier = byDate.get(date);
    if (earlier) {
      const same = JSON.stringify(earlier.bar) === JSON.stringify(bar);
      dropped.push(
        problem(
          file,
          `${date} was given before, at row ${earlier.line}${same ? ' (same values)' : ', with other values'}: the first is kept`,
          row.line,
          column('date'),
        ),
      );
      droppedRows++;
      continue;
    }
    if (previous !== null && date < previous) descending++;
    if (previous !== null && date > previous && descending > 0) unordered = true;
    previous = date;
    byDate.set(date, { bar, line: row.line });
  }
  const kept = byDate.size;
  if (unordered || (descending > 0 && descending < kept - 1)) {
    notes.push('The rows were not in date order: they are sorted.');
  }
  const bars = [...byDate.values()]
    .map((entry) => entry.bar)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const value: LoadedPrices = {
    form,
    prices: { symbol, currency: 'USD', timezone: EXCHANGE_TIME_ZONE, bars },
  };
  return settle(file, value, kept, 2, dropped, droppedRows, notes);
}

const usDate = (date: TradingDate) =>
  `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;

/** A number in plain decimals, as a spreadsheet writes it: `1e-7` and `1e+21` spelled out. */
export function plainNumber(value: number): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(String(value));
  if (!match) return String(value);
  const [, sign = '', first = '', rest = '', exponentText = '0'] = match;
  const digits = first + rest;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}${digits.length > point ? `.${digits.slice(point)}` : ''}`;
}

const orNull = (value: number | null) => (value === null ? 'null' : plainNumber(value));

/** Bars written back in a form, as its source writes them (used to check that reading is exact). */
export function writePricesCsv(form: PriceForm, bars: readonly PriceBar[]): string {
  const lines = [PRICE_FORMS[form].header.join(',')];
  if (form === 'nasdaq') {
    for (const bar of [...bars].reverse()) {
      lines.push(
        [
          usDate(bar.date),
          ...[bar.close].map((price) => `$${plainNumber(price)}`),
          bar.volume === null ? 'N/A' : plainNumber(bar.volume),
          ...[bar.open, bar.high, bar.low].map((price) => `$${plainNumber(price)}`),
        ].join(','),
      );
    }
  } else {
    for (const bar of bars) {
      const adjusted = form === 'yahoo' ? [orNull(bar.adjClose)] : [];
      lines.push(
        [
          bar.date,
          ...[bar.open, bar.high, bar.low, bar.close].map(plainNumber),
          ...adjusted,
          orNull(bar.volume),
        ].join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
