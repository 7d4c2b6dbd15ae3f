import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDroppedRow, normalizeBars, type DataIssue } from '../../src/domain/normalizeBars';
import type { PriceBar } from '../../src/domain/types';
import { bar } from '../support/builders';

/**
 * normalizeBars: the edge where messy price payloads become a clean series. Every expected value
 * below is worked out by hand from the fixture next to it (the week of 13-17 Jan 2025 has no
 * holiday; 20 Jan 2025 is Martin Luther King Jr. Day; 9 Jan 2025 a national day of mourning).
 */

type Row = Record<string, unknown>;

const GOOD = {
  open: 100,
  high: 110,
  low: 90,
  close: 105,
  adjClose: 104.5,
  volume: 1_000_000,
};

/**
 * A valid payload row for `date`, with some fields replaced; the clean bar expected for it is
 * `bar({ ...GOOD, date, ...overrides })`.
 */
const row = (date: string, overrides: Row = {}): Row => ({ date, ...GOOD, ...overrides });

/** A copy of `record` without the key `field` at all (not even as undefined). */
const omit = (record: Row, field: string): Row =>
  Object.fromEntries(Object.entries(record).filter(([key]) => key !== field));

/** A valid payload row for `date` with one field left out altogether. */
const rowWithout = (date: string, field: string): Row => omit(row(date), field);

const issueOf = (issues: readonly DataIssue[], kind: DataIssue['kind']) =>
  issues.find((issue) => issue.kind === kind);

const DROPPED_KINDS: readonly DataIssue['kind'][] = [
  'not-a-bar',
  'bad-date',
  'bad-price',
  'high-below-low',
  'duplicate-date',
];

const droppedCount = (issues: readonly DataIssue[]) =>
  issues
    .filter((issue) => DROPPED_KINDS.includes(issue.kind))
    .reduce((sum, issue) => sum + issue.count, 0);

describe('normalizeBars: clean input', () => {
  it('passes a clean, sorted week through unchanged with no issue', () => {
    const dates = ['2025-01-13', '2025-01-14', '2025-01-15', '2025-01-16', '2025-01-17'];

    const result = normalizeBars(dates.map((date) => row(date)));

    expect(result.bars).toEqual(dates.map((date) => bar({ ...GOOD, date })));
    expect(result.issues).toEqual([]);
    expect(result.breaks.size).toBe(0);
  });

  it('returns nothing, and no issue, for an empty payload', () => {
    expect(normalizeBars([])).toEqual({ bars: [], issues: [], breaks: new Set() });
  });

  it('keeps prices from 1e-6 to 1e12 exactly as sent', () => {
    const rows = [
      {
        date: '2025-01-13',
        open: 1e-6,
        high: 2e-6,
        low: 1e-6,
        close: 1.5e-6,
        adjClose: 1.5e-6,
        volume: 0,
      },
      // A jump of nearly 1e18: the adjusted close moves by the same factor, so it is no split.
      {
        date: '2025-01-14',
        open: 1e12,
        high: 1e12,
        low: 1e12,
        close: 1e12,
        adjClose: 1e12,
        volume: 1e12,
      },
      {
        date: '2025-01-15',
        open: 999_999_999_999.5,
        high: 1e12,
        low: 1e-6,
        close: 1e-6,
        adjClose: 1e-6,
        volume: 1,
      },
    ];

    const result = normalizeBars(rows);

    expect(result.bars).toEqual(rows);
    expect(result.issues).toEqual([]);
    expect(result.breaks.size).toBe(0);
  });

  it('keeps a bar whose high equals its low', () => {
    const result = normalizeBars([row('2025-01-13', { open: 50, high: 50, low: 50, close: 50 })]);

    expect(result.bars).toEqual([
      bar({ ...GOOD, date: '2025-01-13', open: 50, high: 50, low: 50, close: 50 }),
    ]);
    expect(result.issues).toEqual([]);
  });
});

