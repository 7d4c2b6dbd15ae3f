import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { windowPresets } from '../domain/windowPresets';
import { formatTradingDate } from '../domain/tradingDate';
import { EventToggles } from '../features/events/EventToggles';
import { HeadlineFigures } from '../features/impact/HeadlineFigures';
import { ChartDataTable } from '../features/impact/ChartDataTable';
import { ImpactPanel } from '../features/impact/ImpactPanel';
import { ChartSkeleton, ErrorState } from '../features/StatusViews';
import { ChartModeControls } from '../features/window/ChartModeControls';
import { WindowControls } from '../features/window/WindowControls';
import { Notices } from './Notices';
import { SourcesFooter } from './SourcesFooter';
import { STORY } from './story';
import { LazyPart } from '../features/LazyPart';
import { useAfterFirstChart } from './useAfterFirstChart';
import { useChartFigure } from './useChartFigure';
import { useDashboardData } from './useDashboardData';
import type { useViewState } from './useViewState';
import { dataNotices, windowInData } from './viewChecks';
import { cleanTitle, TITLE_MAX_LENGTH } from './url/title';
import { serializeViewState } from './viewState';

// The dialog and the export code load when first opened: most readers never export. What sits
// below the chart loads once the chart is drawn (useAfterFirstChart): the navigator's chart, the
// event study and the peers are neither fetched nor rendered before the first chart.
const ShareDialog = lazy(() =>
  import('../features/share/ShareDialog').then((module) => ({ default: module.ShareDialog })),
);
const loadNavigator = () => import('../charts/Navigator').then((module) => module.Navigator);
const loadEventStudy = () =>
  import('../features/study/EventStudyPanel').then((module) => module.EventStudyPanel);
const loadPeers = () => import('../features/peers/PeersPanel').then((module) => module.PeersPanel);

const NAVIGATOR_PLACEHOLDER = (
  <div className="navigator navigator--placeholder" aria-hidden="true" />
);

export interface DashboardProps {
  viewState: ReturnType<typeof useViewState>;
  /** Notices from start-up (e.g. an unknown mock scenario), shown with the URL notices. */
  startupNotices: readonly string[];
  dataMode: string;
}

/** The address of a view, with the other parameters of the page (e.g. the mock scenario) kept. */
export function addressOf(search: string): string {
  return `${window.location.origin}${window.location.pathname}${search}`;
}

