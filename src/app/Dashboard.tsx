import { Suspense, useRef, useState } from 'react';
import { formatTradingDate } from '../domain/tradingDate';
import { ActiveSessionContext } from '../charts/activeSession';
import { StoryHighlightContext } from '../charts/storyHighlight';
import { CHART_MODES } from '../domain/vocabulary';
import { EventsColumn } from '../features/events/EventsColumn';
import { useChartNotes } from '../features/notes/useChartNotes';
import { ChartDataTable } from '../features/impact/ChartDataTable';
import { HeadlineFigures } from '../features/impact/HeadlineFigures';
import { ImpactPanel, pageHeights } from '../features/impact/ImpactPanel';
import { LazyPart } from '../components/LazyPart';
import { ChartModeControls } from '../features/window/ChartModeControls';
import { ChartTypeControls } from '../features/window/ChartTypeControls';
import { WindowControls } from '../features/window/WindowControls';
import { highlightOf, type StoryReading } from '../features/story/storyReading';
import {
  loadEventStudy,
  loadNavigator,
  loadPeers,
  loadNotesPanel,
  loadYourDataPanel,
  loadStoryPanel,
  loadStoryEditor,
  ShareDialog,
} from './lazyParts';
import { withStepWords } from './model/chartFigure';
import { useDashboardModel } from './model/useDashboardModel';
import { Notices } from './Notices';
import { CHART_ID, SkipToChart } from './SkipToChart';
import { SourcesFooter } from './SourcesFooter';
import type { FilledStep } from '../story/steps';
import { STORY } from '../story/story';
import { useAfterFirstChart } from './useAfterFirstChart';
import { useDocumentTitle } from './useDocumentTitle';
import type { ViewStore } from './useViewState';
import { showsVolume } from './viewState';
import { addressOf } from './url/addresses';
import { YOUR_STORY_ID } from './url/params';
import { cleanTitle, TITLE_MAX_LENGTH } from './url/title';
import type { YourData } from './yourData/useYourData';

const NAVIGATOR_PLACEHOLDER = (
  <div className="navigator navigator--placeholder" aria-hidden="true" />
);
const shockLabel = () => `${formatTradingDate(STORY.shockDate, { weekday: true })}: the shock day`;

export interface DashboardProps {
  viewState: ViewStore;
  /** Notices from start-up (e.g. an unknown mock scenario), shown with the URL notices. */
  startupNotices: readonly string[];
  dataMode: string;
  /** The reader's own files; without it (a test of the story alone) the panel is left out. */
  yourData?: YourData;
  /** The story open over the chart (`story=`), or null. */
  story?: StoryReading | null;
}