describe('normalizeBars: prices that are not positive numbers', () => {
  const BAD_PRICES: [string, unknown][] = [
    ['null', null],
    ['NaN', Number.NaN],
    ['a numeric string', '105'],
    ['an empty string', ''],
    ['zero', 0],
    ['minus zero', -0],
    ['a negative number', -1],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a boolean', true],
    ['an object', { value: 105 }],
  ];
  const FIELDS = ['open', 'high', 'low', 'close'] as const;

  for (const field of FIELDS) {
    it.each(BAD_PRICES)(`drops and counts a row whose ${field} is %s`, (_label, value) => {
      const result = normalizeBars([row('2025-01-13'), row('2025-01-14', { [field]: value })]);

      expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-13' })]);
      expect(result.issues).toEqual([{ kind: 'bad-price', count: 1, dates: ['2025-01-14'] }]);
    });

    it(`drops and counts a row with no ${field} at all`, () => {
      const result = normalizeBars([row('2025-01-13'), rowWithout('2025-01-14', field)]);

      expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-13' })]);
      expect(result.issues).toEqual([{ kind: 'bad-price', count: 1, dates: ['2025-01-14'] }]);
    });
  }

  it('counts every bad row, and names at most five dates', () => {
    const rows = [
      row('2025-01-02', { close: null }),
      row('2025-01-03', { close: 0 }),
      row('2025-01-06', { open: -5 }),
      row('2025-01-07', { high: Number.NaN }),
      row('2025-01-08', { low: 'x' }),
      row('2025-01-10', { close: -0.01 }),
      row('2025-01-13', { open: null }),
      row('2025-01-14'),
    ];

    const result = normalizeBars(rows);

    expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-14' })]);
    expect(result.issues).toEqual([
      {
        kind: 'bad-price',
        count: 7,
        dates: ['2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08'],
      },
    ]);
  });
});

describe('normalizeBars: high below low', () => {
  it('drops and counts a bar whose high is below its low', () => {
    const result = normalizeBars([
      row('2025-01-13'),
      row('2025-01-14', { high: 89.99, low: 90 }),
      row('2025-01-15'),
    ]);

    expect(result.bars.map((kept) => kept.date)).toEqual(['2025-01-13', '2025-01-15']);
    expect(issueOf(result.issues, 'high-below-low')).toEqual({
      kind: 'high-below-low',
      count: 1,
      dates: ['2025-01-14'],
    });
    // The dropped bar leaves a hole: 14 Jan 2025 is a trading day.
    expect(issueOf(result.issues, 'missing-sessions')).toEqual({
      kind: 'missing-sessions',
      count: 1,
      dates: ['2025-01-14'],
    });
  });
});

describe('normalizeBars: dates', () => {
  const MALFORMED: [string, unknown][] = [
    ['no zero padding', '2025-1-13'],
    ['slashes', '2025/01/13'],
    ['day first', '13-01-2025'],
    ['a timestamp', '2025-01-13T00:00:00Z'],
    ['a leading space', ' 2025-01-13'],
    ['a trailing space', '2025-01-13 '],
    ['an empty string', ''],
    ['a number', 20250113],
    ['null', null],
    ['a Date object', new Date(Date.UTC(2025, 0, 13))],
    ['a two-digit year', '25-01-13'],
  ];
  const IMPOSSIBLE = [
    '2025-02-29', // 2025 is not a leap year
    '2023-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
  ];

  it.each(MALFORMED)('drops and counts a row whose date has %s', (_label, date) => {
    const result = normalizeBars([row('2025-01-13'), { ...GOOD, date }]);

    expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-13' })]);
    expect(result.issues).toEqual([{ kind: 'bad-date', count: 1, dates: [] }]);
  });

  it.each(IMPOSSIBLE)('drops and counts the impossible date %s', (date) => {
    const result = normalizeBars([row('2025-01-13'), row(date)]);

    expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-13' })]);
    expect(result.issues).toEqual([{ kind: 'bad-date', count: 1, dates: [] }]);
  });

  it('drops and counts a row with no date', () => {
    const result = normalizeBars([rowWithout('2025-01-13', 'date'), row('2025-01-14')]);

    expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-14' })]);
    expect(result.issues).toEqual([{ kind: 'bad-date', count: 1, dates: [] }]);
  });

  it('keeps 29 Feb of a leap year', () => {
    const result = normalizeBars([row('2024-02-28'), row('2024-02-29'), row('2024-03-01')]);

    expect(result.bars.map((kept) => kept.date)).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(result.issues).toEqual([]);
  });
});

