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
}

/** What the main chart shows (`metric=` in the URL). */
export const CHART_MODES = {
  price: { label: 'Price and market value', logScale: true, panels: 'price-and-value' },
  rebased: { label: 'Peers, rebased', logScale: false, panels: 'comparison' },
  abnormal: { label: 'Abnormal return', logScale: false, panels: 'comparison' },
} as const satisfies Record<string, ChartModeWords>;

export type ChartMode = keyof typeof CHART_MODES;
/** The modes in the order the controls offer them. */
export const CHART_MODE_NAMES = Object.keys(CHART_MODES) as ChartMode[];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** What an embedded chart offers besides the chart. */
export const EMBED_CONTROLS = ['none', 'toggles'] as const;
export type EmbedControls = (typeof EMBED_CONTROLS)[number];