/** The page: headline figures, the window, the charts, the event toggles, the event study, the peers. */
export function Dashboard({
  viewState,
  startupNotices,
  dataMode,
  yourData,
  story = null,
}: DashboardProps) {
  const { view, notices, set } = viewState;
  const model = useDashboardModel(view);
  const { rows, words } = model;
  // With a story open, the share dialog exports the step's words (StoryPanel tells which).
  const [stepShown, setStepShown] = useState<FilledStep | null>(null);
  const exported = withStepWords(words, story ? stepShown : null, view.title);
  const notes = useChartNotes(view, rows, model.window, STORY.shockDate, viewState.update);
  const chartArea = useRef<HTMLDivElement>(null);
  const [sharing, setSharing] = useState(false);
  useDocumentTitle(view.title);
  const afterChart = useAfterFirstChart(
    model.pricesFailed || (rows !== null && model.visibleRows.length === 0),
  );
  const showDefaultWindow = () => {
    set(STORY.defaultWindow);
  };
  const writeYourSteps = (steps: string) => {
    set({ steps });
  };
  const readYourStory = () => {
    set({ story: YOUR_STORY_ID, step: 1 });
  };

  return (
    <div className="app">
      <SkipToChart chartArea={chartArea} />
      <header className="app-header">
        <h1>{STORY.heading}</h1>
        {/* A title= link's own title for the view, as text (cleanTitle made it one plain line). */}
        {view.title && <p className="view-title">{view.title}</p>}
        <p className="subtitle">
          Share price and market value around the record one-day drop, with the dated events of the
          story and their sources.
        </p>
      </header>
      <Notices notices={[...startupNotices, ...notices, ...model.notices]} />
      {/* The market-value figure and its note need the share count: until its answer (or its
          failure) is in, the placeholder holds the place, so the figures neither flash "share
          count unknown" nor grow a note that pushes the text below them down. */}
      {rows && model.headlineReady ? (
        <HeadlineFigures rows={rows} shockDate={STORY.shockDate} companyName={STORY.companyName} />
      ) : (
        <div className="headline headline--placeholder" aria-hidden="true" />
      )}
      <main className="layout">
        <section className="chart-column" aria-label="Charts">
          {story && (
            <LazyPart
              what="The story"
              load={loadStoryPanel}
              props={{
                reading: story,
                data: model,
                benchmark: view.benchmark,
                chart: chartArea,
                onShown: setStepShown,
              }}
            />
          )}
          <WindowControls
            window={view}
            presets={model.presets}
            bounds={model.bounds}
            onChange={set}
          />
          <div className="metric-row">
            <ChartModeControls mode={view.mode} logScale={view.logScale} onChange={set} />
            <ChartTypeControls
              mode={view.mode}
              chartType={view.chartType}
              volume={showsVolume(view)}
              onChange={set}
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
          {/* Focusable by the skip link only, for when the chart is not drawn. */}
          <figure
            className="chart-figure"
            id={CHART_ID}
            tabIndex={-1}
            ref={chartArea}
            {...notes.chartHandlers}
          >
            <ActiveSessionContext value={notes.reportSession}>
              <StoryHighlightContext value={highlightOf(story)}>
                <ImpactPanel
                  symbol={STORY.symbol}
                  model={model}
                  view={view}
                  heights={pageHeights(showsVolume(view))}
                  onShowDefaultWindow={showDefaultWindow}
                />
              </StoryHighlightContext>
            </ActiveSessionContext>
            <figcaption className="chart-caption">
              {words.description.caption}{' '}
              <span className="muted">
                Keys: Tab to the chart, ← → step through the sessions, N / P open the next or
                previous event, Esc closes it, A / R add a note or a range on the session.
              </span>
              <span className="print-description">{words.description.alt}</span>
            </figcaption>
          </figure>
          <ChartDataTable
            description={words.description}
            chart={words.chart}
            rebased={view.mode === 'rebased' ? (model.compared ?? []) : []}
            ranges={CHART_MODES[view.mode].sessions && view.chartType !== 'line'}
            volume={CHART_MODES[view.mode].sessions && showsVolume(view)}
          />
          {rows && afterChart ? (
            <LazyPart
              what="The navigator"
              load={loadNavigator}
              fallback={NAVIGATOR_PLACEHOLDER}
              props={{ rows, from: model.window.from, to: model.window.to, onChange: set }}
            />
          ) : (
            NAVIGATOR_PLACEHOLDER
          )}
        </section>
        <aside className="side-column">
          <EventsColumn
            symbol={STORY.symbol}
            placement={model.placement}
            window={model.window}
            bounds={model.bounds}
            pricesFailed={model.pricesFailed}
            visibility={view}
            onChange={set}
          />
          {rows && afterChart && (
            <LazyPart
              what="Your notes"
              load={loadNotesPanel}
              props={{ editor: notes.editor, rows, newDate: notes.newDate }}
            />
          )}
          {afterChart && (
            <LazyPart
              what="Your story"
              load={loadStoryEditor}
              props={{
                stepsText: view.steps,
                onStepsText: writeYourSteps,
                view,
                data: model,
                benchmark: view.benchmark,
                onRead: readYourStory,
              }}
            />
          )}
        </aside>
      </main>
      <div className="analytics">
        {afterChart && (
          <LazyPart
            what="The event study"
            load={loadEventStudy}
            props={{
              model,
              choice: view,
              benchmarks: STORY.benchmarks,
              shockLabel: shockLabel(),
              onChange: set,
            }}
          />
        )}
        {afterChart && rows && (
          <LazyPart
            what="The peers"
            load={loadPeers}
            props={{
              subject: STORY.symbol,
              model,
              view,
              available: STORY.peers,
              moveDate: STORY.shockDate,
              onChange: set,
            }}
          />
        )}
      </div>
      {/* Below the analyses, after the first chart: most readers never load a file. */}
      {yourData && afterChart && (
        <LazyPart
          what="Your data"
          load={loadYourDataPanel}
          props={{ data: yourData, view, onChange: set }}
        />
      )}
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
            viewUrl={addressOf(view)}
            embedUrl={(options) => addressOf({ ...view, ...options, embed: true })}
            initialEmbed={{ theme: view.theme, staticChart: false, controls: 'none' }}
            title={view.title}
            titleMaxLength={TITLE_MAX_LENGTH}
            onTitleChange={(title) => {
              set({ title: title === null ? null : cleanTitle(title) });
            }}
            description={exported.description}
            chart={exported.chart}
            chartArea={chartArea}
            story={story !== null}
            onClose={() => {
              setSharing(false);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
