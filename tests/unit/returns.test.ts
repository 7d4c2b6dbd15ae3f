import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dailyReturns,
  pairReturns,
  rebaseTo100,
  sortedUniqueBars,
  type DailyReturn,
} from '../../src/domain/returns';
import type { PriceBar } from '../../src/domain/types';
import { bar, dateAt, scaledPrices, shuffled } from '../support/builders';

/**
 * Five sessions where adjusted closes and closes disagree, so each return shows which was used.
 *
 *   date        close   adj    pair with the day before     return
 *   2025-01-02  100     90
 *   2025-01-03  104     99     both adjusted:  99 / 90 - 1    =  0.10   (closes: 104/100 - 1 = 0.04)
 *   2025-01-06   91     -      one missing:    91 / 104 - 1   = -0.125  (mixed: 91/99 - 1 = -0.0808)
 *   2025-01-07  100.1   80     one missing:  100.1 / 91 - 1   =  0.10   (mixed: 80/91 - 1 = -0.1209)
 *   2025-01-08   50     84     both adjusted:  84 / 80 - 1    =  0.05   (closes: 50/100.1 - 1 = -0.5005)
 */
const fixture: PriceBar[] = [
  bar({ date: '2025-01-02', close: 100, adjClose: 90 }),
  bar({ date: '2025-01-03', close: 104, adjClose: 99 }),
  bar({ date: '2025-01-06', close: 91, adjClose: null }),
  bar({ date: '2025-01-07', close: 100.1, adjClose: 80 }),
  bar({ date: '2025-01-08', close: 50, adjClose: 84 }),
];
const expectedFixtureReturns = [
  { date: '2025-01-03', value: 0.1 },
  { date: '2025-01-06', value: -0.125 },
  { date: '2025-01-07', value: 0.1 },
  { date: '2025-01-08', value: 0.05 },
];

function expectReturns(actual: DailyReturn[], expected: DailyReturn[], digits = 12): void {
  expect(actual.map((point) => point.date)).toEqual(expected.map((point) => point.date));
  expected.forEach((point, index) => {
    expect(actual[index]?.value).toBeCloseTo(point.value, digits);
  });
}

/** Random bars on consecutive dates: closes in [1, 1000], adjusted closes sometimes missing. */
const barsArb = fc
  .array(
    fc.record({
      close: fc.double({ min: 1, max: 1000, noNaN: true }),
      adjClose: fc.option(fc.double({ min: 1, max: 1000, noNaN: true }), { freq: 4 }),
    }),
    { minLength: 0, maxLength: 40 },
  )
  .map((rows) =>
    rows.map((row, index) =>
      bar({ date: dateAt(index), close: row.close, adjClose: row.adjClose }),
    ),
  );

describe('dailyReturns on a hand-checked fixture', () => {
  it('uses adjusted closes when both sessions have one and the closes of both otherwise', () => {
    expectReturns(dailyReturns(fixture), expectedFixtureReturns);
  });

  it('never mixes an adjusted close with a close across a pair', () => {
    const returns = dailyReturns(fixture);
    // The mixed ratios, which a per-session fallback would produce.
    expect(returns[1]?.value).not.toBeCloseTo(91 / 99 - 1, 6);
    expect(returns[2]?.value).not.toBeCloseTo(80 / 91 - 1, 6);
  });

  it('uses closes throughout for a series with no adjusted closes (a price index)', () => {
    // 2100 / 2000 - 1 = 0.05; 1995 / 2100 - 1 = -0.05
    const index = [
      bar({ date: '2025-01-02', close: 2000, adjClose: null }),
      bar({ date: '2025-01-03', close: 2100, adjClose: null }),
      bar({ date: '2025-01-06', close: 1995, adjClose: null }),
    ];
    expectReturns(dailyReturns(index), [
      { date: '2025-01-03', value: 0.05 },
      { date: '2025-01-06', value: -0.05 },
    ]);
  });

  it('gives no return for no bars or a single bar', () => {
    expect(dailyReturns([])).toEqual([]);
    expect(dailyReturns([bar({ date: '2025-01-02', close: 100, adjClose: 90 })])).toEqual([]);
  });

  it('gives the same result whatever the order of the rows', () => {
    const reversed = [...fixture].reverse();
    expectReturns(dailyReturns(reversed), expectedFixtureReturns);
    for (let seed = 1; seed <= 20; seed++) {
      expect(dailyReturns(shuffled(fixture, seed))).toEqual(dailyReturns(fixture));
    }
  });

  it('counts a duplicated date once', () => {
    const doubled = [...fixture, ...fixture.slice(1, 4)];
    expectReturns(dailyReturns(doubled), expectedFixtureReturns);
    expectReturns(dailyReturns(shuffled(doubled, 7)), expectedFixtureReturns);
  });

  it('keeps the last bar given for a date', () => {
    // A later, corrected bar for 3 Jan (adj 108): 108 / 90 - 1 = 0.2, then closes 91 / 104 - 1.
    const corrected = [...fixture, bar({ date: '2025-01-03', close: 104, adjClose: 108 })];
    expect(dailyReturns(corrected)[0]?.value).toBeCloseTo(0.2, 12);
    const superseded = [bar({ date: '2025-01-03', close: 104, adjClose: 108 }), ...fixture];
    expect(dailyReturns(superseded)[0]?.value).toBeCloseTo(0.1, 12);
  });
});

