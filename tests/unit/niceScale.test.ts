import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceScale } from '../../src/domain/niceScale';

/**
 * The 1, 2 or 5 times a power of ten that `step` is, to 1e-9 of it or to the rounding of the ticks
 * it was measured between (9999.951 - 9999.95 is 0.001 only to within 2e-12); else undefined.
 */
function oneTwoFiveStep(step: number, rounding: number): number | undefined {
  for (let power = -12; power <= 12; power++) {
    for (const factor of [1, 2, 5]) {
      const nice = factor * 10 ** power;
      if (Math.abs(step - nice) <= Math.max(1e-9 * nice, rounding)) return nice;
    }
  }
  return undefined;
}

/** The checks every scale must pass for an input range [min, max]. */
function expectNiceScale(min: number, max: number, count: number): void {
  const { domain, ticks } = niceScale(min, max, count);
  const [low, high] = domain;
  const tolerance = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
  // Contains [min, max] up to rounding (exactly, once the domain-rounding bug below is fixed).
  expect(low).toBeLessThanOrEqual(min + tolerance);
  expect(high).toBeGreaterThanOrEqual(max - tolerance);
  expect(ticks.length).toBeGreaterThanOrEqual(1);
  const first = ticks[0] ?? Number.NaN;
  const last = ticks.at(-1) ?? Number.NaN;
  if (ticks.length === 1) {
    expect(first).toBeCloseTo(low, 9);
    return;
  }
  const measured = (ticks[1] ?? Number.NaN) - first;
  expect(measured).toBeGreaterThan(0);
  const rounding = 4 * Number.EPSILON * Math.max(Math.abs(first), Math.abs(last));
  const step = oneTwoFiveStep(measured, rounding) ?? Number.NaN;
  expect(step).toBeGreaterThan(0);
  // At most a step of slack at either end, and about `count` ticks.
  expect(low).toBeGreaterThan(min - step - tolerance);
  expect(high).toBeLessThan(max + step + tolerance);
  expect(ticks.length).toBeLessThanOrEqual(count + 2);
  // The ticks start and end on the domain (to rounding) and are evenly spaced.
  expect(Math.abs(first - low)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(last - high)).toBeLessThanOrEqual(tolerance);
  ticks.forEach((tick, index) => {
    expect(Math.abs(tick - (first + index * step))).toBeLessThanOrEqual(tolerance);
    // No floating noise: each tick is as short as a decimal can be (0.3, not 0.30000000000000004).
    expect(tick === Number(tick.toPrecision(12))).toBe(true);
    const steps = tick / step;
    expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9 * Math.max(1, Math.abs(steps)));
  });
}

