import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESTIMATION,
  eventStudy,
  fitLine,
  windowResult,
  type EstimationRule,
  type EventStudy,
  type EventWindow,
  type NoEventStudy,
} from '../../src/domain/eventStudy';
import { dailyReturns, pairReturns, type PairedReturn } from '../../src/domain/returns';
import { twoSidedPValue } from '../../src/domain/studentT';
import type { PriceBar } from '../../src/domain/types';
import { dateAt, scaledPrices, shuffled } from '../support/builders';
import * as fixtures from '../support/fixtures';

// ---------------------------------------------------------------------------------------------
// Independent helpers
// ---------------------------------------------------------------------------------------------

/**
 * OLS of y on x by the normal equations: [a, b] = (X'X)^-1 X'y with X = [1 x], i.e.
 *   X'X = [[n, Sx], [Sx, Sxx]],  X'y = [Sy, Sxy],  det = n Sxx - Sx^2,
 *   a = (Sxx Sy - Sx Sxy) / det,  b = (n Sxy - Sx Sy) / det.
 * Raw sums, not the centred ones fitLine uses.
 */
function normalEquations(x: readonly number[], y: readonly number[]) {
  const n = x.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  x.forEach((xi, index) => {
    const yi = y[index] ?? Number.NaN;
    sx += xi;
    sy += yi;
    sxx += xi * xi;
    sxy += xi * yi;
  });
  const det = n * sxx - sx * sx;
  const alpha = (sxx * sy - sx * sxy) / det;
  const beta = (n * sxy - sx * sy) / det;
  const meanY = sy / n;
  let ssr = 0;
  let sst = 0;
  x.forEach((xi, index) => {
    const yi = y[index] ?? Number.NaN;
    ssr += (yi - alpha - beta * xi) ** 2;
    sst += (yi - meanY) ** 2;
  });
  return { alpha, beta, rSquared: 1 - ssr / sst, residualSd: Math.sqrt(ssr / (n - 2)) };
}

/** Two-sided p of Student's t with 3 df: 1 - (2/pi)(theta + sin theta cos theta), theta = atan(|t|/sqrt 3). */
function pThreeDf(t: number): number {
  const theta = Math.atan(Math.abs(t) / Math.sqrt(3));
  return 1 - (2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta));
}

/** Two-sided p of Student's t with 4 df: 1 - (3/4) u (1 - t^2/(12 q)), q = 1 + t^2/4, u = |t|/sqrt q. */
function pFourDf(t: number): number {
  const q = 1 + (t * t) / 4;
  return 1 - 0.75 * (Math.abs(t) / Math.sqrt(q)) * (1 - (t * t) / (12 * q));
}

function expectNear(actual: number, expected: number, relative: number, absolute = 0): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + absolute);
}

/** The study, or a failure naming why there is none (usable outside a test body too). */
function expectOk(result: EventStudy | NoEventStudy): EventStudy {
  if (result.status !== 'ok')
    throw new Error(`expected a study, got ${result.status}: ${result.reason}`);
  return result;
}

function arOn(study: EventStudy, day: number): number {
  const point = study.abnormal.find((ar) => ar.day === day);
  if (!point) throw new Error(`no AR on day ${day}`);
  return point.value;
}

/** Where the estimation window should be, worked out from the rule alone: indices, inclusive. */
function expectedEstimation(
  zero: number,
  rule: EstimationRule,
): { from: number; to: number; count: number } {
  const to = zero - rule.endsBefore;
  if (to < 0) return { from: 0, to: -1, count: 0 };
  const from = Math.max(0, to - rule.length + 1);
  return { from, to, count: to - from + 1 };
}

// ---------------------------------------------------------------------------------------------
// A fixture small enough to check by hand
// ---------------------------------------------------------------------------------------------

/**
 * Rule { length: 5, endsBefore: 2, minimum: 3 } with day 0 = 2025-01-14 (index 7): the estimation
 * window ends on index 7 - 2 = 5 and starts on 5 - 5 + 1 = 1, so index 0 (a wild outlier that would
 * wreck the fit) is left out.
 *
 * Over the estimation window x = Rm = [-2, -1, 0, 1, 2] %, and R was built as
 *   R = 0.001 + 1.5 Rm + e,  e = [1, -2, 2, -2, 1] x 1e-3,
 * where e sums to 0 and is orthogonal to x (-2 + 2 + 0 - 2 + 2 = 0), so OLS returns exactly
 *   alpha = 0.001, beta = 1.5, residuals = e,
 *   SSR = (1 + 4 + 4 + 4 + 1) e-6 = 14e-6, s = sqrt(14e-6 / (5 - 2)) = 2.160247e-3, df = 3,
 *   SST = beta^2 Sxx + SSR = 2.25 x 0.001 + 14e-6 = 2264e-6, R^2 = 1 - 14 / 2264 = 0.9938163.
 *
 * After the window, AR = R - (0.001 + 1.5 Rm):
 *   day -1: 0.020 - (0.001 + 0.015) =  0.004
 *   day  0: -0.050 - (0.001 - 0.030) = -0.021
 *   day  1: 0.006 - 0.001            =  0.005
 *   day  2: 0.030 - (0.001 + 0.030) = -0.001
 */
