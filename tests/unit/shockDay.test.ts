import { describe, expect, it } from 'vitest';
import { buildSessionRows } from '../../src/domain/dailySeries';
import { formatMoneyCompact, formatPercent } from '../../src/domain/numberFormat';
import { shockDayFigures } from '../../src/domain/shockDay';
import { bar, sharesPoint } from '../support/builders';
import * as fixtures from '../support/fixtures';

describe("the headline figures of NVIDIA's 27 January 2025", () => {
  const rows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());
  const figures = shockDayFigures(rows, '2025-01-27');

  it('compares Monday 27 January with Friday 24 January and Tuesday 28 January', () => {
    expect(figures?.before.date).toBe('2025-01-24');
    expect(figures?.shock.date).toBe('2025-01-27');
    expect(figures?.after?.date).toBe('2025-01-28');
    expect(figures?.before.close).toBe(142.62);
    expect(figures?.shock.close).toBe(118.42);
    expect(figures?.after?.close).toBe(128.99);
  });

  it('gives the -16.97% drop', () => {
    // 118.42 / 142.62 - 1 = -24.20 / 142.62; 142.62 x 0.16968 = 24.19976, so -0.16968 and a bit.
    expect(figures?.changePct).toBeCloseTo(-0.16968, 5);
    expect(formatPercent(figures?.changePct ?? NaN)).toBe('-16.97%');
  });

  it('gives the market value lost, about $594.2 billion', () => {
    // 118.42 x 24.477e9 - 142.62 x 24.49e9 = 2898.56634e9 - 3492.7638e9 = -594.19746e9.
    expect(figures?.marketValueChange).toBeCloseTo(-594_197_460_000, -1);
    expect(formatMoneyCompact(figures?.marketValueChange ?? NaN)).toBe('-$594.2B');
  });

  it('gives the +8.93% rebound of the next session and the value it won back', () => {
    // 128.99 / 118.42 - 1 = 10.57 / 118.42; 118.42 x 0.08926 = 10.5701692, so just under 0.08926.
    expect(figures?.reboundPct).toBeCloseTo(0.08926, 5);
    expect(formatPercent(figures?.reboundPct ?? NaN)).toBe('+8.93%');
    // Same count both days: 10.57 x 24.477e9 = 258.72189e9.
    expect(figures?.reboundMarketValueChange).toBeCloseTo(258_721_890_000, -1);
  });
});

describe('headline figures from small series', () => {
  const bars = [
    bar({ date: '2025-01-24', close: 50 }),
    bar({ date: '2025-01-27', close: 40 }),
    bar({ date: '2025-01-28', close: 44 }),
  ];
  const rows = buildSessionRows(bars, [sharesPoint({ asOf: '2025-01-01', shares: 100 })]);

  it('computes drop, value lost and rebound by close-to-close arithmetic', () => {
    const figures = shockDayFigures(rows, '2025-01-27');
    // 40 / 50 - 1 = -0.2; (40 - 50) x 100 = -1000; 44 / 40 - 1 = +0.1; (44 - 40) x 100 = +400.
    expect(figures?.changePct).toBeCloseTo(-0.2, 12);
    expect(figures?.marketValueChange).toBe(-1000);
    expect(figures?.reboundPct).toBeCloseTo(0.1, 12);
    expect(figures?.reboundMarketValueChange).toBe(400);
  });

  it('has no rebound when the shock is the last session', () => {
    const figures = shockDayFigures(rows, '2025-01-28');
    expect(figures?.before.date).toBe('2025-01-27');
    expect(figures?.changePct).toBeCloseTo(0.1, 12); // 44 / 40 - 1
    expect(figures?.after).toBeNull();
    expect(figures?.reboundPct).toBeNull();
    expect(figures?.reboundMarketValueChange).toBeNull();
  });

  it('has no figures for a date that is not a session', () => {
    expect(shockDayFigures(rows, '2025-01-25')).toBeNull();
    expect(shockDayFigures(rows, '2030-01-01')).toBeNull();
  });

  it('has no figures for the first session: there is no session before it', () => {
    expect(shockDayFigures(rows, '2025-01-24')).toBeNull();
  });

  it('has no figures for no rows', () => {
    expect(shockDayFigures([], '2025-01-27')).toBeNull();
  });

  it('still gives the price change when there is no share count at all', () => {
    // Friday 24 and Monday 27 January, with no count.
    const noCounts = buildSessionRows(bars.slice(0, 2), []);
    const figures = shockDayFigures(noCounts, '2025-01-27');
    expect(figures?.changePct).toBeCloseTo(-0.2, 12);
    expect(figures?.marketValueChange).toBeNull();
    expect(figures?.reboundMarketValueChange).toBeNull();
  });

  it('gives no value change when only the shock day has a count', () => {
    // The count starts on 27 Jan: 24 Jan has no market value to compare with.
    const late = buildSessionRows(bars, [sharesPoint({ asOf: '2025-01-27', shares: 100 })]);
    const figures = shockDayFigures(late, '2025-01-27');
    expect(figures?.marketValueChange).toBeNull();
    expect(figures?.reboundMarketValueChange).toBe(400); // (44 - 40) x 100
  });
});
