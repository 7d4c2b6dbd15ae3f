import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSessionRows, rowsInWindow, type SessionRow } from '../../src/domain/dailySeries';
import { placeEvents } from '../../src/domain/eventPlacement';
import type { EventSource, MarketEvent } from '../../src/domain/types';
import {
  csvCell,
  dataCsv,
  DATA_COLUMNS,
  eventsCsv,
  EVENT_COLUMNS,
  toCsv,
  type Cell,
} from '../../src/export/csv';
import { at, only } from '../support/builders';
import * as fixtures from '../support/fixtures';

// ---------------------------------------------------------------------------------------------
// Independent helpers
// ---------------------------------------------------------------------------------------------

/**
 * A strict RFC 4180 reader written for these tests: records end with CRLF (the last one too), a
 * field is either bare (no comma, quote, CR or LF) or wrapped in quotes with "" for a quote inside.
 * Anything else throws, so a writer that forgets to quote is caught rather than read loosely.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let fieldStart = true;
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (fieldStart && char === '"') {
      index++;
      for (;;) {
        if (index >= text.length) throw new Error('unterminated quoted field');
        const inner = text.charAt(index);
        if (inner === '"') {
          if (text.charAt(index + 1) === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        field += inner;
        index++;
      }
      const after = text.charAt(index);
      if (after !== ',' && after !== '\r') throw new Error(`"${after}" after a closing quote`);
      fieldStart = false;
      continue;
    }
    if (char === ',') {
      record.push(field);
      field = '';
      fieldStart = true;
      index++;
      continue;
    }
    if (char === '\r') {
      if (text.charAt(index + 1) !== '\n') throw new Error('a bare CR outside quotes');
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStart = true;
      index += 2;
      continue;
    }
    if (char === '\n') throw new Error('a bare LF outside quotes');
    if (char === '"') throw new Error('a quote inside a bare field');
    field += char;
    fieldStart = false;
    index++;
  }
  if (!fieldStart || field !== '' || record.length > 0) {
    throw new Error('the last record does not end with CRLF');
  }
  return records;
}

/**
 * The full-width signs U+FF1D U+FF0B U+FF0D U+FF20 (＝＋－＠): Excel in East-Asian locales and
 * LibreOffice's width-insensitive matching read a cell that opens with one as a formula too.
 */
const FULL_WIDTH_SIGNS = ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/** The eight signs a formula can open with: the ASCII ones and their full-width forms. */
const FORMULA_SIGNS = ['=', '+', '-', '@', ...FULL_WIDTH_SIGNS];

/** OWASP's list of characters that make a spreadsheet read a cell as a formula, full width too. */
const DANGEROUS_START = [...FORMULA_SIGNS, '\t', '\r'];
const isDangerous = (text: string) => DANGEROUS_START.includes(text.charAt(0));

/** What a text cell should read back as: the text itself, or with an apostrophe in front. */
const neutralised = (text: string) => (isDangerous(text) ? `'${text}` : text);

/** A plain decimal a spreadsheet reads as a number: no apostrophe, no quotes, no exponent. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Reads a CSV and returns its header and its records as objects keyed by column name. */
function readTable(text: string): { header: string[]; records: Map<string, string>[] } {
  const [header = [], ...lines] = parseCsv(text);
  const records = lines.map((line) => {
    expect(line).toHaveLength(header.length);
    return new Map(header.map((name, index) => [name, line[index] ?? '']));
  });
  return { header, records };
}

function cellOf(record: Map<string, string>, column: string): string {
  const value = record.get(column);
  if (value === undefined) throw new Error(`no column ${column}`);
  return value;
}