const handReturns: PairedReturn[] = [
  { date: '2025-01-02', market: 0.05, stock: 0.5 },
  { date: '2025-01-03', market: -0.02, stock: -0.028 },
  { date: '2025-01-06', market: -0.01, stock: -0.016 },
  { date: '2025-01-07', market: 0, stock: 0.003 },
  { date: '2025-01-08', market: 0.01, stock: 0.014 },
  { date: '2025-01-10', market: 0.02, stock: 0.032 },
  { date: '2025-01-13', market: 0.01, stock: 0.02 },
  { date: '2025-01-14', market: -0.02, stock: -0.05 },
  { date: '2025-01-15', market: 0, stock: 0.006 },
  { date: '2025-01-16', market: 0.02, stock: 0.03 },
];
const handRule: EstimationRule = { length: 5, endsBefore: 2, minimum: 3 };
const handWindows: EventWindow[] = [
  [0, 0],
  [-1, 1],
  [0, 1],
  [1, 2],
  [-5, 5],
  [0, 3],
  [1, 0],
];

describe('eventStudy on a hand-checked fixture, market model', () => {
  const study = expectOk(
    eventStudy(handReturns, '2025-01-14', { estimation: handRule, windows: handWindows }),
  );
  const s = Math.sqrt(14e-6 / 3);

  it('estimates over the five sessions ending two before day 0', () => {
    expect(study.model).toBe('market-model');
    expect(study.day0).toBe('2025-01-14');
    expect(study.estimation).toEqual({ from: '2025-01-03', to: '2025-01-10', sessions: 5 });
    expect(study.degreesOfFreedom).toBe(3);
  });

  it('fits alpha = 0.001, beta = 1.5, R^2 = 2250 / 2264, s = sqrt(14e-6 / 3)', () => {
    expect(study.alpha).toBeCloseTo(0.001, 14);
    expect(study.beta).toBeCloseTo(1.5, 12);
    expect(study.rSquared).toBeCloseTo(2250 / 2264, 12);
    expect(study.rSquared).toBeCloseTo(0.9938163, 7);
    expect(study.residualSd).toBeCloseTo(s, 14);
    expect(study.residualSd).toBeCloseTo(0.002160247, 9);
  });

  it('gives the abnormal returns from the start of the estimation window to the end of the data', () => {
    expect(study.abnormal.map((ar) => [ar.date, ar.day])).toEqual([
      ['2025-01-03', -6],
      ['2025-01-06', -5],
      ['2025-01-07', -4],
      ['2025-01-08', -3],
      ['2025-01-10', -2],
      ['2025-01-13', -1],
      ['2025-01-14', 0],
      ['2025-01-15', 1],
      ['2025-01-16', 2],
    ]);
    const expected = [0.001, -0.002, 0.002, -0.002, 0.001, 0.004, -0.021, 0.005, -0.001];
    study.abnormal.forEach((ar, index) => {
      expect(ar.value).toBeCloseTo(expected[index] ?? Number.NaN, 14);
    });
  });

  it('gives CAR, t = CAR / (s sqrt L) and p (Student t, 3 df) for each window', () => {
    const [w00, w11, w01, w12] = study.windows;
    // [0, 0]: CAR = -0.021, t = -21 / sqrt(14/3) = -9.721111, p = 0.0023122
    expect(w00?.window).toEqual([0, 0]);
    expect(w00?.days).toBe(1);
    expect(w00?.car).toBeCloseTo(-0.021, 14);
    expect(w00?.t).toBeCloseTo(-21 / Math.sqrt(14 / 3), 10);
    expect(w00?.t).toBeCloseTo(-9.721111, 6);
    expect(w00?.p).toBeCloseTo(pThreeDf(-9.721111047611792), 10);
    expect(w00?.p).toBeCloseTo(0.0023122, 7);
    // [-1, 1]: CAR = 0.004 - 0.021 + 0.005 = -0.012, t = -0.012 / (s sqrt 3) = -12 / sqrt 14 = -3.207135
    expect(w11?.days).toBe(3);
    expect(w11?.car).toBeCloseTo(-0.012, 14);
    expect(w11?.t).toBeCloseTo(-12 / Math.sqrt(14), 10);
    expect(w11?.p).toBeCloseTo(pThreeDf(-12 / Math.sqrt(14)), 10);
    expect(w11?.p).toBeCloseTo(0.0490635, 7);
    // [0, 1]: CAR = -0.016, t = -0.016 / (s sqrt 2) = -16 / sqrt(28/3) = -5.237229, p = 0.0135491
    expect(w01?.days).toBe(2);
    expect(w01?.car).toBeCloseTo(-0.016, 14);
    expect(w01?.t).toBeCloseTo(-16 / Math.sqrt(28 / 3), 10);
    expect(w01?.p).toBeCloseTo(0.0135491, 7);
    // [1, 2]: CAR = 0.005 - 0.001 = 0.004, t = 4 / sqrt(28/3) = 1.309307, p = 0.2816825
    expect(w12?.car).toBeCloseTo(0.004, 14);
    expect(w12?.t).toBeCloseTo(4 / Math.sqrt(28 / 3), 10);
    expect(w12?.p).toBeCloseTo(0.2816825, 7);
    expect(study.residualSd * Math.sqrt(2)).toBeCloseTo(s * Math.SQRT2, 14);
  });

  it('gives null for windows leaving the data and for reversed windows', () => {
    // Days 3..5 do not exist; [1, 0] is empty.
    expect(study.windows.slice(4)).toEqual([null, null, null]);
    expect(study.windows).toHaveLength(handWindows.length);
  });

  it('uses the standard windows when none are given', () => {
    const standard = expectOk(eventStudy(handReturns, '2025-01-14', { estimation: handRule }));
    // [0,0], [-1,1], [0,1] exist; [-5,5] reaches day 3, past the data.
    expect(standard.windows.map((w) => w?.window ?? null)).toEqual([[0, 0], [-1, 1], [0, 1], null]);
    expect(standard.windows[1]?.car).toBeCloseTo(-0.012, 14);
  });

  it('ignores the order of the returns', () => {
    const reversed = [...handReturns].reverse();
    expect(
      eventStudy(reversed, '2025-01-14', { estimation: handRule, windows: handWindows }),
    ).toEqual(study);
  });
});

