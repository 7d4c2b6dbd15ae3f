/**
 * The rendered page as the integration tests read it: the lines drawn, the event labels, the error
 * in the chart column. The selectors come from ./selectors, so no test names a Recharts class.
 */
import { waitFor, type waitForOptions } from '@testing-library/react';
import { expect } from 'vitest';
import { chartSelector, type ChartName, type LineName } from './selectors';

/** Points in an SVG path: one M or L command each. */
export const pathPoints = (d: string): number => (d.match(/[ML]/g) ?? []).length;

/** Pieces of an SVG path: one M command each, so a line with one break has two. */
export const pathMoves = (d: string): number => (d.match(/M/g) ?? []).length;

export function appPage(container: HTMLElement) {
  /** The path of a line as drawn now: '' when it is not drawn. */
  const linePath = (line: LineName): string =>
    container.querySelector(chartSelector.line(line))?.getAttribute('d') ?? '';

  /** Waits until a line is drawn, and gives its path. */
  const drawnLine = (line: LineName, options?: waitForOptions): Promise<string> =>
    waitFor(() => {
      const d = linePath(line);
      expect(d, `the ${line} drawn`).not.toBe('');
      return d;
    }, options);

  /** The alerts in the chart column (the benchmark and peers panels may show their own). */
  const chartAlerts = (): HTMLElement[] => [
    ...container.querySelectorAll<HTMLElement>('.chart-column [role="alert"]'),
  ];

  return {
    linePath,
    drawnLine,
    /** Waits until the price line is drawn, and gives its path. */
    priceLine: (options?: waitForOptions) => drawnLine('price-line', options),
    /** The <svg> of a chart panel, or null. */
    surface: (chart: ChartName) => container.querySelector(chartSelector.surface(chart)),
    /** The text of a chart's y-axis tick labels. */
    yTicks: (chart: ChartName): string[] =>
      [...container.querySelectorAll(chartSelector.yTickValues(chart))].map(
        (tick) => tick.textContent,
      ),
    /** The ids of the events drawn with a label of their own (not gathered in a "+N" chip). */
    eventLabels: (): string[] =>
      [...container.querySelectorAll('[data-event-label]')].map(
        (label) => label.getAttribute('data-event-label') ?? '',
      ),
    chartAlerts,
    /** Waits until the chart column holds exactly one alert, and gives it. */
    alertInChart: (options?: waitForOptions): Promise<HTMLElement> =>
      waitFor(() => {
        const alerts = chartAlerts();
        expect(alerts).toHaveLength(1);
        return alerts[0] as HTMLElement;
      }, options),
  };
}

export type AppPage = ReturnType<typeof appPage>;
