import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abnormalReturnSeries, rebasedRows } from '../../src/domain/chartModel';
import { eventStudy, type AbnormalReturn, type EventStudy } from '../../src/domain/eventStudy';
import type { PairedReturn } from '../../src/domain/returns';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const msOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** Days since 1970-01-01, from the UTC epoch: the x of a true time axis. */
const dayOf = (date: string) => msOf(date) / MS_PER_DAY;

function weekdays(start: string, count: number): string[] {
  const dates: string[] = [];
  for (let ms = msOf(start); dates.length < count; ms += MS_PER_DAY) {
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
};

/** A study with only the abnormal returns filled in (all abnormalReturnSeries reads). */
function studyOf(abnormal: AbnormalReturn[]): EventStudy {
  return {
    status: 'ok',
    model: 'market-model',
    day0: abnormal.find((point) => point.day === 0)?.date ?? '',
    estimation: { from: '', to: '', sessions: 0 },
    alpha: 0,
    beta: 1,
    rSquared: null,
    residualSd: 1,
    degreesOfFreedom: 1,
    abnormal,
    windows: [],
  };
}

/**
 * 20 sessions, day -13 to day +6, day 0 on Friday 24 Jan 2025. The values are multiples of 1/8, so
 * every running sum is exact and can be compared with toBe.
 */
const dates = weekdays('2025-01-07', 20);
const DAY0_INDEX = 13;
const valueOf = (day: number) => (((day * 5) % 9) - 4) / 8;
const abnormal: AbnormalReturn[] = dates.map((date, index) => ({
  date,
  day: index - DAY0_INDEX,
  value: valueOf(index - DAY0_INDEX),
}));
const study = studyOf(abnormal);
const dateOfDay = (day: number) => at(dates, day + DAY0_INDEX);

/** Second implementation: CAR on `day` is the sum of the ARs of days -10..day, null before -10. */
function expectedCar(day: number): number | null {
  if (day < -10) return null;
  let sum = 0;
  for (let d = -10; d <= day; d++) sum += valueOf(d);
  return sum;
}

// ---------------------------------------------------------------------------------------------
// abnormalReturnSeries
// ---------------------------------------------------------------------------------------------

describe('abnormalReturnSeries', () => {
  it('builds the fixture it means to', () => {
    expect(dateOfDay(0)).toBe('2025-01-24');
    expect(dateOfDay(-13)).toBe('2025-01-07');
    expect(dateOfDay(6)).toBe('2025-02-03');
    // Some ARs are negative, some positive, so a sign error would show.
    expect(abnormal.some((point) => point.value < 0)).toBe(true);
    expect(abnormal.some((point) => point.value > 0)).toBe(true);
  });

  it('keeps every point of a window that covers the data, with the running CAR from day -10', () => {
    const points = abnormalReturnSeries(study, dateOfDay(-13), dateOfDay(6));
    expect(points).toHaveLength(20);
    points.forEach((point, index) => {
      const day = index - DAY0_INDEX;
      expect(point).toEqual({
        day: dayOf(dateOfDay(day)),
        date: dateOfDay(day),
        relativeDay: day,
        ar: valueOf(day),
        car: expectedCar(day),
      });
    });
  });

  it('has a null CAR before day -10 and the AR itself on day -10', () => {
    const points = abnormalReturnSeries(study, dateOfDay(-13), dateOfDay(-9));
    expect(points.map((point) => point.car)).toEqual([
      null,
      null,
      null,
      valueOf(-10),
      valueOf(-10) + valueOf(-9),
    ]);
  });

  it('still sums from day -10 when the window starts after it', () => {
    const points = abnormalReturnSeries(study, dateOfDay(-2), dateOfDay(3));
    expect(points.map((point) => point.relativeDay)).toEqual([-2, -1, 0, 1, 2, 3]);
    const first = at(points, 0);
    expect(first.car).toBe(expectedCar(-2));
    expect(first.car).not.toBe(first.ar);
    for (const point of points) expect(point.car).toBe(expectedCar(point.relativeDay));
  });

  it('drops the points outside [from, to], both ends included', () => {
    const points = abnormalReturnSeries(study, dateOfDay(-1), dateOfDay(1));
    expect(points.map((point) => point.date)).toEqual([dateOfDay(-1), dateOfDay(0), dateOfDay(1)]);
  });

  it('takes calendar dates that are not sessions as bounds', () => {
    // Saturday 18 Jan to Sunday 26 Jan 2025: the five sessions of 20-24 Jan (no holidays here).
    const points = abnormalReturnSeries(study, '2025-01-18', '2025-01-26');
    expect(points.map((point) => point.date)).toEqual([
      '2025-01-20',
      '2025-01-21',
      '2025-01-22',
      '2025-01-23',
      '2025-01-24',
    ]);
  });

  it('gives nothing for a window outside the data, and all-null CARs for one before day -10', () => {
    expect(abnormalReturnSeries(study, '2025-03-01', '2025-03-31')).toEqual([]);
    const early = abnormalReturnSeries(study, '2025-01-01', dateOfDay(-11));
    expect(early).toHaveLength(3);
    expect(early.every((point) => point.car === null)).toBe(true);
  });

  it('matches the window CARs of a real study: CAR(+1) - CAR(-2) is CAR[-1,+1]', () => {
    const sessions = weekdays('2024-06-03', 160);
    const draw = (() => {
      let state = 7;
      return () => {
        state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
        return state / 2 ** 32 - 0.5;
      };
    })();
    const returns: PairedReturn[] = sessions.map((date) => {
      const market = draw() * 0.03;
      return { date, market, stock: 0.001 + 1.2 * market + draw() * 0.01 };
    });
    const day0 = at(sessions, 140);
    const real = eventStudy(returns, day0);
    if (real.status !== 'ok') throw new Error(real.reason);
    const points = abnormalReturnSeries(real, at(sessions, 138), at(sessions, 141));
    expect(points.map((point) => point.relativeDay)).toEqual([-2, -1, 0, 1]);
    const carOf = (day: number) => points.find((point) => point.relativeDay === day)?.car ?? NaN;
    expect(carOf(1) - carOf(-2)).toBeCloseTo(real.windows[1]?.car ?? NaN, 12);
    expect(carOf(0) - carOf(-1)).toBeCloseTo(real.windows[0]?.car ?? NaN, 12);
    // CAR on day -10 is that day's AR, whatever came before it in the estimation window.
    const fromTen = abnormalReturnSeries(real, at(sessions, 130), at(sessions, 130));
    expect(fromTen[0]?.relativeDay).toBe(-10);
    expect(fromTen[0]?.car).toBe(fromTen[0]?.ar);
  });

  it('has, for any window, the points and CARs of a second implementation', () => {
    // Bounds drawn from every calendar day of late December to mid-February: some windows start
    // before the data, end after it, fall on weekends or miss the data altogether.
    const calendar = Array.from({ length: 50 }, (_, index) =>
      new Date(msOf('2024-12-28') + index * MS_PER_DAY).toISOString().slice(0, 10),
    );
    const dayIndex = fc.integer({ min: 0, max: calendar.length - 1 });
    fc.assert(
      fc.property(dayIndex, dayIndex, (a, b) => {
        const from = at(calendar, Math.min(a, b));
        const to = at(calendar, Math.max(a, b));
        const points = abnormalReturnSeries(study, from, to);
        const expectedDays = abnormal
          .filter((point) => point.date >= from && point.date <= to)
          .map((point) => point.day);
        expect(points.map((point) => point.relativeDay)).toEqual(expectedDays);
        for (const point of points) expect(point.car).toBe(expectedCar(point.relativeDay));
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// rebasedRows
// ---------------------------------------------------------------------------------------------

describe('rebasedRows', () => {
  const series = [
    {
      symbol: 'NVDA',
      rebased: [
        { date: '2025-01-27', value: 83 },
        { date: '2025-01-23', value: 101 },
        { date: '2025-01-24', value: 100 },
        { date: '2025-01-28', value: 90 },
      ],
    },
    {
      symbol: 'TSM',
      rebased: [
        { date: '2025-01-24', value: 100 },
        { date: '2025-01-27', value: 87 },
        { date: '2025-01-29', value: 88 },
      ],
    },
    { symbol: 'NODATA', rebased: null },
  ];

  it('merges the dates of all symbols into one row per date, sorted by day', () => {
    const rows = rebasedRows(series, '2025-01-01', '2025-12-31');
    expect(rows).toEqual([
      { day: dayOf('2025-01-23'), date: '2025-01-23', NVDA: 101 },
      { day: dayOf('2025-01-24'), date: '2025-01-24', NVDA: 100, TSM: 100 },
      { day: dayOf('2025-01-27'), date: '2025-01-27', NVDA: 83, TSM: 87 },
      { day: dayOf('2025-01-28'), date: '2025-01-28', NVDA: 90 },
      { day: dayOf('2025-01-29'), date: '2025-01-29', TSM: 88 },
    ]);
    // A symbol with no value on a date has no key there (not undefined, not null).
    expect(Object.keys(rows[0] ?? {})).not.toContain('TSM');
    expect(Object.keys(rows[0] ?? {})).not.toContain('NODATA');
  });

  it('drops the dates outside [from, to], both ends included', () => {
    const rows = rebasedRows(series, '2025-01-24', '2025-01-28');
    expect(rows.map((row) => row.date)).toEqual(['2025-01-24', '2025-01-27', '2025-01-28']);
    expect(rebasedRows(series, '2025-01-25', '2025-01-26')).toEqual([]);
  });

  it('gives no rows for no series, or for series with no data', () => {
    expect(rebasedRows([], '2025-01-01', '2025-12-31')).toEqual([]);
    expect(rebasedRows([{ symbol: 'X', rebased: null }], '2025-01-01', '2025-12-31')).toEqual([]);
  });

  it('sorts by day across a year end', () => {
    const rows = rebasedRows(
      [
        {
          symbol: 'A',
          rebased: [
            { date: '2025-01-02', value: 2 },
            { date: '2024-12-31', value: 1 },
          ],
        },
        { symbol: 'B', rebased: [{ date: '2024-12-30', value: 3 }] },
      ],
      '2024-01-01',
      '2025-12-31',
    );
    expect(rows.map((row) => row.date)).toEqual(['2024-12-30', '2024-12-31', '2025-01-02']);
    expect(rows.map((row) => row.day)).toEqual([
      dayOf('2024-12-30'),
      dayOf('2024-12-31'),
      dayOf('2025-01-02'),
    ]);
  });
});