describe('eventStudy on the hand-checked fixture, market-adjusted model', () => {
  /**
   * R - Rm over the estimation window: [-0.008, -0.006, 0.003, 0.004, 0.012], mean 0.001,
   * squared deviations (81 + 49 + 4 + 9 + 121) e-6 = 264e-6, sample variance 264e-6 / 4 = 66e-6,
   * s = sqrt(66) e-3 = 8.124038e-3 with 4 df.
   * AR(0) = -0.05 - (-0.02) = -0.03, t = -30 / sqrt 66 = -3.692745, p (4 df) = 0.0209682.
   * [-1, 1]: AR = 0.01, -0.03, 0.006, CAR = -0.014, t = -14 / sqrt(66 x 3) = -0.994937.
   */
  const study = expectOk(
    eventStudy(handReturns, '2025-01-14', {
      model: 'market-adjusted',
      estimation: handRule,
      windows: [
        [0, 0],
        [-1, 1],
      ],
    }),
  );

  it('fits nothing: alpha 0, beta 1, no R^2, s from R - Rm with n - 1 df', () => {
    expect(study.model).toBe('market-adjusted');
    expect(study.alpha).toBe(0);
    expect(study.beta).toBe(1);
    expect(study.rSquared).toBeNull();
    expect(study.degreesOfFreedom).toBe(4);
    expect(study.residualSd).toBeCloseTo(Math.sqrt(66e-6), 14);
    expect(study.estimation).toEqual({ from: '2025-01-03', to: '2025-01-10', sessions: 5 });
  });

  it('gives AR = R - Rm, and t and p from them', () => {
    expect(arOn(study, 0)).toBeCloseTo(-0.03, 14);
    expect(arOn(study, -1)).toBeCloseTo(0.01, 14);
    const [w00, w11] = study.windows;
    expect(w00?.t).toBeCloseTo(-30 / Math.sqrt(66), 10);
    expect(w00?.p).toBeCloseTo(pFourDf(-30 / Math.sqrt(66)), 10);
    expect(w00?.p).toBeCloseTo(0.0209682, 7);
    expect(w11?.car).toBeCloseTo(-0.014, 14);
    expect(w11?.t).toBeCloseTo(-14 / Math.sqrt(198), 10);
    expect(w11?.p).toBeCloseTo(pFourDf(-14 / Math.sqrt(198)), 10);
  });
});

