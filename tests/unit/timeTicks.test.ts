import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../src/domain/timeTicks';
import { utcDay } from '../support/builders';

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** A second, plain implementation: list every day, keep the step's starts, label them. */
function referenceTicks(fromDay: number, toDay: number, maxTicks: number) {
  const all: { day: number; date: Date }[] = [];
  for (let day = Math.ceil(fromDay); day <= toDay; day++)
    all.push({ day, date: new Date(day * 86_400_000) });
  const steps = [
    { coarse: false, keep: () => true },
    { coarse: false, keep: (d: Date) => d.getUTCDay() === 1 },
    { coarse: true, keep: (d: Date) => d.getUTCDate() === 1 },
    { coarse: true, keep: (d: Date) => d.getUTCDate() === 1 && d.getUTCMonth() % 3 === 0 },
    ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((years) => ({
      coarse: true,
      years: true,
      keep: (d: Date) =>
        d.getUTCDate() === 1 && d.getUTCMonth() === 0 && d.getUTCFullYear() % years === 0,
    })),
  ];
  for (const step of steps) {
    const kept = all.filter(({ date }) => step.keep(date));
    if (kept.length <= Math.max(1, maxTicks))
      return kept.map(({ day, date }, i) => {
        const month = MONTHS[date.getUTCMonth()] ?? '?';
        const withYear = i === 0 || date.getUTCMonth() === 0;
        return {
          day,
          label: !step.coarse
            ? `${date.getUTCDate()} ${month}`
            : 'years' in step
              ? String(date.getUTCFullYear())
              : withYear
                ? `${month} ${date.getUTCFullYear()}`
                : month,
        };
      });
  }
  return [];
}

const labels = (from: string, to: string, maxTicks: number) =>
  timeTicks(utcDay(from), utcDay(to), maxTicks).map((tick) => tick.label);

describe('ticks of the time axis', () => {
  it('marks every day of a short window', () => {
    const ticks = timeTicks(utcDay('2025-01-27'), utcDay('2025-01-31'), 8);
    // 27 Jan 2025 is day 20115 (see tradingDate.test.ts), so Monday to Friday is 20115 .. 20119.
    expect(ticks.map((tick) => tick.day)).toEqual([20115, 20116, 20117, 20118, 20119]);
    expect(ticks.map((tick) => tick.label)).toEqual([
      '27 Jan',
      '28 Jan',
      '29 Jan',
      '30 Jan',
      '31 Jan',
    ]);
  });

  it('marks Mondays when there are too many days', () => {
    // 1 Jan - 28 Feb 2025 is 59 days; its Mondays are 6, 13, 20, 27 Jan and 3, 10, 17, 24 Feb.
    const mondays = ['6 Jan', '13 Jan', '20 Jan', '27 Jan', '3 Feb', '10 Feb', '17 Feb', '24 Feb'];
    expect(labels('2025-01-01', '2025-02-28', 10)).toEqual(mondays);
    expect(labels('2025-01-01', '2025-02-28', 8)).toEqual(mondays); // exactly maxTicks is allowed
  });

  it('marks month starts, with the year on the first tick and on January', () => {
    // 8 Mondays > 7: months instead, 1 Jan and 1 Feb.
    expect(labels('2025-01-01', '2025-02-28', 7)).toEqual(['Jan 2025', 'Feb']);
    // The NVDA data's span: 1 Aug 2024 .. 1 Jun 2025 is 11 month starts.
    expect(labels('2024-07-15', '2025-06-30', 12)).toEqual(
      ['Aug 2024', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan 2025'].concat([
        'Feb',
        'Mar',
        'Apr',
        'May',
        'Jun',
      ]),
    );
  });

  it('marks quarter starts when even the months are too many', () => {
    // 11 month starts > 5: quarters 1 Oct 2024, 1 Jan 2025, 1 Apr 2025.
    expect(labels('2024-07-15', '2025-06-30', 5)).toEqual(['Oct 2024', 'Jan 2025', 'Apr']);
  });

  it('moves to years once quarters are too many', () => {
    // 2020-2025 has 6 x 4 = 24 quarter starts, more than 8: six year starts instead.
    expect(labels('2020-01-01', '2025-12-31', 8)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });

  it('stays within maxTicks over centuries, at once', () => {
    // 1000 to 2025: every 100 years would be 11 ticks, every 200 years is 6.
    expect(labels('1000-01-01', '2025-02-28', 8)).toEqual([
      '1000',
      '1200',
      '1400',
      '1600',
      '1800',
      '2000',
    ]);
  });

  it('starts at the first whole day of a fractional window', () => {
    const ticks = timeTicks(utcDay('2025-01-27') + 0.5, utcDay('2025-01-29') + 0.5, 8);
    expect(ticks.map((tick) => tick.label)).toEqual(['28 Jan', '29 Jan']);
  });

  it('gives one tick for a one-day window and none for a reversed one', () => {
    expect(labels('2025-01-27', '2025-01-27', 8)).toEqual(['27 Jan']);
    expect(labels('2025-01-28', '2025-01-27', 8)).toEqual([]);
  });

  describe('for any window', () => {
    const windows = fc.record({
      from: fc.integer({ min: 18_000 * 4, max: 22_000 * 4 }).map((q) => q / 4),
      length: fc.integer({ min: 0, max: 1500 }),
      maxTicks: fc.integer({ min: 1, max: 20 }),
    });

    it('gives whole, ascending days inside [from, to]', () => {
      fc.assert(
        fc.property(windows, ({ from, length, maxTicks }) => {
          const to = from + length;
          const ticks = timeTicks(from, to, maxTicks);
          ticks.forEach((tick, i) => {
            expect(Number.isInteger(tick.day)).toBe(true);
            expect(tick.day).toBeGreaterThanOrEqual(from);
            expect(tick.day).toBeLessThanOrEqual(to);
            const previous = ticks[i - 1];
            if (previous) expect(tick.day).toBeGreaterThan(previous.day);
          });
        }),
      );
    });

    it('gives at most maxTicks ticks unless they are already quarter starts', () => {
      fc.assert(
        fc.property(windows, ({ from, length, maxTicks }) => {
          const ticks = timeTicks(from, from + length, maxTicks);
          if (ticks.length > maxTicks) {
            for (const tick of ticks)
              expect(new Date(tick.day * 86_400_000).toISOString().slice(5, 10)).toMatch(
                /^(01|04|07|10)-01$/,
              );
          }
        }),
      );
    });

    it('agrees with a plain reference implementation, labels included', () => {
      fc.assert(
        fc.property(windows, ({ from, length, maxTicks }) => {
          expect(timeTicks(from, from + length, maxTicks)).toEqual(
            referenceTicks(from, from + length, maxTicks),
          );
        }),
      );
    });
  });
});
