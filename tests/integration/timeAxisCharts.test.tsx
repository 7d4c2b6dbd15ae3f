import { cleanup, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pricesBySymbol, sharesBySymbol } from '../../mocks/dataset';
import {
  AbnormalReturnChart,
  type AbnormalReturnPoint,
} from '../../src/charts/AbnormalReturnChart';
import { MarketValueChart } from '../../src/charts/MarketValueChart';
import { PriceChart } from '../../src/charts/PriceChart';
import { RebasedChart, type RebasedRow } from '../../src/charts/RebasedChart';
import { colorOf } from '../../src/charts/symbolColors';
import { usePlotPoints } from '../../src/charts/usePlotPoints';
import { buildSessionRows, type SessionRow } from '../../src/domain/dailySeries';
import { timeTicks } from '../../src/domain/timeTicks';
import { dateOfDayNumber, dayNumber } from '../../src/domain/tradingDate';
import type { PriceBar } from '../../src/domain/types';

/** Points in the drawn line's path (one M or L each). */
function pathPoints(container: HTMLElement, selector: string): number {
  const d = container.querySelector(`${selector} path.recharts-line-curve`)?.getAttribute('d');
  return (d?.match(/[ML]/g) ?? []).length;
}

/** Runs `body` with every element (and every chart's container) `width` px wide. */
function withWidth(width: number, body: () => void): void {
  const saved = {
    observer: globalThis.ResizeObserver,
    descriptor: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  };
  class Sized implements ResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element): void {
      const rect = { x: 0, y: 0, top: 0, left: 0, width, height: 300, right: width, bottom: 300 };
      const entry = { target, contentRect: { ...rect, toJSON: () => rect } };
      this.callback([entry as unknown as ResizeObserverEntry], this);
    }
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver = Sized;
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => width,
  });
  try {
    body();
  } finally {
    globalThis.ResizeObserver = saved.observer;
    if (saved.descriptor)
      Object.defineProperty(HTMLElement.prototype, 'clientWidth', saved.descriptor);
  }
}

function yTicks(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[class*=yAxis] .recharts-cartesian-axis-tick-value')].map(
    (tick) => tick.textContent,
  );
}

describe('the market-value chart', () => {
  it('plots close x shares on a trillion-dollar axis, not the close', () => {
    const rows = buildSessionRows(
      pricesBySymbol.get('NVDA') ?? [],
      sharesBySymbol.get('NVDA') ?? [],
    ).filter((row) => row.date >= '2025-01-02' && row.date <= '2025-02-28');
    const { container } = render(
      <MarketValueChart
        rows={rows}
        fromDay={dayNumber('2025-01-02')}
        toDay={dayNumber('2025-02-28')}
        height={180}
        syncId="test"
        description="test"
      />,
    );
    expect(pathPoints(container, '.market-value-line')).toBe(rows.length);
    const ticks = yTicks(container);
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(/^\$\d+(\.\d+)?T$/);
  });
});

describe('the price chart with a long synthetic series (not market data)', () => {
  const START = dayNumber('2000-01-03');
  const SESSIONS = 5000;
  const bars: PriceBar[] = Array.from({ length: SESSIONS }, (_, i) => {
    const close = 100 + 20 * Math.sin(i / 40) + (i % 7);
    return {
      date: dateOfDayNumber(START + i),
      open: close,
      high: close + 1,
      low: close - 1,
      close,
      adjClose: close,
      volume: 1,
    };
  });
  const rows = buildSessionRows(bars, []);
  const chart = (downsample: boolean) =>
    render(
      <PriceChart
        rows={rows}
        fromDay={START}
        toDay={START + SESSIONS - 1}
        events={[]}
        eventNotes={new Map()}
        height={300}
        syncId="test"
        description="test"
        logScale={false}
        downsample={downsample}
      />,
    );

  it('hands Recharts about 2 points per pixel of the plot', () => {
    const { container } = chart(true);
    const points = pathPoints(container, '.price-line');
    // The 900 px test container less the y axis and margins: an 808 px plot.
    expect(points).toBeGreaterThan(400);
    expect(points).toBeLessThanOrEqual(2 * 808);
  });

  it('draws every session when asked not to downsample', () => {
    const { container } = chart(false);
    expect(pathPoints(container, '.price-line')).toBe(SESSIONS);
  });
});

