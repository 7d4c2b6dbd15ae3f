import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma, regularizedBeta, twoSidedPValue } from '../../src/domain/studentT';

/**
 * Reference values come from printed t tables (critical values, rounded to three decimals), from
 * closed forms of the t distribution for small degrees of freedom, and from known values of the
 * gamma function; none is taken from the code under test.
 */

// Closed forms of P(|T| >= |t|), written so they keep their precision far in the tail.
/** df = 1 (Cauchy): 1 - (2/pi) atan|t| = (2/pi) atan(1/|t|). */
const pCauchy = (t: number): number => (t === 0 ? 1 : (2 / Math.PI) * Math.atan(1 / Math.abs(t)));
/** df = 2: 1 - |t| / sqrt(2 + t^2) = 2 / (sqrt(2 + t^2) (sqrt(2 + t^2) + |t|)). */
const pTwo = (t: number): number => {
  const root = Math.sqrt(2 + t * t);
  return 2 / (root * (root + Math.abs(t)));
};
/** df = 3: 1 - (2/pi) (theta + sin(theta) cos(theta)), theta = atan(|t| / sqrt(3)). */
const pThree = (t: number): number => {
  const theta = Math.atan(Math.abs(t) / Math.sqrt(3));
  return 1 - (2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta));
};
/** df = 4: 1 - (3/4) u (1 - t^2 / (12 q)), q = 1 + t^2 / 4, u = |t| / sqrt(q). */
const pFour = (t: number): number => {
  const q = 1 + (t * t) / 4;
  return 1 - 0.75 * (Math.abs(t) / Math.sqrt(q)) * (1 - (t * t) / (12 * q));
};

/** |actual - expected| <= relative * |expected|: meaningful for the tiny p values of the far tail too. */
function expectRelativelyClose(actual: number, expected: number, relative: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + 1e-300);
}

describe('twoSidedPValue against a printed t table', () => {
  // [t, degrees of freedom, two-sided significance level of that critical value]
  const table: [number, number, number][] = [
    [12.706, 1, 0.05],
    [63.657, 1, 0.01],
    [4.303, 2, 0.05],
    [3.182, 3, 0.05],
    [5.841, 3, 0.01],
    [2.776, 4, 0.05],
    [2.571, 5, 0.05],
    [4.032, 5, 0.01],
    [1.812, 10, 0.1],
    [2.228, 10, 0.05],
    [3.169, 10, 0.01],
    [4.587, 10, 0.001],
    [2.086, 20, 0.05],
    [2.845, 20, 0.01],
    [2.042, 30, 0.05],
    [2.75, 30, 0.01],
    [2.0, 60, 0.05],
    [2.66, 60, 0.01],
    [1.98, 120, 0.05],
    [2.617, 120, 0.01],
    // Very many degrees of freedom: the normal distribution's 1.959964.
    [1.959964, 100_000, 0.05],
  ];

  it.each(table)('t = %s with %s df gives p = %s', (t, df, level) => {
    // A table rounds t to three decimals (at most 0.0005 off), which moves p by less than 1e-4 here
    // (dp/dt = -2 f(t), and the density f is below 0.1 at these critical values).
    expect(Math.abs(twoSidedPValue(t, df) - level)).toBeLessThan(1e-4);
    expect(Math.abs(twoSidedPValue(-t, df) - level)).toBeLessThan(1e-4);
  });

  it('is 1 at t = 0 whatever the degrees of freedom', () => {
    for (const df of [1, 2, 3, 10, 58, 118, 1000]) {
      expect(twoSidedPValue(0, df)).toBeCloseTo(1, 12);
    }
  });

  it('is 0 for an infinite t and NaN for NaN', () => {
    expect(twoSidedPValue(Number.POSITIVE_INFINITY, 10)).toBe(0);
    expect(twoSidedPValue(Number.NEGATIVE_INFINITY, 10)).toBe(0);
    expect(twoSidedPValue(Number.NaN, 10)).toBeNaN();
  });
});

