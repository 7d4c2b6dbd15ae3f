/**
 * uPlot (1.6.32) on the benchmark: the same SYNTHETIC series, window and event lines as our page, on
 * a canvas. uPlot takes the typed arrays as they are and thins the path per pixel itself. Benchmark
 * page only: uPlot is a devDependency and never part of the app.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import {
  buildSeries,
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

const { points } = pageParams();
const { series, ms: prepareMs } = buildSeries(points);
const { time, close } = series;
const container = chartContainer();
const eventTimes = STORY_EVENTS.map((event) => ({ id: event.id, time: eventSeconds(event.start) }));
let hidden = false;

/** The event lines, drawn after the series on every redraw (the usual uPlot way: a draw hook). */
function drawEvents(plot: uPlot) {
  const { ctx } = plot;
  const { top, height } = plot.bbox;
  ctx.save();
  ctx.strokeStyle = '#7c3aed';
  ctx.lineWidth = devicePixelRatio;
  for (const event of eventTimes) {
    if (hidden && event.id === TOGGLED_EVENT) continue;
    const x = plot.valToPos(event.time, 'x', true);
    if (x < plot.bbox.left || x > plot.bbox.left + plot.bbox.width) continue;
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + height);
    ctx.stroke();
  }
  ctx.restore();
}

let plot: uPlot | null = null;

async function start(): Promise<BenchPage> {
  performance.mark('render-start');
  const [from, to] = windowTimes(0);
  const renderMs = await timeToPaint(() => {
    plot = new uPlot(
      {
        width: CHART_WIDTH,
        height: CHART_HEIGHT,
        scales: { x: { time: true, min: from, max: to } },
        series: [{}, { label: 'Close (synthetic)', stroke: '#1d4ed8', width: 2 }],
        hooks: { draw: [drawEvents] },
        legend: { show: false },
        cursor: { show: true },
      },
      [time, close],
      container,
    );
  });
  // uPlot has drawn by now: its chart-ready is the paint itself.
  performance.mark('chart-ready');
  performance.mark('chart-painted');
  return {
    library: 'uPlot',
    points: time.length,
    mode: 'downsampled',
    prepareMs,
    renderMs,
    drawnPoints: () => time.length,
    setWindow: (index) =>
      timeToPaint(() => {
        const [min, max] = windowTimes(index);
        plot?.setScale('x', { min, max });
      }),
    toggle: () =>
      timeToPaint(() => {
        hidden = !hidden;
        // Cached paths: only the canvas is redrawn, as a uPlot app would on an overlay change.
        plot?.redraw(false, false);
      }),
  };
}

window.benchPage = start();
