import type { MarketEvent, OverlayKind } from './types';

const MAX_LENGTH = 22;

/** The label the chart draws: the event's own short label, else its title cut at a word. */
export function labelOf(event: MarketEvent): string {
  if (event.shortLabel) return event.shortLabel;
  if (event.title.length <= MAX_LENGTH) return event.title;
  const cut = event.title.slice(0, MAX_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 8 ? cut.slice(0, space) : cut}…`;
}

// Where labels compete for room at one spot, the market's own moves keep theirs first, then what was
// said, then the news and the products; the rest fold into the "+N" chip, which still opens them.
// The reader's own notes come before all: they are what the reader added the chart for.
const KIND_RANK: Record<OverlayKind, number> = {
  note: 0,
  market: 1,
  social: 2,
  news: 3,
  product: 4,
};

/** Lower keeps its label first: the event's own priority (the story's key events), else its kind's. */
export function priorityOf(event: MarketEvent): number {
  return event.priority ?? KIND_RANK[event.kind];
}