/** A number cell read back: it must be written plainly, and then it is that number. */
function numberIn(record: Map<string, string>, column: string): number {
  const text = cellOf(record, column);
  expect(text).toMatch(PLAIN_NUMBER);
  return Number(text);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Characters that stress quoting and formula detection, mixed with ordinary and non-ASCII text. */
const trickyChar = fc.constantFrom(
  '=',
  '+',
  '-',
  '@',
  ...FULL_WIDTH_SIGNS,
  '\t',
  '\r',
  '\n',
  '"',
  ',',
  "'",
  ' ',
  'a',
  'Z',
  '1',
  '.',
  'é',
  '€',
  '😀',
);
const trickyString = fc.oneof(
  fc.string({ unit: trickyChar, maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc
    .tuple(fc.constantFrom(...DANGEROUS_START), fc.string({ maxLength: 10 }))
    .map(([first, rest]) => first + rest),
);
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  trickyString,
  fc.double(),
  fc.integer({ min: -1e13, max: 1e13 }),
  fc.constant(null),
);

/** Checks one cell read back against the cell written. */
function expectReadBack(read: string | undefined, written: Cell): void {
  if (written === null) {
    expect(read).toBe('');
  } else if (typeof written === 'number') {
    if (Number.isFinite(written)) {
      // A number stays a number: no apostrophe, and it reads back as the same value (-0 as 0).
      expect(read?.startsWith("'")).toBe(false);
      expect(Number(read) === written).toBe(true);
    } else {
      expect(read).toBe('');
    }
  } else {
    expect(read).toBe(neutralised(written));
  }
}

// ---------------------------------------------------------------------------------------------
// csvCell
// ---------------------------------------------------------------------------------------------

describe('one CSV cell', () => {
  it('writes nothing for a missing value or a number that is not finite', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe('');
  });

  it('writes numbers, negative ones included, as plain numbers with no apostrophe', () => {
    expect(csvCell(-0.17)).toBe('-0.17');
    expect(csvCell(-594200000000)).toBe('-594200000000');
    expect(csvCell(-16.968237)).toBe('-16.968237');
    expect(csvCell(118.42)).toBe('118.42');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(24_477_000_000)).toBe('24477000000');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('-0.17')).toBe("'-0.17");
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    // A carriage return also needs quotes around the cell.
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    // The classic payload: apostrophe, then quotes around the cell and doubled inner quotes.
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  it('puts an apostrophe before text that opens with a full-width formula sign', () => {
    expect(csvCell('\uFF1D1+1')).toBe("'\uFF1D1+1"); // ＝1+1
    expect(csvCell('\uFF0B1')).toBe("'\uFF0B1"); // ＋1
    expect(csvCell('\uFF0D0.17')).toBe("'\uFF0D0.17"); // －0.17
    expect(csvCell('\uFF20SUM(1)')).toBe("'\uFF20SUM(1)"); // ＠SUM(1)
    expect(csvCell('\uFF1DHYPERLINK("http://evil","x")')).toBe(
      `"'\uFF1DHYPERLINK(""http://evil"",""x"")"`,
    );
    // As for the ASCII signs, only the first character counts.
    expect(csvCell('a\uFF1Db')).toBe('a\uFF1Db');
    expect(csvCell('x\uFF0D1')).toBe('x\uFF0D1');
  });

  it('leaves text alone when the dangerous character is not the first one', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('x-1')).toBe('x-1');
    expect(csvCell('NVDA')).toBe('NVDA');
    expect(csvCell("O'Brien")).toBe("O'Brien");
    expect(csvCell("'=1")).toBe("'=1");
    expect(csvCell('')).toBe('');
  });

  it('quotes a cell with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('"')).toBe('""""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    expect(csvCell('24,477 (millions)')).toBe('"24,477 (millions)"');
  });

  it('never leaves a text cell that starts with a dangerous character once read back', () => {
    fc.assert(
      fc.property(trickyString, (text) => {
        const [[read] = []] = parseCsv(`${csvCell(text)}\r\n`);
        expect(read).toBe(neutralised(text));
        expect(isDangerous(read ?? '')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a cell whose first non-space character is a formula sign open with one', () => {
    // Leading spaces are written as they are, for the ASCII and the full-width signs alike: the cell
    // then opens with a space, and only a sign in first place is given an apostrophe.
    const opening = fc
      .tuple(
        fc.string({ unit: fc.constant(' '), maxLength: 3 }),
        fc.constantFrom(...FORMULA_SIGNS),
        trickyString,
      )
      .map(([spaces, sign, rest]) => spaces + sign + rest);
    fc.assert(
      fc.property(opening, (text) => {
        const [[read] = []] = parseCsv(`${csvCell(text)}\r\n`);
        expect(read).toBe(neutralised(text));
        expect(isDangerous(read ?? '')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('writes every finite number so that it reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = csvCell(value);
        expect(text).not.toMatch(/^['"]/);
        expect(Number(text) === value).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// toCsv
// ---------------------------------------------------------------------------------------------

describe('a CSV table', () => {
  it('has a header row and CRLF after every record, the last one too', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, -2],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n,-2\r\n');
    expect(toCsv(['only'], [])).toBe('only\r\n');
  });

  it('protects and quotes the header like any other cell', () => {
    expect(toCsv(['=cmd', 'a,b'], [])).toBe(`'=cmd,"a,b"\r\n`);
  });

  it('reads back, with an RFC 4180 reader, as the cells written (text neutralised)', () => {
    const row = (length: number) => fc.array(anyCell, { minLength: length, maxLength: length });
    const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.record({
        header: fc.array(trickyString, { minLength: width, maxLength: width }),
        rows: fc.array(row(width), { maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const read = parseCsv(toCsv(header, rows));
        expect(read).toHaveLength(rows.length + 1);
        expect(read[0]).toEqual(header.map(neutralised));
        rows.forEach((written, line) => {
          const cells = read[line + 1] ?? [];
          expect(cells).toHaveLength(written.length);
          written.forEach((cell, column) => {
            expectReadBack(cells[column], cell);
          });
        });
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// dataCsv on the bundled NVDA data
// ---------------------------------------------------------------------------------------------

describe('the data CSV of the sessions on screen', () => {
  // As the app does: rows over the whole history, then the window on screen.
  const allRows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());
  const rows = rowsInWindow(allRows, '2025-01-02', '2025-02-28');
  const bars = new Map(fixtures.bars('NVDA').map((bar) => [bar.date, bar]));
  const sharesSourceOf = (asOf: string) =>
    only(fixtures.nvdaSharePoints(), (point) => point.asOf === asOf).source;

  const byDate = (records: Map<string, string>[], date: string) =>
    only(records, (record) => record.get('date') === date);

  it('has the documented columns, then one line per session', () => {
    const { header, records } = readTable(dataCsv(rows, []));
    expect(header).toEqual([
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
    ]);
    expect(header).toEqual([...DATA_COLUMNS]);
    expect(records.map((record) => record.get('date'))).toEqual(rows.map((row) => row.date));
    expect(records.at(0)?.get('date')).toBe('2025-01-02');
    expect(records.at(-1)?.get('date')).toBe('2025-02-28');
  });

  it('writes Monday 27 January 2025: close 118.42, change about -16.97 %, shares and value', () => {
    const { records } = readTable(dataCsv(rows, []));
    const shock = byDate(records, '2025-01-27');
    expect(numberIn(shock, 'open')).toBe(124.8);
    expect(numberIn(shock, 'high')).toBe(128.4);
    expect(numberIn(shock, 'low')).toBe(116.7);
    expect(numberIn(shock, 'close')).toBe(118.42);
    expect(numberIn(shock, 'adj_close')).toBe(118.3812);
    expect(numberIn(shock, 'volume')).toBe(818_830_900);

    // Close-to-close from Friday 24 January (142.62), in percent, to six decimals.
    const changePct = numberIn(shock, 'change_pct');
    expect(changePct).toBeCloseTo(-16.97, 2);
    expect(Math.abs(changePct - (118.42 / 142.62 - 1) * 100)).toBeLessThanOrEqual(5e-7);
    expect(cellOf(shock, 'change_pct')).toMatch(/^-\d+\.\d{1,6}$/);

    // The balance-sheet count of 26 January is in force; the source line names it (commas, quotes).
    expect(numberIn(shock, 'shares_outstanding')).toBe(24_477_000_000);
    expect(cellOf(shock, 'shares_as_of')).toBe('2025-01-26');
    expect(cellOf(shock, 'shares_source')).toBe(sharesSourceOf('2025-01-26'));
    expect(cellOf(shock, 'shares_source')).toContain('"24,477 (millions)"');

    // Value = close x that day's count; the change is against Friday's close x Friday's count.
    expect(numberIn(shock, 'market_value_usd')).toBe(Math.round(118.42 * 24_477_000_000));
    const change = numberIn(shock, 'market_value_change_usd');
    expect(Number.isInteger(change)).toBe(true);
    expect(Math.abs(change - (118.42 * 24_477_000_000 - 142.62 * 24_490_000_000))).toBeLessThan(1);
    expect(change).toBeLessThan(-590e9);
  });

  it('writes every bar field of every session exactly as the fixture gives it', () => {
    const { records } = readTable(dataCsv(rows, []));
    for (const record of records) {
      const bar = bars.get(cellOf(record, 'date'));
      if (!bar) throw new Error('a date that is not in the fixture');
      expect(numberIn(record, 'open')).toBe(bar.open);
      expect(numberIn(record, 'high')).toBe(bar.high);
      expect(numberIn(record, 'low')).toBe(bar.low);
      expect(numberIn(record, 'close')).toBe(bar.close);
      expect(numberIn(record, 'adj_close')).toBe(bar.adjClose);
      expect(numberIn(record, 'volume')).toBe(bar.volume);
      // Every figure of the window is known: no empty price, change or value cell.
      for (const column of ['change_pct', 'market_value_usd', 'market_value_change_usd']) {
        expect(cellOf(record, column)).toMatch(PLAIN_NUMBER);
      }
    }
  });

  it('computes the first session of the window from the close before it, outside the window', () => {
    const { records } = readTable(dataCsv(rows, []));
    // Thursday 2 January 2025 against Tuesday 31 December 2024 (134.29).
    const first = byDate(records, '2025-01-02');
    expect(Math.abs(numberIn(first, 'change_pct') - (138.31 / 134.29 - 1) * 100)).toBeLessThan(
      5e-7,
    );
  });

  it('leaves a change empty where there is no session before, and a value where no count', () => {
    // Rows built from July 2024 only: the first session has no change, and no count is known yet.
    const july = buildSessionRows(
      fixtures.bars('NVDA').filter((bar) => bar.date <= '2024-07-31'),
      fixtures.nvdaSharePoints(),
    );
    const { records } = readTable(dataCsv(july, []));
    const first = at(records, 0);
    expect(first.get('date')).toBe('2024-07-15');
    expect(first.get('change_pct')).toBe('');
    expect(first.get('market_value_change_usd')).toBe('');
    for (const record of records) {
      expect(record.get('shares_outstanding')).toBe('');
      expect(record.get('shares_as_of')).toBe('');
      expect(record.get('shares_source')).toBe('');
      expect(record.get('market_value_usd')).toBe('');
    }
    expect(at(records, 1).get('change_pct')).toMatch(PLAIN_NUMBER);
  });

  it('leaves the abnormal-return columns empty when no study was computed', () => {
    const { records } = readTable(dataCsv(rows, []));
    for (const record of records) {
      expect(record.get('abnormal_return_pct')).toBe('');
      expect(record.get('car_pct')).toBe('');
    }
  });

  it('fills AR and CAR, in percent, only on the dates given, and CAR only where it has one', () => {
    const abnormal = [
      { date: '2025-01-24', ar: 0.0123, car: null },
      { date: '2025-01-27', ar: -0.1110456789123, car: -0.1234 },
      { date: '2025-01-28', ar: 0.1 + 0.2, car: 0.05 },
      // Outside the rows: ignored.
      { date: '2024-12-31', ar: 0.5, car: 0.5 },
    ];
    const { records } = readTable(dataCsv(rows, abnormal));
    expect(records).toHaveLength(rows.length);
    const friday = byDate(records, '2025-01-24');
    expect(numberIn(friday, 'abnormal_return_pct')).toBeCloseTo(1.23, 9);
    expect(friday.get('car_pct')).toBe('');
    const monday = byDate(records, '2025-01-27');
    // Six decimals, rounded: -11.10456789... -> -11.104568.
    expect(cellOf(monday, 'abnormal_return_pct')).toBe('-11.104568');
    expect(numberIn(monday, 'car_pct')).toBeCloseTo(-12.34, 9);
    // Binary noise is rounded away: (0.1 + 0.2) x 100 is written 30, not 30.000000000000004.
    expect(cellOf(byDate(records, '2025-01-28'), 'abnormal_return_pct')).toBe('30');
    const filled = records.filter((record) => record.get('abnormal_return_pct') !== '');
    expect(filled.map((record) => record.get('date'))).toEqual([
      '2025-01-24',
      '2025-01-27',
      '2025-01-28',
    ]);
    expect(records.filter((record) => record.get('car_pct') !== '')).toHaveLength(2);
  });

  it('writes an AR of zero as 0, not as an empty cell', () => {
    const { records } = readTable(dataCsv(rows, [{ date: '2025-01-27', ar: 0, car: 0 }]));
    const monday = byDate(records, '2025-01-27');
    expect(monday.get('abnormal_return_pct')).toBe('0');
    expect(monday.get('car_pct')).toBe('0');
  });

  it('writes a header only when there is no session', () => {
    expect(dataCsv([], [])).toBe(`${DATA_COLUMNS.join(',')}\r\n`);
  });

  it('neutralises a hostile share-count source like any other text', () => {
    const row = at(rows, 0);
    const hostile: SessionRow = {
      ...row,
      shares: { asOf: '2025-01-26', shares: 1, source: '=HYPERLINK("http://evil","x")' },
    };
    const { records } = readTable(dataCsv([hostile], []));
    expect(at(records, 0).get('shares_source')).toBe(`'=HYPERLINK("http://evil","x")`);
  });
});

// ---------------------------------------------------------------------------------------------
// eventsCsv
// ---------------------------------------------------------------------------------------------

describe('the events CSV', () => {
  const sessions = fixtures.nvdaSessions();

  const source = (publisher: string, url: string | null = null): EventSource => ({
    publisher,
    title: `${publisher} report`,
    url,
    date: '2025-01-27',
  });
  const event = (fields: Partial<MarketEvent> & { id: string }): MarketEvent => ({
    title: 'Plain title',
    kind: 'news',
    start: '2025-01-27',
    end: null,
    summary: 'A summary.',
    quote: null,
    sources: [],
    ...fields,
  });

  it('has the documented columns', () => {
    const { header, records } = readTable(eventsCsv([]));
    expect(header).toEqual([
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
    ]);
    expect(header).toEqual([...EVENT_COLUMNS]);
    expect(records).toEqual([]);
  });

  it('writes one line per source of every bundled event, so each claim keeps its citation', () => {
    const events = fixtures.storyEvents();
    const { placed } = placeEvents(events, sessions);
    expect(placed).toHaveLength(events.length);
    const { records } = readTable(eventsCsv(placed));
    const expectedLines = events.reduce((sum, item) => sum + Math.max(1, item.sources.length), 0);
    expect(records).toHaveLength(expectedLines);

    for (const item of events) {
      const lines = records.filter((record) => record.get('id') === item.id);
      expect(lines).toHaveLength(Math.max(1, item.sources.length));
      lines.forEach((line, index) => {
        expect(line.get('kind')).toBe(item.kind);
        expect(line.get('title')).toBe(neutralised(item.title));
        expect(line.get('start')).toBe(item.start);
        expect(line.get('end')).toBe(item.end ?? '');
        expect(line.get('summary')).toBe(neutralised(item.summary));
        expect(line.get('quote')).toBe(item.quote === null ? '' : neutralised(item.quote));
        const cited = item.sources[index];
        expect(line.get('source_publisher')).toBe(cited ? neutralised(cited.publisher) : '');
        expect(line.get('source_title')).toBe(cited ? neutralised(cited.title) : '');
        expect(line.get('source_date')).toBe(cited?.date ?? '');
        expect(line.get('source_url')).toBe(cited?.url ?? '');
      });
    }
  });

  it('names the session whose close first reflects an event', () => {
    const { placed } = placeEvents(fixtures.storyEvents(), sessions);
    const { records } = readTable(eventsCsv(placed));
    const sessionOf = (id: string) =>
      records.find((record) => record.get('id') === id)?.get('session_of_effect');
    // Intraday on Monday 27 January: that session.
    expect(sessionOf('nvda-record-drop-jan27')).toBe('2025-01-27');
    // Sunday 26 January: the next session, Monday.
    expect(sessionOf('appstore-no1-us')).toBe('2025-01-27');
    // 16:20 ET on Wednesday 26 February, after the close: Thursday.
    expect(sessionOf('nvda-q4-fy2025-earnings')).toBe('2025-02-27');
  });

  it('neutralises formula payloads in every text column', () => {
    const hostile = [
      event({
        id: 'hyperlink',
        title: '=HYPERLINK("http://evil","x")',
        summary: '+1',
        quote: '-1+2',
        sources: [{ publisher: '@SUM(1)', title: '\t=1', url: '=cmd|/c calc', date: null }],
      }),
      event({ id: 'at-sign', title: '@SUM(1)' }),
      event({ id: 'plus', title: '+1' }),
      event({ id: 'minus', title: '-1+2' }),
      event({ id: 'cr', title: '\r=1' }),
    ];
    const { placed } = placeEvents(hostile, sessions);
    const text = eventsCsv(placed);
    const { records } = readTable(text);
    const title = (id: string) => records.find((record) => record.get('id') === id)?.get('title');
    expect(title('hyperlink')).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(title('at-sign')).toBe("'@SUM(1)");
    expect(title('plus')).toBe("'+1");
    expect(title('minus')).toBe("'-1+2");
    expect(title('cr')).toBe("'\r=1");
    const first = only(records, (record) => record.get('id') === 'hyperlink');
    expect(first.get('summary')).toBe("'+1");
    expect(first.get('quote')).toBe("'-1+2");
    expect(first.get('source_publisher')).toBe("'@SUM(1)");
    expect(first.get('source_title')).toBe("'\t=1");
    expect(first.get('source_url')).toBe("'=cmd|/c calc");
    // Nothing read back starts a formula, whatever the column.
    for (const record of records) {
      for (const cell of record.values()) expect(isDangerous(cell)).toBe(false);
    }
    // And in the raw text no cell opens with a dangerous character either.
    expect(text).not.toMatch(/(^|,|\r\n)[=+\-@\t]/);
  });

  it('gives an event without sources one line, with empty source cells', () => {
    const { placed } = placeEvents(
      [event({ id: 'no-source', sources: [] }), event({ id: 'two', sources: [source('A')] })],
      sessions,
    );
    const { records } = readTable(eventsCsv(placed));
    expect(records).toHaveLength(2);
    const line = only(records, (record) => record.get('id') === 'no-source');
    expect(line.get('title')).toBe('Plain title');
    expect(line.get('session_of_effect')).toBe('2025-01-27');
    for (const column of ['source_publisher', 'source_title', 'source_date', 'source_url']) {
      expect(line.get(column)).toBe('');
    }
  });

  it('repeats the event on each of its source lines, in the order of the sources', () => {
    const sources = [
      source('Reuters', 'https://example.com/a'),
      source('CNBC, live', 'https://example.com/b?x="1"'),
      source('FT'),
    ];
    const { placed } = placeEvents(
      [event({ id: 'cited', title: 'Quoted, "title"', quote: 'It said "no"', sources })],
      sessions,
    );
    const { records } = readTable(eventsCsv(placed));
    expect(records).toHaveLength(3);
    expect(records.map((record) => record.get('source_publisher'))).toEqual([
      'Reuters',
      'CNBC, live',
      'FT',
    ]);
    expect(records.map((record) => record.get('source_url'))).toEqual([
      'https://example.com/a',
      'https://example.com/b?x="1"',
      '',
    ]);
    for (const record of records) {
      expect(record.get('id')).toBe('cited');
      expect(record.get('title')).toBe('Quoted, "title"');
      expect(record.get('quote')).toBe('It said "no"');
      expect(record.get('source_date')).toBe('2025-01-27');
    }
  });

  it('reads back any event text exactly, neutralised where it would start a formula', () => {
    const text = fc.string({ unit: trickyChar, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.record({ title: text, summary: text, quote: fc.option(text), publisher: text }),
        (fields) => {
          const { placed } = placeEvents(
            [
              event({
                id: 'fuzz',
                title: fields.title,
                summary: fields.summary,
                quote: fields.quote,
                sources: [source(fields.publisher)],
              }),
            ],
            sessions,
          );
          const { records } = readTable(eventsCsv(placed));
          const line = at(records, 0);
          expect(line.get('title')).toBe(neutralised(fields.title));
          expect(line.get('summary')).toBe(neutralised(fields.summary));
          expect(line.get('quote')).toBe(fields.quote === null ? '' : neutralised(fields.quote));
          expect(line.get('source_publisher')).toBe(neutralised(fields.publisher));
        },
      ),
      { numRuns: 200 },
    );
  });
});