describe('normalizeBars: duplicates and order', () => {
  it('keeps the later of two rows for a date, and counts the duplicate', () => {
    const result = normalizeBars([
      row('2025-01-13'),
      row('2025-01-14', { close: 101, adjClose: 100.6 }),
      row('2025-01-14', { close: 107, adjClose: 106.4, volume: 2_000_000 }),
      row('2025-01-15'),
    ]);

    expect(result.bars).toEqual([
      bar({ ...GOOD, date: '2025-01-13' }),
      bar({ ...GOOD, date: '2025-01-14', close: 107, adjClose: 106.4, volume: 2_000_000 }),
      bar({ ...GOOD, date: '2025-01-15' }),
    ]);
    expect(result.issues).toEqual([{ kind: 'duplicate-date', count: 1, dates: ['2025-01-14'] }]);
  });

  it('keeps the last of three rows for a date and counts two duplicates', () => {
    const result = normalizeBars([
      row('2025-01-13', { close: 101 }),
      row('2025-01-13', { close: 102 }),
      row('2025-01-13', { close: 103 }),
    ]);

    expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-13', close: 103 })]);
    expect(issueOf(result.issues, 'duplicate-date')?.count).toBe(2);
  });

  it('does not let a later bad row replace a good one', () => {
    const result = normalizeBars([
      row('2025-01-13', { close: 101 }),
      row('2025-01-13', { close: 0 }),
    ]);

    expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-13', close: 101 })]);
    expect(result.issues).toEqual([{ kind: 'bad-price', count: 1, dates: ['2025-01-13'] }]);
  });

  it('sorts rows that arrive out of order, counting each row that comes after a later date', () => {
    // 15, 13, 14, 16, 17: 13 and 14 arrive after 15.
    const result = normalizeBars(
      ['2025-01-15', '2025-01-13', '2025-01-14', '2025-01-16', '2025-01-17'].map((date) =>
        row(date, { close: Number(date.slice(8)) }),
      ),
    );

    expect(result.bars.map((kept) => [kept.date, kept.close])).toEqual([
      ['2025-01-13', 13],
      ['2025-01-14', 14],
      ['2025-01-15', 15],
      ['2025-01-16', 16],
      ['2025-01-17', 17],
    ]);
    expect(result.issues).toEqual([
      { kind: 'out-of-order', count: 2, dates: ['2025-01-13', '2025-01-14'] },
    ]);
  });

  it('counts four out-of-order rows in a reversed week of five', () => {
    const dates = ['2025-01-17', '2025-01-16', '2025-01-15', '2025-01-14', '2025-01-13'];

    const result = normalizeBars(dates.map((date) => row(date)));

    expect(result.bars.map((kept) => kept.date)).toEqual([...dates].reverse());
    expect(result.issues).toEqual([
      {
        kind: 'out-of-order',
        count: 4,
        dates: ['2025-01-16', '2025-01-15', '2025-01-14', '2025-01-13'],
      },
    ]);
  });

  it('a row repeated after later dates is both out of order and a duplicate; the repeat wins', () => {
    const result = normalizeBars([
      row('2025-01-13', { close: 101 }),
      row('2025-01-14'),
      row('2025-01-13', { close: 102 }),
    ]);

    expect(result.bars).toEqual([
      bar({ ...GOOD, date: '2025-01-13', close: 102 }),
      bar({ ...GOOD, date: '2025-01-14' }),
    ]);
    expect(result.issues).toEqual([
      { kind: 'out-of-order', count: 1, dates: ['2025-01-13'] },
      { kind: 'duplicate-date', count: 1, dates: ['2025-01-13'] },
    ]);
  });
});

