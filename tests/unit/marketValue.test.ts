import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marketValueOn, sharesOutstandingOn } from '../../src/domain/marketValue';
import type { SharesPoint } from '../../src/domain/types';
import * as fixtures from '../support/fixtures';

const point = (asOf: string, shares: number): SharesPoint => ({ asOf, shares, source: asOf });

// Deliberately out of date order: the lookup must not rely on it.
const points = [point('2025-01-20', 200), point('2025-01-10', 100), point('2025-01-31', 300)];

describe('the share count in force on a date', () => {
  it('is unknown before the first report', () => {
    expect(sharesOutstandingOn(points, '2025-01-09')).toBeNull();
    expect(sharesOutstandingOn([], '2025-01-27')).toBeNull();
  });

  it('counts from the day of a report itself', () => {
    expect(sharesOutstandingOn(points, '2025-01-10')?.shares).toBe(100);
    expect(sharesOutstandingOn(points, '2025-01-20')?.shares).toBe(200);
  });

  it('is the latest report on or before the date, whatever the order of the reports', () => {
    expect(sharesOutstandingOn(points, '2025-01-19')?.shares).toBe(100);
    expect(sharesOutstandingOn(points, '2025-01-27')?.shares).toBe(200);
    expect(sharesOutstandingOn(points, '2025-06-30')?.shares).toBe(300);
  });

  it('returns the report itself, with its source', () => {
    expect(sharesOutstandingOn(points, '2025-01-27')).toBe(points[0]);
  });

  describe('for NVIDIA', () => {
    const nvda = fixtures.nvdaSharePoints();

    it('uses the 15 Nov 2024 cover-page count on Friday 24 January', () => {
      expect(sharesOutstandingOn(nvda, '2025-01-24')).toMatchObject({
        asOf: '2024-11-15',
        shares: 24_490_000_000,
      });
    });

    it('uses the 26 Jan 2025 balance-sheet count from Sunday 26 January on', () => {
      expect(sharesOutstandingOn(nvda, '2025-01-26')?.shares).toBe(24_477_000_000);
      expect(sharesOutstandingOn(nvda, '2025-01-27')?.shares).toBe(24_477_000_000);
      expect(sharesOutstandingOn(nvda, '2025-02-20')?.shares).toBe(24_477_000_000);
      expect(sharesOutstandingOn(nvda, '2025-02-21')?.shares).toBe(24_400_000_000);
    });

    it('has no count before 23 Aug 2024, though the prices start in July', () => {
      expect(sharesOutstandingOn(nvda, '2024-07-15')).toBeNull();
      expect(sharesOutstandingOn(nvda, '2024-08-22')).toBeNull();
      expect(sharesOutstandingOn(nvda, '2024-08-23')?.shares).toBe(24_530_000_000);
    });
  });

  it('agrees with a reference: the greatest report date not after the date', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`);
    const reports = fc.array(fc.record({ asOf: day, shares: fc.integer({ min: 1, max: 1e6 }) }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(reports, day, (raw, date) => {
        const list = raw.map((r) => point(r.asOf, r.shares));
        const eligible = list.filter((p) => p.asOf <= date);
        const latest = eligible
          .map((p) => p.asOf)
          .sort()
          .at(-1);
        const found = sharesOutstandingOn(list, date);
        if (latest === undefined) {
          expect(found).toBeNull();
        } else {
          expect(found?.asOf).toBe(latest);
          // With several reports on that date, it is one of them (the same object, not a copy).
          expect(eligible.filter((p) => p.asOf === latest)).toContain(found);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('market value', () => {
  it('is the close times the shares in force that day', () => {
    // 10 x 100 = 1000 on 19 Jan; 10 x 200 = 2000 on 20 Jan.
    expect(marketValueOn(10, points, '2025-01-19')).toBe(1000);
    expect(marketValueOn(10, points, '2025-01-20')).toBe(2000);
  });

  it('is unknown, not zero, before the first report', () => {
    expect(marketValueOn(10, points, '2025-01-01')).toBeNull();
  });

  it('is zero, not unknown, for a close of zero', () => {
    expect(marketValueOn(0, points, '2025-01-27')).toBe(0);
  });

  it("gives NVIDIA's market value around the sell-off", () => {
    const nvda = fixtures.nvdaSharePoints();
    // 142.62 x 24.49e9 = (142.62 x 24 + 142.62 x 0.49) e9 = (3422.88 + 69.8838) e9 = 3492.7638e9.
    expect(marketValueOn(142.62, nvda, '2025-01-24')).toBeCloseTo(3_492_763_800_000, 0);
    // 118.42 x 24.477e9 = (118.42 x 24 + 118.42 x 0.477) e9 = (2842.08 + 56.48634) e9
    //                   = 2898.56634e9.
    expect(marketValueOn(118.42, nvda, '2025-01-27')).toBeCloseTo(2_898_566_340_000, 0);
  });

  it('agrees with close x the reference share count for random histories', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`);
    const reports = fc.uniqueArray(
      fc.record({ asOf: day, shares: fc.integer({ min: 1, max: 1e6 }) }),
      { selector: (r) => r.asOf, maxLength: 8 },
    );
    fc.assert(
      fc.property(reports, day, fc.integer({ min: 0, max: 100_000 }), (raw, date, cents) => {
        const close = cents / 100;
        const list = raw.map((r) => point(r.asOf, r.shares));
        const latest = list
          .filter((p) => p.asOf <= date)
          .sort((a, b) => (a.asOf < b.asOf ? -1 : 1))
          .at(-1);
        expect(marketValueOn(close, list, date)).toBe(latest ? close * latest.shares : null);
      }),
    );
  });
});
