import type { ChartEvent } from '../../charts/chartEvent';
import { annotationEvents, type Annotation } from '../../domain/annotations';
import { buildSessionRows, rowsInWindow, type SessionRow } from '../../domain/dailySeries';
import { placeEvents, type EventPlacement, type PlacedEvent } from '../../domain/eventPlacement';
import type { ImpactAnalysis, PeerMove } from '../../domain/impactAnalysis';
import { memoizeLast } from '../../domain/memoizeLast';
import { dayNumber, type TradingDate } from '../../domain/tradingDate';
import type { MarketEvent, PriceBar, SharesPoint } from '../../domain/types';
import { windowPresets, type WindowPreset } from '../../domain/windowPresets';
import { CHART_MODES } from '../../domain/vocabulary';
import { chartEvents } from '../../features/events/chartEvents';
import type { PricesResult } from '../../api/endpoints';
import { STORY } from '../../story/story';
import { dataNotices, windowInData } from '../viewChecks';
import type { ViewState } from '../viewState';
import type { AnalysisCode } from './analysisCode';
import { chartFigure, type ChartWords } from './chartFigure';

/** What has arrived from the API; null for what has not (yet, or at all). */
export interface DashboardData {
  prices: PricesResult | null;
  /** The subject's prices failed (and none are kept from before): nothing below the chart waits. */
  pricesFailed: boolean;
  shares: readonly SharesPoint[] | null;
  /** The share count has answered or failed: the figures that name it may show. */
  sharesSettled: boolean;
  events: readonly MarketEvent[] | null;
  /** Bars of the benchmark and the peers that have arrived, by symbol. */
  compared: ReadonlyMap<string, readonly PriceBar[]>;
  /** The event study's code, once loaded (after the first chart): no analysis until then. */
  analysisCode: AnalysisCode | null;
}

interface Window {
  from: TradingDate;
  to: TradingDate;
}

/** Everything the page shows, derived once from the view and the data. */
export interface DashboardModel {
  /** Every session of the subject; null until its prices arrive. */
  rows: SessionRow[] | null;
  pricesFailed: boolean;
  /** The first and last session of the data. */
  bounds: Window | null;
  /** The window drawn: the view's, inside the data. */
  window: Window;
  /**
   * What the data says of the view: that it covers less of the window than was asked for, and
   * URL choices naming events or days it does not have.
   */
  notices: string[];
  presets: WindowPreset[];
  placement: EventPlacement | null;
  placedEvents: readonly PlacedEvent[];
  /** The sessions drawn. */
  visibleRows: SessionRow[];
  /** The overlays drawn: switched on, inside the window, with their labels. */
  events: ChartEvent[];
  analysis: ImpactAnalysis | null;
  /** The subject and its peers, rebased (the rebased chart's lines). */
  compared: readonly PeerMove[] | null;
  /** A line for each event's card: its AR(0) and CAR[-1,+1]. */
  eventNotes: ReadonlyMap<string, string>;
  /** The headline waits for the share count, so it never grows a note a moment later. */
  headlineReady: boolean;
  words: ChartWords;
}

const NO_EVENTS: readonly PlacedEvent[] = [];
const NO_NOTES: ReadonlyMap<string, string> = new Map();

/**
 * A dashboard model: a pure function of the view and the data, made of steps that each remember
 * their last inputs, so that a change recomputes only what depends on it (an event toggled does not
 * rerun the event study, a window moved does not place the events again) and what did not change
 * keeps its identity for the charts. One instance per page.
 */
