import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { formatUsd } from '../domain/numberFormat';
import type { ChartEvent } from './chartEvent';
import { EVENT_KIND_STYLE } from './eventStyle';
import { CHART_COLORS } from './palette';

/**
 * The reader's notes pinned to a price, as a ring at that price on their session, inside the chart's
 * SVG (so every export has them); the note's line and label come with the other overlays. A price
 * outside the plot's range is not drawn: the note's label still names the session.
 */
export function AnnotationPins({ events }: { events: readonly ChartEvent[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const inside = (cx: number, cy: number) =>
    cx >= plot.x && cx <= plot.x + plot.width && cy >= plot.y && cy <= plot.y + plot.height;
  const pins = events.flatMap((placed) => {
    const price = placed.event.pinnedPrice;
    if (price === undefined) return [];
    const [cx, cy] = [Number(x(placed.day)), Number(y(price))];
    return inside(cx, cy) ? [{ id: placed.event.id, cx, cy, price }] : [];
  });
  if (pins.length === 0) return null;
  return (
    <g className="annotation-pins">
      {pins.map(({ id, cx, cy, price }) => (
        <circle
          key={id}
          data-note-pin={id}
          cx={cx}
          cy={cy}
          r={5}
          fill={CHART_COLORS.surface}
          stroke={EVENT_KIND_STYLE.note.color}
          strokeWidth={2}
        >
          <title>{formatUsd(price)}</title>
        </circle>
      ))}
    </g>
  );
}
