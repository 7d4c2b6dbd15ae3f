import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSessionRows, rowsInWindow, type SessionRow } from '../../src/domain/dailySeries';
import {
  bucketsForWidth,
  downsampleRows,
  m4Indices,
  maxPointsFor,
  type SeriesAccessors,
} from '../../src/domain/downsample';
import { lowerBound } from '../../src/domain/search';
import { at, only } from '../support/builders';
import * as fixtures from '../support/fixtures';

interface Point {
  x: number;
  y: number | null;
  breakBefore: boolean;
}

const access: SeriesAccessors<Point> = {
  x: (point) => point.x,
  y: (point) => point.y,
  breakBefore: (point) => point.breakBefore,
};
const hasValue = (point: Point): point is Point & { y: number } => point.y !== null;

/**
 * A time-sorted series: x steps of 0 to 4 (equal x values happen), small integer values so that ties
 * are common; holes (null) and breaks only where asked for.
 */
function series(options: { holes?: boolean; breaks?: boolean } = {}) {
  return fc
    .array(
      fc.record({
        step: fc.integer({ min: 0, max: 4 }),
        y: options.holes
          ? fc.option(fc.integer({ min: -20, max: 20 }), { freq: 8 })
          : fc.integer({ min: -20, max: 20 }),
        // About one row in ten starts a new piece of line.
        breakBefore: options.breaks
          ? fc.integer({ min: 0, max: 9 }).map((draw) => draw === 0)
          : fc.constant(false),
      }),
      // Lengths up to 400, not fast-check's small default (10), so most cases do downsample.
      { maxLength: 400, size: 'max' },
    )
    .map((raw) => {
      let x = 1000;
      return raw.map(({ step, y, breakBefore }): Point => {
        x += step;
        return { x, y, breakBefore };
      });
    });
}

const buckets = fc.integer({ min: 1, max: 40 });

/** The positions in `rows` of the rows kept, failing when one is not an input row or out of order. */
function positionsOf(rows: readonly Point[], kept: readonly Point[]): number[] {
  const position = new Map(rows.map((row, index) => [row, index]));
  const positions = kept.map((row) => {
    const index = position.get(row);
    if (index === undefined) throw new Error('a kept row is not one of the input rows');
    return index;
  });
  positions.forEach((index, k) => {
    if (k > 0 && index <= at(positions, k - 1)) throw new Error('kept rows out of order');
  });
  return positions;
}