describe('normalizeBars: adjusted close and volume', () => {
  const BAD_ADJ: [string, unknown][] = [
    ['a string', 'x'],
    ['a numeric string', '104.5'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['zero', 0],
    ['negative', -104.5],
    ['a boolean', true],
    ['an object', {}],
  ];
  it.each(BAD_ADJ)('keeps the bar with adjClose null when it is %s, and counts it', (_l, value) => {
    const result = normalizeBars([row('2025-01-13', { adjClose: value })]);

    expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-13', adjClose: null })]);
    expect(result.issues).toEqual([
      { kind: 'bad-adjusted-close', count: 1, dates: ['2025-01-13'] },
    ]);
  });

  it('reads a null or absent adjClose as not reported, without an issue', () => {
    const result = normalizeBars([
      row('2025-01-13', { adjClose: null }),
      rowWithout('2025-01-14', 'adjClose'),
    ]);

    expect(result.bars).toEqual([
      bar({ ...GOOD, date: '2025-01-13', adjClose: null }),
      bar({ ...GOOD, date: '2025-01-14', adjClose: null }),
    ]);
    expect(result.issues).toEqual([]);
  });

  const BAD_VOLUME: [string, unknown][] = [
    ['negative', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a numeric string', '1000'],
    ['a boolean', false],
    ['an array', [1000]],
  ];
  it.each(BAD_VOLUME)(
    'keeps the bar with volume null when it is %s, and counts it',
    (_l, value) => {
      const result = normalizeBars([row('2025-01-13', { volume: value })]);

      expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-13', volume: null })]);
      expect(result.issues).toEqual([{ kind: 'bad-volume', count: 1, dates: ['2025-01-13'] }]);
    },
  );

  it('keeps a volume of zero, and reads a null or absent volume as not reported', () => {
    const result = normalizeBars([
      row('2025-01-13', { volume: 0 }),
      row('2025-01-14', { volume: null }),
      rowWithout('2025-01-15', 'volume'),
    ]);

    expect(result.bars).toEqual([
      bar({ ...GOOD, date: '2025-01-13', volume: 0 }),
      bar({ ...GOOD, date: '2025-01-14', volume: null }),
      bar({ ...GOOD, date: '2025-01-15', volume: null }),
    ]);
    expect(result.issues).toEqual([]);
  });
});

describe('normalizeBars: rows that are not objects', () => {
  it('drops and counts each of them', () => {
    const rows: unknown[] = [
      null,
      undefined,
      0,
      42,
      'a row',
      true,
      Symbol('row'),
      10n,
      () => row('2025-01-13'),
      row('2025-01-14'),
    ];

    const result = normalizeBars(rows);

    expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-14' })]);
    expect(result.issues).toEqual([{ kind: 'not-a-bar', count: 9, dates: [] }]);
  });

  it('counts the holes of a sparse array', () => {
    const rows = new Array<unknown>(3);
    rows[2] = row('2025-01-14');

    const result = normalizeBars(rows);

    expect(result.bars).toEqual([bar({ ...GOOD, date: '2025-01-14' })]);
    expect(result.issues).toEqual([{ kind: 'not-a-bar', count: 2, dates: [] }]);
  });
});

describe('normalizeBars: a payload with every defect at once', () => {
  it('counts each kind and accounts for every row', () => {
    const rows: unknown[] = [
      row('2025-01-15'),
      row('2025-01-13'), // out of order
      null, // not a bar
      row('2025-02-30'), // bad date
      row('2025-01-14', { close: 'n/a' }), // bad price
      row('2025-01-16', { high: 80 }), // high below low (90)
      row('2025-01-15', { close: 106 }), // duplicate, kept
      row('2025-01-17', { adjClose: -1, volume: -1 }), // repaired twice
    ];

    const result = normalizeBars(rows);

    expect(result.bars).toEqual([
      bar({ ...GOOD, date: '2025-01-13' }),
      bar({ ...GOOD, date: '2025-01-15', close: 106 }),
      bar({ ...GOOD, date: '2025-01-17', adjClose: null, volume: null }),
    ]);
    expect(result.issues).toEqual([
      { kind: 'out-of-order', count: 1, dates: ['2025-01-13'] },
      { kind: 'not-a-bar', count: 1, dates: [] },
      { kind: 'bad-date', count: 1, dates: [] },
      { kind: 'bad-price', count: 1, dates: ['2025-01-14'] },
      { kind: 'high-below-low', count: 1, dates: ['2025-01-16'] },
      { kind: 'duplicate-date', count: 1, dates: ['2025-01-15'] },
      { kind: 'bad-adjusted-close', count: 1, dates: ['2025-01-17'] },
      { kind: 'bad-volume', count: 1, dates: ['2025-01-17'] },
      { kind: 'missing-sessions', count: 2, dates: ['2025-01-14', '2025-01-16'] },
    ]);
    // 5 rows dropped + 3 bars kept = the 8 rows sent.
    expect(droppedCount(result.issues)).toBe(5);
    expect(result.issues.filter(isDroppedRow).map((issue) => issue.kind)).toEqual([
      'not-a-bar',
      'bad-date',
      'bad-price',
      'high-below-low',
      'duplicate-date',
    ]);
  });
});

describe('normalizeBars: missing sessions', () => {
  const week = (dates: string[]) => normalizeBars(dates.map((date) => row(date)));

  it('does not count Martin Luther King Jr. Day (20 Jan 2025) or the weekend before it', () => {
    const result = week(['2025-01-17', '2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24']);

    expect(issueOf(result.issues, 'missing-sessions')).toBeUndefined();
  });

  it('counts 21 Jan 2025 when its bar is missing', () => {
    const result = week(['2025-01-17', '2025-01-22', '2025-01-23', '2025-01-24']);

    expect(result.issues).toEqual([{ kind: 'missing-sessions', count: 1, dates: ['2025-01-21'] }]);
  });

  it('does not count the day of mourning (9 Jan 2025) or New Year (1 Jan 2025)', () => {
    expect(week(['2025-01-08', '2025-01-10']).issues).toEqual([]);
    expect(week(['2024-12-31', '2025-01-02']).issues).toEqual([]);
  });

  it('counts 4 Feb 2025 between 3 and 5 Feb', () => {
    expect(week(['2025-02-03', '2025-02-05']).issues).toEqual([
      { kind: 'missing-sessions', count: 1, dates: ['2025-02-04'] },
    ]);
  });

  it('counts the 18 sessions of January 2025 between its first and last, naming the first five', () => {
    // January 2025 has 20 sessions (23 weekdays less 1, 9 and 20 Jan); 2 and 31 Jan are given.
    expect(week(['2025-01-02', '2025-01-31']).issues).toEqual([
      {
        kind: 'missing-sessions',
        count: 18,
        dates: ['2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08', '2025-01-10'],
      },
    ]);
  });

  it('counts nothing outside the first and last bar', () => {
    expect(week(['2025-01-15']).issues).toEqual([]);
  });
});

describe('normalizeBars: dates far from today', () => {
  it('drops dates outside market history (before 1900 or after 2199) as placeholders', () => {
    const result = normalizeBars([row('1000-01-01'), row('9999-12-31'), row('2025-01-03')]);

    expect(result.bars.map((kept) => kept.date)).toEqual(['2025-01-03']);
    expect(result.issues).toEqual([{ kind: 'bad-date', count: 2, dates: [] }]);
  });

  // Regression: a bar dated before the year 1000, such as Go's zero time 0001-01-01 that some APIs
  // send for "no date", made missingSessions throw ("1-01-01" was not padded to four digits).
  it('does not throw on bars dated 1 and 3 Jan of the year 1 (a Monday and a Wednesday)', () => {
    expect(() => normalizeBars([row('0001-01-01'), row('0001-01-03')])).not.toThrow();
  });
});

describe('normalizeBars: unadjusted splits', () => {
  /** A bar with adjusted close `adjClose` and a raw close `close` (open, high and low around it). */
  const split = (date: string, close: number, adjClose: number | null): Row => ({
    date,
    open: close,
    high: close * 1.01,
    low: close * 0.99,
    close,
    adjClose,
    volume: 1000,
  });

  it('flags the first session after raw closes that are ten times the adjusted ones', () => {
    const result = normalizeBars([
      split('2024-12-27', 1370.1, 137.01),
      split('2024-12-30', 1378.2, 137.82),
      split('2024-12-31', 1342.9, 134.29),
      split('2025-01-02', 138.31, 138.31),
      split('2025-01-03', 144.47, 144.47),
    ]);

    // 138.31 / 1342.9 - 1 = -89.7% raw, 138.31 / 134.29 - 1 = +3.0% adjusted.
    expect([...result.breaks]).toEqual(['2025-01-02']);
    expect(result.issues).toEqual([{ kind: 'suspected-split', count: 1, dates: ['2025-01-02'] }]);
    // The bars themselves are kept as sent: nothing is made up.
    expect(result.bars.map((kept) => kept.close)).toEqual([1370.1, 1378.2, 1342.9, 138.31, 144.47]);
  });

  it('does not flag NVIDIA on 27 Jan 2025 (-17%, the adjusted close moving too)', () => {
    const result = normalizeBars([
      {
        date: '2025-01-23',
        open: 145.05,
        high: 147.23,
        low: 143.72,
        close: 147.22,
        adjClose: 147.1718,
        volume: 155915500,
      },
      {
        date: '2025-01-24',
        open: 148.37,
        high: 148.97,
        low: 141.88,
        close: 142.62,
        adjClose: 142.5733,
        volume: 234657600,
      },
      {
        date: '2025-01-27',
        open: 124.8,
        high: 128.4,
        low: 116.7,
        close: 118.42,
        adjClose: 118.3812,
        volume: 818830900,
      },
      {
        date: '2025-01-28',
        open: 121.81,
        high: 129,
        low: 116.25,
        close: 128.99,
        adjClose: 128.9477,
        volume: 579666400,
      },
    ]);

    expect(result.breaks.size).toBe(0);
    expect(result.issues).toEqual([]);
    expect(result.bars).toHaveLength(4);
  });

  it('does not flag a real crash of -60% that the adjusted close shows as well', () => {
    const result = normalizeBars([split('2025-01-13', 100, 99), split('2025-01-14', 40, 39.6)]);

    expect(result.breaks.size).toBe(0);
    expect(issueOf(result.issues, 'suspected-split')).toBeUndefined();
  });

  it('flags a jump up (a reverse split) as well as a drop', () => {
    const result = normalizeBars([split('2025-01-13', 10, 100), split('2025-01-14', 100, 101)]);

    expect([...result.breaks]).toEqual(['2025-01-14']);
  });

  it('flags a 2-for-1 split (-50% raw, flat adjusted)', () => {
    const result = normalizeBars([split('2025-01-13', 200, 100), split('2025-01-14', 100, 100)]);

    expect([...result.breaks]).toEqual(['2025-01-14']);
  });

  it('flags a +36% raw move with a flat adjusted close, not a +34% one', () => {
    const up36 = normalizeBars([split('2025-01-13', 100, 100), split('2025-01-14', 136, 100)]);
    const up34 = normalizeBars([split('2025-01-13', 100, 100), split('2025-01-14', 134, 100)]);

    expect([...up36.breaks]).toEqual(['2025-01-14']);
    expect(up34.breaks.size).toBe(0);
    expect(up34.issues).toEqual([]);
  });

  it('does not flag a move the adjusted close mostly shares (+40% raw, +30% adjusted)', () => {
    const result = normalizeBars([split('2025-01-13', 100, 100), split('2025-01-14', 140, 130)]);

    expect(result.breaks.size).toBe(0);
  });

  it('cannot tell without an adjusted close on both sides, and flags nothing', () => {
    const result = normalizeBars([split('2025-01-13', 1000, null), split('2025-01-14', 100, 100)]);

    expect(result.breaks.size).toBe(0);
    expect(result.issues).toEqual([]);
  });

  it('compares neighbours after sorting and de-duplicating', () => {
    // Sent backwards, with the pre-split close of 31 Dec revised by a later row.
    const result = normalizeBars([
      split('2025-01-02', 138.31, 138.31),
      split('2024-12-31', 134.29, 134.29),
      split('2024-12-31', 1342.9, 134.29),
    ]);

    expect([...result.breaks]).toEqual(['2025-01-02']);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: whatever the payload, the result is a clean series and every row is accounted for.

const DAY_MS = 86_400_000;
const FIRST_DAY_MS = Date.UTC(2025, 0, 1);

/** A date among 2025-01-01 .. 2025-02-10: a small pool, so duplicates and disorder are common. */
const poolDate = fc
  .integer({ min: 0, max: 40 })
  .map((offset) => new Date(FIRST_DAY_MS + offset * DAY_MS).toISOString().slice(0, 10));

const price = fc.double({ min: 1e-6, max: 1e12, noNaN: true });

const validBar = fc
  .record({
    date: poolDate,
    open: price,
    high: price,
    low: price,
    close: price,
    adjClose: fc.option(price, { nil: null }),
    volume: fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }), { nil: null }),
  })
  .map((bar) => ({ ...bar, high: Math.max(bar.high, bar.low), low: Math.min(bar.high, bar.low) }));

const FIELD = fc.constantFrom('date', 'open', 'high', 'low', 'close', 'adjClose', 'volume');
const oddValue = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    0,
    -0,
    -1,
    '',
    '100',
    true,
    '2025-02-30',
    '2025-13-01',
    '2025-1-2',
    '2024-02-29',
  ),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.anything(),
);

type Defect =
  | { kind: 'set'; field: string; value: unknown }
  | { kind: 'delete'; field: string }
  | { kind: 'swap-high-low' };

const defect: fc.Arbitrary<Defect> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), field: FIELD, value: oddValue }),
  fc.record({ kind: fc.constant('delete' as const), field: FIELD }),
  fc.constant({ kind: 'swap-high-low' as const }),
);

