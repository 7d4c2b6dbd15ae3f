import { describe, expect, it } from 'vitest';
import type { ChartEvent } from '../../src/charts/chartEvent';
import {
  LABEL_STRIP_HEIGHT,
  labelLanesFor,
  labelStripHeight,
  placeEventMarks,
  type EventAxis,
  type EventMarks,
  type LineMark,
} from '../../src/charts/eventMarks';
import { dateOfDayNumber, dayNumber } from '../../src/domain/tradingDate';

const FROM = dayNumber('2025-01-02');
const TO = FROM + 60;
/** 10 px a day from the plot's left edge, like a Recharts scale: NaN outside its domain. */
const AXIS: EventAxis = {
  fromDay: FROM,
  toDay: TO,
  x: (day) => (day < FROM || day > TO ? NaN : 68 + (day - FROM) * 10),
};
/** The plot of a chart with four label lanes: it starts under the label strip. */
const PLOT = { x: 68, y: LABEL_STRIP_HEIGHT, width: 600, height: 300 };

function event(
  id: string,
  day: number,
  options: {
    label?: string;
    priority?: number;
    band?: { fromDay: number; toDay: number };
    /** Minutes after midnight, exchange time; none for a date-only event. */
    minutes?: number;
  } = {},
): ChartEvent {
  const date = dateOfDayNumber(day);
  return {
    event: {
      id,
      title: `The title of ${id}`,
      kind: 'news',
      start: date,
      end: null,
      summary: '',
      quote: null,
      sources: [],
    },
    start: { date, minutes: options.minutes ?? null, zone: null },
    end: null,
    sessionOfEffect: date,
    day,
    band: options.band ?? null,
    label: options.label ?? id,
    priority: options.priority ?? 1,
  };
}

function place(events: ChartEvent[], lanes?: number, plot = PLOT): EventMarks {
  const marks = placeEventMarks(events, AXIS, plot, lanes);
  if (!marks) throw new Error('expected marks');
  return marks;
}

const lineOf = (marks: EventMarks, id: string) =>
  marks.overlays.find(
    (mark): mark is LineMark => mark.shape === 'line' && mark.event.event.id === id,
  );

describe('the label strip', () => {
  it('is a lane of 18 px for each row of labels and one for the chips, and 6 px to spare', () => {
    expect(labelStripHeight(4)).toBe(96);
    expect(labelStripHeight(1)).toBe(42);
    expect(LABEL_STRIP_HEIGHT).toBe(labelStripHeight(4));
  });

  it('has fewer rows of labels in a short chart, and only the chips in a very short one', () => {
    expect(labelLanesFor(140)).toBe(0);
    expect(labelLanesFor(200)).toBe(1);
    expect(labelLanesFor(300)).toBe(2);
    expect(labelLanesFor(420)).toBe(4);
  });
});

