/**
 * Our chart on the benchmark: the app's own PriceChart (imported from src, with its event overlays)
 * drawing the SYNTHETIC series. In "downsampled" mode the series stays in columns (typed arrays) and
 * each window is cut down by the domain layer's M4 before React sees it, as many rows as the plot has
 * room for; in "full" mode every row of the window is made a SessionRow and drawn as it is.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ChartEvent } from '../../../src/charts/chartEvent';
import { plotWidthIn } from '../../../src/charts/plotPoints';
import { candleBuckets, candleBucketsForWidth } from '../../../src/domain/candleBuckets';
import { PriceChart } from '../../../src/charts/PriceChart';
import { Y_AXIS_WIDTH } from '../../../src/charts/timeAxis';
import { useChartReadyMark } from '../../../src/charts/useChartReadyMark';
import type { SessionRow } from '../../../src/domain/dailySeries';
import { bucketsForWidth, m4Indices } from '../../../src/domain/downsample';
import { lowerBound } from '../../../src/domain/search';
import { isEventInWindow, placeEvents } from '../../../src/domain/eventPlacement';
import { dateOfDayNumber } from '../../../src/domain/tradingDate';
import '../../../src/styles.css';
import { SYNTHETIC_END, SYNTHETIC_LABEL, SYNTHETIC_START } from '../synthetic';
import {
  buildSeries,
  CHART_HEIGHT,
  chartContainer,
  pageParams,
  SECONDS_PER_DAY,
  STORY_EVENTS,
  TOGGLED_EVENT,
  timeToPaint,
  windowTimes,
  type BenchPage,
} from './common';

const { points, mode, chart } = pageParams();
const { series, ms: seriesMs } = buildSeries(points);
const { time, close } = series;
const count = time.length;
const dayOf = (index: number) => (time[index] ?? NaN) / SECONDS_PER_DAY;

// Many points share a calendar day: its date string is made once.
const dates = new Map<number, string>();
function dateOf(day: number): string {
  const whole = Math.floor(day);
  let date = dates.get(whole);
  if (date === undefined) {
    date = dateOfDayNumber(whole);
    dates.set(whole, date);
  }
  return date;
}

/** A synthetic session row for one point (no OHLC of its own: open = high = low = close). */
function sessionRow(index: number): SessionRow {
  const value = close[index] ?? NaN;
  const previous = index > 0 ? (close[index - 1] ?? null) : null;
  const day = dayOf(index);
  return {
    date: dateOf(day),
    open: value,
    high: value,
    low: value,
    close: value,
    adjClose: value,
    volume: null,
    day,
    previousClose: previous,
    change: previous === null ? null : value - previous,
    changePct: previous === null ? null : value / previous - 1,
    marketValue: null,
    marketValueChange: null,
    shares: null,
    breakBefore: false,
  };
}

// The events placed on a synthetic calendar of weekdays over the series' span.
const sessions: string[] = [];
for (let day = SYNTHETIC_START / SECONDS_PER_DAY; day <= SYNTHETIC_END / SECONDS_PER_DAY; day++) {
  const weekday = new Date(day * SECONDS_PER_DAY * 1000).getUTCDay();
  if (weekday !== 0 && weekday !== 6) sessions.push(dateOfDayNumber(day));
}
const placed = placeEvents(STORY_EVENTS, sessions).placed;
const allEvents: ChartEvent[] = placed.map((event, index) => ({
  ...event,
  label: event.event.title.length > 22 ? `${event.event.title.slice(0, 21)}…` : event.event.title,
  priority: index,
}));

// "full" mode: every row made once, up front (not timed); each window is a slice of them.
const prepareStart = performance.now();
const allRows: SessionRow[] =
  mode === 'full' ? Array.from({ length: count }, (_, i) => sessionRow(i)) : [];
// chart=candles: the points' indices, so the domain's candleBuckets reads the columns in place.
const indices = chart === 'candles' ? Uint32Array.from({ length: count }, (_, i) => i) : null;
const prepareMs = seriesMs + performance.now() - prepareStart;

const openOf = (index: number) => close[index > 0 ? index - 1 : index] ?? NaN;

