import type { TradingDate } from './tradingDate';

/** One trading session of a symbol, as traded (not adjusted), with Yahoo's adjusted close where known. */
export interface PriceBar {
  date: TradingDate;
  open: number;
  high: number;
  low: number;
  close: number;
  adjClose: number | null;
  volume: number | null;
}

/** A share count reported by the company, as of a date, with the filing it comes from. */
export interface SharesPoint {
  asOf: TradingDate;
  shares: number;
  source: string;
}

/** The kinds of event contract v1 knows. */
export const EVENT_KINDS = ['news', 'social', 'market', 'product'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
/** The kinds of overlay the chart draws and toggles: the contract's, and the reader's own notes. */
export const OVERLAY_KINDS = [...EVENT_KINDS, 'note'] as const;
export type OverlayKind = (typeof OVERLAY_KINDS)[number];

export interface EventSource {
  title: string;
  publisher: string;
  url: string | null;
  date: TradingDate | null;
}

export interface MarketEvent {
  id: string;
  title: string;
  /** An event from a source is one of EVENT_KINDS; `note` is the reader's own (annotations.ts). */
  kind: OverlayKind;
  /** A date (`YYYY-MM-DD`) or a timestamp with an offset. */
  start: string;
  end: string | null;
  summary: string;
  quote: string | null;
  sources: EventSource[];
  /** The label the chart draws (about 20 characters); without one, the title cut at a word. */
  shortLabel?: string;
  /** Lower keeps its label first where labels compete for room; without one, ranked by kind. */
  priority?: number;
  /** A reader's note pinned to a price: the price chart marks it there. */
  pinnedPrice?: number;
}
