import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSessionRows, rowsInWindow, shareCountsUsed } from '../../src/domain/dailySeries';
import { at, bar, only, sharesPoint, utcDay } from '../support/builders';
import * as fixtures from '../support/fixtures';

describe('session rows from bars', () => {
  // Three sessions, the count changing on the third; no field of a bar equals its close, so a field
  // taken from the wrong place shows.
  const bars = [
    bar({ date: '2025-01-24', close: 100, open: 99, high: 102, low: 97, adjClose: 99.5 }),
    bar({ date: '2025-01-27', close: 110, open: 109, high: 112, low: 107, adjClose: 109.5 }),
    bar({ date: '2025-01-28', close: 99, open: 98, high: 101, low: 96, adjClose: 98.5 }),
  ];
  const counts = [
    sharesPoint({ asOf: '2025-01-24', shares: 10 }),
    sharesPoint({ asOf: '2025-01-28', shares: 20 }),
  ];

  it('has no change on the first session: there is no previous close', () => {
    const first = at(buildSessionRows(bars, counts), 0);
    expect(first.previousClose).toBeNull();
    expect(first.change).toBeNull();
    expect(first.changePct).toBeNull();
    expect(first.marketValueChange).toBeNull();
    expect(first.marketValue).toBe(1000); // 100 x 10
  });

  it('computes each change from the close of the session before', () => {
    const rows = buildSessionRows(bars, counts);
    const [, second, third] = rows;
    // 27 Jan: 110 - 100 = +10, 110 / 100 - 1 = +10 %; value 110 x 10 = 1100, +100.
    expect(second).toMatchObject({ previousClose: 100, change: 10, marketValue: 1100 });
    expect(second?.changePct).toBeCloseTo(0.1, 12);
    expect(second?.marketValueChange).toBe(100);
    // 28 Jan: 99 - 110 = -11, 99 / 110 - 1 = -10 %; value 99 x 20 = 1980 (new count), +880.
    expect(third).toMatchObject({ previousClose: 110, change: -11, marketValue: 1980 });
    expect(third?.changePct).toBeCloseTo(-0.1, 12);
    expect(third?.marketValueChange).toBe(880);
  });

  it('keeps every field of the bar and adds its day number and share count', () => {
    const rows = buildSessionRows(bars, counts);
    const second = at(rows, 1);
    expect(second).toMatchObject(bars[1] ?? {});
    expect(second.day).toBe(utcDay('2025-01-27'));
    expect(second.shares).toBe(counts[0]);
    expect(at(rows, 2).shares).toBe(counts[1]);
  });

  it('sorts the bars by date, whatever order they arrive in', () => {
    const rows = buildSessionRows(
      [bars[2], bars[0], bars[1]].filter((b) => b !== undefined),
      counts,
    );
    expect(rows.map((row) => row.date)).toEqual(['2025-01-24', '2025-01-27', '2025-01-28']);
    expect(at(rows, 1).previousClose).toBe(100);
  });

  it('has no market value before the first share count, and so no change in it', () => {
    const rows = buildSessionRows(bars, [sharesPoint({ asOf: '2025-01-27', shares: 10 })]);
    expect(rows.map((row) => row.marketValue)).toEqual([null, 1100, 990]);
    // The first value has no value before it to differ from.
    expect(rows.map((row) => row.marketValueChange)).toEqual([null, null, -110]);
  });

  it('returns no rows for no bars', () => {
    expect(buildSessionRows([], counts)).toEqual([]);
  });

  describe('for NVDA', () => {
    const rows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());
    const row = (date: string) => only(rows, (r) => r.date === date);

    it('has one row per line of the price file', () => {
      expect(rows).toHaveLength(fixtures.bars('NVDA').length);
    });

    it('gives the sell-off of Monday 27 January against Friday 24 January', () => {
      const monday = row('2025-01-27');
      expect(monday.previousClose).toBe(142.62);
      // 118.42 - 142.62 = -24.20; -24.20 / 142.62 = -0.16968... = -16.97 %.
      expect(monday.change).toBeCloseTo(-24.2, 10);
      expect(monday.changePct).toBeCloseTo(-24.2 / 142.62, 12);
      expect(monday.changePct).toBeCloseTo(-0.1697, 4);
      // 118.42 x 24.477e9 - 142.62 x 24.49e9 = 2898.56634e9 - 3492.7638e9 = -594.19746e9.
      expect(monday.marketValueChange).toBeCloseTo(-594_197_460_000, -1);
    });

    it('gives the rebound of Tuesday 28 January', () => {
      const tuesday = row('2025-01-28');
      // 128.99 - 118.42 = +10.57; the count is the same (24.477e9) both days.
      expect(tuesday.previousClose).toBe(118.42);
      expect(tuesday.change).toBeCloseTo(10.57, 10);
      expect(tuesday.marketValueChange).toBeCloseTo(10.57 * 24.477e9, -1);
    });

    it('takes the previous close across a holiday', () => {
      // 20 Jan was closed: the session before 21 Jan is Friday 17 Jan (close 137.71).
      expect(row('2025-01-21').previousClose).toBe(137.71);
      // 9 Jan was closed: 10 Jan follows 8 Jan (close 140.11).
      expect(row('2025-01-10').previousClose).toBe(140.11);
    });

    it('has day numbers that only grow', () => {
      for (let i = 1; i < rows.length; i++)
        expect(at(rows, i).day).toBeGreaterThan(at(rows, i - 1).day);
    });
  });
});

