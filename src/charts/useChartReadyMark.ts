import { useEffect, useState } from 'react';
import { CHART_SELECTOR } from '../export/chartDom';

export const CHART_READY_MARK = 'chart-ready';

const waiting = new Set<() => void>();

/** Whether the page's first chart has been drawn (the mark made). */
export function isChartReady(): boolean {
  return (
    typeof performance !== 'undefined' && performance.getEntriesByName(CHART_READY_MARK).length > 0
  );
}

/** Calls back once, when the page's first chart is drawn; returns the way to stop waiting. */
export function whenChartReady(callback: () => void): () => void {
  if (isChartReady()) {
    callback();
    return () => {};
  }
  waiting.add(callback);
  return () => {
    waiting.delete(callback);
  };
}

/**
 * True once the page's first chart is drawn: for the parts of a chart that can come after it. With
 * `waitAtMostMs`, true after that long in any case, for what must not wait on a chart that never
 * marks itself.
 */
export function useChartDrawn(waitAtMostMs?: number): boolean {
  const [drawn, setDrawn] = useState(isChartReady);
  useEffect(() => {
    if (drawn) return;
    const show = () => {
      setDrawn(true);
    };
    const stopWaiting = whenChartReady(show);
    const timer = waitAtMostMs === undefined ? undefined : setTimeout(show, waitAtMostMs);
    return () => {
      stopWaiting();
      clearTimeout(timer);
    };
  }, [drawn, waitAtMostMs]);
  return drawn;
}

function markChartReady(): void {
  if (!isChartReady()) performance.mark(CHART_READY_MARK);
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

/**
 * Marks the first frame in which a chart with data is on screen, once per page load. An SVG chart
 * is not a Largest Contentful Paint candidate, so the benchmark and the export script wait for this
 * mark instead.
 */
export function useChartReadyMark(ready: boolean): void {
  useEffect(() => {
    if (!ready || typeof performance === 'undefined') return;
    if (isChartReady()) return;
    // The responsive container draws the series a frame or two after this effect, once it has
    // measured itself: wait for a drawn series (a second at most) rather than mark an empty frame.
    let frame = 0;
    let frames = 0;
    const check = () => {
      const drawn = document.querySelector(CHART_SELECTOR.series) !== null;
      if (!drawn && frames++ < 60) {
        frame = requestAnimationFrame(check);
        return;
      }
      markChartReady();
    };
    frame = requestAnimationFrame(check);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [ready]);
}
