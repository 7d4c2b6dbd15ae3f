import { dateOfDayNumber, formatMonth, formatTradingDate, weekdayOf } from './tradingDate';

export interface TimeTick {
  day: number;
  label: string;
}

type Step = 'day' | 'week' | 'month' | 'quarter';

function isStepStart(day: number, step: Step): boolean {
  const date = dateOfDayNumber(day);
  switch (step) {
    case 'day':
      return true;
    case 'week':
      return weekdayOf(date) === 1;
    case 'month':
      return date.endsWith('-01');
    case 'quarter':
      return /-(01|04|07|10)-01$/.test(date);
  }
}

/**
 * Calendar ticks for a true time axis: the finest of days, Mondays, month starts or quarter starts
 * that gives at most `maxTicks` ticks. Month labels carry the year in January and on the first tick.
 */
export function timeTicks(fromDay: number, toDay: number, maxTicks: number): TimeTick[] {
  const steps: Step[] = ['day', 'week', 'month', 'quarter'];
  for (const step of steps) {
    const days: number[] = [];
    for (let day = Math.ceil(fromDay); day <= toDay; day++)
      if (isStepStart(day, step)) days.push(day);
    if (days.length <= Math.max(1, maxTicks) || step === 'quarter') {
      return days.map((day, index) => {
        const date = dateOfDayNumber(day);
        const label =
          step === 'day' || step === 'week'
            ? formatTradingDate(date, { year: false })
            : formatMonth(date, index === 0 || date.slice(5, 7) === '01');
        return { day, label };
      });
    }
  }
  return [];
}
