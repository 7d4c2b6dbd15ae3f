import { useEffect } from 'react';

export const CHART_READY_MARK = 'chart-ready';

/**
 * Marks the first frame in which a chart with data is on screen, once per page load. An SVG chart
 * is not a Largest Contentful Paint candidate, so the benchmark and the export script wait for this
 * mark instead.
 */
export function useChartReadyMark(ready: boolean): void {
  useEffect(() => {
    if (!ready || typeof performance === 'undefined') return;
    if (performance.getEntriesByName(CHART_READY_MARK).length > 0) return;
    const frame = requestAnimationFrame(() => {
      if (performance.getEntriesByName(CHART_READY_MARK).length === 0) {
        performance.mark(CHART_READY_MARK);
      }
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [ready]);
}
