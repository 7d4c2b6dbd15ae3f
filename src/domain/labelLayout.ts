/** A label that wants to stand at pixel x (its anchor), `width` pixels wide. Lower priority goes first. */
export interface LabelRequest {
  id: string;
  x: number;
  width: number;
  priority: number;
}

export interface PlacedLabel {
  id: string;
  /** Left edge in pixels. */
  left: number;
  lane: number;
}

/** Labels that found no free room fold into a "+N" chip at their anchor, in the lane below the labels. */
export interface OverflowChip {
  ids: string[];
  left: number;
  lane: number;
}

export interface LabelLayoutOptions {
  lanes: number;
  gap: number;
  chipWidth: number;
  /** The drawing's left and right edges: no label crosses them. */
  minX: number;
  maxX: number;
}

type Interval = [number, number];

/**
 * Packs labels into lanes, most important first: each takes the lowest lane where it fits beside its
 * anchor, to the right or else to the left, `gap` pixels clear of every other label, so none overlap.
 * Labels with no room fold into chips, so the count of events at a spot is never lost.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  options: LabelLayoutOptions,
): { labels: PlacedLabel[]; chips: OverflowChip[] } {
  const lanes: Interval[][] = Array.from({ length: options.lanes }, () => []);
  const fits = (lane: Interval[], left: number, right: number) =>
    lane.every(([a, b]) => right + options.gap <= a || left >= b + options.gap);
  // A label wider than the drawing has no place at all: it folds into a chip.
  const candidates = (x: number, width: number) =>
    (width > options.maxX - options.minX ? [] : [x, x - width])
      .map((left) => Math.min(Math.max(left, options.minX), options.maxX - width))
      .filter((left, index, all) => all.indexOf(left) === index);
  const place = (x: number, width: number): { left: number; lane: number } | null => {
    for (let lane = 0; lane < lanes.length; lane++) {
      for (const left of candidates(x, width)) {
        const intervals = lanes[lane] ?? [];
        if (fits(intervals, left, left + width)) {
          intervals.push([left, left + width]);
          return { left, lane };
        }
      }
    }
    return null;
  };

  const labels: PlacedLabel[] = [];
  const overflow: { x: number; id: string }[] = [];
  const ordered = [...requests].sort((a, b) => a.priority - b.priority || a.x - b.x);
  for (const request of ordered) {
    const spot = place(request.x, request.width);
    if (spot) labels.push({ id: request.id, ...spot });
    else overflow.push({ x: request.x, id: request.id });
  }

  // Chips have a lane of their own below the labels, so there is always room for them; anchors
  // closer than a chip's width share one chip rather than overlap.
  const chips: OverflowChip[] = [];
  const clamp = (left: number) =>
    Math.min(Math.max(left, options.minX), options.maxX - options.chipWidth);
  for (const { x, id } of overflow.sort((a, b) => a.x - b.x)) {
    const last = chips.at(-1);
    if (last && clamp(x) < last.left + options.chipWidth + options.gap) last.ids.push(id);
    else chips.push({ ids: [id], left: clamp(x), lane: options.lanes });
  }
  return { labels, chips };
}
