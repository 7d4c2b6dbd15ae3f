/**
 * Where the tests find what the charts drew. Recharts' own class names stand in this file and
 * nowhere else in the tests, so when the charts stamp attributes of their own instead (a Recharts
 * upgrade may rename a class without an error anywhere), the tests change here. Plain strings, for
 * the jsdom tests and the browser tests alike.
 */

/** A chart panel, by the class of its wrapper less "-chart": `.price-chart` is 'price'. */
export type ChartName = 'price' | 'market-value' | 'rebased' | 'abnormal';

/** A line, by the class the app gives its series: 'price-line', 'rebased-line--NVDA'. */
export type LineName = 'price-line' | 'market-value-line' | 'car-line' | `rebased-line--${string}`;

const RECHARTS = {
  surface: 'svg.recharts-surface',
  lineCurve: 'path.recharts-line-curve',
  yTickValue: '[class*=yAxis] .recharts-cartesian-axis-tick-value',
  grid: '.recharts-cartesian-grid',
  brush: '.recharts-brush',
  brushTraveller: '.recharts-brush-traveller',
} as const;

export const chartSelector = {
  /** The <svg> a chart panel draws into. */
  surface: (chart: ChartName) => `.${chart}-chart ${RECHARTS.surface}`,
  /** Any chart's <svg>. */
  anySurface: RECHARTS.surface,
  /** The drawn path of a line: there once the line has points. */
  line: (line: LineName) => `.${line} ${RECHARTS.lineCurve}`,
  /** The labels of a chart's y-axis ticks. */
  yTickValues: (chart: ChartName) => `.${chart}-chart ${RECHARTS.yTickValue}`,
  /** The grid behind a chart's plot: its box is the plot area. */
  plotGrid: (chart: ChartName) => `.${chart}-chart ${RECHARTS.grid}`,
  /** The navigator's brush, and the two handles that drag its ends. */
  navigatorBrush: `.navigator ${RECHARTS.brush}`,
  navigatorHandles: `.navigator ${RECHARTS.brushTraveller}`,
} as const;
