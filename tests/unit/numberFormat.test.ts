import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatMoneyCompact,
  formatPercent,
  formatShares,
  formatSharesCompact,
  formatSignedUsd,
  formatUsd,
} from '../../src/domain/numberFormat';

/** Thousands separators by hand: "1234567" -> "1,234,567". */
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

describe('dollar amounts', () => {
  it('writes cents and thousands separators', () => {
    expect(formatUsd(142.62)).toBe('$142.62');
    expect(formatUsd(24.2)).toBe('$24.20');
    expect(formatUsd(1_234_567.891)).toBe('$1,234,567.89');
    expect(formatUsd(0)).toBe('$0.00');
  });

  it('puts the minus before the dollar sign', () => {
    expect(formatUsd(-24.2)).toBe('-$24.20');
    expect(formatUsd(-1234.5)).toBe('-$1,234.50');
  });

  it('writes as many decimals as asked', () => {
    expect(formatUsd(118.42, 0)).toBe('$118');
    expect(formatUsd(118.42, 3)).toBe('$118.420');
  });

  it('matches a hand-written formatter for any whole number of cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        const abs = Math.abs(cents);
        const dollars = group(String(Math.floor(abs / 100)));
        const expected = `${cents < 0 ? '-' : ''}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
        expect(formatUsd(cents / 100)).toBe(expected);
      }),
    );
  });

  it('signs a change of price, "+" for a gain', () => {
    // 128.99 - 118.42 = +10.57; 118.42 - 142.62 = -24.20.
    expect(formatSignedUsd(10.57)).toBe('+$10.57');
    expect(formatSignedUsd(-24.2)).toBe('-$24.20');
    expect(formatSignedUsd(0)).toBe('$0.00');
  });
});

describe('large dollar amounts in short form', () => {
  it("writes NVIDIA's market value in trillions", () => {
    // 142.62 x 24.49e9 = 3492.7638e9 = $3.49T.
    expect(formatMoneyCompact(3_492_763_800_000)).toBe('$3.49T');
  });

  it('writes the value lost and won back in billions', () => {
    // -594.19746e9 -> -$594.2B; +258.72189e9 -> +$258.7B when signed.
    expect(formatMoneyCompact(-594_197_460_000)).toBe('-$594.2B');
    expect(formatMoneyCompact(258_721_890_000, true)).toBe('+$258.7B');
    expect(formatMoneyCompact(258_721_890_000)).toBe('$258.7B');
  });

  it('changes unit at exactly a million, a billion and a trillion', () => {
    expect(formatMoneyCompact(1e12)).toBe('$1.00T');
    expect(formatMoneyCompact(1e9)).toBe('$1.0B');
    expect(formatMoneyCompact(1e6)).toBe('$1.0M');
    expect(formatMoneyCompact(1_500_000)).toBe('$1.5M');
    // The unit follows the rounded value: 999,999 is 1.0 million to one decimal, 949,999 is not.
    expect(formatMoneyCompact(999_999)).toBe('$1.0M');
    expect(formatMoneyCompact(949_999)).toBe('$949,999');
  });

  it('writes small amounts in whole dollars', () => {
    expect(formatMoneyCompact(12_345.6)).toBe('$12,346');
    expect(formatMoneyCompact(-999)).toBe('-$999');
  });

  it('never signs zero', () => {
    expect(formatMoneyCompact(0, true)).toBe('$0');
    expect(formatMoneyCompact(0)).toBe('$0');
  });

  it('reads back to the amount, within the rounding of its last digit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.boolean(),
        (value, signed) => {
          const text = formatMoneyCompact(value, signed);
          const match = /^([-+]?)\$([\d,]+(?:\.\d+)?)([TBM]?)$/.exec(text);
          expect(match, text).not.toBeNull();
          const [, sign = '', digits = '', unit = ''] = match ?? [];
          const scale = { T: 1e12, B: 1e9, M: 1e6, '': 1 }[unit] ?? NaN;
          const decimals = digits.split('.')[1]?.length ?? 0;
          const magnitude = Number(digits.replaceAll(',', '')) * scale;
          // Half a unit of the last digit shown, plus a hair for floating point.
          const tolerance = (scale * 10 ** -decimals) / 2 + Math.abs(value) * 1e-12;
          expect(Math.abs(magnitude - Math.abs(value))).toBeLessThanOrEqual(tolerance);
          expect(sign).toBe(value < 0 ? '-' : signed && value > 0 ? '+' : '');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('percentages', () => {
  it('writes the shock-day drop and the rebound', () => {
    expect(formatPercent(-0.16968)).toBe('-16.97%');
    expect(formatPercent(0.089258)).toBe('+8.93%');
  });

  it('leaves out the "+" when asked, but never the "-"', () => {
    expect(formatPercent(0.089258, 2, false)).toBe('8.93%');
    expect(formatPercent(-0.16968, 2, false)).toBe('-16.97%');
  });

  it('writes as many decimals as asked, and zero unsigned', () => {
    expect(formatPercent(-0.16968, 1)).toBe('-17.0%');
    expect(formatPercent(0.5, 0)).toBe('+50%');
    expect(formatPercent(0)).toBe('0.00%');
  });

  it('matches a hand-written formatter for any whole number of basis points', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (bp) => {
        const abs = Math.abs(bp);
        const sign = bp < 0 ? '-' : bp > 0 ? '+' : '';
        const expected = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
        expect(formatPercent(bp / 10_000)).toBe(expected);
      }),
    );
  });
});

describe('counts', () => {
  it('groups thousands and rounds to whole units', () => {
    expect(formatCount(818_830_900)).toBe('818,830,900'); // NVDA's volume on 27 Jan 2025
    expect(formatCount(1234.4)).toBe('1,234');
    expect(formatCount(1234.6)).toBe('1,235');
    expect(formatCount(-1234)).toBe('-1,234');
    expect(formatCount(0)).toBe('0');
  });

  it('matches a hand-written grouping for any integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(formatCount(n)).toBe(`${n < 0 ? '-' : ''}${group(String(Math.abs(n)))}`);
      }),
    );
  });
});

describe('share counts in short form, for the volume axis', () => {
  it('reads the 27 Jan 2025 volume as 819M, and an axis step as 500M or 1B', () => {
    expect(formatSharesCompact(818_830_900)).toBe('819M');
    expect(formatSharesCompact(500_000_000)).toBe('500M');
    expect(formatSharesCompact(1_000_000_000)).toBe('1B');
    expect(formatSharesCompact(1_250_000_000)).toBe('1.3B');
    expect(formatSharesCompact(45_200_000)).toBe('45.2M');
    expect(formatSharesCompact(12_000)).toBe('12K');
    expect(formatSharesCompact(0)).toBe('0');
  });
});

describe('share counts in billions', () => {
  it('writes the precision the filings give, without trailing zeros', () => {
    expect(formatShares(24_477_000_000)).toBe('24.477B');
    expect(formatShares(24_530_000_000)).toBe('24.53B');
    expect(formatShares(24_400_000_000)).toBe('24.4B');
  });

  it('keeps the zeros of a whole number of billions', () => {
    expect(formatShares(24_000_000_000)).toBe('24B');
    expect(formatShares(10_000_000_000)).toBe('10B');
    expect(formatShares(100_000_000_000)).toBe('100B');
  });

  it('matches a hand-written formatter for any whole number of millions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (millions) => {
        const fraction = String(millions % 1000)
          .padStart(3, '0')
          .replace(/0+$/, '');
        const expected = `${Math.floor(millions / 1000)}${fraction ? `.${fraction}` : ''}B`;
        expect(formatShares(millions * 1e6)).toBe(expected);
      }),
    );
  });
});

describe('rounding up to the next unit', () => {
  // The unit is chosen before rounding: 999.96e9 is below 1e12, so it is written in billions, and
  // toFixed(1) then rounds 999.96 up to "1000.0".
  it('writes $999.96 billion as $1.00T, not $1000.0B', () => {
    expect(formatMoneyCompact(999_960_000_000)).toBe('$1.00T');
  });

  it('writes $999.96 million as $1.0B, not $1000.0M', () => {
    expect(formatMoneyCompact(999_960_000)).toBe('$1.0B');
  });
});
