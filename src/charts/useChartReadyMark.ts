import { useEffect } from 'react';

export const CHART_READY_MARK = 'chart-ready';
const DRAWN_SERIES = '.recharts-line-curve, .recharts-bar-rectangle';

/**
 * Marks the first frame in which a chart with data is on screen, once per page load. An SVG chart
 * is not a Largest Contentful Paint candidate, so the benchmark and the export script wait for this
 * mark instead.
 */
export function useChartReadyMark(ready: boolean): void {
  useEffect(() => {
    if (!ready || typeof performance === 'undefined') return;
    if (performance.getEntriesByName(CHART_READY_MARK).length > 0) return;
    // The responsive container draws the series a frame or two after this effect, once it has
    // measured itself: wait for a drawn series (a second at most) rather than mark an empty frame.
    let frame = 0;
    let frames = 0;
    const check = () => {
      const drawn = document.querySelector(DRAWN_SERIES) !== null;
      if (!drawn && frames++ < 60) {
        frame = requestAnimationFrame(check);
        return;
      }
      if (performance.getEntriesByName(CHART_READY_MARK).length === 0) {
        performance.mark(CHART_READY_MARK);
      }
    };
    frame = requestAnimationFrame(check);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [ready]);
}
