import { useChartDrawn } from '../charts/useChartReadyMark';

/** A safety net: the chart marks itself within a second of its data, even if it draws nothing. */
const WAIT_AT_MOST_MS = 3000;

/**
 * True once the page's first chart is drawn: what sits below the chart (the navigator, the event
 * study, the peers) mounts then, so the chart's first render does not wait for theirs. True at once
 * where no chart will be drawn (the prices failed, the window holds no session).
 */
export function useAfterFirstChart(noChart: boolean): boolean {
  return useChartDrawn(WAIT_AT_MOST_MS) || noChart;
}