describe('dailyReturns on random bars', () => {
  it('has one return per session but the first, dated like it, and each from its own pair', () => {
    fc.assert(
      fc.property(barsArb, (bars) => {
        const returns = dailyReturns(bars);
        expect(returns.map((point) => point.date)).toEqual(bars.slice(1).map((b) => b.date));
        returns.forEach((point, index) => {
          const before = bars[index];
          const after = bars[index + 1];
          if (!before || !after) throw new Error('missing bar');
          const expected =
            before.adjClose !== null && after.adjClose !== null
              ? after.adjClose / before.adjClose - 1
              : after.close / before.close - 1;
          expect(point.value).toBe(expected);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('does not change when every price is multiplied by a positive constant', () => {
    fc.assert(
      fc.property(barsArb, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (bars, factor) => {
        const scaled = scaledPrices(bars, factor);
        const original = dailyReturns(bars);
        const rescaled = dailyReturns(scaled);
        expect(rescaled.map((point) => point.date)).toEqual(original.map((point) => point.date));
        rescaled.forEach((point, index) => {
          const value = original[index]?.value ?? Number.NaN;
          // A ratio of prices up to 1000 apart is good to a few ulps of 1000.
          expect(Math.abs(point.value - value)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(value)),
          );
        });
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same result for shuffled and duplicated rows', () => {
    fc.assert(
      fc.property(barsArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (bars, seed) => {
        const expected = dailyReturns(bars);
        expect(dailyReturns(shuffled(bars, seed))).toEqual(expected);
        expect(dailyReturns(shuffled([...bars, ...bars], seed))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('sortedUniqueBars', () => {
  it('sorts by date and keeps one bar per date', () => {
    const bars = shuffled([...fixture, ...fixture], 3);
    expect(sortedUniqueBars(bars).map((b) => b.date)).toEqual(fixture.map((b) => b.date));
  });
});

describe('pairReturns', () => {
  it('keeps the dates both series have, in date order, with both values', () => {
    const stock: DailyReturn[] = [
      { date: '2025-01-03', value: 0.01 },
      { date: '2025-01-06', value: 0.02 },
      { date: '2025-01-07', value: 0.03 },
    ];
    const market: DailyReturn[] = [
      { date: '2025-01-07', value: -0.3 },
      { date: '2025-01-03', value: -0.1 },
      { date: '2025-01-08', value: -0.4 },
    ];
    expect(pairReturns(stock, market)).toEqual([
      { date: '2025-01-03', stock: 0.01, market: -0.1 },
      { date: '2025-01-07', stock: 0.03, market: -0.3 },
    ]);
    expect(pairReturns(stock, [])).toEqual([]);
  });
});

describe('rebaseTo100', () => {
  it('is 100 on the base day and close / base close * 100 elsewhere, in date order', () => {
    // Base 3 Jan, close 104: 100/104 = 96.153846..., 91/104 = 0.875, 100.1/104 = 0.9625, 50/104.
    const rebased = rebaseTo100([...fixture].reverse(), '2025-01-03');
    expect(rebased?.map((point) => point.date)).toEqual(fixture.map((b) => b.date));
    const values = rebased?.map((point) => point.value) ?? [];
    expect(values[1]).toBe(100);
    expect(values[0]).toBeCloseTo(96.15384615384616, 10);
    expect(values[2]).toBeCloseTo(87.5, 10);
    expect(values[3]).toBeCloseTo(96.25, 10);
    expect(values[4]).toBeCloseTo(48.07692307692308, 10);
  });

  it('is exactly 100 on the base day whatever the prices', () => {
    fc.assert(
      fc.property(barsArb, fc.nat(), (bars, pick) => {
        fc.pre(bars.length > 0);
        const base = bars[pick % bars.length];
        if (!base) throw new Error('no base');
        const rebased = rebaseTo100(shuffled(bars, pick + 1), base.date);
        expect(rebased).not.toBeNull();
        expect(rebased?.find((point) => point.date === base.date)?.value).toBe(100);
        expect(rebased).toHaveLength(bars.length);
      }),
      { numRuns: 150 },
    );
  });

  it('uses the adjusted closes when every bar has one', () => {
    // Adjusted 90, 99, 80 with base 3 Jan (99): 90/99 = 90.9090..., 100, 80/99 = 80.8080...
    const adjusted = [
      bar({ date: '2025-01-02', close: 100, adjClose: 90 }),
      bar({ date: '2025-01-03', close: 104, adjClose: 99 }),
      bar({ date: '2025-01-07', close: 100.1, adjClose: 80 }),
    ];
    const values = rebaseTo100(adjusted, '2025-01-03')?.map((point) => point.value) ?? [];
    expect(values[0]).toBeCloseTo((90 / 99) * 100, 10);
    expect(values[1]).toBe(100);
    expect(values[2]).toBeCloseTo((80 / 99) * 100, 10);
  });

  it('is null when the base day has no bar', () => {
    expect(rebaseTo100(fixture, '2025-01-04')).toBeNull();
    expect(rebaseTo100(fixture, '2025-01-27')).toBeNull();
    expect(rebaseTo100([], '2025-01-03')).toBeNull();
  });
});
