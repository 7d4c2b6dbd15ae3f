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

/**
 * A mark the story's step points to (`emphasised`) reads without its colour: a heavier line or
 * outline and a bold label, and the class the tests and exports find it by.
 */
interface MarkProps<Mark> {
  mark: Mark;
  active: boolean;
  emphasised?: boolean;
}

const emphasisClass = (name: string, emphasised: boolean) =>
  emphasised ? `${name} ${name}--highlight` : name;

export function EventBand({ mark, active, emphasised = false }: MarkProps<BandMark>) {
  const { color } = EVENT_KIND_STYLE[mark.event.event.kind];
  return (
    <rect
      data-event-id={mark.event.event.id}
      className={emphasisClass('event-band', emphasised)}
      x={mark.x}
      y={mark.y}
      width={mark.width}
      height={mark.height}
      fill={color}
      fillOpacity={active || emphasised ? 0.22 : 0.1}
      stroke={emphasised ? color : 'none'}
      strokeWidth={2}
    />
  );
}

export function EventLine({ mark, active, emphasised = false }: MarkProps<LineMark>) {
  const { event, x, y1, y2 } = mark;
  const style = EVENT_KIND_STYLE[event.event.kind];
  return (
    <line
      data-event-id={event.event.id}
      className={emphasisClass('event-line', emphasised)}
      x1={x}
      x2={x}
      y1={y1}
      y2={y2}
      stroke={style.color}
      strokeDasharray={style.dash}
      strokeWidth={emphasised ? 3 : active ? 2 : 1}
    />
  );
}

type TagProps<Mark> = MarkProps<Mark> & Activation;

/** The box a label or a chip is drawn in. */
const boxOf = ({ x, y, width, height }: LabelMark | ChipMark) => ({ x, y, width, height });

export function EventLabel({ mark, active, emphasised = false, ...handlers }: TagProps<LabelMark>) {
  const { event } = mark.event;
  const date = formatTradingDate(mark.event.start.date, { weekday: true });
  return (
    <g
      className={emphasisClass('event-label', emphasised)}
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
        strokeWidth={active || emphasised ? 2 : 1}
      />
      <text
        x={mark.x + 7}
        y={mark.y + 11.5}
        fontSize={11}
        fontWeight={emphasised ? 'bold' : undefined}
        fill={CHART_COLORS.text}
      >
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