describe('twoSidedPValue against closed forms', () => {
  const ts = [
    0, 1e-6, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10, 12.706, 20, 50,
    100, 1000, 1e4, 1e6,
  ];

  it.each(ts)('matches 1 - (2/pi) atan|t| with 1 df at t = %s', (t) => {
    expectRelativelyClose(twoSidedPValue(t, 1), pCauchy(t), 1e-9);
    expectRelativelyClose(twoSidedPValue(-t, 1), pCauchy(t), 1e-9);
  });

  it.each(ts)('matches 1 - |t| / sqrt(2 + t^2) with 2 df at t = %s', (t) => {
    expectRelativelyClose(twoSidedPValue(t, 2), pTwo(t), 1e-9);
    expectRelativelyClose(twoSidedPValue(-t, 2), pTwo(t), 1e-9);
  });

  it.each(ts.filter((t) => t <= 20))('matches the closed forms with 3 and 4 df at t = %s', (t) => {
    // Absolute 5e-10: near t = 0 the code works from 1 - df / (df + t^2), which loses digits.
    expect(twoSidedPValue(t, 3)).toBeCloseTo(pThree(t), 9);
    expect(twoSidedPValue(t, 4)).toBeCloseTo(pFour(t), 9);
  });

  it('matches the 1 df and 2 df closed forms on random t', () => {
    // |t| >= 1e-4: nearer 0, x = df / (df + t^2) rounds towards 1 and p is good to only ~1e-8
    // (p = 1 exactly below |t| ~ 1e-8); a p value that close to 1 is never in question.
    const magnitude = fc.double({ min: 1e-4, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(magnitude, fc.boolean(), (size, negative) => {
        const t = negative ? -size : size;
        expect(twoSidedPValue(t, 1)).toBeCloseTo(pCauchy(t), 10);
        expect(twoSidedPValue(t, 2)).toBeCloseTo(pTwo(t), 10);
      }),
      { numRuns: 200 },
    );
  });
});

describe('twoSidedPValue as a function of t', () => {
  const df = fc.oneof(
    fc.integer({ min: 1, max: 300 }),
    fc.double({ min: 0.5, max: 1000, noNaN: true }),
  );

  it('is symmetric in t and lies in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), df, (t, nu) => {
        const p = twoSidedPValue(t, nu);
        expect(twoSidedPValue(-t, nu)).toBe(p);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('decreases as |t| grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 8, noNaN: true }),
        fc.double({ min: 0.01, max: 4, noNaN: true }),
        df,
        (t, step, nu) => {
          // Strictly, where both values are far from 0 and 1.
          expect(twoSidedPValue(t + step, nu)).toBeLessThan(twoSidedPValue(t, nu));
          expect(twoSidedPValue(-(t + step), nu)).toBeLessThan(twoSidedPValue(-t, nu));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is smaller with more degrees of freedom for the same t beyond 1 (thinner tails)', () => {
    // A known ordering: at a fixed |t| > ~1, the t distribution with more df puts less mass out there.
    expect(twoSidedPValue(3, 5)).toBeLessThan(twoSidedPValue(3, 2));
    expect(twoSidedPValue(3, 30)).toBeLessThan(twoSidedPValue(3, 5));
    expect(twoSidedPValue(3, 118)).toBeLessThan(twoSidedPValue(3, 30));
  });
});

describe('logGamma', () => {
  it('matches known values of the gamma function', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(2)).toBeCloseTo(0, 12);
    expect(logGamma(3)).toBeCloseTo(Math.log(2), 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 11);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(1.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI) / 2), 12);
    expect(logGamma(2.5)).toBeCloseTo(Math.log((3 * Math.sqrt(Math.PI)) / 4), 12);
    // Below 0.5 (the reflection branch): Gamma(1/4) = 3.625609908221908, Gamma(1/3) = 2.678938534707747.
    expect(logGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 12);
    expect(logGamma(1 / 3)).toBeCloseTo(Math.log(2.678938534707747), 12);
  });

  it('matches ln((n - 1)!) summed term by term for large n', () => {
    for (const n of [20, 50, 100, 171]) {
      let logFactorial = 0;
      for (let k = 2; k < n; k++) logFactorial += Math.log(k);
      expect(Math.abs(logGamma(n) - logFactorial)).toBeLessThan(1e-10 * logFactorial);
    }
  });

  it('satisfies Gamma(x + 1) = x Gamma(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (x) => {
        expect(logGamma(x + 1)).toBeCloseTo(logGamma(x) + Math.log(x), 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('regularizedBeta', () => {
  const unit = fc.double({ min: 0.001, max: 0.999, noNaN: true });

  it('is 0 at x <= 0 and 1 at x >= 1', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(-0.5, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(regularizedBeta(1.5, 2, 3)).toBe(1);
  });

  it('is x for a = b = 1 (the uniform distribution)', () => {
    fc.assert(
      fc.property(unit, (x) => {
        expect(regularizedBeta(x, 1, 1)).toBeCloseTo(x, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('is x^a for b = 1 and 1 - (1 - x)^b for a = 1', () => {
    fc.assert(
      fc.property(unit, fc.double({ min: 0.1, max: 20, noNaN: true }), (x, a) => {
        expect(regularizedBeta(x, a, 1)).toBeCloseTo(x ** a, 11);
        expect(regularizedBeta(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 11);
      }),
      { numRuns: 200 },
    );
  });

  it('is the binomial tail P(Bin(a + b - 1, x) >= a) for whole a and b', () => {
    // I_0.3(2, 3) = 6(.09)(.49) + 4(.027)(.7) + .0081 = .2646 + .0756 + .0081 = .3483
    expect(regularizedBeta(0.3, 2, 3)).toBeCloseTo(0.3483, 12);
    fc.assert(
      fc.property(
        unit,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (x, a, b) => {
          const n = a + b - 1;
          let tail = 0;
          let choose = 1; // C(n, j), built up from C(n, 0)
          for (let j = 0; j <= n; j++) {
            if (j >= a) tail += choose * x ** j * (1 - x) ** (n - j);
            choose = (choose * (n - j)) / (j + 1);
          }
          expect(regularizedBeta(x, a, b)).toBeCloseTo(tail, 11);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('satisfies I_x(a, b) = 1 - I_(1-x)(b, a)', () => {
    fc.assert(
      fc.property(
        unit,
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        (x, a, b) => {
          expect(regularizedBeta(x, a, b)).toBeCloseTo(1 - regularizedBeta(1 - x, b, a), 10);
        },
      ),
      { numRuns: 200 },
    );
  });
});