describe('eventStudy status', () => {
  it('is no-day-0 when day 0 has no paired return', () => {
    const result = eventStudy(handReturns, '2025-01-09', { estimation: handRule });
    expect(result.status).toBe('no-day-0');
    expect(eventStudy([], '2025-01-14').status).toBe('no-day-0');
  });

  it('is no-day-0 when only one of the two series trades on day 0', () => {
    const stock = handReturns.map((r) => ({ date: r.date, value: r.stock }));
    const market = handReturns
      .filter((r) => r.date !== '2025-01-14')
      .map((r) => ({ date: r.date, value: r.market }));
    const result = eventStudy(pairReturns(stock, market), '2025-01-14', { estimation: handRule });
    expect(result.status).toBe('no-day-0');
  });

  it('is not-enough-data when fewer than `minimum` sessions precede the gap', () => {
    // Day 0 = 2025-01-10 (index 5): the window ends on index 3, sessions 0..3 = 4 < 5.
    const rule = { length: 5, endsBefore: 2, minimum: 5 };
    expect(eventStudy(handReturns, '2025-01-10', { estimation: rule }).status).toBe(
      'not-enough-data',
    );
    // One session later there are 5 (indices 0..4).
    expect(
      expectOk(eventStudy(handReturns, '2025-01-13', { estimation: rule })).estimation.sessions,
    ).toBe(5);
    // Day 0 on index 1 with endsBefore 2: the window would end before the data.
    const early = eventStudy(handReturns, '2025-01-03', { estimation: { ...rule, minimum: 1 } });
    expect(early.status).toBe('not-enough-data');
  });

  it('needs 60 sessions by default and uses at most 120', () => {
    const series = (n: number): PairedReturn[] =>
      Array.from({ length: n }, (_, index) => ({
        date: dateAt(index),
        market: Math.sin(index) / 100,
        stock: Math.cos(3 * index) / 50,
      }));
    // Day 0 on the last index n - 1: the window ends on n - 12, so it holds n - 11 sessions.
    expect(eventStudy(series(70), dateAt(69)).status).toBe('not-enough-data');
    expect(expectOk(eventStudy(series(71), dateAt(70))).estimation.sessions).toBe(60);
    const long = expectOk(eventStudy(series(200), dateAt(199)));
    expect(long.estimation).toEqual({ from: dateAt(69), to: dateAt(188), sessions: 120 });
    expect(DEFAULT_ESTIMATION).toEqual({ length: 120, endsBefore: 11, minimum: 60 });
  });
});

// ---------------------------------------------------------------------------------------------
// fitLine against the normal equations
// ---------------------------------------------------------------------------------------------

/**
 * n distinct market returns (so x always has spread) and n stock returns, to 1e-6 (no subnormal
 * noise: a spread of 5e-324 in y would make R^2 0/0).
 */
const pairsArb = (minLength: number, maxLength: number) =>
  fc
    .integer({ min: minLength, max: maxLength })
    .chain((n) =>
      fc.tuple(
        fc.uniqueArray(fc.integer({ min: -2000, max: 2000 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: -300_000, max: 300_000 }), { minLength: n, maxLength: n }),
      ),
    )
    .map(([market, stock]) =>
      market.map((m, index): PairedReturn => ({
        date: dateAt(index),
        market: m / 10_000,
        stock: (stock[index] ?? 0) / 1_000_000,
      })),
    );