describe('placeEventMarks', () => {
  it('draws a dated event as a line at its day, from under its label to the foot of the plot', () => {
    const marks = place([event('drop', FROM + 10, { label: 'Record drop' })]);
    const line = lineOf(marks, 'drop');
    expect(line).toMatchObject({ x: 168, y2: PLOT.y + PLOT.height });
    // The label stands right of its date in the top lane: 11 characters at 6.2 px, plus 14.
    expect(marks.labels).toHaveLength(1);
    const label = marks.labels[0];
    expect(label).toMatchObject({ x: 168, y: 2, width: 83, height: 15, anchor: 168 });
    expect(line?.y1).toBe(17);
    expect(marks.chips).toEqual([]);
    expect(marks.centres.get('drop')).toBe(168);
  });

  it('shades a span over the plot, and centres its label and its card on the span', () => {
    const band = { fromDay: FROM + 20, toDay: FROM + 24 };
    const marks = place([event('weekend', FROM + 20, { band })]);
    expect(marks.overlays[0]).toMatchObject({
      shape: 'band',
      x: 268,
      y: 96,
      width: 40,
      height: 300,
    });
    expect(marks.labels[0]?.anchor).toBe(288);
    expect(marks.centres.get('weekend')).toBe(288);
  });

  it('keeps marks inside the window: a span that began before it starts at its left edge', () => {
    const band = { fromDay: FROM - 5, toDay: FROM + 3 };
    const marks = place([event('early', FROM - 5, { band }), event('late', TO + 3)]);
    expect(marks.overlays[0]).toMatchObject({ shape: 'band', x: 68, width: 30 });
    expect(lineOf(marks, 'late')?.x).toBe(68 + 60 * 10);
  });

  it('never draws a span narrower than a pixel', () => {
    const band = { fromDay: FROM + 5, toDay: FROM + 5 };
    expect(place([event('instant', FROM + 5, { band })]).overlays[0]).toMatchObject({ width: 1 });
  });

  it('folds the events with no room for a label into a chip in the lane under the labels', () => {
    const plot = { ...PLOT, y: labelStripHeight(1) };
    const marks = place(
      [
        event('first', FROM + 30, { priority: 0 }),
        event('second', FROM + 30),
        event('third', FROM + 30),
      ],
      1,
      plot,
    );
    expect(marks.labels.map((label) => label.event.event.id)).toEqual(['first']);
    expect(marks.chips).toHaveLength(1);
    const chip = marks.chips[0];
    expect(chip).toMatchObject({ ids: ['second', 'third'], x: 368, y: 20, width: 28, height: 15 });
    expect(chip?.events.map((folded) => folded.event.id)).toEqual(['second', 'third']);
    // Each line starts under its own label, or under the chip it folded into.
    expect(lineOf(marks, 'first')?.y1).toBe(17);
    expect(lineOf(marks, 'second')?.y1).toBe(35);
    expect(lineOf(marks, 'third')?.y1).toBe(35);
  });

  it('packs labels so that none in a lane overlap, and loses no event', () => {
    const days = [3, 4, 5, 5, 6, 9, 12, 12, 13, 30, 31, 31, 32, 45, 58, 59];
    const events = days.map((day, index) =>
      event(`event-${String(index)}`, FROM + day, { label: `label ${'x'.repeat(index % 7)}` }),
    );
    for (const lanes of [1, 2, 4]) {
      const marks = place(events, lanes, { ...PLOT, y: labelStripHeight(lanes) });
      for (const a of marks.labels)
        for (const b of marks.labels)
          if (a !== b && a.y === b.y)
            expect(a.x + a.width + 4 <= b.x || b.x + b.width + 4 <= a.x).toBe(true);
      const shown = [
        ...marks.labels.map((label) => label.event.event.id),
        ...marks.chips.flatMap((chip) => chip.ids),
      ];
      expect(shown.sort()).toEqual(events.map((one) => one.event.id).sort());
      // No label crosses the drawing's edges (20 px beyond the plot on the right).
      for (const label of marks.labels) {
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.x + label.width).toBeLessThanOrEqual(PLOT.x + PLOT.width + 20);
      }
    }
  });

  it('lists the labels in date order, then time, then priority, wherever lanes put them', () => {
    // One spot: the labels stack in lanes by priority, so their lanes are not their times.
    const day = FROM + 20;
    const marks = place([
      event('close', day, { minutes: 16 * 60, priority: 0 }),
      event('open', day, { minutes: 9 * 60 + 30, priority: 1 }),
      event('date-only', day, { priority: 2 }),
      event('next-day', day + 1, { priority: -1 }),
      event('same-day-low', day + 10, { priority: 3 }),
      event('same-day-high', day + 10, { priority: 1 }),
    ]);
    const order = ['date-only', 'open', 'close', 'next-day', 'same-day-high', 'same-day-low'];
    expect(marks.labels.map((label) => label.event.event.id)).toEqual(order);
    expect(
      marks.focusOrder.map((mark) => ('events' in mark ? mark.ids.join(',') : mark.event.event.id)),
    ).toEqual(order);
  });

  it('puts a chip in the focus order at its first event, with its events in date order', () => {
    const plot = { ...PLOT, y: labelStripHeight(1) };
    const marks = place(
      [
        event('later', FROM + 30),
        event('crowd-b', FROM + 10, { minutes: 600, priority: 0 }),
        event('crowd-a', FROM + 10, { minutes: 540, priority: 1 }),
        event('crowd-c', FROM + 10, { minutes: 480, priority: 2 }),
        event('earlier', FROM + 2),
      ],
      1,
      plot,
    );
    // crowd-b keeps the one lane by priority; the earlier crowd-c and crowd-a fold into the chip.
    expect(
      marks.focusOrder.map((mark) => ('events' in mark ? mark.ids.join(',') : mark.event.event.id)),
    ).toEqual(['earlier', 'crowd-c,crowd-a', 'crowd-b', 'later']);
  });

  it('lists the labels in date order, and keeps the bands and lines in the order given', () => {
    const marks = place([
      event('late', FROM + 50, { priority: 0 }),
      event('early', FROM + 2, { priority: 2 }),
      event('middle', FROM + 25, { priority: 1 }),
    ]);
    expect(marks.labels.map((label) => label.event.event.id)).toEqual(['early', 'middle', 'late']);
    // Bands and lines stay in the order of the events, which is their drawing order.
    expect(marks.overlays.map((mark) => mark.event.event.id)).toEqual(['late', 'early', 'middle']);
  });

  it('places nothing while the axis has no scale for its window', () => {
    const unready: EventAxis = { ...AXIS, x: () => NaN };
    expect(placeEventMarks([event('drop', FROM + 10)], unready, PLOT)).toBeNull();
  });
});
