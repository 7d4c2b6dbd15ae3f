import { CHART_SELECTOR } from '../../export/chartDom';
import type { ChartExport } from '../../export/chartExport';
import { composeChartSvg, svgText } from '../../export/chartSvg';
import { dataCsv, eventsCsv } from '../../export/csv';
import { download, svgToPng } from '../../export/download';
import { exportFileName } from '../../export/fileName';

export type PngSize = { scale: 1 | 2 } | { width: number; height: number };
export const PRINT_SIZE = { width: 1800, height: 1000 };

/** The chart panels inside an element: each Recharts surface, not the legend's little icons. */
export function chartSurfaces(container: Element): SVGSVGElement[] {
  return [...container.querySelectorAll<SVGSVGElement>(CHART_SELECTOR.surface)];
}

function composed(container: Element, chart: ChartExport) {
  const surfaces = chartSurfaces(container);
  if (surfaces.length === 0) throw new Error('There is no chart on screen to export yet.');
  const style = getComputedStyle(container);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  // A standalone file has no stylesheet: a theme colour (a CSS variable) is written as its value.
  const resolve = (value: string) => {
    if (!value.startsWith('var(')) return value;
    const probe = document.createElement('span');
    probe.style.color = value;
    container.append(probe);
    const resolved = getComputedStyle(probe).color;
    probe.remove();
    return resolved;
  };
  const figure = {
    ...chart.figure,
    legend: chart.figure.legend.map((item) => ({ ...item, color: resolve(item.color) })),
  };
  return composeChartSvg(surfaces, figure, {
    text: color('--text', '#111827'),
    muted: color('--muted', '#4b5563'),
    background: color('--surface', '#ffffff'),
    font: style.fontFamily || 'sans-serif',
  });
}

const nameOf = (chart: ChartExport, extension: 'png' | 'svg' | 'csv', suffix = '') =>
  exportFileName(
    { symbol: chart.symbol, what: chart.mode, from: chart.from, to: chart.to },
    extension,
    suffix,
  );

export function exportSvg(container: Element, chart: ChartExport): void {
  const { svg } = composed(container, chart);
  download(new Blob([svgText(svg)], { type: 'image/svg+xml' }), nameOf(chart, 'svg'));
}

export async function exportPng(container: Element, chart: ChartExport, size: PngSize) {
  const { svg, width, height } = composed(container, chart);
  const target =
    'scale' in size
      ? { width: width * size.scale, height: height * size.scale }
      : { width: size.width, height: size.height };
  const suffix =
    'scale' in size ? `${String(size.scale)}x` : `${String(size.width)}x${String(size.height)}`;
  const blob = await svgToPng(svgText(svg), { width, height }, target);
  download(blob, nameOf(chart, 'png', suffix));
}

export function exportDataCsv(chart: ChartExport): void {
  const text = dataCsv(chart.rows, chart.abnormal);
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), nameOf(chart, 'csv', 'data'));
}

export function exportEventsCsv(chart: ChartExport): void {
  const text = eventsCsv(chart.events);
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), nameOf(chart, 'csv', 'events'));
}