/** The candles of points `start` to `end - 1`, one per pixel column, as rows for the chart. */
function candleRows(start: number, end: number, domain: [number, number]): SessionRow[] {
  if (!indices) return [];
  const part = indices.subarray(start, end);
  const buckets = candleBuckets(
    part,
    {
      x: dayOf,
      // candleOf's numbers, read without making an object per point.
      open: openOf,
      high: (index) => Math.max(openOf(index), close[index] ?? NaN),
      low: (index) => Math.min(openOf(index), close[index] ?? NaN),
      close: (index) => close[index] ?? NaN,
      volume: () => null,
    },
    { buckets: candleBucketsForWidth(plotWidth), domain },
  );
  return buckets.map((bucket) => ({
    ...sessionRow(part[bucket.last] ?? 0),
    open: bucket.open,
    high: bucket.high,
    low: bucket.low,
  }));
}

const container = chartContainer();
const plotWidth = plotWidthIn(container.clientWidth, { yAxis: Y_AXIS_WIDTH, left: 0, right: 24 });

interface View {
  rows: SessionRow[];
  fromDay: number;
  toDay: number;
  events: ChartEvent[];
}

let windowIndex = 0;
let hidden = false;

function eventsIn(fromDay: number, toDay: number): ChartEvent[] {
  return allEvents.filter(
    (event) =>
      isEventInWindow(event, fromDay, toDay) && !(hidden && event.event.id === TOGGLED_EVENT),
  );
}

/** What React gets for a window: the M4 rows of the window (downsampled) or all of its rows (full). */
function view(): View {
  const [fromTime, toTime] = windowTimes(windowIndex);
  const fromDay = fromTime / SECONDS_PER_DAY;
  const toDay = toTime / SECONDS_PER_DAY;
  const start = lowerBound(count, (index) => time[index] ?? NaN, fromTime);
  const end = lowerBound(count, (index) => time[index] ?? NaN, toTime + 1);
  const rows =
    mode === 'full'
      ? allRows.slice(start, end)
      : chart === 'candles'
        ? candleRows(start, end, [fromDay, toDay])
        : m4Indices({ x: dayOf, y: (index) => close[index] ?? NaN }, start, end, {
            buckets: bucketsForWidth(plotWidth),
            domain: [fromDay, toDay],
          }).map(sessionRow);
  return { rows, fromDay, toDay, events: eventsIn(fromDay, toDay) };
}

function Bench({ rows, fromDay, toDay, events }: View) {
  // The app's own mark, as the dashboard sets it (src/features/impact/ImpactPanel.tsx).
  useChartReadyMark(rows.length > 0);
  return (
    <PriceChart
      rows={rows}
      fromDay={fromDay}
      toDay={toDay}
      events={events}
      height={CHART_HEIGHT}
      syncId="bench"
      description={SYNTHETIC_LABEL}
      logScale={false}
      chartType={chart}
      downsample={mode !== 'full'}
    />
  );
}

const root = createRoot(container);
let current: View = { rows: [], fromDay: 0, toDay: 0, events: [] };
const draw = () => {
  flushSync(() => {
    root.render(<Bench {...current} />);
  });
};
/** What shows the window is drawn: the line's path, or the candles' shapes. */
const drawnMark = (): string | null => {
  if (chart === 'line')
    return (
      container.querySelector('.price-line path.recharts-line-curve')?.getAttribute('d') ?? null
    );
  const layer = container.querySelector('.candle-layer');
  return layer && layer.childElementCount > 0 ? layer.innerHTML : null;
};

const toggledShown = () => container.querySelector(`[data-event-id="${TOGGLED_EVENT}"]`) !== null;

async function start(): Promise<BenchPage> {
  performance.mark('render-start');
  // Timed from here: the first window's M4 (or slice) and rows, then React and Recharts.
  const renderMs = await timeToPaint(
    () => {
      current = view();
      draw();
    },
    () => drawnMark() !== null,
  );
  performance.mark('chart-painted');
  return {
    library: chart === 'candles' ? 'ours (Recharts), candles' : 'ours (Recharts)',
    points: count,
    mode,
    prepareMs,
    renderMs,
    drawnPoints: () => current.rows.length,
    setWindow: (index) => {
      const before = drawnMark();
      return timeToPaint(
        () => {
          windowIndex = index;
          current = view();
          draw();
        },
        () => {
          const mark = drawnMark();
          return mark !== null && mark !== before;
        },
      );
    },
    toggle: () => {
      hidden = !hidden;
      return timeToPaint(
        () => {
          current = { ...current, events: eventsIn(current.fromDay, current.toDay) };
          draw();
        },
        () => toggledShown() === !hidden,
      );
    },
  };
}

window.benchPage = start();
