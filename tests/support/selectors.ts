/**
 * Where the tests find what the charts drew: the attributes the charts stamp on their panels and
 * series (src/export/chartDom.ts), and, for the parts of Recharts no attribute marks yet (axis
 * ticks, the grid, the brush), Recharts' own class names, which stand in this file and nowhere
 * else in the tests. Plain strings, for the jsdom tests and the browser tests alike.
 */

/** A chart panel, by its data-chart-surface (and the class of its wrapper less "-chart"). */
export type ChartName = 'price' | 'market-value' | 'volume' | 'rebased' | 'abnormal';

/** A line, by the class the app gives its series: 'price-line', 'rebased-line--NVDA'. */
export type LineName = 'price-line' | 'market-value-line' | 'car-line' | `rebased-line--${string}`;

const RECHARTS = {
  yTickValue: '[class*=yAxis] .recharts-cartesian-axis-tick-value',
  grid: '.recharts-cartesian-grid',
  brush: '.recharts-brush',
  brushTraveller: '.recharts-brush-traveller',
} as const;

export const chartSelector = {
  /** The <svg> a chart panel draws into. */
  surface: (chart: ChartName) => `svg[data-chart-surface="${chart}"]`,
  /** Any chart's <svg>. */
  anySurface: 'svg[data-chart-surface]',
  /** The drawn path of a line: there once the line has points. */
  line: (line: LineName) => `.${line} path[data-chart-series]`,
  /** One candle (or OHLC bar) of the price chart, by its last session's date. */
  candle: (date: string) => `.price-chart .candle[data-date="${date}"]`,
  /** The volume panel's bars. */
  volumeBars: '.volume-chart .volume-bar',
  /** The labels of a chart's y-axis ticks. */
  yTickValues: (chart: ChartName) => `.${chart}-chart ${RECHARTS.yTickValue}`,
  /** The grid behind a chart's plot: its box is the plot area. */
  plotGrid: (chart: ChartName) => `.${chart}-chart ${RECHARTS.grid}`,
  /** Any chart's grid. */
  anyPlotGrid: RECHARTS.grid,
  /** The navigator's brush, and the two handles that drag its ends. */
  navigatorBrush: `.navigator ${RECHARTS.brush}`,
  navigatorHandles: `.navigator ${RECHARTS.brushTraveller}`,
} as const;
