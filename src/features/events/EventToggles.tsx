import { EVENT_KIND_STYLE } from '../../charts/eventStyle';
import type { EventPlacement } from '../../domain/eventPlacement';
import { formatDateInWindow } from '../../domain/dateInWindow';
import type { TradingDate } from '../../domain/tradingDate';
import { OVERLAY_KINDS, type OverlayKind } from '../../domain/types';
import type { EventVisibility } from './chartEvents';
import { countOfEvents, eventProblems } from './eventProblems';

export interface EventTogglesProps {
  placement: EventPlacement;
  /** Events the API sent that do not match the contract. */
  rejected?: readonly { id: string; reason: string }[];
  /** The window drawn: a date in another year is listed with its year. */
  window: { from: TradingDate; to: TradingDate };
  /** The first and last session of the data. */
  bounds: { from: TradingDate; to: TradingDate };
  visibility: EventVisibility;
  onChange: (next: EventVisibility) => void;
}

function KindSwatch({ kind }: { kind: OverlayKind }) {
  const style = EVENT_KIND_STYLE[kind];
  return (
    <svg width="22" height="10" aria-hidden="true" className="kind-swatch">
      <line
        x1="1"
        x2="21"
        y1="5"
        y2="5"
        stroke={style.color}
        strokeWidth="2"
        strokeDasharray={style.dash}
      />
    </svg>
  );
}

const toggled = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((other) => other !== item) : [...list, item];

/** One checkbox per kind of event, with its line sample and how many events it has. */
export function KindToggles({
  counts,
  visibility,
  onChange,
}: {
  counts: ReadonlyMap<OverlayKind, number>;
  visibility: EventVisibility;
  onChange: (next: EventVisibility) => void;
}) {
  return (
    <fieldset className="kind-toggles">
      <legend>By kind</legend>
      {/* The reader's notes are a kind of their own, offered once there are some. */}
      {OVERLAY_KINDS.filter((kind) => kind !== 'note' || counts.has(kind)).map((kind) => (
        <label key={kind} className="toggle">
          <input
            type="checkbox"
            checked={!visibility.hiddenKinds.includes(kind)}
            onChange={() => {
              onChange({ ...visibility, hiddenKinds: toggled(visibility.hiddenKinds, kind) });
            }}
          />
          <KindSwatch kind={kind} /> {EVENT_KIND_STYLE[kind].label} ({counts.get(kind) ?? 0})
        </label>
      ))}
    </fieldset>
  );
}

/** How many events of each kind there are. */
export function countByKind(placement: EventPlacement): Map<OverlayKind, number> {
  const counts = new Map<OverlayKind, number>();
  for (const placed of placement.placed)
    counts.set(placed.event.kind, (counts.get(placed.event.kind) ?? 0) + 1);
  return counts;
}

/** Overlay toggles: each kind at once, and each event on its own. Toggling never refetches. */
export function EventToggles({
  placement,
  rejected = [],
  window,
  bounds,
  visibility,
  onChange,
}: EventTogglesProps) {
  const counts = countByKind(placement);
  const problems = eventProblems(placement, rejected, bounds);

  return (
    <section className="event-toggles" aria-labelledby="event-toggles-title">
      <h2 id="event-toggles-title" className="panel-title">
        Event overlays
      </h2>
      <KindToggles counts={counts} visibility={visibility} onChange={onChange} />
      <fieldset className="event-list">
        <legend>Each event</legend>
        <ul>
          {placement.placed.map((placed) => {
            const kindHidden = visibility.hiddenKinds.includes(placed.event.kind);
            return (
              <li key={placed.event.id}>
                <label
                  className="toggle"
                  title={kindHidden ? 'Its kind is switched off' : undefined}
                >
                  <input
                    type="checkbox"
                    data-event-toggle={placed.event.id}
                    checked={!kindHidden && !visibility.hiddenEvents.includes(placed.event.id)}
                    disabled={kindHidden}
                    onChange={() => {
                      onChange({
                        ...visibility,
                        hiddenEvents: toggled(visibility.hiddenEvents, placed.event.id),
                      });
                    }}
                  />
                  <KindSwatch kind={placed.event.kind} />
                  <span className="event-list__date">
                    {formatDateInWindow(placed.start.date, window)}
                  </span>{' '}
                  {placed.event.title}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {problems.notShown.length + problems.shownInPart.length > 0 && (
        <p className="notice" role="status" data-testid="events-skipped">
          {problems.notShown.length > 0 &&
            `${countOfEvents(problems.notShown.length)} not shown: ${problems.notShown.join('; ')}. `}
          {problems.shownInPart.length > 0 &&
            `${countOfEvents(problems.shownInPart.length)} shown in part: ${problems.shownInPart.join('; ')}.`}
        </p>
      )}
    </section>
  );
}
