import { useMemo } from 'react';
import { EVENT_KIND_STYLE } from '../charts/eventStyle';
import { CHART_COLORS } from '../charts/palette';
import { colorOf } from '../charts/symbolColors';
import { abnormalReturnSeries } from '../domain/chartModel';
import { describeChart, type ChartDescription } from '../domain/chartDescription';
import { rowsInWindow } from '../domain/dailySeries';
import { isEventInWindow } from '../domain/eventPlacement';
import { dayNumber, formatTradingDate } from '../domain/tradingDate';
import { EVENT_KINDS } from '../domain/types';
import type { ChartFigure, LegendItem } from '../export/chartSvg';
import { isEventShown } from '../features/events/chartEvents';
import { shortLabel } from '../features/events/shortLabels';
import type { ChartExport } from '../features/share/exportChart';
import { STORY } from './story';
import type { useDashboardData } from './useDashboardData';
import type { ViewState } from './viewState';

/** The source line every exported or embedded chart carries. */
export const SOURCE_LINE =
  'Prices: Nasdaq, Yahoo Finance; shares: NVIDIA 10-Q/10-K; events: see sources. Market value = close × shares outstanding as of that day.';

/** The source line of a small embed, where the full one would take the chart's room. */
export const SHORT_SOURCE_LINE = 'Sources: Nasdaq, Yahoo Finance; NVIDIA 10-Q/10-K.';

/**
 * The chart's words (title, caption, alt text), its legend and the data behind it, for the view on
 * screen: what the embed shows around the chart and what every export carries.
 */
export function useChartFigure(
  view: ViewState,
  dashboard: ReturnType<typeof useDashboardData>,
  window: { from: string; to: string },
): { description: ChartDescription; figure: ChartFigure; chart: ChartExport } {
  const { rows, placedEvents, impact } = dashboard;
  const { analysis } = impact;
  // The price caption names the market value lost: it waits for the share count (or its failure)
  // rather than show a shorter sentence that rewraps, and moves what is below, a moment later.
  const waiting = !rows || (view.mode === 'price' && dashboard.data.shares.isPending);
  return useMemo(() => {
    const shownRows = rows ? rowsInWindow(rows, window.from, window.to) : [];
    const fromDay = dayNumber(window.from);
    const toDay = dayNumber(window.to);
    const events = placedEvents.filter(
      (placed) => isEventShown(placed, view) && isEventInWindow(placed, fromDay, toDay),
    );
    const described = events.map((placed) => ({
      title: placed.event.title,
      date: placed.sessionOfEffect ?? placed.start.date,
    }));
    const common = {
      companyName: STORY.companyName,
      symbol: STORY.symbol,
      rows: shownRows,
      events: described,
    };
    const study = analysis?.study.status === 'ok' ? analysis.study : null;
    const description = describeChart(
      view.mode === 'price'
        ? { ...common, metric: 'price' }
        : view.mode === 'rebased'
          ? {
              ...common,
              metric: 'rebased',
              baseDate: view.rebaseDate,
              moveDate: STORY.shockDate,
              series: analysis ? [analysis.subject, ...analysis.peers] : [],
            }
          : { ...common, metric: 'abnormal', benchmark: view.benchmark, study },
    );

    const legend: LegendItem[] = [];
    if (view.mode === 'price') {
      legend.push({ label: 'Close', color: CHART_COLORS.price, dash: '', shape: 'line' });
      legend.push({
        label: 'Market value',
        color: CHART_COLORS.marketValue,
        dash: '',
        shape: 'line',
      });
    }
    if (view.mode === 'rebased') {
      for (const series of analysis ? [analysis.subject, ...analysis.peers] : []) {
        if (series.rebased)
          legend.push({
            label: series.symbol,
            color: colorOf(series.symbol),
            dash: '',
            shape: 'line',
          });
      }
    }
    for (const kind of EVENT_KINDS) {
      const ofKind = events.filter((placed) => placed.event.kind === kind);
      const style = EVENT_KIND_STYLE[kind];
      if (ofKind.some((placed) => !placed.band))
        legend.push({
          label: `${style.label} event`,
          color: style.color,
          dash: style.dash,
          shape: 'line',
        });
      for (const band of ofKind.filter((placed) => placed.band))
        legend.push({ label: shortLabel(band.event), color: style.color, dash: '', shape: 'band' });
    }
    // Until the prices arrive there is nothing to describe, and "no session" would be untrue.
    if (waiting) {
      description.caption = 'Loading the data…';
      description.alt = `${description.title}: loading the data.`;
    }
    const title = view.title ?? description.title;
    const figure: ChartFigure = {
      title,
      caption: description.caption,
      alt: view.title ? `${view.title}. ${description.alt}` : description.alt,
      source: `${SOURCE_LINE} Data from ${formatTradingDate(window.from)} to ${formatTradingDate(window.to)}.`,
      legend,
    };
    const chart: ChartExport = {
      figure,
      symbol: STORY.symbol,
      metric: view.mode,
      from: shownRows[0]?.date ?? window.from,
      to: shownRows.at(-1)?.date ?? window.to,
      rows: shownRows,
      abnormal: study ? abnormalReturnSeries(study, window.from, window.to) : [],
      events,
    };
    return { description: { ...description, title, alt: figure.alt }, figure, chart };
  }, [rows, waiting, placedEvents, analysis, view, window.from, window.to]);
}
