/**
 * What Recharts may ask d3-scale for, in place of the whole of it. Recharts looks a scale up by
 * name in `import * as d3Scales`, which keeps every d3 scale in the entry chunk, with the time
 * scales' calendar and date formatting (about 7 KB gzip) that no chart here uses: its axes are
 * numbers ('auto' is linear, or point and band for categories) and the price axis may be 'log'.
 * A scale missing here leaves that axis with two ticks and no scale, which the dashboard's browser
 * test catches (the jsdom tests load Recharts unbundled, past this alias: only a build shows it).
 */
export { scaleBand, scaleLinear, scaleLog, scalePoint } from 'd3-scale';
