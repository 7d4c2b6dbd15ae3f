/**
 * The product's words, declared once. Every layer may import this file, so no layer declares them
 * again, widens them to `string` or casts back to them. A new chart mode is one row of CHART_MODES
 * (and its chart); a new theme or embed option one entry of its list.
 */

export interface ChartModeWords {
  /** The control's label, in the reader's words. */
  label: string;
  /** Whether the price axis can be logarithmic in this mode. */
  logScale: boolean;
  /** The chart draws the price and market-value panels; the others draw one comparison chart. */
  panels: 'price-and-value' | 'comparison';
  /** Its values are share prices, with an open, high, low and volume: it can be drawn as candles. */
  sessions: boolean;
}

/** What the main chart shows (`metric=` in the URL). */
export const CHART_MODES = {
  price: {
    label: 'Price and market value',
    logScale: true,
    panels: 'price-and-value',
    sessions: true,
  },
  rebased: { label: 'Peers, rebased', logScale: false, panels: 'comparison', sessions: false },
  abnormal: { label: 'Abnormal return', logScale: false, panels: 'comparison', sessions: false },
} as const satisfies Record<string, ChartModeWords>;

export type ChartMode = keyof typeof CHART_MODES;
/** The modes in the order the controls offer them. */
export const CHART_MODE_NAMES = Object.keys(CHART_MODES) as ChartMode[];
/** How the price is drawn (`chart=` in the URL): the close alone, or each session's range. */
export const CHART_TYPES = {
  line: { label: 'Line', long: 'Closing price as a line' },
  candles: { label: 'Candles', long: 'Candlesticks: open, high, low and close of each session' },
  ohlc: { label: 'OHLC bars', long: 'OHLC bars: open, high, low and close of each session' },
} as const satisfies Record<string, { label: string; long: string }>;

export type ChartType = keyof typeof CHART_TYPES;
/** The chart types in the order the controls offer them. */
export const CHART_TYPE_NAMES = Object.keys(CHART_TYPES) as ChartType[];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** What an embedded chart offers besides the chart. */
export const EMBED_CONTROLS = ['none', 'toggles'] as const;
export type EmbedControls = (typeof EMBED_CONTROLS)[number];
