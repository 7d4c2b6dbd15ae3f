import { useEffect } from 'react';
import { whenChartReady } from '../../charts/useChartReadyMark';

// The peers-rebased and abnormal-return charts (and the parts of Recharts only they use: bars,
// legend, reference areas) are not needed for the first chart of most views: they load on their
// own, and in idle time once the first chart is drawn, so switching to them is still immediate.
export const loadComparisonChart = () =>
  import('./ComparisonChart').then((module) => module.ComparisonChart);

/** Loads the comparison charts' code in idle time once the first chart is drawn. */
export function usePrefetchAfterChart(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    // A failed prefetch costs nothing: the chart loads (and says if it cannot) when asked for.
    const prefetch = () => {
      loadComparisonChart().catch(() => undefined);
    };
    const idle = globalThis.requestIdleCallback as typeof requestIdleCallback | undefined;
    let cancel = () => {};
    const stopWaiting = whenChartReady(() => {
      if (idle) {
        const handle = idle(prefetch, { timeout: 3000 });
        cancel = () => {
          cancelIdleCallback(handle);
        };
      } else {
        const timer = setTimeout(prefetch, 1000);
        cancel = () => {
          clearTimeout(timer);
        };
      }
    });
    return () => {
      stopWaiting();
      cancel();
    };
  }, [enabled]);
}
