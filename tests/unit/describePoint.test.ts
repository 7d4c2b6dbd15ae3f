import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePoint } from '../../src/charts/describePoint';
import { plotCandles } from '../../src/charts/plotPoints';
import { buildSessionRows, type SessionRow } from '../../src/domain/dailySeries';
import { at, only } from '../support/builders';
import * as fixtures from '../support/fixtures';

const rows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());
const rowOn = (list: readonly SessionRow[], date: string) => only(list, (row) => row.date === date);

describe('describePoint for a session row', () => {
  it('reads the shock day with its close, its change and its market value', () => {
    expect(describePoint(rowOn(rows, '2025-01-27'))).toBe(
      'Mon 27 Jan 2025: close $118.42, -16.97% on the day; market value $2.90T.',
    );
  });

  it('reads a candle of the shock day with its open, high, low, close and volume', () => {
    const candles = plotCandles(rows, 2000, [at(rows, 0).day, at(rows, rows.length - 1).day]);
    expect(describePoint(only(candles, (candle) => candle.date === '2025-01-27'))).toBe(
      'Mon 27 Jan 2025: open $124.80, high $128.40, low $116.70, close $118.42, -16.97% on the day; volume 819M shares; market value $2.90T.',
    );
  });

  it('reads a rebound day with a plus sign', () => {
    // 28 Jan 2025: 128.99 after 118.42, +8.93%.
    expect(describePoint(rowOn(rows, '2025-01-28'))).toMatch(
      /^Tue 28 Jan 2025: close \$128\.99, \+8\.93% on the day; market value \$3\.\d\dT\.$/,
    );
  });

  it('leaves out the change of the first session: there is no close before it', () => {
    // The bars of 2025 alone: 2 Jan is their first session, with a share count but no close before.
    const of2025 = buildSessionRows(
      fixtures.bars('NVDA').filter((bar) => bar.date >= '2025-01-02'),
      fixtures.nvdaSharePoints(),
    );
    const first = at(of2025, 0);
    expect(first.date).toBe('2025-01-02');
    expect(first.changePct).toBeNull();
    expect(first.marketValue).not.toBeNull();
    const text = describePoint(first);
    expect(text).toMatch(/^Thu 2 Jan 2025: close \$138\.31; market value \$3\.\d\dT\.$/);
    expect(text).not.toContain('on the day');
  });

  it('leaves out the market value when no share count is known', () => {
    const withoutShares = buildSessionRows(fixtures.bars('NVDA'), []);
    const shock = rowOn(withoutShares, '2025-01-27');
    expect(shock.marketValue).toBeNull();
    expect(describePoint(shock)).toBe('Mon 27 Jan 2025: close $118.42, -16.97% on the day.');
    const first = at(withoutShares, 0);
    expect(describePoint(first)).toBe('Mon 15 Jul 2024: close $128.44.');
  });

  it('treats a non-finite change or market value as missing', () => {
    const shock = rowOn(rows, '2025-01-27');
    expect(describePoint({ ...shock, changePct: NaN, marketValue: Infinity })).toBe(
      'Mon 27 Jan 2025: close $118.42.',
    );
    expect(describePoint({ ...shock, changePct: '-0.17', marketValue: '2.9e12' })).toBe(
      'Mon 27 Jan 2025: close $118.42.',
    );
  });
});

describe('describePoint for an abnormal-return point', () => {
  it('reads the session, its day relative to the event, the abnormal and cumulative returns', () => {
    expect(describePoint({ date: '2025-01-27', relativeDay: 0, ar: -0.1234, car: -0.1502 })).toBe(
      'Mon 27 Jan 2025, day 0: abnormal return -12.34%, cumulative -15.02%.',
    );
    expect(describePoint({ date: '2025-01-22', relativeDay: -3, ar: 0.021, car: 0.0456 })).toBe(
      'Wed 22 Jan 2025, day -3: abnormal return +2.10%, cumulative +4.56%.',
    );
  });

  it('leaves out the cumulative return when there is none', () => {
    expect(describePoint({ date: '2025-01-27', relativeDay: 0, ar: -0.1234, car: null })).toBe(
      'Mon 27 Jan 2025, day 0: abnormal return -12.34%.',
    );
    expect(describePoint({ date: '2025-01-27', relativeDay: 0, ar: -0.1234, car: NaN })).toBe(
      'Mon 27 Jan 2025, day 0: abnormal return -12.34%.',
    );
  });

  it('leaves out the relative day when there is none', () => {
    expect(describePoint({ date: '2025-01-27', relativeDay: null, ar: 0, car: null })).toBe(
      'Mon 27 Jan 2025: abnormal return 0.00%.',
    );
  });
});

describe('describePoint for a row of rebased closes', () => {
  it('reads each symbol rebased to 100, to one decimal, and not the day number', () => {
    expect(describePoint({ date: '2025-01-27', day: 20115, NVDA: 83.04, AVGO: 82.6 })).toBe(
      'Mon 27 Jan 2025: NVDA 83.0, AVGO 82.6 (rebased to 100).',
    );
  });

  it('reads index symbols such as ^NDX and leaves out a symbol without a finite value', () => {
    expect(
      describePoint({ date: '2025-01-27', '^NDX': 97.06, QQQ: null, SMH: NaN, AMD: 'x' }),
    ).toBe('Mon 27 Jan 2025: ^NDX 97.1 (rebased to 100).');
  });
});

describe('describePoint on anything else', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', '2025-01-27'],
    ['a number', 118.42],
    ['an array', ['2025-01-27', 118.42]],
    ['an array of rows', [{ date: '2025-01-27', close: 118.42 }]],
    ['an object without a date', { close: 118.42, changePct: -0.17 }],
    ['a date that is not a string', { date: 20115, close: 118.42 }],
    ['a Date object as the date', { date: new Date('2025-01-27'), close: 118.42 }],
    ['a NaN close and nothing else', { date: '2025-01-27', close: NaN }],
    ['NaN values only', { date: '2025-01-27', close: NaN, ar: NaN, NVDA: NaN }],
    [
      'Infinity values only',
      { date: '2025-01-27', close: Infinity, ar: -Infinity, NVDA: Infinity },
    ],
    ['only lowercase keys', { date: '2025-01-27', day: 20115, volume: 1000 }],
    ['a date alone', { date: '2025-01-27' }],
  ])('gives null for %s', (_name, value) => {
    expect(describePoint(value)).toBeNull();
  });

  it('never throws, and gives a string or null, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (value) => {
        const text = describePoint(value);
        expect(text === null || typeof text === 'string').toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('never throws on a point-shaped object with arbitrary values', () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constant(null),
      fc.string(),
      fc.anything(),
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            date: fc.oneof(fc.string(), fc.constantFrom('2025-01-27', '2025-02-30', '0000-01-01')),
            close: value,
            changePct: value,
            marketValue: value,
            ar: value,
            car: value,
            relativeDay: value,
            NVDA: value,
          },
          { requiredKeys: ['date'] },
        ),
        (point) => {
          const text = describePoint(point);
          expect(text === null || typeof text === 'string').toBe(true);
          if (text !== null) expect(text).not.toMatch(/NaN|undefined|\[object/);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
