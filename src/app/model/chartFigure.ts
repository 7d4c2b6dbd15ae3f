import type { ChartEvent } from '../../charts/chartEvent';
import { EVENT_KIND_STYLE } from '../../charts/eventStyle';
import { CHART_COLORS } from '../../charts/palette';
import { colorOf } from '../../charts/symbolColors';
import { notesSentence } from '../../domain/annotations';
import { abnormalReturnSeries } from '../../domain/chartModel';
import {
  describeChart,
  type ChartDescription,
  type DescribeInput,
} from '../../domain/chartDescription';
import type { SessionRow } from '../../domain/dailySeries';
import type { EventStudy } from '../../domain/eventStudy';
import type { PeerMove } from '../../domain/impactAnalysis';
import { formatTradingDate, type TradingDate } from '../../domain/tradingDate';
import { OVERLAY_KINDS } from '../../domain/types';
import type { ChartMode } from '../../domain/vocabulary';
import type { ChartFigure, LegendItem } from '../../export/chartSvg';
import type { ChartExport } from '../../export/chartExport';
import { STORY } from '../../story/story';
import { showsVolume, type ViewState } from '../viewState';

/** What the figure is made from: the view's choices and the model's steps for it. */
export interface FigureInput {
  view: ViewState;
  window: { from: TradingDate; to: TradingDate };
  /** The sessions drawn. */
  rows: readonly SessionRow[];
  /** The overlays drawn: switched on and inside the window. */
  events: readonly ChartEvent[];
  /** The subject and its peers, rebased; null until the analysis has run. */
  compared: readonly PeerMove[] | null;
  study: EventStudy | null;
  /** Nothing to describe yet (the prices, or the share count the price caption names). */
  waiting: boolean;
}

export interface ChartWords {
  description: ChartDescription;
  figure: ChartFigure;
  chart: ChartExport;
}

type Common = Pick<DescribeInput, 'companyName' | 'symbol' | 'rows' | 'events'>;

/** Each mode's input to the words; a mode missing here fails to compile. */
const DESCRIBE: Record<ChartMode, (common: Common, input: FigureInput) => DescribeInput> = {
  price: (common, { view }) => ({
    ...common,
    metric: 'price',
    candles: view.chartType !== 'line',
    volume: showsVolume(view),
  }),
  rebased: (common, { view, compared }) => ({
    ...common,
    metric: 'rebased',
    baseDate: view.rebaseDate,
    moveDate: STORY.shockDate,
    series: compared ? [...compared] : [],
  }),
  abnormal: (common, { view, study }) => ({
    ...common,
    metric: 'abnormal',
    benchmark: view.benchmark,
    study,
  }),
};

const line = (label: string, color: string): LegendItem => ({
  label,
  color,
  dash: '',
  shape: 'line',
  series: true,
});

/** Each mode's own lines in the legend, before the overlays'. */
const SERIES_LEGEND: Record<ChartMode, (input: FigureInput) => LegendItem[]> = {
  price: ({ view }) => [
    ...(view.chartType === 'line'
      ? [line('Close', CHART_COLORS.price)]
      : view.chartType === 'candles'
        ? [
            line('Up session (hollow)', CHART_COLORS.up),
            line('Down session (filled)', CHART_COLORS.down),
          ]
        : [line('Up session', CHART_COLORS.up), line('Down session', CHART_COLORS.down)]),
    line('Market value', CHART_COLORS.marketValue),
  ],
  rebased: ({ compared }) =>
    (compared ?? [])
      .filter((series) => series.rebased)
      .map((series) => line(series.symbol, colorOf(series.symbol))),
  abnormal: () => [],
};

/** A line per kind of event drawn as a line, and a swatch per band (the weekend) with its label. */
function overlayLegend(events: readonly ChartEvent[]): LegendItem[] {
  return OVERLAY_KINDS.flatMap((kind) => {
    const ofKind = events.filter((placed) => placed.event.kind === kind);
    const style = EVENT_KIND_STYLE[kind];
    const lines: LegendItem[] = ofKind.some((placed) => !placed.band)
      ? [
          {
            label: kind === 'note' ? style.label : `${style.label} event`,
            color: style.color,
            dash: style.dash,
            shape: 'line',
          },
        ]
      : [];
    const bands = ofKind
      .filter((placed) => placed.band)
      .map((band): LegendItem => ({
        label: band.label,
        color: style.color,
        dash: '',
        shape: 'band',
      }));
    return [...lines, ...bands];
  });
}

const isStoryEvent = (placed: ChartEvent) => placed.event.kind !== 'note';

/**
 * The chart's words (title, caption, alt text), its legend and the data behind it, for the view on
 * screen: what the page's caption and table, the embed and every export carry.
 */
export function chartFigure(input: FigureInput): ChartWords {
  const { view, window, rows, events, study } = input;
  const common: Common = {
    companyName: STORY.companyName,
    symbol: STORY.symbol,
    rows,
    // The reader's notes have a sentence of their own, each by its full text (below).
    events: events.filter(isStoryEvent).map((placed) => ({
      title: placed.event.title,
      date: placed.sessionOfEffect ?? placed.start.date,
    })),
  };
  const described = describeChart(DESCRIBE[view.mode](common, input));
  // Until the data arrives there is nothing to describe, and "no session" would be untrue.
  const words = input.waiting
    ? { ...described, caption: 'Loading the data…', alt: `${described.title}: loading the data.` }
    : described;
  const title = view.title ?? words.title;
  const notes = notesSentence(
    events.filter((placed) => !isStoryEvent(placed)).map(({ event }) => event),
  );
  const withNotes = notes ? `${words.alt} ${notes}` : words.alt;
  const alt = view.title ? `${view.title}. ${withNotes}` : withNotes;
  const figure: ChartFigure = {
    title,
    caption: words.caption,
    alt,
    source: `${STORY.sourceLine} Data from ${formatTradingDate(window.from)} to ${formatTradingDate(window.to)}.`,
    legend: [...SERIES_LEGEND[view.mode](input), ...overlayLegend(events)],
  };
  const chart: ChartExport = {
    figure,
    symbol: STORY.symbol,
    mode: view.mode,
    from: rows[0]?.date ?? window.from,
    to: rows.at(-1)?.date ?? window.to,
    rows,
    abnormal: study ? abnormalReturnSeries(study, window.from, window.to) : [],
    events,
  };
  return { description: { ...words, title, alt }, figure, chart };
}

/**
 * The words with a story's step open: the exports (PNG, SVG, the deck) are titled and captioned
 * with the step's, as the reader sees them over the chart. A reader's own title (`title=`) still
 * wins; the alt text stays the chart's description.
 */
export function withStepWords(
  words: ChartWords,
  step: { title: string; caption: string } | null,
  ownTitle: string | null,
): ChartWords {
  if (!step) return words;
  const title = ownTitle ?? step.title;
  const figure = { ...words.figure, title, caption: step.caption };
  return {
    description: { ...words.description, title, caption: step.caption },
    figure,
    chart: { ...words.chart, figure },
  };
}
