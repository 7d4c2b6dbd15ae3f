import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plotCandles } from '../../src/charts/plotPoints';
import { candleBuckets, type OhlcvAccessors } from '../../src/domain/candleBuckets';
import { buildSessionRows } from '../../src/domain/dailySeries';
import { only } from '../support/builders';
import * as fixtures from '../support/fixtures';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

interface Session {
  x: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number | null;
  breakBefore: boolean;
}

const read: OhlcvAccessors<Session> = {
  x: (row) => row.x,
  open: (row) => row.open,
  high: (row) => row.high,
  low: (row) => row.low,
  close: (row) => row.close,
  volume: (row) => row.volume,
  breakBefore: (row) => row.breakBefore,
};

/**
 * Time-sorted sessions (x steps of 0 to 4, so equal x happen), each a consistent bar: the open and
 * close inside [low, high]; some volumes unreported, and breaks where asked for.
 */
function sessions(breaks: boolean) {
  return fc
    .array(
      fc.record({
        step: fc.integer({ min: 0, max: 4 }),
        low: fc.integer({ min: 1, max: 200 }),
        range: fc.integer({ min: 0, max: 50 }),
        openAt: fc.double({ min: 0, max: 1, noNaN: true }),
        closeAt: fc.double({ min: 0, max: 1, noNaN: true }),
        volume: fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { freq: 6 }),
        breakBefore: breaks
          ? fc.integer({ min: 0, max: 9 }).map((draw) => draw === 0)
          : fc.constant(false),
      }),
      { maxLength: 400, size: 'max' },
    )
    .map((raw) => {
      let x = 1000;
      return raw.map(({ step, low, range, openAt, closeAt, volume, breakBefore }): Session => {
        x += step;
        const high = low + range;
        return {
          x,
          low,
          high,
          open: low + openAt * range,
          close: low + closeAt * range,
          volume,
          breakBefore,
        };
      });
    });
}

const buckets = fc.integer({ min: 1, max: 60 });

describe('candleBuckets: one candle per pixel column', () => {
  it('covers every session once, in order, as runs of consecutive sessions', () => {
    fc.assert(
      fc.property(sessions(true), buckets, (rows, count) => {
        const candles = candleBuckets(rows, read, { buckets: count });
        let next = 0;
        for (const candle of candles) {
          expect(candle.first).toBe(next);
          expect(candle.last).toBeGreaterThanOrEqual(candle.first);
          next = candle.last + 1;
        }
        expect(next).toBe(rows.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps each candle true to its sessions: first open, highest high, lowest low, last close', () => {
    fc.assert(
      fc.property(sessions(true), buckets, (rows, count) => {
        for (const candle of candleBuckets(rows, read, { buckets: count })) {
          const held = rows.slice(candle.first, candle.last + 1);
          expect(candle.open).toBe(held[0]?.open);
          expect(candle.close).toBe(held.at(-1)?.close);
          expect(candle.high).toBe(Math.max(...held.map((row) => row.high)));
          expect(candle.low).toBe(Math.min(...held.map((row) => row.low)));
          expect(candle.low).toBeLessThanOrEqual(Math.min(candle.open, candle.close));
          expect(candle.high).toBeGreaterThanOrEqual(Math.max(candle.open, candle.close));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('loses no extreme: the series high and low are a candle high and low', () => {
    fc.assert(
      fc.property(
        sessions(false).filter((rows) => rows.length > 0),
        buckets,
        (rows, count) => {
          const candles = candleBuckets(rows, read, { buckets: count });
          expect(Math.max(...candles.map((candle) => candle.high))).toBe(
            Math.max(...rows.map((row) => row.high)),
          );
          expect(Math.min(...candles.map((candle) => candle.low))).toBe(
            Math.min(...rows.map((row) => row.low)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps the volume: the sum over the candles is the sum over the sessions', () => {
    fc.assert(
      fc.property(sessions(true), buckets, (rows, count) => {
        const candles = candleBuckets(rows, read, { buckets: count });
        const total = (values: (number | null)[]) =>
          values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
        expect(total(candles.map((candle) => candle.volume))).toBe(
          total(rows.map((row) => row.volume)),
        );
        for (const candle of candles) {
          const reported = rows
            .slice(candle.first, candle.last + 1)
            .some((row) => row.volume !== null);
          // Unreported is not zero: a candle of sessions none of which reported a volume has none.
          expect(candle.volume === null).toBe(!reported);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('draws at most one candle per bucket, and never merges across a break', () => {
    fc.assert(
      fc.property(sessions(true), buckets, (rows, count) => {
        const candles = candleBuckets(rows, read, { buckets: count });
        const breaks = rows.filter((row, index) => index > 0 && row.breakBefore).length;
        expect(candles.length).toBeLessThanOrEqual(Math.min(count, rows.length) + breaks);
        for (const candle of candles)
          for (let index = candle.first + 1; index <= candle.last; index++)
            expect(rows[index]?.breakBefore).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the dates ordered: candles follow each other in time', () => {
    fc.assert(
      fc.property(sessions(false), buckets, (rows, count) => {
        const candles = candleBuckets(rows, read, { buckets: count });
        for (let index = 1; index < candles.length; index++) {
          const before = rows[(candles[index - 1] as { last: number }).last] as Session;
          const after = rows[(candles[index] as { first: number }).first] as Session;
          expect(after.x).toBeGreaterThanOrEqual(before.x);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('plotCandles on the real sessions', () => {
  const rows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());
  const domain = [rows[0]?.day ?? 0, rows.at(-1)?.day ?? 0] as const;

  it('draws each session as it traded when there is room: 27 Jan 2025 opens below 24 Jan', () => {
    const candles = plotCandles(rows, 1000, domain);
    expect(candles).toHaveLength(rows.length);
    const friday = only(candles, (candle) => candle.date === '2025-01-24');
    const monday = only(candles, (candle) => candle.date === '2025-01-27');
    const session = only(rows, (row) => row.date === '2025-01-27');
    expect([monday.open, monday.high, monday.low, monday.close, monday.volume]).toEqual([
      session.open,
      session.high,
      session.low,
      session.close,
      session.volume,
    ]);
    expect(monday.sessions).toBe(1);
    // The overnight gap: Monday's whole range lies below Friday's.
    expect(monday.high).toBeLessThan(friday.low);
  });

  it('at one candle per 10 sessions, keeps the year low and high and the summed volume', () => {
    const candles = plotCandles(rows, Math.ceil(rows.length / 10), domain);
    expect(candles.length).toBeLessThan(rows.length / 5);
    expect(Math.min(...candles.map((candle) => candle.low))).toBe(
      Math.min(...rows.map((row) => row.low)),
    );
    expect(Math.max(...candles.map((candle) => candle.high))).toBe(
      Math.max(...rows.map((row) => row.high)),
    );
    const sum = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(sum(candles.map((candle) => candle.volume))).toBe(sum(rows.map((row) => row.volume)));
    const held = only(
      candles,
      (candle) => candle.firstDate <= '2025-01-27' && candle.date >= '2025-01-27',
    );
    expect(held.sessions).toBeGreaterThan(1);
    expect(held.volume).toBeGreaterThanOrEqual(
      only(rows, (row) => row.date === '2025-01-27').volume ?? Infinity,
    );
  });
});
