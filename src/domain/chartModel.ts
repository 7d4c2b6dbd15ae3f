import type { EventStudy } from './eventStudy';
import type { PeerMove } from './impactAnalysis';
import { dayNumber, type TradingDate } from './tradingDate';

/** The first session of the event window: CAR is summed from here. */
export const EVENT_WINDOW_START = -10;

/** Abnormal returns inside [from, to], with the running CAR from day -10 on (null before it). */
export function abnormalReturnSeries(study: EventStudy, from: TradingDate, to: TradingDate) {
  let car = 0;
  const points = [];
  for (const point of study.abnormal) {
    const inEventWindow = point.day >= EVENT_WINDOW_START;
    if (inEventWindow) car += point.value;
    if (point.date < from || point.date > to) continue;
    points.push({
      day: dayNumber(point.date),
      date: point.date,
      relativeDay: point.day,
      ar: point.value,
      car: inEventWindow ? car : null,
    });
  }
  return points;
}

/** Rows of rebased values by date, one column per symbol, inside [from, to]. */
export function rebasedRows(
  series: readonly { symbol: string; rebased: PeerMove['rebased'] }[],
  from: TradingDate,
  to: TradingDate,
) {
  const byDate = new Map<
    TradingDate,
    { day: number; date: TradingDate } & Record<string, number | string>
  >();
  for (const { symbol, rebased } of series) {
    for (const point of rebased ?? []) {
      if (point.date < from || point.date > to) continue;
      const row = byDate.get(point.date) ?? { day: dayNumber(point.date), date: point.date };
      row[symbol] = point.value;
      byDate.set(point.date, row);
    }
  }
  return [...byDate.values()].sort((a, b) => a.day - b.day);
}