describe('usePlotPoints', () => {
  // Shares that change every session, so the market value's extremes are not the close's.
  const START = dayNumber('2000-01-03');
  const SESSIONS = 5000;
  const dates = Array.from({ length: SESSIONS }, (_, i) => dateOfDayNumber(START + i));
  const bars: PriceBar[] = dates.map((date, i) => {
    const close = 100 + 20 * Math.sin(i / 40);
    return { date, open: close, high: close, low: close, close, adjClose: close, volume: 1 };
  });
  const shares = dates.map((asOf, i) => ({
    asOf,
    shares: 1e9 * (1 + ((i * 7919) % 1000) / 1000),
    source: 'synthetic',
  }));
  const rows = buildSessionRows(bars, shares);
  const marketValueOf = (row: SessionRow) => row.marketValue;
  const CHROME = { yAxis: 68, left: 0, right: 24 };

  function Probe({ onPoints }: { onPoints: (points: unknown[]) => void }) {
    const { measure, points } = usePlotPoints(rows, marketValueOf, CHROME, {
      fromDay: START,
      toDay: START + SESSIONS - 1,
    });
    onPoints(points);
    return <div ref={measure} />;
  }

  it('keeps the highest and lowest of the value it is given, not of the close', () => {
    let points: unknown[] = [];
    render(
      <Probe
        onPoints={(latest) => {
          points = latest;
        }}
      />,
    );
    const kept = new Set(points);
    expect(kept.size).toBeLessThan(SESSIONS / 2);
    const byValue = [...rows].sort((a, b) => (a.marketValue ?? 0) - (b.marketValue ?? 0));
    expect(kept.has(byValue[0])).toBe(true);
    expect(kept.has(byValue.at(-1))).toBe(true);
  });
});

describe('the comparison charts', () => {
  const FROM = dayNumber('2025-01-02');
  const days = Array.from({ length: 40 }, (_, i) => FROM + i);
  const rebased: RebasedRow[] = days.map((day, i) => ({
    day,
    date: dateOfDayNumber(day),
    NVDA: 100 - i,
    AMD: 100 + i / 2,
  }));
  const abnormal: AbnormalReturnPoint[] = days.map((day, i) => ({
    day,
    date: dateOfDayNumber(day),
    relativeDay: i - 20,
    ar: ((i % 5) - 2) / 100,
    car: i < 18 ? null : (i - 18) / -100,
  }));
  const common = { fromDay: FROM, toDay: FROM + 39, events: [], height: 300, description: 'test' };
  const charts = () => (
    <>
      <RebasedChart
        {...common}
        rows={rebased}
        symbols={['NVDA', 'AMD']}
        baseDay={FROM}
        baseDate="2025-01-02"
      />
      <AbnormalReturnChart
        {...common}
        points={abnormal}
        estimation={{ fromDay: FROM, toDay: FROM + 15 }}
        day0={FROM + 20}
        benchmark="QQQ"
      />
    </>
  );
  const xTicks = (chart: Element | null) =>
    chart?.querySelectorAll('[class*=xAxis] .recharts-cartesian-axis-tick-value').length ?? 0;

  it('show as many x ticks as fit their width, and every one of them', () => {
    // 900 px: room for the most, 8; 400 px less the y axis and margins: 3, 80 px apart.
    const { container } = render(charts());
    for (const chart of ['.rebased-chart', '.abnormal-chart'])
      expect(xTicks(container.querySelector(chart))).toBe(timeTicks(FROM, FROM + 39, 8).length);
    cleanup();
    withWidth(400, () => {
      const narrow = render(charts()).container;
      for (const chart of ['.rebased-chart', '.abnormal-chart'])
        expect(xTicks(narrow.querySelector(chart))).toBe(timeTicks(FROM, FROM + 39, 3).length);
    });
    expect(timeTicks(FROM, FROM + 39, 3).length).toBeLessThan(timeTicks(FROM, FROM + 39, 8).length);
  });

  it('draw with the theme: every colour a theme variable or a symbol colour', () => {
    const { container } = render(charts());
    const allowed = new Set(['none', colorOf('NVDA'), colorOf('AMD')]);
    const colours = [...container.querySelectorAll('.event-chart svg *')].flatMap((node) =>
      ['fill', 'stroke'].map((name) => node.getAttribute(name) ?? 'none'),
    );
    expect(colours.length).toBeGreaterThan(50);
    for (const colour of colours)
      expect(colour.startsWith('var(--') || allowed.has(colour), colour).toBe(true);
  });

  it('stamp the chart for export: the SVG of the panel, not the legend icons; the drawn series', () => {
    const { container } = render(charts());
    const surfaces = [...container.querySelectorAll('[data-chart-surface]')];
    expect(surfaces.map((surface) => surface.getAttribute('data-chart-surface'))).toEqual([
      'rebased',
      'abnormal',
    ]);
    expect(surfaces.every((surface) => surface.tagName === 'svg')).toBe(true);
    expect(container.querySelectorAll('svg').length).toBeGreaterThan(2);
    const series = [...container.querySelectorAll('[data-chart-series]')].map((drawn) =>
      drawn.getAttribute('data-chart-series'),
    );
    expect(new Set(series)).toEqual(new Set(['NVDA', 'AMD', 'ar', 'car']));
  });
});
