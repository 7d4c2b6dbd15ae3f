import {
  dateOfDayNumber,
  dayNumber,
  formatMonth,
  formatTradingDate,
  weekdayOf,
} from './tradingDate';

export interface TimeTick {
  day: number;
  label: string;
}

interface Step {
  /** Roughly how many days apart its ticks are, to estimate the count before making any. */
  days: number;
  ticks: (fromDay: number, toDay: number) => number[];
  label: (day: number, index: number) => string;
}

const dayLabel = (day: number) => formatTradingDate(dateOfDayNumber(day), { year: false });

/** Month starts every `months` months (1, 3, 12, 24, ...), made month by month, never day by day. */
function monthStarts(months: number) {
  return (fromDay: number, toDay: number): number[] => {
    const start = dateOfDayNumber(Math.ceil(fromDay));
    let year = Number(start.slice(0, 4));
    let month = Number(start.slice(5, 7)); // 1-12
    if (start.slice(8) !== '01') month += 1;
    const ticks: number[] = [];
    for (;;) {
      if (month > 12) {
        year += Math.floor((month - 1) / 12);
        month = ((month - 1) % 12) + 1;
      }
      const index = year * 12 + month - 1;
      if (index % months === 0) {
        const day = dayNumber(
          `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`,
        );
        if (day > toDay) break;
        ticks.push(day);
      }
      month += 1;
      if (year > 9999) break;
    }
    return ticks;
  };
}

const monthLabel = (withYearAlways: boolean) => (day: number, index: number) => {
  const date = dateOfDayNumber(day);
  return withYearAlways
    ? date.slice(0, 4)
    : formatMonth(date, index === 0 || date.slice(5, 7) === '01');
};

const STEPS: Step[] = [
  {
    days: 1,
    ticks: (from, to) =>
      Array.from(
        { length: Math.max(0, Math.floor(to) - Math.ceil(from) + 1) },
        (_, i) => Math.ceil(from) + i,
      ),
    label: dayLabel,
  },
  {
    days: 7,
    ticks: (from, to) => {
      const first = Math.ceil(from);
      const monday = first + ((8 - weekdayOf(dateOfDayNumber(first))) % 7);
      return Array.from(
        { length: Math.max(0, Math.floor((to - monday) / 7) + 1) },
        (_, i) => monday + 7 * i,
      );
    },
    label: dayLabel,
  },
  { days: 30.4, ticks: monthStarts(1), label: monthLabel(false) },
  { days: 91.3, ticks: monthStarts(3), label: monthLabel(false) },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((years) => ({
    days: 365.25 * years,
    ticks: monthStarts(12 * years),
    label: monthLabel(true),
  })),
];

/**
 * Calendar ticks for a true time axis: the finest of days, Mondays, month starts, quarter starts or
 * years that gives at most `maxTicks` ticks. Month labels carry the year in January and on the first
 * tick. Ticks are made by their own step, so a window of centuries costs no more than one of weeks.
 */
export function timeTicks(fromDay: number, toDay: number, maxTicks: number): TimeTick[] {
  const limit = Math.max(1, maxTicks);
  const span = toDay - fromDay;
  if (!(span >= 0)) return [];
  for (const step of STEPS) {
    if (span / step.days > limit + 1) continue;
    const days = step.ticks(fromDay, toDay);
    if (days.length <= limit)
      return days.map((day, index) => ({ day, label: step.label(day, index) }));
  }
  return [];
}
