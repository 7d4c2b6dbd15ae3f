/**
 * Every colour the charts draw with, as a theme variable with the light theme's value as its
 * fallback: the stylesheet (src/styles.css) sets each variable for the light and the dark theme, and
 * the fallback is what a chart shows without the stylesheet (tests, an export's first paint).
 * The kinds of event have their own colours (EVENT_KIND_STYLE), and the symbols theirs (colorOf).
 */
export const CHART_COLORS = {
  /** The subject's close: the strongest line. */
  price: 'var(--chart-line, #111827)',
  marketValue: 'var(--chart-value, #0f766e)',
  /** A session that closed at or above its open: a hollow candle, a lighter volume bar. */
  up: 'var(--chart-up, #047857)',
  /** A session that closed below its open: a filled candle, a darker volume bar. */
  down: 'var(--chart-down, #b91c1c)',
  grid: 'var(--chart-grid, #e5e7eb)',
  /** Axis lines, tick labels and axis titles, and the navigator's miniature line. */
  axis: 'var(--chart-axis, #4b5563)',
  /** A level or a day the reader compares with: 100 on the rebased chart, 0 and the base day. */
  reference: 'var(--chart-reference, #9ca3af)',
  /** The day of the event in the event study (day 0): as strong as the price line. */
  eventDay: 'var(--chart-event-day, #111827)',
  /** The estimation window's shading (drawn at 15% opacity). */
  estimation: 'var(--chart-estimation, #94a3b8)',
  /** The daily abnormal-return bars. */
  abnormal: 'var(--chart-abnormal, #94a3b8)',
  /** The cumulative abnormal return. */
  car: 'var(--chart-car, #b91c1c)',
  /** The vertical line under the pointer. */
  cursor: 'var(--chart-cursor, #cccccc)',
  /** What sits on the chart's own background: the ring of the active dot, the event labels. */
  surface: 'var(--surface, #ffffff)',
  text: 'var(--text, #111827)',
  /** The "+N" chips of the events that found no room for a label. */
  chip: 'var(--chip, #374151)',
  chipText: 'var(--chip-text, #ffffff)',
  /** The navigator's window, handles and dates (its track is the surface). */
  navigator: 'var(--chart-navigator, #666666)',
};