describe('niceScale: worked examples', () => {
  // The step is the smallest of 1, 2 or 5 times a power of ten that is at least span / (count - 1);
  // the domain runs from the step at or below min to the step at or above max.
  it('gives 0..10 by 5 for 0..10 (span 10, at least 2.5 a step)', () => {
    expect(niceScale(0, 10)).toEqual({ domain: [0, 10], ticks: [0, 5, 10] });
  });

  it('gives -5..10 by 5 for -3.2..7.9 (span 11.1, at least 2.775 a step)', () => {
    expect(niceScale(-3.2, 7.9)).toEqual({ domain: [-5, 10], ticks: [-5, 0, 5, 10] });
  });

  it('gives 95..115 by 5 for 95..112 (span 17, at least 4.25 a step)', () => {
    expect(niceScale(95, 112)).toEqual({ domain: [95, 115], ticks: [95, 100, 105, 110, 115] });
  });

  it('gives 60..120 by 20 for 66.2..108.7 (span 42.5, at least 10.625 a step)', () => {
    const { domain, ticks } = niceScale(66.2, 108.7);
    expect(domain).toEqual([60, 120]);
    expect(ticks).toEqual([60, 80, 100, 120]);
  });

  it('gives 0..1 by 0.1 with 11 ticks asked for', () => {
    expect(niceScale(0, 1, 11).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('handles negative ranges', () => {
    expect(niceScale(-0.5, -0.1).ticks).toEqual([-0.5, -0.4, -0.3, -0.2, -0.1]);
    expectNiceScale(-0.5, -0.1, 5);
    expectNiceScale(-1234.5, -17, 5);
  });

  it('writes ticks without floating noise: 0.1..0.3 by 0.05', () => {
    expect(niceScale(0.1, 0.3).ticks).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(niceScale(0.1, 0.7, 7).ticks).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('passes the general checks on rebased-chart-like ranges', () => {
    expectNiceScale(66.2, 108.7, 5);
    expectNiceScale(82.9, 100, 5);
    expectNiceScale(0.1, 0.3, 5);
    expectNiceScale(0.7, 0.95, 5);
    expectNiceScale(99.99, 100.01, 5);
  });

  // Found by the property below (seed -1422365267): 9999.95..9999.96 by 0.001, where the step
  // measured between two ticks near 10,000 is 0.001 only to within their rounding.
  it('passes the general checks on a tenth-of-a-cent scale near 10,000', () => {
    expect(niceScale(9999.95, 9999.96, 11).ticks.slice(0, 2)).toEqual([9999.95, 9999.951]);
    expectNiceScale(9999.95, 9999.96, 11);
  });

  // Regression: the ticks were rounded but not the domain, which carried the
  // noise of floor(min / step) * step: 0.1..0.3 gave domain [0.1, 0.30000000000000004] while the last
  // tick is 0.3, and 0.7..0.95 gave domain [0.6000000000000001, 1] (0.7 / 0.1 = 6.999...) with a
  // needless extra tick at 0.6.
  it('has a domain that ends exactly on its first and last ticks (0.1..0.3)', () => {
    const { domain, ticks } = niceScale(0.1, 0.3);
    expect(domain).toEqual([0.1, 0.3]);
    expect(domain[1]).toBe(ticks.at(-1));
  });

  it('starts 0.7..0.95 on 0.7, the step at or below the minimum', () => {
    expect(niceScale(0.7, 0.95)).toEqual({ domain: [0.7, 1], ticks: [0.7, 0.8, 0.9, 1] });
  });

  // Same cause, worse effect: the domain can start above the minimum, leaving the lowest value
  // outside the axis. 99.99..100.01 (step 0.005) gives domain[0] = 99.99000000000001 > 99.99, and
  // 4095.6..4095.63 with count 2 (step 0.05) gives 4095.6000000000004 > 4095.6.
  it('contains the minimum exactly: 99.99..100.01', () => {
    expect(niceScale(99.99, 100.01).domain[0]).toBeLessThanOrEqual(99.99);
  });

  it('contains the minimum exactly: 4095.6..4095.63 with 2 ticks', () => {
    expect(niceScale(4095.6, 4095.63, 2).domain[0]).toBeLessThanOrEqual(4095.6);
  });
});

describe('niceScale: degenerate input', () => {
  it('gives a domain around a single value', () => {
    const { domain, ticks } = niceScale(5, 5);
    expect(domain[0]).toBeLessThan(5);
    expect(domain[1]).toBeGreaterThan(5);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks.at(-1)).toBe(domain[1]);
  });

  // Regression: when min == max falls on a multiple of the step, the domain collapsed to a
  // point: niceScale(100, 100) gave domain [100, 100] and ticks [100]. RebasedChart calls
  // niceScale(Math.min(100, ...values), Math.max(100, ...values)), so a window holding only the
  // rebase date (or no values) draws a zero-height axis.
  for (const value of [100, 0, 10, -100]) {
    it(`gives a domain of some height for min = max = ${value}`, () => {
      const { domain, ticks } = niceScale(value, value);
      expect(domain[0]).toBeLessThanOrEqual(value);
      expect(domain[1]).toBeGreaterThanOrEqual(value);
      expect(domain[1] - domain[0]).toBeGreaterThan(0);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
    });
  }

  it.each([
    [Number.NaN, 1],
    [0, Number.NaN],
    [Number.NEGATIVE_INFINITY, 5],
    [5, Number.POSITIVE_INFINITY],
    [Number.NaN, Number.NaN],
  ])('gives a finite, ordered scale for niceScale(%s, %s)', (min, max) => {
    const { domain, ticks } = niceScale(min, max);
    expect(domain.every(Number.isFinite)).toBe(true);
    expect(domain[0]).toBeLessThan(domain[1]);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every(Number.isFinite)).toBe(true);
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks.at(-1)).toBe(domain[1]);
  });
});

describe('niceScale: properties', () => {
  // Values in cents up to ±10,000: a share price or a rebased index. (Far larger magnitudes with a
  // tiny span make the tick loop stall: see the report.)
  const cents = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((value) => value / 100);

  it('contains [min, max] (to rounding) in a domain of round ends, with evenly spaced 1/2/5 ticks', () => {
    fc.assert(
      fc.property(cents, cents, fc.integer({ min: 2, max: 12 }), (a, b, count) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        fc.pre(min < max);
        expectNiceScale(min, max, count);
      }),
      { numRuns: 500 },
    );
  });

  it('contains a single value', () => {
    fc.assert(
      fc.property(cents, (value) => {
        const { domain, ticks } = niceScale(value, value);
        const tolerance = 1e-9 * Math.max(1, Math.abs(value));
        expect(domain[0]).toBeLessThanOrEqual(value + tolerance);
        expect(domain[1]).toBeGreaterThanOrEqual(value - tolerance);
        expect(ticks.length).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
