import { useContext, useEffect, useMemo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import type { ChartEvent } from './chartEvent';
import { LABEL_LANES, placeEventMarks, type EventMarks } from './eventMarks';
import { EventBand, EventChip, EventLabel, EventLine, type Activation } from './EventMarkShapes';
import { StoryHighlightContext } from './storyHighlight';

export interface EventLayerProps extends Activation {
  events: ChartEvent[];
  fromDay: number;
  toDay: number;
  activeIds: readonly string[];
  /** Rows of labels above the plot (the chip row comes on top of them). */
  lanes?: number;
  /** Told where the marks are each time they move (null: not drawn), e.g. to place a card. */
  onPlaced?: (marks: EventMarks | null) => void;
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
  lanes = LABEL_LANES,
  onPlaced,
  ...handlers
}: EventLayerProps) {
  const scale = useXAxisScale();
  const highlight = useContext(StoryHighlightContext);
  const plot = usePlotArea();
  const marks = useMemo(
    () =>
      scale && plot
        ? placeEventMarks(events, { fromDay, toDay, x: (day) => Number(scale(day)) }, plot, lanes)
        : null,
    [events, fromDay, toDay, scale, plot, lanes],
  );
  useEffect(() => {
    onPlaced?.(marks);
  }, [marks, onPlaced]);
  if (!marks) return null;
  const isActive = (ids: readonly string[]) => ids.some((id) => activeIds.includes(id));
  return (
    <g className="event-layer">
      {marks.overlays.map((mark) => {
        const id = mark.event.event.id;
        return mark.shape === 'band' ? (
          <EventBand
            key={id}
            mark={mark}
            active={isActive([id])}
            emphasised={highlight.includes(id)}
          />
        ) : (
          <EventLine
            key={id}
            mark={mark}
            active={isActive([id])}
            emphasised={highlight.includes(id)}
          />
        );
      })}
      {/* In date order, not drawing order: the DOM order is the order Tab walks them. */}
      {marks.focusOrder.map((mark) =>
        'events' in mark ? (
          <EventChip
            key={mark.ids.join(',')}
            mark={mark}
            active={isActive(mark.ids)}
            {...handlers}
          />
        ) : (
          <EventLabel
            key={mark.event.event.id}
            mark={mark}
            active={isActive([mark.event.event.id])}
            emphasised={highlight.includes(mark.event.event.id)}
            {...handlers}
          />
        ),
      )}
    </g>
  );
}
