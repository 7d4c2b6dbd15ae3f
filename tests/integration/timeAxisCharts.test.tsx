import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pricesBySymbol, sharesBySymbol } from '../../mocks/dataset';
import { MarketValueChart } from '../../src/charts/MarketValueChart';
import { PriceChart } from '../../src/charts/PriceChart';
import { usePlotPoints } from '../../src/charts/usePlotPoints';
import { buildSessionRows, type SessionRow } from '../../src/domain/dailySeries';
import { dateOfDayNumber, dayNumber } from '../../src/domain/tradingDate';
import type { PriceBar } from '../../src/domain/types';

/** Points in the drawn line's path (one M or L each). */
function pathPoints(container: HTMLElement, selector: string): number {
  const d = container.querySelector(`${selector} path.recharts-line-curve`)?.getAttribute('d');
  return (d?.match(/[ML]/g) ?? []).length;
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
