import { describe, expect, it } from 'vitest';
import { maxTicksFor, plotPoints, plotWidthIn } from '../../src/charts/plotPoints';
import { isSessionRow, withLineGaps } from '../../src/charts/lineGaps';
import { buildSessionRows, type SessionRow } from '../../src/domain/dailySeries';
import { at } from '../support/builders';
import * as fixtures from '../support/fixtures';

const rows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());
const first = at(rows, 0);
const last = at(rows, rows.length - 1);
const closeOf = (row: SessionRow) => row.close;

/** A long synthetic series of session rows: a copy of the real rows every 1/64 of a day. */
function longSeries(count: number, breakAt: number): SessionRow[] {
  return Array.from({ length: count }, (_, index) => {
    const row = at(rows, index % rows.length);
    return {
      ...row,
      day: first.day + index / 64,
      close: row.close + (index % 7),
      breakBefore: index === breakAt,
    };
  });
}

describe('the points a time-axis chart hands Recharts', () => {
  it('leaves the real 241 sessions as they are, the same row objects, at the page widths', () => {
    for (const width of [320, 900, 1280]) {
      const points = plotPoints(
        rows,
        closeOf,
        plotWidthIn(width, { yAxis: 68, left: 0, right: 24 }),
        [first.day, last.day],
      );
      expect(points).toEqual(withLineGaps(rows));
      points.forEach((point, index) => {
        expect(point).toBe(rows[index]);
      });
    }
  });

  it('gives a long series at most 2 points per pixel, with its extremes, its breaks and real rows', () => {
    const series = longSeries(50_000, 20_000);
    const plotWidth = 808;
    const domain = [at(series, 0).day, at(series, series.length - 1).day] as const;
    const points = plotPoints(series, closeOf, plotWidth, domain);
    const sessions = points.filter(isSessionRow);
    expect(sessions.length).toBeLessThanOrEqual(2 * plotWidth);
    expect(sessions.every((row) => series.includes(row))).toBe(true);
    const closes = series.map(closeOf);
    expect(Math.min(...sessions.map(closeOf))).toBe(Math.min(...closes));
    expect(Math.max(...sessions.map(closeOf))).toBe(Math.max(...closes));
    // The break is kept, with a gap point before it so the line is not drawn across.
    const breakIndex = points.indexOf(at(series, 20_000));
    expect(breakIndex).toBeGreaterThan(0);
    expect(points[breakIndex - 1]).toMatchObject({ gap: true });
    expect(points[breakIndex - 2]).toBe(at(series, 19_999));
  });

  it('draws every row when asked for no downsampling (plot width Infinity)', () => {
    const series = longSeries(5000, -1);
    expect(plotPoints(series, closeOf, Infinity, [0, 1])).toHaveLength(5000);
  });

  it('assumes a wide plot for a container not laid out, and fewer x ticks on a narrow one', () => {
    expect(plotWidthIn(0, { yAxis: 68, left: 0, right: 24 })).toBe(1600);
    expect(plotWidthIn(900, { yAxis: 68, left: 0, right: 24 })).toBe(808);
    expect([null, 160, 228, 400, 808, Infinity].map(maxTicksFor)).toEqual([8, 2, 2, 5, 8, 8]);
  });
});