describe('session rows do not depend on the order the bars arrive in', () => {
  // Distinct dates from one month, any closes, any share history.
  const dates = fc
    .uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 15 })
    .map((days) => days.map((d) => `2025-02-${String(d).padStart(2, '0')}`));
  const barsArb = dates.chain((list) =>
    fc.tuple(
      ...list.map((date) =>
        fc.integer({ min: 1, max: 100_000 }).map((cents) => bar({ date, close: cents / 100 })),
      ),
    ),
  );
  const countsArb = fc.uniqueArray(
    fc.record({
      asOf: fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`),
      count: fc.integer({ min: 1, max: 1e6 }),
    }),
    { selector: (c) => c.asOf, maxLength: 4 },
  );

  it('gives equal rows for any shuffle of the same bars', () => {
    const input = fc.tuple(barsArb, countsArb).chain(([bars, raw]) =>
      fc
        .shuffledSubarray(bars, { minLength: bars.length, maxLength: bars.length })
        .map((shuffled) => ({
          bars,
          shuffled,
          counts: raw.map((c) => sharesPoint({ asOf: c.asOf, shares: c.count })),
        })),
    );
    fc.assert(
      fc.property(input, ({ bars, shuffled, counts }) => {
        expect(buildSessionRows(shuffled, counts)).toEqual(buildSessionRows(bars, counts));
      }),
    );
  });

  it('links each row to the close of the previous date, as a reference does', () => {
    fc.assert(
      fc.property(barsArb, countsArb, (bars, raw) => {
        const counts = raw.map((c) => sharesPoint({ asOf: c.asOf, shares: c.count }));
        const rows = buildSessionRows(bars, counts);
        const byDate = [...bars].sort((a, b) => a.date.localeCompare(b.date));
        expect(rows.map((r) => r.date)).toEqual(byDate.map((b) => b.date));
        rows.forEach((row, i) => {
          const previous = byDate[i - 1];
          expect(row.previousClose).toBe(previous ? previous.close : null);
          expect(row.change).toBe(previous ? row.close - previous.close : null);
          expect(row.changePct).toBe(previous ? row.close / previous.close - 1 : null);
          const count = counts
            .filter((c) => c.asOf <= row.date)
            .sort((a, b) => a.asOf.localeCompare(b.asOf))
            .at(-1);
          expect(row.marketValue).toBe(count ? row.close * count.shares : null);
        });
      }),
    );
  });
});

describe('the rows of a window', () => {
  const rows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());

  it('includes both ends', () => {
    const window = rowsInWindow(rows, '2025-01-24', '2025-01-27');
    expect(window.map((r) => r.date)).toEqual(['2025-01-24', '2025-01-27']);
  });

  it('counts 39 sessions from 2 January to 28 February 2025', () => {
    // January from the 2nd: 22 weekdays less 9 and 20 Jan = 20. February: 20 weekdays less 17 Feb
    // = 19. 20 + 19 = 39.
    expect(rowsInWindow(rows, '2025-01-02', '2025-02-28')).toHaveLength(39);
  });

  it('is empty for a weekend or a reversed window', () => {
    expect(rowsInWindow(rows, '2025-01-25', '2025-01-26')).toEqual([]);
    expect(rowsInWindow(rows, '2025-01-28', '2025-01-24')).toEqual([]);
  });
});

describe('the share counts a window uses', () => {
  it('names each count once, in date order', () => {
    const counts = [
      sharesPoint({ asOf: '2025-01-24', shares: 10 }),
      sharesPoint({ asOf: '2025-01-28', shares: 20 }),
    ];
    const rows = buildSessionRows(
      [
        bar({ date: '2025-01-24', close: 1 }),
        bar({ date: '2025-01-27', close: 2 }),
        bar({ date: '2025-01-28', close: 3 }),
        bar({ date: '2025-01-29', close: 4 }),
      ],
      counts,
    );
    expect(shareCountsUsed(rows)).toEqual(counts);
  });

  it('names none when no row has a count', () => {
    const rows = buildSessionRows([bar({ date: '2025-01-24', close: 1 })], []);
    expect(shareCountsUsed(rows)).toEqual([]);
  });

  it('names the three NVIDIA counts behind January-February 2025', () => {
    const rows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());
    const used = shareCountsUsed(rowsInWindow(rows, '2025-01-02', '2025-02-28'));
    // 2 Jan - 24 Jan: 15 Nov 2024 count; 27 Jan - 20 Feb: 26 Jan 2025; 21 Feb on: 21 Feb 2025.
    expect(used.map((p) => [p.asOf, p.shares])).toEqual([
      ['2024-11-15', 24_490_000_000],
      ['2025-01-26', 24_477_000_000],
      ['2025-02-21', 24_400_000_000],
    ]);
  });
});
