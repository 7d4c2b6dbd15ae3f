import type { EventPlacement, PlacedEvent } from '../../domain/eventPlacement';
import { webAddressOf } from '../../domain/sourceLinks';
import { formatTradingDate, type TradingDate } from '../../domain/tradingDate';
import type { MarketEvent } from '../../domain/types';

/** Every event the page could not show in full, each named with why: none vanishes silently. */
export interface EventProblems {
  /** Not drawn nor listed. */
  notShown: string[];
  /** Listed, with something left out. */
  shownInPart: string[];
}

const nameOf = (event: MarketEvent) => `${event.title} [${event.id}]`;

/** "javascript:", or what the URL is when it has no scheme to name. */
const schemeOf = (url: string) => /^[a-z][a-z0-9+.-]*:/i.exec(url.trim())?.[0] ?? `"${url}"`;

function whatIsLeftOut(
  placed: PlacedEvent,
  data: { from: TradingDate; to: TradingDate },
): string[] {
  const notes: string[] = [];
  if (placed.sessionOfEffect === null) {
    const dated = `dated ${formatTradingDate(placed.start.date)}`;
    notes.push(
      placed.start.date < data.from
        ? `${dated}, before the data begins on ${formatTradingDate(data.from)}: no session to mark or study it on`
        : `${dated}, after the data ends on ${formatTradingDate(data.to)}: no session to mark or study it on`,
    );
  }
  for (const source of placed.event.sources) {
    if (source.url !== null && webAddressOf(source.url) === null) {
      notes.push(
        `the link of "${source.title}" is not a web address (${schemeOf(source.url)}): shown as text`,
      );
    }
  }
  return notes;
}

/**
 * The events the API sent that do not fit the contract, those that cannot be placed, and those
 * drawn without a part of them (no session of their own, a source link that is not a web address).
 */
export function eventProblems(
  placement: EventPlacement,
  rejected: readonly { id: string; reason: string }[],
  data: { from: TradingDate; to: TradingDate },
): EventProblems {
  return {
    notShown: [
      ...placement.skipped.map(({ event, reason }) => `${nameOf(event)} (${reason})`),
      ...rejected.map(({ id, reason }) => `${id} (not in the contract's shape: ${reason})`),
    ],
    shownInPart: placement.placed.flatMap((placed) => {
      const notes = whatIsLeftOut(placed, data);
      return notes.length > 0 ? [`${nameOf(placed.event)} (${notes.join('; ')})`] : [];
    }),
  };
}

/** "1 event" or "2 events". */
export const countOfEvents = (count: number) => `${count} event${count === 1 ? '' : 's'}`;