/** The page: headline figures, the window, the charts, the event toggles, the event study, the peers. */
export function Dashboard({ viewState, startupNotices, dataMode }: DashboardProps) {
  const { view, notices, update } = viewState;
  const dashboard = useDashboardData(view);
  const {
    data,
    rows,
    sessions,
    eventsQuery,
    placement,
    rejected,
    placedEvents,
    names,
    impact,
    bounds,
  } = dashboard;
  const chartArea = useRef<HTMLDivElement>(null);
  const [sharing, setSharing] = useState(false);
  const visibility = useMemo(
    () => ({ hiddenEvents: view.hiddenEvents, hiddenKinds: view.hiddenKinds }),
    [view.hiddenEvents, view.hiddenKinds],
  );
  const presets = windowPresets(STORY.shockDate, STORY.defaultWindow, bounds);
  const shown = windowInData(view, bounds);
  const { description, chart } = useChartFigure(view, dashboard, shown.window);
  const afterChart = useAfterFirstChart(
    data.prices.isError || (rows !== null && chart.rows.length === 0),
  );
  const checks = dataNotices(view, placement ? placedEvents : null, sessions);
  const allNotices = [
    ...startupNotices,
    ...notices,
    ...(shown.notice ? [shown.notice] : []),
    ...checks,
  ];
  const { analysis } = impact;
  const rebased = analysis ? [analysis.subject, ...analysis.peers] : null;
  const benchmarkFailure = impact.prices.failures.find(
    (failure) => failure.symbol === view.benchmark,
  );

  return (
    <div className="app">
      <header className="app-header">
        <h1>{STORY.companyName} and the DeepSeek shock</h1>
        <p className="subtitle">
          Share price and market value around the record one-day drop, with the dated events of the
          story and their sources.
        </p>
      </header>
      <Notices notices={allNotices} />
      {/* The market-value figure and its note need the share count: until its answer (or its
          failure) is in, the placeholder holds the place, so the figures neither flash "share
          count unknown" nor grow a note that pushes the text below them down. */}
      {rows && !data.shares.isPending ? (
        <HeadlineFigures rows={rows} shockDate={STORY.shockDate} companyName={STORY.companyName} />
      ) : (
        <div className="headline headline--placeholder" aria-hidden="true" />
      )}
      <main className="layout">
        <section className="chart-column" aria-label="Charts">
          <WindowControls
            window={view}
            presets={presets}
            bounds={bounds}
            onChange={(window) => {
              update((previous) => ({ ...previous, ...window }));
            }}
          />
          <div className="metric-row">
            <ChartModeControls
              mode={view.mode}
              logScale={view.logScale}
              onChange={(next) => {
                update((previous) => ({ ...previous, ...next }));
              }}
            />
            <button
              type="button"
              className="share-button"
              onClick={() => {
                setSharing(true);
              }}
            >
              Share, embed, export
            </button>
          </div>
          <figure className="chart-figure" ref={chartArea}>
            <ImpactPanel
              symbol={STORY.symbol}
              data={data}
              placedEvents={placedEvents}
              window={shown.window}
              visibility={visibility}
              mode={view.mode}
              logScale={view.logScale}
              eventNotes={impact.eventNotes}
              comparison={{
                subject: STORY.symbol,
                benchmark: view.benchmark,
                study: analysis?.study ?? null,
                rebased,
                rebaseDate: view.rebaseDate,
                benchmarkFailure: benchmarkFailure
                  ? {
                      error: benchmarkFailure.error,
                      retry: impact.prices.retryFailed,
                      retrying: impact.prices.isFetching,
                    }
                  : null,
              }}
              onShowDefaultWindow={() => {
                update((previous) => ({ ...previous, ...STORY.defaultWindow }));
              }}
            />
            <figcaption className="chart-caption">
              {description.caption}{' '}
              <span className="muted">
                Keys: Tab to the chart, ← → step through the sessions, N / P open the next or
                previous event, Esc closes it.
              </span>
            </figcaption>
          </figure>
          <ChartDataTable
            description={description}
            chart={chart}
            rebased={
              view.mode === 'rebased' && analysis
                ? [analysis.subject, ...analysis.peers].flatMap((series) =>
                    series.rebased
                      ? [
                          {
                            symbol: series.symbol,
                            values: new Map(
                              series.rebased.map((point) => [point.date, point.value]),
                            ),
                          },
                        ]
                      : [],
                  )
                : []
            }
          />
          {rows && afterChart ? (
            <LazyPart
              what="The navigator"
              load={loadNavigator}
              fallback={NAVIGATOR_PLACEHOLDER}
              props={{
                rows,
                from: shown.window.from,
                to: shown.window.to,
                onChange: (window) => {
                  update((previous) => ({ ...previous, ...window }));
                },
              }}
            />
          ) : (
            NAVIGATOR_PLACEHOLDER
          )}
        </section>
        <aside className="side-column">
          {placement ? (
            <EventToggles
              placement={placement}
              rejected={rejected}
              visibility={visibility}
              onChange={(next) => {
                update((previous) => ({ ...previous, ...next }));
              }}
            />
          ) : data.prices.isError ? (
            <p className="notice" role="status">
              The events are placed on the trading calendar of the prices, so they appear once the
              prices have loaded.
            </p>
          ) : eventsQuery.isError ? (
            <ErrorState
              error={eventsQuery.error}
              what="events"
              onRetry={() => void eventsQuery.refetch()}
              retrying={eventsQuery.isFetching}
            />
          ) : (
            <ChartSkeleton height={420} label="Loading events…" />
          )}
        </aside>
      </main>
      <div className="analytics">
        {afterChart && (
          <LazyPart
            what="The event study"
            load={loadEventStudy}
            props={{
              stockFailed: data.prices.isError,
              analysis,
              prices: impact.prices,
              placedEvents,
              choice: view,
              benchmarks: STORY.benchmarks.map((symbol) => ({
                symbol,
                name: names.get(symbol) ?? symbol,
              })),
              events: placedEvents,
              shockLabel: `${formatTradingDate(STORY.shockDate, { weekday: true })}: the shock day`,
              onChange: (next) => {
                update((previous) => ({ ...previous, ...next }));
              },
            }}
          />
        )}
        {afterChart && rows && (
          <LazyPart
            what="The peers"
            load={loadPeers}
            props={{
              subject: { symbol: STORY.symbol, rows },
              available: STORY.peers,
              names,
              selected: view.peers,
              moves: analysis?.peers ?? [],
              prices: impact.prices,
              moveDate: STORY.shockDate,
              rebaseDate: view.rebaseDate,
              onChange: (next) => {
                update((previous) => ({
                  ...previous,
                  ...(next.rebaseDate ? { rebaseDate: next.rebaseDate } : {}),
                  ...(next.peers ? { peers: next.peers } : {}),
                }));
              },
            }}
          />
        )}
      </div>
      <SourcesFooter dataMode={dataMode} />
      {sharing && (
        <Suspense
          fallback={
            <p className="notice" role="status">
              Opening the share dialog…
            </p>
          }
        >
          <ShareDialog
            viewUrl={addressOf(
              serializeViewState(view, new URLSearchParams(window.location.search)),
            )}
            embedUrl={(options) =>
              addressOf(
                serializeViewState(
                  { ...view, ...options, embed: true },
                  new URLSearchParams(window.location.search),
                ),
              )
            }
            initialEmbed={{ theme: view.theme, staticChart: false, controls: 'none' }}
            title={view.title}
            titleMaxLength={TITLE_MAX_LENGTH}
            onTitleChange={(title) => {
              update((previous) => ({
                ...previous,
                title: title === null ? null : cleanTitle(title),
              }));
            }}
            description={description}
            chart={chart}
            chartArea={chartArea}
            onClose={() => {
              setSharing(false);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
