import {
  lazy,
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { ResponsiveContainer } from 'recharts';
import { CHART_SELECTOR } from '../export/chartDom';
import { ActivePointAnnouncer } from './ActivePointAnnouncer';
import type { ChartEvent } from './chartEvent';
import { EventLayer } from './EventLayer';
import { labelLanesFor, labelStripHeight, type EventMarks } from './eventMarks';
import { byEventDate } from './eventOrder';
import { OptionalPart } from './OptionalPart';
import { useChartDrawn } from './useChartReadyMark';

// An event's card opens on a hover, a focus or a key: its code loads once the first chart is
// drawn, before anyone can ask for a card, rather than with the code that draws that chart.
const loadEventCard = () => import('./EventCard');
const EventCard = lazy(() => loadEventCard().then((module) => ({ default: module.EventCard })));

export interface EventChartFrameProps {
  events: ChartEvent[];
  fromDay: number;
  toDay: number;
  height: number;
  className: string;
  /** Per event, a line of figures for its card (e.g. its abnormal return), when there is one. */
  eventNotes?: ReadonlyMap<string, string>;
  /**
   * Draws the chart; `eventLayer` goes inside it, so the overlays share its axes, and `labelStrip`
   * is the top margin the event labels need at this height.
   */
  children: (eventLayer: ReactNode, labelStrip: number) => ReactNode;
  /** A ref callback for the frame's box, e.g. useTimeAxis' `measure`: stable, it is not re-run. */
  measure?: (element: HTMLElement | null) => (() => void) | undefined;
}

interface ActiveCard {
  ids: string[];
  left: number;
  width: number;
  /** Opened with Enter or Space: focus goes into the card, and back to its label on Escape. */
  fromKeyboard: boolean;
}

const CARD_MAX_WIDTH = 420;
const CARD_MARGIN = 8;

/** The card is centred on its event where it can be, and always kept inside the chart. */
function cardPlacement(x: number, chartWidth: number): { left: number; width: number } {
  const width = Math.min(CARD_MAX_WIDTH, chartWidth - 2 * CARD_MARGIN);
  const left = Math.min(Math.max(x - width / 2, CARD_MARGIN), chartWidth - CARD_MARGIN - width);
  return { left: Math.max(left, CARD_MARGIN), width };
}

/** A responsive chart with the event overlays and their cards: shared by every time-axis chart. */
export function EventChartFrame(props: EventChartFrameProps) {
  const { events, fromDay, toDay, height, className, eventNotes, children, measure } = props;
  const [card, setCard] = useState<ActiveCard | null>(null);
  const drawn = useChartDrawn();
  useEffect(() => {
    // A card that cannot load is left out when asked for (OptionalPart); nothing to do here.
    if (drawn) loadEventCard().catch(() => undefined);
  }, [drawn]);
  const container = useRef<HTMLDivElement>(null);
  const frameRef = useCallback(
    (element: HTMLDivElement | null) => {
      container.current = element;
      const stopMeasuring = measure?.(element);
      return () => {
        container.current = null;
        stopMeasuring?.();
      };
    },
    [measure],
  );
  // Where the event layer last drew the marks: N and P centre a card on its event from this.
  const marks = useRef<EventMarks | null>(null);
  const onPlaced = useCallback((placed: EventMarks | null) => {
    marks.current = placed;
  }, []);
  const cardEvents = card ? events.filter((event) => card.ids.includes(event.event.id)) : [];
  const close = () => {
    if (card?.fromKeyboard) {
      const selector =
        card.ids.length === 1
          ? `[data-event-label="${card.ids[0] ?? ''}"]`
          : `[data-event-chip="${card.ids.join(',')}"]`;
      const label = container.current?.querySelector<SVGGElement>(selector);
      // An event folded into a chip, or opened with N / P, has no label of its own to go back to.
      if (label) label.focus();
      else container.current?.querySelector<SVGSVGElement>(CHART_SELECTOR.surface)?.focus();
    }
    setCard(null);
  };
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => {
    setAnnouncement(text);
  }, []);

  /** N and P step through the events in date order and open each one's card, as Tab does labels. */
  const jumpToEvent = (keyEvent: KeyboardEvent<HTMLDivElement>) => {
    const key = keyEvent.key.toLowerCase();
    if ((key !== 'n' && key !== 'p') || keyEvent.ctrlKey || keyEvent.metaKey || keyEvent.altKey)
      return;
    if (keyEvent.target instanceof HTMLInputElement || events.length === 0) return;
    const ordered = [...events].sort(byEventDate);
    const current = ordered.findIndex((event) => card?.ids.includes(event.event.id));
    const step = key === 'n' ? 1 : -1;
    const index =
      current === -1
        ? step === 1
          ? 0
          : ordered.length - 1
        : (current + step + ordered.length) % ordered.length;
    const next = ordered[index];
    const frame = container.current;
    if (!next || !frame) return;
    keyEvent.preventDefault();
    // The chart's SVG starts at the frame's left edge: its x is the frame's.
    const x = marks.current?.centres.get(next.event.id) ?? 0;
    setCard({
      ids: [next.event.id],
      fromKeyboard: true,
      ...cardPlacement(x, frame.clientWidth || CARD_MAX_WIDTH),
    });
  };
  const lanes = labelLanesFor(height);
  const eventLayer = (
    <EventLayer
      lanes={lanes}
      events={events}
      fromDay={fromDay}
      toDay={toDay}
      activeIds={card?.ids ?? []}
      onActivate={(ids, x, fromKeyboard = false) => {
        setCard({
          ids,
          fromKeyboard,
          ...cardPlacement(x, container.current?.clientWidth ?? CARD_MAX_WIDTH),
        });
      }}
      onClose={close}
      onPlaced={onPlaced}
    />
  );

  return (
    <div
      ref={frameRef}
      className={`event-chart ${className}`}
      style={{ height }}
      onKeyDown={(keyEvent) => {
        if (keyEvent.key === 'Escape') close();
        else jumpToEvent(keyEvent);
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        {children(
          <>
            {eventLayer}
            <ActivePointAnnouncer onChange={announce} />
          </>,
          labelStripHeight(lanes),
        )}
      </ResponsiveContainer>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {card && cardEvents.length > 0 && (
        <div className="event-card-anchor" style={{ left: card.left, width: card.width }}>
          <OptionalPart>
            <EventCard
              events={cardEvents}
              notes={eventNotes}
              onClose={close}
              takeFocus={card.fromKeyboard}
            />
          </OptionalPart>
        </div>
      )}
    </div>
  );
}
