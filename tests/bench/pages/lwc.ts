/**
 * TradingView's lightweight-charts (5.2.1) on the benchmark: the same SYNTHETIC series, window and
 * event markers as our page, on a canvas. It wants one { time, value } object per point: those are
 * built before the timer starts (counted in prepareMs, and in the heap). Benchmark page only: it is a
 * devDependency and never part of the app.
 */
import {
  CandlestickSeries,
  createChart,
  createSeriesMarkers,
  LineSeries,
  type IChartApi,
  type ISeriesMarkersPluginApi,
  type SeriesMarker,
  type Time,
  type UTCTimestamp,
} from 'lightweight-charts';
import { lowerBound } from '../../../src/domain/search';
import {
  buildSeries,
  candleOf,
  CHART_HEIGHT,
  CHART_WIDTH,
  chartContainer,
  eventSeconds,
  pageParams,
  STORY_EVENTS,
  TOGGLED_EVENT,
  timeToPaint,
  windowTimes,
  type BenchPage,
} from './common';

const { points, chart: drawn } = pageParams();
const { series, ms: seriesMs } = buildSeries(points);
const { time, close } = series;
const prepareStart = performance.now();
// Its home ground with chart=candles: a candlestick series of { time, open, high, low, close }.
const data =
  drawn === 'candles'
    ? Array.from(time, (seconds, index) => ({
        time: seconds as UTCTimestamp,
        ...candleOf(close, index),
      }))
    : Array.from(time, (seconds, index) => ({
        time: seconds as UTCTimestamp,
        value: close[index] ?? NaN,
      }));
const prepareMs = seriesMs + performance.now() - prepareStart;
const container = chartContainer();

// Markers sit on a data point: each event on the first point at or after its date.
type Marker = SeriesMarker<Time> & { id: string };
const markers: Marker[] = STORY_EVENTS.map((event): Marker => {
  const index = Math.min(
    time.length - 1,
    lowerBound(time.length, (i) => time[i] ?? NaN, eventSeconds(event.start)),
  );
  return {
    id: event.id,
    time: (time[index] ?? 0) as UTCTimestamp,
    position: 'aboveBar',
    shape: 'arrowDown',
    color: '#7c3aed',
    text: event.title.slice(0, 21),
  };
}).sort((a, b) => Number(a.time) - Number(b.time));

let chart: IChartApi | null = null;
let markerApi: ISeriesMarkersPluginApi<Time> | null = null;
let hidden = false;

function showWindow(index: number) {
  const [from, to] = windowTimes(index);
  chart?.timeScale().setVisibleRange({ from: from as UTCTimestamp, to: to as UTCTimestamp });
}

async function start(): Promise<BenchPage> {
  performance.mark('render-start');
  const renderMs = await timeToPaint(() => {
    chart = createChart(container, {
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      // Small enough a bar spacing to show the whole series at once, like the other two pages.
      timeScale: { minBarSpacing: 1e-4, rightOffset: 0, timeVisible: true },
    });
    const line =
      drawn === 'candles'
        ? chart.addSeries(CandlestickSeries)
        : chart.addSeries(LineSeries, { color: '#1d4ed8', lineWidth: 2 });
    line.setData(data);
    markerApi = createSeriesMarkers(line, markers);
    showWindow(0);
  });
  // lightweight-charts has drawn by now: its chart-ready is the paint itself.
  performance.mark('chart-ready');
  performance.mark('chart-painted');
  return {
    library: drawn === 'candles' ? 'lightweight-charts, candles' : 'lightweight-charts',
    points: time.length,
    mode: 'downsampled',
    prepareMs,
    renderMs,
    drawnPoints: () => time.length,
    setWindow: (index) =>
      timeToPaint(() => {
        showWindow(index);
      }),
    toggle: () =>
      timeToPaint(() => {
        hidden = !hidden;
        markerApi?.setMarkers(markers.filter((marker) => !(hidden && marker.id === TOGGLED_EVENT)));
      }),
  };
}

window.benchPage = start();
