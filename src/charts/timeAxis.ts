import { timeTicks } from '../domain/timeTicks';

/** The shared x axis of every panel: day numbers on a true time axis, with calendar ticks. */
export function timeAxisProps(fromDay: number, toDay: number, maxTicks = 8) {
  const ticks = timeTicks(fromDay, toDay, maxTicks);
  const labels = new Map(ticks.map((tick) => [tick.day, tick.label]));
  return {
    type: 'number' as const,
    dataKey: 'day',
    domain: [fromDay, toDay] as [number, number],
    allowDataOverflow: true,
    ticks: ticks.map((tick) => tick.day),
    tickFormatter: (day: number) => labels.get(day) ?? '',
    tick: { fontSize: 12 },
  };
}

/** Both panels reserve the same width for the y axis, so their x axes line up. */
export const Y_AXIS_WIDTH = 68;
