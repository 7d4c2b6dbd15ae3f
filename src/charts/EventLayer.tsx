import type { KeyboardEvent } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { layoutLabels } from '../domain/labelLayout';
import { formatTradingDate } from '../domain/tradingDate';
import type { ChartEvent } from './chartEvent';
import { EVENT_KIND_STYLE } from './eventStyle';
import { CHART_COLORS } from './palette';

export const LABEL_LANES = 4;
const LANE_HEIGHT = 18;
/** Room above the plot for the label lanes and the chip lane under them: the chart's top margin. */
export const LABEL_STRIP_HEIGHT = labelStripHeight(LABEL_LANES);

/** The room above the plot for `lanes` rows of labels and the row of "+N" chips. */
export function labelStripHeight(lanes: number): number {
  return (lanes + 1) * LANE_HEIGHT + 6;
}

/**
 * Fewer label rows in a short chart (an embed in a small box), so the plot keeps most of the height;
 * the events that lose their label fold into the "+N" chips, which still open their cards.
 */
export function labelLanesFor(chartHeight: number): number {
  return chartHeight < 240 ? 1 : chartHeight < 320 ? 2 : LABEL_LANES;
}
const CHIP_WIDTH = 28;
// Labels are measured by estimate, not by the DOM, so the layout is the same in every renderer.
const labelWidth = (text: string) => Math.ceil(text.length * 6.2) + 14;

export interface EventLayerProps {
  events: ChartEvent[];
  fromDay: number;
  toDay: number;
  activeIds: readonly string[];
  /** `fromKeyboard`: Enter or Space asked for the card, so focus moves into it. */
  onActivate: (ids: string[], x: number, fromKeyboard?: boolean) => void;
  onClose: () => void;
  /** Rows of labels above the plot (the chip row comes on top of them). */
  lanes?: number;
}

function anchorDay(event: ChartEvent): number {
  return event.band ? (event.band.fromDay + event.band.toDay) / 2 : event.day;
}

/**
 * The event overlays, drawn inside the chart's SVG with the chart's own x scale: lines for dated
 * events, shaded bands for spans, and labels packed into lanes above the plot so none overlap.
 */
export function EventLayer({
  events,
  fromDay,
  toDay,
  activeIds,
  onActivate,
  onClose,
  lanes = LABEL_LANES,
}: EventLayerProps) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  // The scale answers undefined outside its domain (and before the axis has one): clamp to the
  // window, and draw nothing rather than NaN.
  const xOf = (day: number) => Number(scale(Math.min(Math.max(day, fromDay), toDay)));
  if (Number.isNaN(xOf(fromDay)) || Number.isNaN(xOf(toDay))) return null;
  const byId = new Map(events.map((event) => [event.event.id, event]));
  const { labels, chips } = layoutLabels(
    events.map((event) => ({
      id: event.event.id,
      x: xOf(anchorDay(event)),
      width: labelWidth(event.label),
      priority: event.priority,
    })),
    { lanes, gap: 4, chipWidth: CHIP_WIDTH, minX: 0, maxX: plot.x + plot.width + 20 },
  );
  const laneTop = (lane: number) => plot.y - labelStripHeight(lanes) + 2 + lane * LANE_HEIGHT;
  // Each line starts under its own label (or chip), which ties the label to its date.
  const lineTop = new Map<string, number>();
  for (const label of labels) lineTop.set(label.id, laneTop(label.lane) + LANE_HEIGHT - 3);
  for (const chip of chips)
    for (const id of chip.ids) lineTop.set(id, laneTop(chip.lane) + LANE_HEIGHT - 3);
  const keys = (ids: string[], x: number) => (keyEvent: KeyboardEvent) => {
    if (keyEvent.key === 'Enter' || keyEvent.key === ' ') {
      keyEvent.preventDefault();
      onActivate(ids, x, true);
    } else if (keyEvent.key === 'Escape') onClose();
  };
  const isActive = (ids: string[]) => ids.some((id) => activeIds.includes(id));

  return (
    <g className="event-layer">
      {events.map((event) => {
        const style = EVENT_KIND_STYLE[event.event.kind];
        if (event.band) {
          const left = xOf(event.band.fromDay);
          return (
            <rect
              key={event.event.id}
              data-event-id={event.event.id}
              className="event-band"
              x={left}
              y={plot.y}
              width={Math.max(1, xOf(event.band.toDay) - left)}
              height={plot.height}
              fill={style.color}
              fillOpacity={isActive([event.event.id]) ? 0.22 : 0.1}
            />
          );
        }
        const x = xOf(event.day);
        return (
          <line
            key={event.event.id}
            data-event-id={event.event.id}
            className="event-line"
            x1={x}
            x2={x}
            y1={lineTop.get(event.event.id) ?? plot.y}
            y2={plot.y + plot.height}
            stroke={style.color}
            strokeDasharray={style.dash}
            strokeWidth={isActive([event.event.id]) ? 2 : 1}
          />
        );
      })}
      {/* Left to right in the DOM too, so Tab walks the labels in date order. */}
      {[...labels]
        .sort((a, b) => a.left - b.left || a.lane - b.lane)
        .map((placed) => {
          const event = byId.get(placed.id);
          if (!event) return null;
          const style = EVENT_KIND_STYLE[event.event.kind];
          const width = labelWidth(event.label);
          const x = xOf(anchorDay(event));
          const top = laneTop(placed.lane);
          const date = formatTradingDate(event.start.date, { weekday: true });
          return (
            <g
              key={placed.id}
              className="event-label"
              data-event-label={placed.id}
              tabIndex={0}
              role="button"
              aria-label={`${event.event.title}, ${date}. Press Enter for details.`}
              aria-pressed={isActive([placed.id])}
              onMouseEnter={() => {
                onActivate([placed.id], x);
              }}
              onFocus={() => {
                onActivate([placed.id], x);
              }}
              onKeyDown={keys([placed.id], x)}
            >
              <rect
                x={placed.left}
                y={top}
                width={width}
                height={LANE_HEIGHT - 3}
                rx={3}
                fill={CHART_COLORS.surface}
                stroke={style.color}
                strokeWidth={isActive([placed.id]) ? 2 : 1}
              />
              <text x={placed.left + 7} y={top + 11.5} fontSize={11} fill={CHART_COLORS.text}>
                {event.label}
              </text>
            </g>
          );
        })}
      {chips.map((chip) => {
        const x = chip.left;
        const top = laneTop(chip.lane);
        const titles = chip.ids.map((id) => byId.get(id)?.event.title ?? id);
        return (
          <g
            key={chip.ids.join(',')}
            className="event-chip"
            data-event-chip={chip.ids.join(',')}
            tabIndex={0}
            role="button"
            aria-label={`${chip.ids.length} more events: ${titles.join('; ')}. Press Enter for details.`}
            onMouseEnter={() => {
              onActivate(chip.ids, x);
            }}
            onFocus={() => {
              onActivate(chip.ids, x);
            }}
            onKeyDown={keys(chip.ids, x)}
          >
            <rect
              x={x}
              y={top}
              width={CHIP_WIDTH}
              height={LANE_HEIGHT - 3}
              rx={7}
              fill={CHART_COLORS.chip}
              stroke={isActive(chip.ids) ? CHART_COLORS.text : 'none'}
            />
            <text
              x={x + CHIP_WIDTH / 2}
              y={top + 11.5}
              fontSize={11}
              textAnchor="middle"
              fill={CHART_COLORS.chipText}
            >
              +{chip.ids.length}
            </text>
          </g>
        );
      })}
    </g>
  );
}