function applyDefects(bar: Row, defects: readonly Defect[]): Row {
  let copy: Row = { ...bar };
  for (const change of defects) {
    if (change.kind === 'set') copy[change.field] = change.value;
    else if (change.kind === 'delete') copy = omit(copy, change.field);
    else [copy.high, copy.low] = [copy.low, copy.high];
  }
  return copy;
}

const defectiveBar = fc
  .tuple(validBar, fc.array(defect, { minLength: 1, maxLength: 3 }))
  .map(([bar, defects]) => applyDefects(bar, defects));

const payloadRow = fc.oneof(
  { arbitrary: validBar, weight: 4 },
  { arbitrary: defectiveBar, weight: 3 },
  {
    arbitrary: fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
    weight: 2,
  },
);

const payload = fc.array(payloadRow, { maxLength: 40, size: 'max' });

/** A real calendar date written YYYY-MM-DD, checked by a round trip through Date (not the app's code). */
function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

const isPositiveFinite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** What the clean bars should be, worked out independently: valid rows, the last per date wins. */
function expectedBars(rows: readonly unknown[]): PriceBar[] {
  const byDate = new Map<string, PriceBar>();
  for (const candidate of rows) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const record = candidate as Row;
    const { date, open, high, low, close, adjClose, volume } = record;
    if (typeof date !== 'string' || !isRealDate(date)) continue;
    if (!isPositiveFinite(open) || !isPositiveFinite(high)) continue;
    if (!isPositiveFinite(low) || !isPositiveFinite(close)) continue;
    if (high < low) continue;
    byDate.set(date, {
      date,
      open,
      high,
      low,
      close,
      adjClose: isPositiveFinite(adjClose) ? adjClose : null,
      volume: typeof volume === 'number' && Number.isFinite(volume) && volume >= 0 ? volume : null,
    });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Every way a result breaks the clean-series promise, in words (an empty list when it keeps it). */
function cleanSeriesViolations(
  bars: readonly PriceBar[],
  issues: readonly DataIssue[],
  breaks: ReadonlySet<string>,
): string[] {
  const violations: string[] = [];
  bars.forEach((current, index) => {
    const at = `bar ${index} (${current.date})`;
    if (!isRealDate(current.date)) violations.push(`${at}: not a real YYYY-MM-DD date`);
    const previous = bars[index - 1];
    if (previous && !(previous.date < current.date)) violations.push(`${at}: not after the last`);
    for (const field of ['open', 'high', 'low', 'close'] as const) {
      if (!isPositiveFinite(current[field])) violations.push(`${at}: ${field} not finite > 0`);
    }
    if (!(current.high >= current.low)) violations.push(`${at}: high below low`);
    if (current.adjClose !== null && !isPositiveFinite(current.adjClose)) {
      violations.push(`${at}: adjClose neither null nor finite > 0`);
    }
    if (current.volume !== null && !(Number.isFinite(current.volume) && current.volume >= 0)) {
      violations.push(`${at}: volume neither null nor finite >= 0`);
    }
  });
  for (const issue of issues) {
    if (!(issue.count > 0)) violations.push(`${issue.kind}: count ${issue.count}`);
    if (issue.dates.length > Math.min(issue.count, 5)) violations.push(`${issue.kind}: dates`);
  }
  const dates = new Set(bars.map((kept) => kept.date));
  for (const date of breaks) {
    if (!dates.has(date) || date === bars[0]?.date) violations.push(`break on ${date}`);
  }
  return violations;
}

describe('normalizeBars: properties', () => {
  it('never throws, and always gives ascending unique dates and valid values', () => {
    fc.assert(
      fc.property(payload, (rows) => {
        const { bars, issues, breaks } = normalizeBars(rows);

        expect(cleanSeriesViolations(bars, issues, breaks)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('accounts for every row: dropped rows plus kept bars make the input length', () => {
    fc.assert(
      fc.property(payload, (rows) => {
        const { bars, issues } = normalizeBars(rows);

        expect(droppedCount(issues) + bars.length).toBe(rows.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps exactly the valid rows, the last one for each date, sorted', () => {
    fc.assert(
      fc.property(payload, (rows) => {
        expect(normalizeBars(rows).bars).toEqual(expectedBars(rows));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves its own output as it is (only gaps and splits are still reported)', () => {
    fc.assert(
      fc.property(payload, (rows) => {
        const first = normalizeBars(rows);
        const second = normalizeBars(first.bars);

        expect(second.bars).toEqual(first.bars);
        expect(second.breaks).toEqual(first.breaks);
        for (const issue of second.issues) {
          expect(['missing-sessions', 'suspected-split']).toContain(issue.kind);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
