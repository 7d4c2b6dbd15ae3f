import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstChart } from '../../src/app/useAfterFirstChart';
import {
  CHART_READY_MARK,
  isChartReady,
  useChartReadyMark,
  whenChartReady,
} from '../../src/charts/useChartReadyMark';
import { CHART_ATTRIBUTE } from '../../src/export/chartDom';

/** A drawn series in the document, which is what the chart-ready mark waits for. */
function drawSeries(): () => void {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute(CHART_ATTRIBUTE.series, 'price');
  svg.append(path);
  document.body.append(svg);
  return () => {
    svg.remove();
  };
}

const frame = () =>
  act(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          resolve();
        });
      }),
  );

beforeEach(() => {
  performance.clearMarks(CHART_READY_MARK);
});

afterEach(() => {
  vi.useRealTimers();
  performance.clearMarks(CHART_READY_MARK);
});

describe('whenChartReady', () => {
  it('calls back at once when the chart is already drawn', () => {
    performance.mark(CHART_READY_MARK);
    const callback = vi.fn();
    whenChartReady(callback);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('calls back once the chart marks itself, and not after being stopped', async () => {
    const undraw = drawSeries();
    const called = vi.fn();
    const stopped = vi.fn();
    whenChartReady(called);
    const stop = whenChartReady(stopped);
    stop();
    expect(called).not.toHaveBeenCalled();

    renderHook(() => {
      useChartReadyMark(true);
    });
    await frame();
    await frame();
    expect(isChartReady()).toBe(true);
    expect(called).toHaveBeenCalledTimes(1);
    expect(stopped).not.toHaveBeenCalled();
    undraw();
  });
});

describe('useAfterFirstChart', () => {
  it('waits for the first chart, then lets what is below it mount', async () => {
    const undraw = drawSeries();
    const after = renderHook(() => useAfterFirstChart(false));
    expect(after.result.current).toBe(false);

    renderHook(() => {
      useChartReadyMark(true);
    });
    await frame();
    await frame();
    expect(after.result.current).toBe(true);
    undraw();
  });

  it('does not wait when no chart will be drawn', () => {
    const { result } = renderHook(() => useAfterFirstChart(true));
    expect(result.current).toBe(true);
  });

  it('does not wait for ever for a chart that never marks itself', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useAfterFirstChart(false));
    act(() => {
      vi.advanceTimersByTime(2900);
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(result.current).toBe(true);
  });

  it('starts true on a page whose chart is already drawn', () => {
    performance.mark(CHART_READY_MARK);
    const { result } = renderHook(() => useAfterFirstChart(false));
    expect(result.current).toBe(true);
  });
});
