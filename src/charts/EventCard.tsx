import { useEffect, useRef } from 'react';
import { formatExchangeClock, type ExchangeMoment } from '../domain/exchangeTime';
import { webAddressOf } from '../domain/sourceLinks';
import { formatTradingDate } from '../domain/tradingDate';
import type { ChartEvent } from './chartEvent';
import { EVENT_KIND_STYLE } from './eventStyle';

function when(start: ExchangeMoment, end: ExchangeMoment | null): string {
  const day = (moment: ExchangeMoment) => formatTradingDate(moment.date, { weekday: true });
  const clock = (moment: ExchangeMoment) => formatExchangeClock(moment);
  if (!end) {
    const time = clock(start);
    return time ? `${day(start)}, ${time}` : `${day(start)} (date only)`;
  }
  if (end.date === start.date) {
    const [a, b] = [clock(start), clock(end)];
    return a && b ? `${day(start)}, ${a} to ${b}` : `${day(start)} (date only)`;
  }
  return `${day(start)} to ${day(end)} (dates only)`;
}

function EventDetails({ event, note }: { event: ChartEvent; note: string | undefined }) {
  const style = EVENT_KIND_STYLE[event.event.kind];
  const effectNote =
    event.sessionOfEffect && event.sessionOfEffect !== event.start.date
      ? `Effect on prices: ${formatTradingDate(event.sessionOfEffect, { weekday: true })}, the first session after.`
      : null;
  return (
    <article className="event-card__item" data-event-card={event.event.id}>
      <p className="event-card__meta">
        <span className="kind-badge" style={{ borderColor: style.color, color: style.color }}>
          {style.label}
        </span>{' '}
        <time>{when(event.start, event.end)}</time>
      </p>
      <h3 className="event-card__title">{event.event.title}</h3>
      {effectNote && <p className="event-card__effect">{effectNote}</p>}
      {note && (
        <p className="event-card__impact" data-event-impact>
          {note}
        </p>
      )}
      <p>{event.event.summary}</p>
      {event.event.quote && <blockquote>“{event.event.quote}”</blockquote>}
      {/* A reader's note has no sources: it is theirs. */}
      {event.event.sources.length > 0 && (
        <>
          <p className="event-card__sources-title">Sources</p>
          <ul className="event-card__sources">
            {event.event.sources.map((source, index) => {
              const href = webAddressOf(source.url);
              const text = `${source.publisher}: ${source.title}`;
              return (
                <li key={`${source.url ?? ''}-${index}`}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {text}
                    </a>
                  ) : (
                    <span>{text} (no link)</span>
                  )}
                  {source.date && (
                    <span className="muted"> · {formatTradingDate(source.date)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </article>
  );
}

/** The card of one event, or of every event behind a "+N" chip. */
export interface EventCardProps {
  events: ChartEvent[];
  notes?: ReadonlyMap<string, string> | undefined;
  onClose: () => void;
  /** Move focus into the card when it opens, so its links are next for Tab. */
  takeFocus?: boolean;
}

export function EventCard({ events, notes, onClose, takeFocus = false }: EventCardProps) {
  const card = useRef<HTMLDivElement>(null);
  const shown = events.map((event) => event.event.id).join(',');
  // Once per card opened, not on every render, or focus would jump back from the links.
  useEffect(() => {
    if (takeFocus && shown) card.current?.focus();
  }, [takeFocus, shown]);
  return (
    <div
      ref={card}
      tabIndex={-1}
      className="event-card"
      role="dialog"
      aria-label={events.length === 1 ? events[0]?.event.title : `${events.length} events`}
    >
      <button
        type="button"
        className="event-card__close"
        onClick={onClose}
        aria-label="Close event card"
      >
        ×
      </button>
      {events.map((event) => (
        <EventDetails key={event.event.id} event={event} note={notes?.get(event.event.id)} />
      ))}
    </div>
  );
}
