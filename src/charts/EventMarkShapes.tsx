import type { KeyboardEvent } from 'react';
import { formatTradingDate } from '../domain/tradingDate';
import type { BandMark, ChipMark, LabelMark, LineMark } from './eventMarks';
import { EVENT_KIND_STYLE } from './eventStyle';
import { CHART_COLORS } from './palette';

// The four shapes of an event mark, each drawn where placeEventMarks put it.

export interface Activation {
  /** `fromKeyboard`: Enter or Space asked for the card, so focus moves into it. */
  onActivate: (ids: string[], x: number, fromKeyboard?: boolean) => void;
  onClose: () => void;
}

/**
 * What a label or a chip does: pointing at it or focusing it opens the card of its events, centred on
 * `x`; Enter or Space opens it and moves focus into it; Escape closes it.
 */
function activation(ids: string[], x: number, { onActivate, onClose }: Activation) {
  return {
    onMouseEnter: () => {
      onActivate(ids, x);
    },
    onFocus: () => {
      onActivate(ids, x);
    },
    onKeyDown: (keyEvent: KeyboardEvent) => {
      if (keyEvent.key === 'Enter' || keyEvent.key === ' ') {
        keyEvent.preventDefault();
        onActivate(ids, x, true);
      } else if (keyEvent.key === 'Escape') onClose();
    },
  };
}

export function EventBand({ mark, active }: { mark: BandMark; active: boolean }) {
  return (
    <rect
      data-event-id={mark.event.event.id}
      className="event-band"
      x={mark.x}
      y={mark.y}
      width={mark.width}
      height={mark.height}
      fill={EVENT_KIND_STYLE[mark.event.event.kind].color}
      fillOpacity={active ? 0.22 : 0.1}
    />
  );
}

export function EventLine({ mark, active }: { mark: LineMark; active: boolean }) {
  const { event, x, y1, y2 } = mark;
  const style = EVENT_KIND_STYLE[event.event.kind];
  return (
    <line
      data-event-id={event.event.id}
      className="event-line"
      x1={x}
      x2={x}
      y1={y1}
      y2={y2}
      stroke={style.color}
      strokeDasharray={style.dash}
      strokeWidth={active ? 2 : 1}
    />
  );
}

interface TagProps<Mark> extends Activation {
  mark: Mark;
  active: boolean;
}

/** The box a label or a chip is drawn in. */
const boxOf = ({ x, y, width, height }: LabelMark | ChipMark) => ({ x, y, width, height });

export function EventLabel({ mark, active, ...handlers }: TagProps<LabelMark>) {
  const { event } = mark.event;
  const date = formatTradingDate(mark.event.start.date, { weekday: true });
  return (
    <g
      className="event-label"
      data-event-label={event.id}
      tabIndex={0}
      role="button"
      aria-label={`${event.title}, ${date}. Press Enter for details.`}
      aria-pressed={active}
      {...activation([event.id], mark.anchor, handlers)}
    >
      <rect
        {...boxOf(mark)}
        rx={3}
        fill={CHART_COLORS.surface}
        stroke={EVENT_KIND_STYLE[event.kind].color}
        strokeWidth={active ? 2 : 1}
      />
      <text x={mark.x + 7} y={mark.y + 11.5} fontSize={11} fill={CHART_COLORS.text}>
        {mark.event.label}
      </text>
    </g>
  );
}

export function EventChip({ mark, active, ...handlers }: TagProps<ChipMark>) {
  const titles = mark.events.map((event) => event.event.title);
  return (
    <g
      className="event-chip"
      data-event-chip={mark.ids.join(',')}
      tabIndex={0}
      role="button"
      aria-label={`${mark.ids.length} more events: ${titles.join('; ')}. Press Enter for details.`}
      {...activation(mark.ids, mark.x, handlers)}
    >
      <rect
        {...boxOf(mark)}
        rx={7}
        fill={CHART_COLORS.chip}
        stroke={active ? CHART_COLORS.text : 'none'}
      />
      <text
        x={mark.x + mark.width / 2}
        y={mark.y + 11.5}
        fontSize={11}
        textAnchor="middle"
        fill={CHART_COLORS.chipText}
      >
        +{mark.ids.length}
      </text>
    </g>
  );
}