describe('fitLine', () => {
  it('recovers an exact line', () => {
    // y = 0.5 - 2x through (0, 0.5), (1, -1.5), (2, -3.5), (4, -7.5): residuals 0, R^2 = 1.
    const fit = fitLine([0, 1, 2, 4], [0.5, -1.5, -3.5, -7.5]);
    expect(fit.alpha).toBeCloseTo(0.5, 12);
    expect(fit.beta).toBeCloseTo(-2, 12);
    expect(fit.rSquared).toBeCloseTo(1, 12);
    expect(fit.residualSd).toBeCloseTo(0, 12);
  });

  it('agrees with the normal equations on random data', () => {
    fc.assert(
      fc.property(pairsArb(3, 80), (pairs) => {
        const x = pairs.map((p) => p.market);
        const y = pairs.map((p) => p.stock);
        fc.pre(new Set(y).size > 1); // R^2 is 0/0 for a flat y
        const fit = fitLine(x, y);
        const reference = normalEquations(x, y);
        expectNear(fit.beta, reference.beta, 1e-7, 1e-9);
        expectNear(fit.alpha, reference.alpha, 1e-7, 1e-10);
        expectNear(fit.residualSd, reference.residualSd, 1e-7, 1e-12);
        expectNear(fit.rSquared, reference.rSquared, 1e-7, 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties of eventStudy
// ---------------------------------------------------------------------------------------------

const ruleArb: fc.Arbitrary<EstimationRule> = fc.record({
  length: fc.integer({ min: 2, max: 40 }),
  endsBefore: fc.integer({ min: 0, max: 12 }),
  minimum: fc.integer({ min: 3, max: 30 }),
});

describe('eventStudy properties', () => {
  it('places the estimation window by the rule, with the normal-equations alpha and beta', () => {
    fc.assert(
      fc.property(pairsArb(1, 70), ruleArb, fc.nat(), (pairs, rule, pick) => {
        const zero = pick % pairs.length;
        const day0 = pairs[zero]?.date ?? '';
        const result = eventStudy(pairs, day0, { estimation: rule });
        const expected = expectedEstimation(zero, rule);
        if (expected.count < rule.minimum) {
          expect(result.status).toBe('not-enough-data');
          return;
        }
        const study = expectOk(result);
        expect(study.estimation).toEqual({
          from: pairs[expected.from]?.date,
          to: pairs[expected.to]?.date,
          sessions: expected.count,
        });
        expect(study.degreesOfFreedom).toBe(expected.count - 2);
        const window = pairs.slice(expected.from, expected.to + 1);
        const reference = normalEquations(
          window.map((p) => p.market),
          window.map((p) => p.stock),
        );
        expectNear(study.beta, reference.beta, 1e-7, 1e-9);
        expectNear(study.alpha, reference.alpha, 1e-7, 1e-10);
        expectNear(study.residualSd, reference.residualSd, 1e-7, 1e-12);
        // One AR per session from the start of the window to the end of the data.
        expect(study.abnormal.map((ar) => ar.date)).toEqual(
          pairs.slice(expected.from).map((p) => p.date),
        );
        study.abnormal.forEach((ar, index) => {
          expect(ar.day).toBe(expected.from + index - zero);
          const point = pairs[expected.from + index];
          if (!point) throw new Error('missing point');
          expectNear(
            ar.value,
            point.stock - (reference.alpha + reference.beta * point.market),
            0,
            1e-9,
          );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('finds beta 1 and zero abnormal returns for a series against itself', () => {
    fc.assert(
      fc.property(pairsArb(20, 80), fc.nat(), (pairs, pick) => {
        const same = pairs.map((p) => ({ ...p, stock: p.market }));
        const rule = { length: 12, endsBefore: 4, minimum: 6 };
        const zero = 9 + (pick % (same.length - 9)); // at least 6 sessions end on zero - 4
        const study = expectOk(eventStudy(same, same[zero]?.date ?? '', { estimation: rule }));
        expect(Math.abs(study.beta - 1)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(study.alpha)).toBeLessThanOrEqual(1e-12);
        expect(study.rSquared).toBeCloseTo(1, 12);
        expect(study.abnormal.length).toBeGreaterThan(0);
        for (const ar of study.abnormal) expect(Math.abs(ar.value)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('makes the CAR of any window the sum of its days, with t = CAR / (s sqrt L), or null', () => {
    const windowArb = fc.tuple(
      fc.integer({ min: -20, max: 20 }),
      fc.integer({ min: -20, max: 20 }),
    );
    fc.assert(
      fc.property(
        pairsArb(25, 60),
        fc.nat(),
        fc.array(windowArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<'market-model' | 'market-adjusted'>('market-model', 'market-adjusted'),
        (pairs, pick, windows, model) => {
          const rule = { length: 12, endsBefore: 3, minimum: 8 };
          const zero = 10 + (pick % (pairs.length - 10));
          const study = expectOk(
            eventStudy(pairs, pairs[zero]?.date ?? '', { estimation: rule, windows, model }),
          );
          fc.pre(study.residualSd > 1e-9); // t = CAR / 0 otherwise
          const first = expectedEstimation(zero, rule).from - zero;
          const last = pairs.length - 1 - zero;
          expect(study.windows).toHaveLength(windows.length);
          windows.forEach(([from, to], index) => {
            const result = study.windows[index];
            if (from > to || from < first || to > last) {
              expect(result).toBeNull();
              return;
            }
            let sum = 0;
            for (let day = from; day <= to; day++) sum += arOn(study, day);
            const days = to - from + 1;
            expect(result?.window).toEqual([from, to]);
            expect(result?.days).toBe(days);
            expect(result?.car).toBeCloseTo(sum, 14);
            const t = result?.t ?? Number.NaN;
            expectNear(t * study.residualSd * Math.sqrt(days), sum, 1e-12, 1e-15);
            const df = study.estimation.sessions - (model === 'market-model' ? 2 : 1);
            expect(result?.p).toBe(twoSidedPValue(t, df));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives AR = R - Rm exactly with the market-adjusted model, and s from R - Rm', () => {
    fc.assert(
      fc.property(pairsArb(1, 60), ruleArb, fc.nat(), (pairs, rule, pick) => {
        const zero = pick % pairs.length;
        const result = eventStudy(pairs, pairs[zero]?.date ?? '', {
          model: 'market-adjusted',
          estimation: rule,
        });
        const expected = expectedEstimation(zero, rule);
        if (expected.count < rule.minimum) {
          expect(result.status).toBe('not-enough-data');
          return;
        }
        const study = expectOk(result);
        expect(study.degreesOfFreedom).toBe(expected.count - 1);
        expect(study.rSquared).toBeNull();
        study.abnormal.forEach((ar, index) => {
          const point = pairs[expected.from + index];
          expect(ar.date).toBe(point?.date);
          expect(ar.value).toBe((point?.stock ?? Number.NaN) - (point?.market ?? Number.NaN));
        });
        // Sample standard deviation (n - 1) of R - Rm over the estimation window, two-pass.
        const excess = pairs.slice(expected.from, expected.to + 1).map((p) => p.stock - p.market);
        const mean = excess.reduce((a, b) => a + b, 0) / excess.length;
        const sd = Math.sqrt(excess.reduce((a, b) => a + (b - mean) ** 2, 0) / (excess.length - 1));
        expectNear(study.residualSd, sd, 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same study whatever the order of the returns', () => {
    fc.assert(
      fc.property(
        pairsArb(20, 60),
        fc.nat(),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (pairs, pick, seed) => {
          const rule = { length: 10, endsBefore: 2, minimum: 5 };
          const day0 = pairs[pick % pairs.length]?.date ?? '';
          for (const model of ['market-model', 'market-adjusted'] as const) {
            const options = { estimation: rule, model };
            expect(eventStudy(shuffled(pairs, seed), day0, options)).toEqual(
              eventStudy(pairs, day0, options),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is no-day-0 for a date without a session', () => {
    fc.assert(
      fc.property(pairsArb(1, 40), fc.nat(), (pairs, pick) => {
        // Sessions on even day numbers only; ask for an odd one.
        const sparse = pairs.map((p, index) => ({ ...p, date: dateAt(2 * index) }));
        const result = eventStudy(sparse, dateAt(2 * (pick % 50) + 1), {
          estimation: { length: 5, endsBefore: 0, minimum: 1 },
        });
        expect(result.status).toBe('no-day-0');
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// From prices: scaling and shuffling the bars
// ---------------------------------------------------------------------------------------------

function barsFromSteps(steps: readonly number[], start: number, adjusted: boolean): PriceBar[] {
  const bars: PriceBar[] = [];
  let price = start;
  steps.forEach((step, index) => {
    if (index > 0) price *= 1 + step;
    bars.push({
      date: dateAt(index),
      open: price,
      high: price,
      low: price,
      close: price,
      // A stock: an adjusted close a little below the close; an index has none.
      adjClose: adjusted ? price * 0.97 : null,
      volume: null,
    });
  });
  return bars;
}

const pricesArb = fc
  .integer({ min: 25, max: 60 })
  .chain((n) =>
    fc.record({
      stockSteps: fc.array(fc.double({ min: -0.1, max: 0.1, noNaN: true }), {
        minLength: n,
        maxLength: n,
      }),
      marketSteps: fc
        .uniqueArray(fc.integer({ min: -500, max: 500 }), { minLength: n, maxLength: n })
        .map((steps) => steps.map((step) => step / 10_000)),
      stockStart: fc.double({ min: 1, max: 1000, noNaN: true }),
      marketStart: fc.double({ min: 1, max: 20_000, noNaN: true }),
    }),
  )
  .map(({ stockSteps, marketSteps, stockStart, marketStart }) => ({
    stock: barsFromSteps(stockSteps, stockStart, true),
    market: barsFromSteps(marketSteps, marketStart, false),
  }));

function studyFromPrices(stock: readonly PriceBar[], market: readonly PriceBar[], day0: string) {
  return eventStudy(pairReturns(dailyReturns(stock), dailyReturns(market)), day0, {
    estimation: { length: 15, endsBefore: 3, minimum: 8 },
    windows: [
      [0, 0],
      [-1, 1],
      [0, 1],
      [-5, 5],
      [-2, 3],
    ],
  });
}

describe('eventStudy from prices', () => {
  it('does not change when either series is multiplied by a positive constant', () => {
    fc.assert(
      fc.property(
        pricesArb,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.nat(),
        ({ stock, market }, stockFactor, marketFactor, pick) => {
          const day0 = stock[1 + (pick % (stock.length - 1))]?.date ?? '';
          const original = studyFromPrices(stock, market, day0);
          const scaled = studyFromPrices(
            scaledPrices(stock, stockFactor),
            scaledPrices(market, marketFactor),
            day0,
          );
          expect(scaled.status).toBe(original.status);
          if (original.status !== 'ok' || scaled.status !== 'ok') return;
          // A perfect fit (s = 0) makes t = CAR / 0, which no rounding can keep stable.
          fc.pre(original.residualSd > 1e-6);
          expect(scaled.estimation).toEqual(original.estimation);
          expect(scaled.degreesOfFreedom).toBe(original.degreesOfFreedom);
          expectNear(scaled.alpha, original.alpha, 1e-8, 1e-12);
          expectNear(scaled.beta, original.beta, 1e-8, 1e-10);
          expectNear(scaled.rSquared ?? Number.NaN, original.rSquared ?? Number.NaN, 1e-8, 1e-10);
          expectNear(scaled.residualSd, original.residualSd, 1e-8);
          expect(scaled.abnormal.map((ar) => [ar.date, ar.day])).toEqual(
            original.abnormal.map((ar) => [ar.date, ar.day]),
          );
          scaled.abnormal.forEach((ar, index) => {
            expectNear(ar.value, original.abnormal[index]?.value ?? Number.NaN, 0, 1e-12);
          });
          expect(scaled.windows.map((w) => w === null)).toEqual(
            original.windows.map((w) => w === null),
          );
          scaled.windows.forEach((w, index) => {
            const o = original.windows[index];
            if (!w || !o) return;
            expectNear(w.car, o.car, 0, 1e-12);
            expectNear(w.t, o.t, 1e-8, 1e-10);
            expectNear(w.p, o.p, 1e-6, 1e-12);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('does not change when the bars are shuffled', () => {
    fc.assert(
      fc.property(
        pricesArb,
        fc.nat(),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        ({ stock, market }, pick, seed) => {
          const day0 = stock[1 + (pick % (stock.length - 1))]?.date ?? '';
          expect(studyFromPrices(shuffled(stock, seed), shuffled(market, seed + 1), day0)).toEqual(
            studyFromPrices(stock, market, day0),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('windowResult', () => {
  it('sums the days of the window and divides by s sqrt(L)', () => {
    // CAR = 0.01 + 0.02 + (-0.04) = -0.01; t = -0.01 / (0.005 sqrt 3) = -1.1547005; p with 1 df
    // = 1 - (2/pi) atan(1.1547005) = 1 - (2/pi)(pi/2 - atan(sqrt(3)/2)) = (2/pi) atan(0.8660254).
    const byDay = new Map([
      [-1, 0.01],
      [0, 0.02],
      [1, -0.04],
      [2, 0.5],
    ]);
    const result = windowResult(byDay, [-1, 1], 0.005, 1);
    expect(result?.days).toBe(3);
    expect(result?.car).toBeCloseTo(-0.01, 15);
    expect(result?.t).toBeCloseTo(-2 / Math.sqrt(3), 12);
    expect(result?.p).toBeCloseTo((2 / Math.PI) * Math.atan(Math.sqrt(3) / 2), 10);
    expect(windowResult(byDay, [-2, 0], 0.005, 1)).toBeNull();
    expect(windowResult(byDay, [2, 3], 0.005, 1)).toBeNull();
    expect(windowResult(byDay, [1, 0], 0.005, 1)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The bundled data: NVDA against QQQ around Monday 27 January 2025
// ---------------------------------------------------------------------------------------------

describe('NVDA against QQQ, day 0 = Monday 27 January 2025', () => {
  const nvda = fixtures.bars('NVDA');
  const qqq = fixtures.bars('QQQ');
  const dates = nvda.map((bar) => bar.date);
  const study = expectOk(
    eventStudy(pairReturns(dailyReturns(nvda), dailyReturns(qqq)), '2025-01-27'),
  );

  /** Returns from the CSV's adjusted closes, by date, computed here. */
  function ownReturns(bars: readonly PriceBar[]): Map<string, number> {
    const byDate = new Map<string, number>();
    for (let index = 1; index < bars.length; index++) {
      const before = bars[index - 1]?.adjClose;
      const after = bars[index]?.adjClose;
      const date = bars[index]?.date;
      if (before == null || after == null || date === undefined) throw new Error('gap in the CSV');
      byDate.set(date, after / before - 1);
    }
    return byDate;
  }
  const nvdaReturns = ownReturns(nvda);
  const qqqReturns = ownReturns(qqq);

  it('has the sessions the calendar says', () => {
    expect(qqq.map((bar) => bar.date)).toEqual(dates);
    // Closed on Thursday 9 January (national day of mourning) and Monday 20 January (MLK Day).
    expect(dates).not.toContain('2025-01-09');
    expect(dates).not.toContain('2025-01-20');
    // 11 sessions from Wednesday 8 January to Monday 27 January.
    expect(dates.indexOf('2025-01-27') - dates.indexOf('2025-01-08')).toBe(11);
  });

  it('estimates over 120 sessions ending on 8 January 2025', () => {
    const end = dates.indexOf('2025-01-08');
    expect(study.estimation).toEqual({ from: dates[end - 119], to: '2025-01-08', sessions: 120 });
    expect(study.estimation.from).toBe('2024-07-19');
    expect(study.degreesOfFreedom).toBe(118);
  });

  it('has AR(0) = R - (alpha + beta Rm) from the CSV and an OLS fitted here', () => {
    const end = dates.indexOf('2025-01-08');
    const window = dates.slice(end - 119, end + 1);
    const x = window.map((date) => qqqReturns.get(date) ?? Number.NaN);
    const y = window.map((date) => nvdaReturns.get(date) ?? Number.NaN);
    const fit = normalEquations(x, y);
    expectNear(study.alpha, fit.alpha, 1e-8, 1e-12);
    expectNear(study.beta, fit.beta, 1e-9);
    expectNear(study.residualSd, fit.residualSd, 1e-9);
    expectNear(study.rSquared ?? Number.NaN, fit.rSquared, 1e-9);

    const r = nvdaReturns.get('2025-01-27') ?? Number.NaN;
    const rm = qqqReturns.get('2025-01-27') ?? Number.NaN;
    // Adjusted closes: NVDA 142.5733 -> 118.3812 (-16.97%), QQQ 525.7161 -> 510.4101 (-2.91%).
    expect(r).toBeCloseTo(118.3812 / 142.5733 - 1, 12);
    expect(rm).toBeCloseTo(510.4101 / 525.7161 - 1, 12);
    const ar0 = r - (fit.alpha + fit.beta * rm);
    expect(arOn(study, 0)).toBeCloseTo(ar0, 12);
    expect(study.abnormal.find((ar) => ar.day === 0)?.date).toBe('2025-01-27');
  });

  it('finds a large, significant abnormal fall on day 0', () => {
    expect(arOn(study, 0)).toBeLessThan(-0.05);
    const [day0Window] = study.windows;
    expect(day0Window?.window).toEqual([0, 0]);
    expect(day0Window?.car).toBe(arOn(study, 0));
    expect(Math.abs(day0Window?.t ?? 0)).toBeGreaterThan(4);
    expect(day0Window?.t).toBeLessThan(0);
    expect(day0Window?.p).toBeLessThan(1e-3);
    // Every standard window exists in the data.
    expect(study.windows.every((w) => w !== null)).toBe(true);
  });

  it('gives AR(0) = R - Rm with the market-adjusted model', () => {
    const adjusted = expectOk(
      eventStudy(pairReturns(dailyReturns(nvda), dailyReturns(qqq)), '2025-01-27', {
        model: 'market-adjusted',
      }),
    );
    const r = nvdaReturns.get('2025-01-27') ?? Number.NaN;
    const rm = qqqReturns.get('2025-01-27') ?? Number.NaN;
    expect(arOn(adjusted, 0)).toBeCloseTo(r - rm, 14);
    expect(adjusted.degreesOfFreedom).toBe(119);
    expect(adjusted.estimation).toEqual(study.estimation);
    expect(Math.abs(adjusted.windows[0]?.t ?? 0)).toBeGreaterThan(4);
  });
});
