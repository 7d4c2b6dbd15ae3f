import { useEffect, useState } from 'react';
import { isChartReady, whenChartReady } from '../charts/useChartReadyMark';

/** A safety net: the chart marks itself within a second of its data, even if it draws nothing. */
const WAIT_AT_MOST_MS = 3000;

/**
 * True once the page's first chart is drawn: what sits below the chart (the navigator, the event
 * study, the peers) mounts then, so the chart's first render does not wait for theirs. True at once
 * where no chart will be drawn (the prices failed, the window holds no session).
 */
export function useAfterFirstChart(noChart: boolean): boolean {
  const [drawn, setDrawn] = useState(isChartReady);
  useEffect(() => {
    if (drawn) return;
    const stopWaiting = whenChartReady(() => {
      setDrawn(true);
    });
    const timer = setTimeout(() => {
      setDrawn(true);
    }, WAIT_AT_MOST_MS);
    return () => {
      stopWaiting();
      clearTimeout(timer);
    };
  }, [drawn]);
  return drawn || noChart;
}