/** The bucket of each row, computed here the plain way: the x range cut into equal parts. */
function bucketOf(rows: readonly Point[], count: number): (row: Point) => number {
  const x0 = at(rows, 0).x;
  const x1 = at(rows, rows.length - 1).x;
  return (row) =>
    x1 === x0 ? 0 : Math.min(count - 1, Math.floor(((row.x - x0) / (x1 - x0)) * count));
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const values = (rows: readonly Point[]) => rows.filter(hasValue).map((row) => row.y);

describe('M4 downsampling of a time series', () => {
  it('keeps a subsequence of the input rows themselves (no copies), in order', () => {
    fc.assert(
      fc.property(series({ holes: true, breaks: true }), buckets, (rows, count) => {
        const kept = downsampleRows(rows, access, { buckets: count });
        expect(() => positionsOf(rows, kept)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the first and last rows and the global lowest and highest values', () => {
    fc.assert(
      fc.property(series({ holes: true, breaks: true }), buckets, (rows, count) => {
        fc.pre(rows.length > 0);
        const kept = downsampleRows(rows, access, { buckets: count });
        expect(kept[0]).toBe(rows[0]);
        expect(kept.at(-1)).toBe(rows.at(-1));
        const all = values(rows);
        fc.pre(all.length > 0);
        expect(Math.min(...values(kept))).toBe(Math.min(...all));
        expect(Math.max(...values(kept))).toBe(Math.max(...all));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps at most 4 points per bucket, and every bucket keeps its own lowest and highest value', () => {
    fc.assert(
      fc.property(series(), buckets, (rows, count) => {
        fc.pre(rows.length > 0);
        const kept = downsampleRows(rows, access, { buckets: count });
        expect(kept.length).toBeLessThanOrEqual(maxPointsFor(count));
        if (kept === rows) return;
        const bucket = bucketOf(rows, count);
        const keptByBucket = groupBy(kept, bucket);
        for (const [key, inBucket] of groupBy(rows, bucket)) {
          const keptHere = keptByBucket.get(key) ?? [];
          expect(keptHere.length).toBeGreaterThan(0);
          expect(keptHere.length).toBeLessThanOrEqual(4);
          expect(keptHere[0]).toBe(inBucket[0]);
          expect(keptHere.at(-1)).toBe(inBucket.at(-1));
          expect(Math.min(...values(keptHere))).toBe(Math.min(...values(inBucket)));
          expect(Math.max(...values(keptHere))).toBe(Math.max(...values(inBucket)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns the input itself when it has no more than 4 points per bucket', () => {
    fc.assert(
      fc.property(series({ holes: true, breaks: true }), buckets, (rows, count) => {
        const kept = downsampleRows(rows, access, { buckets: count });
        if (rows.length <= 4 * count) expect(kept).toBe(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('never merges across a break: the rows either side of every break survive', () => {
    fc.assert(
      fc.property(series({ breaks: true }), buckets, (rows, count) => {
        const kept = new Set(downsampleRows(rows, access, { buckets: count }));
        rows.forEach((row, index) => {
          if (!row.breakBefore || index === 0) return;
          expect(kept.has(row)).toBe(true);
          expect(kept.has(at(rows, index - 1))).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each run of holes by its first and last point, and the extremes of every piece of line', () => {
    fc.assert(
      fc.property(series({ holes: true, breaks: true }), buckets, (rows, count) => {
        const kept = downsampleRows(rows, access, { buckets: count });
        const keptSet = new Set(kept);
        // The pieces of line: cut at every hole and before every break.
        const pieces: Point[][] = [];
        let piece: Point[] = [];
        rows.forEach((row, index) => {
          const previous = rows[index - 1];
          if (row.y === null) {
            if (previous?.y !== null) expect(keptSet.has(row)).toBe(true);
            if (rows[index + 1]?.y !== null) expect(keptSet.has(row)).toBe(true);
          }
          if (row.y === null || row.breakBefore) {
            if (piece.length > 0) pieces.push(piece);
            piece = [];
          }
          if (row.y !== null) piece.push(row);
        });
        if (piece.length > 0) pieces.push(piece);
        for (const line of pieces) {
          const keptHere = line.filter((row) => keptSet.has(row));
          expect(keptHere[0]).toBe(line[0]);
          expect(keptHere.at(-1)).toBe(line.at(-1));
          expect(Math.min(...values(keptHere))).toBe(Math.min(...values(line)));
          expect(Math.max(...values(keptHere))).toBe(Math.max(...values(line)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never mixes buckets when x goes backwards (unsorted input): each run keeps its extremes', () => {
    const shuffled = fc
      .array(
        fc.record({ x: fc.integer({ min: 0, max: 500 }), y: fc.integer({ min: -20, max: 20 }) }),
        {
          maxLength: 300,
          size: 'max',
        },
      )
      .map((raw) => raw.map(({ x, y }): Point => ({ x, y, breakBefore: false })));
    fc.assert(
      fc.property(shuffled, buckets, (rows, count) => {
        const domain = [0, 500] as const;
        const kept = new Set(downsampleRows(rows, access, { buckets: count, domain }));
        const bucket = (row: Point) =>
          Math.min(count - 1, Math.floor(((row.x - domain[0]) / (domain[1] - domain[0])) * count));
        // The runs of consecutive rows in one bucket: each is a group of its own.
        let run: Point[] = [];
        const checkRun = () => {
          if (run.length === 0 || kept.size === rows.length) return;
          const keptHere = run.filter((row) => kept.has(row));
          expect(Math.min(...values(keptHere))).toBe(Math.min(...values(run)));
          expect(Math.max(...values(keptHere))).toBe(Math.max(...values(run)));
        };
        rows.forEach((row, index) => {
          const previous = rows[index - 1];
          if (previous && bucket(previous) !== bucket(row)) {
            checkRun();
            run = [];
          }
          run.push(row);
        });
        checkRun();
      }),
      { numRuns: 300 },
    );
  });

  it('reads a sub-range of a column store by index, the same as the rows of that range', () => {
    fc.assert(
      fc.property(series(), buckets, fc.nat(), fc.nat(), (rows, count, a, b) => {
        const [start = 0, end = 0] = [a % (rows.length + 1), b % (rows.length + 1)].sort(
          (p, q) => p - q,
        );
        const xs = Float64Array.from(rows, (row) => row.x);
        const ys = Float32Array.from(rows, (row) => row.y ?? NaN);
        const column = {
          x: (index: number) => xs[index] ?? NaN,
          y: (index: number) => ys[index] ?? NaN,
        };
        const indices = m4Indices(column, start, end, { buckets: count });
        const slice = rows.slice(start, end);
        const expected = positionsOf(slice, downsampleRows(slice, access, { buckets: count }));
        expect(indices).toEqual(expected.map((index) => index + start));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts the domain given into the buckets, not the range of the points', () => {
    fc.assert(
      fc.property(series(), buckets, (rows, count) => {
        // The axis shows [0, 10 000]: the points (from x = 1000 to 2600 at most) fill a sixth of it.
        const domain = [0, 10_000] as const;
        const kept = downsampleRows(rows, access, { buckets: count, domain });
        if (kept === rows) return;
        const bucket = (row: Point) =>
          Math.min(count - 1, Math.floor(((row.x - domain[0]) / (domain[1] - domain[0])) * count));
        const keptByBucket = groupBy(kept, bucket);
        const rowsByBucket = groupBy(rows, bucket);
        expect(kept.length).toBeLessThanOrEqual(4 * rowsByBucket.size);
        for (const [key, inBucket] of rowsByBucket) {
          const keptHere = keptByBucket.get(key) ?? [];
          expect(keptHere.length).toBeLessThanOrEqual(4);
          expect(Math.min(...values(keptHere))).toBe(Math.min(...values(inBucket)));
          expect(Math.max(...values(keptHere))).toBe(Math.max(...values(inBucket)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('asks for at most 2 points per pixel of plot width', () => {
    for (const width of [2, 3, 60, 121, 640, 853, 1920, 3840]) {
      expect(maxPointsFor(bucketsForWidth(width))).toBeLessThanOrEqual(2 * width);
      expect(maxPointsFor(bucketsForWidth(width))).toBeGreaterThan(2 * width - 4);
    }
    expect(bucketsForWidth(0)).toBe(1);
    expect(bucketsForWidth(Number.NaN)).toBe(1);
  });

  it('finds the first index at or after a value by bisection', () => {
    const xs = [1, 2, 2, 5, 9];
    const x = (index: number) => at(xs, index);
    expect([0, 1, 2, 3, 5, 9, 10].map((value) => lowerBound(xs.length, x, value))).toEqual([
      0, 0, 1, 3, 3, 4, 5,
    ]);
  });
});

describe('M4 on the real NVDA data', () => {
  const rows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());
  const byClose: SeriesAccessors<SessionRow> = {
    x: (row) => row.day,
    y: (row) => row.close,
    breakBefore: (row) => row.breakBefore,
  };
  const shockDay = only(rows, (row) => row.date === '2025-01-27');

  it('keeps the 27 Jan 2025 low of January however hard January is downsampled', () => {
    const january = rowsInWindow(rows, '2025-01-02', '2025-01-31');
    expect(Math.min(...january.map((row) => row.close))).toBe(shockDay.close);
    for (let count = 1; count <= 4; count++) {
      const kept = downsampleRows(january, byClose, { buckets: count });
      expect(kept.length).toBeLessThan(january.length);
      expect(kept).toContain(shockDay);
    }
    // Down to 4 points: 2 Jan, the high of 6 Jan ($149.43), the low of 27 Jan ($118.42), 31 Jan.
    expect(downsampleRows(january, byClose, { buckets: 1 }).map((row) => row.date)).toEqual([
      '2025-01-02',
      '2025-01-06',
      '2025-01-27',
      '2025-01-31',
    ]);
  });

  it('keeps the 27 Jan 2025 close whenever it is the low of its bucket, down to 8 buckets for the year', () => {
    const first = at(rows, 0);
    const last = at(rows, rows.length - 1);
    let kepts = 0;
    for (let count = 8; count <= 60; count++) {
      const kept = downsampleRows(rows, byClose, { buckets: count });
      const bucket = (row: SessionRow) =>
        Math.min(count - 1, Math.floor(((row.day - first.day) / (last.day - first.day)) * count));
      const neighbours = rows.filter((row) => bucket(row) === bucket(shockDay));
      const low = Math.min(...neighbours.map((row) => row.close));
      if (low === shockDay.close) {
        expect(kept).toContain(shockDay);
        kepts++;
      }
      // The year's low (4 Apr 2025) and high survive at every bucket count.
      expect(kept).toContain(only(rows, (row) => row.date === '2025-04-04'));
    }
    // It is its bucket's low in most bucketings (not all: 3 Feb 2025 closed lower still, at 116.66).
    expect(kepts).toBeGreaterThan(30);
  });

  it('leaves the real data alone at every plot width the page can have (241 sessions)', () => {
    for (const width of [122, 320, 600, 1200]) {
      expect(downsampleRows(rows, byClose, { buckets: bucketsForWidth(width) })).toBe(rows);
    }
  });
});