export function createDashboardModel(): (view: ViewState, data: DashboardData) => DashboardModel {
  const rowsOf = memoizeLast((prices: PricesResult, shares: readonly SharesPoint[] | null) =>
    buildSessionRows(prices.bars, shares ?? [], prices.breaks),
  );
  const sessionsOf = memoizeLast((rows: SessionRow[]) => rows.map((row) => row.date));
  const placementOf = memoizeLast(placeEvents);
  // The reader's notes are placed with the events: drawn, labelled, toggled and exported alike.
  const withNotesOf = memoizeLast(
    (events: readonly MarketEvent[], notes: readonly Annotation[]): readonly MarketEvent[] =>
      notes.length === 0 ? events : [...events, ...annotationEvents(notes)],
  );
  const peerBarsOf = memoizeLast(
    (compared: ReadonlyMap<string, readonly PriceBar[]>, peers: readonly string[]) =>
      new Map(
        peers.flatMap((symbol) => {
          const bars = compared.get(symbol);
          return bars ? [[symbol, bars] as const] : [];
        }),
      ),
  );
  const analysisOf = memoizeLast(
    (
      { analyseImpact }: AnalysisCode,
      stock: readonly PriceBar[],
      benchmark: readonly PriceBar[] | null,
      peers: ReadonlyMap<string, readonly PriceBar[]>,
      events: readonly PlacedEvent[],
      day0: TradingDate,
      view: Pick<ViewState, 'model' | 'carWindow' | 'rebaseDate'>,
    ) =>
      analyseImpact({
        subjectSymbol: STORY.symbol,
        stock,
        benchmark,
        peers,
        events,
        day0,
        model: view.model,
        customWindow: view.carWindow,
        rebaseDate: view.rebaseDate,
        moveDate: STORY.shockDate,
      }),
  );
  const studyChoices = memoizeLast(
    (model: ViewState['model'], carWindow: ViewState['carWindow'], rebaseDate: TradingDate) => ({
      model,
      carWindow,
      rebaseDate,
    }),
  );
  const notesOf = memoizeLast(
    ({ eventNotesOf }: AnalysisCode, analysis: ImpactAnalysis, benchmark: string) =>
      eventNotesOf(analysis, benchmark),
  );
  const visibleRowsOf = memoizeLast(rowsInWindow);
  const eventsOf = memoizeLast(
    (
      placed: readonly PlacedEvent[],
      hiddenEvents: ViewState['hiddenEvents'],
      hiddenKinds: ViewState['hiddenKinds'],
      fromDay: number,
      toDay: number,
    ) => chartEvents(placed, { hiddenEvents, hiddenKinds }, fromDay, toDay),
  );
  const wordsOf = memoizeLast(
    (
      view: ViewState,
      from: TradingDate,
      to: TradingDate,
      rows: readonly SessionRow[],
      events: readonly ChartEvent[],
      compared: readonly PeerMove[] | null,
      study: ImpactAnalysis['study'] | null,
      waiting: boolean,
    ) =>
      chartFigure({
        view,
        window: { from, to },
        rows,
        events,
        compared,
        study: study?.status === 'ok' ? study : null,
        waiting,
      }),
  );
  const comparedOf = memoizeLast((analysis: ImpactAnalysis | null) =>
    analysis ? [analysis.subject, ...analysis.peers] : null,
  );

  return (view, data) => {
    const rows = data.prices ? rowsOf(data.prices, data.shares) : null;
    const first = rows?.[0];
    const last = rows?.at(-1);
    const bounds = first && last ? { from: first.date, to: last.date } : null;
    const sessions = rows ? sessionsOf(rows) : null;
    const placement =
      data.events && sessions ? placementOf(withNotesOf(data.events, view.notes), sessions) : null;
    const placedEvents = placement?.placed ?? NO_EVENTS;

    // Day 0 of the study: the picked event's session of effect, or the shock day.
    const picked = placedEvents.find((placed) => placed.event.id === view.studyEvent);
    const code = data.analysisCode;
    const analysis =
      data.prices && code
        ? analysisOf(
            code,
            data.prices.bars,
            data.compared.get(view.benchmark) ?? null,
            peerBarsOf(data.compared, view.peers),
            placedEvents,
            picked?.sessionOfEffect ?? STORY.shockDate,
            studyChoices(view.model, view.carWindow, view.rebaseDate),
          )
        : null;

    const shown = windowInData(view, bounds);
    const { from, to } = shown.window;
    const visibleRows = rows ? visibleRowsOf(rows, from, to) : [];
    const events = eventsOf(
      placedEvents,
      view.hiddenEvents,
      view.hiddenKinds,
      dayNumber(from),
      dayNumber(to),
    );
    const compared = comparedOf(analysis);
    return {
      rows,
      pricesFailed: data.pricesFailed,
      bounds,
      window: shown.window,
      notices: [
        ...(shown.notice ? [shown.notice] : []),
        ...dataNotices(view, placement ? placedEvents : null, sessions),
      ],
      presets: windowPresets(STORY.shockDate, STORY.defaultWindow, bounds),
      placement,
      placedEvents,
      visibleRows,
      events,
      analysis,
      compared,
      eventNotes: analysis && code ? notesOf(code, analysis, view.benchmark) : NO_NOTES,
      headlineReady: rows !== null && data.sharesSettled,
      words: wordsOf(
        view,
        from,
        to,
        visibleRows,
        events,
        compared,
        analysis?.study ?? null,
        // The price caption names the market value lost: it waits for the share count (or its
        // failure) rather than show a shorter sentence that rewraps a moment later.
        !rows || (CHART_MODES[view.mode].panels === 'price-and-value' && !data.sharesSettled),
      ),
    };
  };
}
