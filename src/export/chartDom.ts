/**
 * The attributes the charts stamp on what they draw, and the selectors that find them. Code that
 * reads a drawn chart (the export, the chart-ready mark) uses these and never Recharts' own class
 * names, which a Recharts upgrade may rename without an error anywhere.
 *
 * They live here rather than in src/charts because the layers allow it only this way round:
 * src/export may not import src/charts (eslint.config.js), and src/charts may import src/export.
 */
export const CHART_ATTRIBUTE = {
  /** On the <svg> of each chart panel that an export copies; its value names the chart. */
  surface: 'data-chart-surface',
  /** On each drawn shape of a data series: a line's path, each bar. */
  series: 'data-chart-series',
  /** "omit" on what is there for interaction only: the tooltip cursor, the active dot. */
  export: 'data-export',
} as const;

export const CHART_SELECTOR = {
  surface: `[${CHART_ATTRIBUTE.surface}]`,
  series: `[${CHART_ATTRIBUTE.series}]`,
  omittedFromExport: `[${CHART_ATTRIBUTE.export}="omit"]`,
} as const;
