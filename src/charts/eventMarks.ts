import { layoutLabels } from '../domain/labelLayout';
import type { ChartEvent } from './chartEvent';
import { byEventDate } from './eventOrder';

export const LABEL_LANES = 4;
const LANE_HEIGHT = 18;
/** The height of a label or chip: a lane less the room between lanes. */
const MARK_HEIGHT = LANE_HEIGHT - 3;
const CHIP_WIDTH = 28;
/** Room above the plot for the label lanes and the chip lane under them: the chart's top margin. */
export const LABEL_STRIP_HEIGHT = labelStripHeight(LABEL_LANES);

/** The room above the plot for `lanes` rows of labels and the row of "+N" chips. */
export function labelStripHeight(lanes: number): number {
  return (lanes + 1) * LANE_HEIGHT + 6;
}

/**
 * Fewer label rows in a short chart (an embed in a small box), so the plot keeps most of the height;
 * the events that lose their label fold into the "+N" chips, which still open their cards. Below
 * 160 px a row of labels would leave the plot a sliver, so there are only chips.
 */
export function labelLanesFor(chartHeight: number): number {
  return chartHeight < 160 ? 0 : chartHeight < 240 ? 1 : chartHeight < 320 ? 2 : LABEL_LANES;
}

// Labels are measured by estimate, not by the DOM, so the layout is the same in every renderer.
const labelWidth = (text: string) => Math.ceil(text.length * 6.2) + 14;

/** The plot's box inside the chart's SVG, in pixels. */
export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The chart's x axis: its window, and its scale (which may answer NaN outside the window). */
export interface EventAxis {
  fromDay: number;
  toDay: number;
  x: (day: number) => number;
}

/** A span of days, shaded over the plot's height. */
export interface BandMark {
  shape: 'band';
  event: ChartEvent;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A dated event: a vertical line from under its label (or chip) to the foot of the plot. */
export interface LineMark {
  shape: 'line';
  event: ChartEvent;
  x: number;
  y1: number;
  y2: number;
}

/** An event's label: a box in a lane above the plot. */
export interface LabelMark {
  event: ChartEvent;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the event is on the axis: its card is centred there. */
  anchor: number;
}

/** The events that found no room for a label, as one "+N" chip in the lane under the labels. */
export interface ChipMark {
  events: ChartEvent[];
  ids: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EventMarks {
  /** A band or a line per event, in the order of the events. */
  overlays: (BandMark | LineMark)[];
  /** In date order (byEventDate), not left to right: lane packing may draw a later label first. */
  labels: LabelMark[];
  /** Each chip's events in date order. */
  chips: ChipMark[];
  /** Labels and chips (by their first event) in date order: the order Tab walks them. */
  focusOrder: (LabelMark | ChipMark)[];
  /** The middle of each event's band or line: where N and P open its card. */
  centres: ReadonlyMap<string, number>;
}

function anchorDay(event: ChartEvent): number {
  return event.band ? (event.band.fromDay + event.band.toDay) / 2 : event.day;
}

/**
 * Where every event mark goes in a chart's SVG: bands and lines on the plot, labels packed into
 * `lanes` rows above it so none overlap (layoutLabels), chips for the rest. Null while the axis has
 * no scale for its window yet: nothing is drawn rather than NaN.
 */
export function placeEventMarks(
  events: readonly ChartEvent[],
  axis: EventAxis,
  plot: PlotArea,
  lanes = LABEL_LANES,
): EventMarks | null {
  const { fromDay, toDay } = axis;
  // The scale answers undefined outside its domain: clamp to the window.
  const xOf = (day: number) => axis.x(Math.min(Math.max(day, fromDay), toDay));
  if (Number.isNaN(xOf(fromDay)) || Number.isNaN(xOf(toDay))) return null;
  const byId = new Map(events.map((event) => [event.event.id, event]));
  const layout = layoutLabels(
    events.map((event) => ({
      id: event.event.id,
      x: xOf(anchorDay(event)),
      width: labelWidth(event.label),
      priority: event.priority,
    })),
    { lanes, gap: 4, chipWidth: CHIP_WIDTH, minX: 0, maxX: plot.x + plot.width + 20 },
  );
  const laneTop = (lane: number) => plot.y - labelStripHeight(lanes) + 2 + lane * LANE_HEIGHT;
  const labels = layout.labels
    .flatMap((placed): LabelMark[] => {
      const event = byId.get(placed.id);
      if (!event) return [];
      const width = labelWidth(event.label);
      const anchor = xOf(anchorDay(event));
      return [
        { event, x: placed.left, y: laneTop(placed.lane), width, height: MARK_HEIGHT, anchor },
      ];
    })
    .sort((a, b) => byEventDate(a.event, b.event));
  const chips = layout.chips.map((chip): ChipMark => {
    const folded = chip.ids.flatMap((id) => byId.get(id) ?? []).sort(byEventDate);
    return {
      events: folded,
      ids: folded.map((event) => event.event.id),
      x: chip.left,
      y: laneTop(chip.lane),
      width: CHIP_WIDTH,
      height: MARK_HEIGHT,
    };
  });
  const firstEvent = (mark: LabelMark | ChipMark) =>
    'events' in mark ? mark.events[0] : mark.event;
  const focusOrder = [...labels, ...chips].sort((a, b) => {
    const [first, second] = [firstEvent(a), firstEvent(b)];
    return first && second ? byEventDate(first, second) : 0;
  });
  // Each line starts under its own label (or chip), which ties the label to its date.
  const lineTop = new Map<string, number>();
  for (const label of labels) lineTop.set(label.event.event.id, label.y + MARK_HEIGHT);
  for (const chip of chips) for (const id of chip.ids) lineTop.set(id, chip.y + MARK_HEIGHT);
  const overlays = events.map((event): BandMark | LineMark => {
    if (event.band) {
      const x = xOf(event.band.fromDay);
      const width = Math.max(1, xOf(event.band.toDay) - x);
      return { shape: 'band', event, x, y: plot.y, width, height: plot.height };
    }
    const y1 = lineTop.get(event.event.id) ?? plot.y;
    return { shape: 'line', event, x: xOf(event.day), y1, y2: plot.y + plot.height };
  });
  const centres = new Map(
    overlays.map((mark) => [
      mark.event.event.id,
      mark.shape === 'band' ? mark.x + mark.width / 2 : mark.x,
    ]),
  );
  return { overlays, labels, chips, focusOrder, centres };
}
