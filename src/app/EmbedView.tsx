import { useEffect, useRef } from 'react';
import { StoryHighlightContext } from '../charts/storyHighlight';
import { CHART_MODES } from '../domain/vocabulary';
import { countByKind } from '../features/events/EventToggles';
import { ImpactPanel } from '../features/impact/ImpactPanel';
import { LazyPart } from '../components/LazyPart';
import { loadStoryPanel } from './lazyParts';
import { LegendSwatch } from '../features/share/LegendSwatch';
import { highlightOf, type StoryReading } from '../features/story/storyReading';
import { EmbedControls } from './EmbedControls';
import { useDashboardModel } from './model/useDashboardModel';
import { Notices } from './Notices';
import { STORY } from '../story/story';
import { useEmbedSize } from './useEmbedSize';
import type { ViewStore } from './useViewState';
import { showsVolume } from './viewState';
import { pageAddressOf } from './url/addresses';

export interface EmbedViewProps {
  viewState: ViewStore;
  startupNotices: readonly string[];
  /** The story open over the chart (`embed=1&story=`), or null. */
  story?: StoryReading | null;
}

/** Below this, the market-value panel gives its room to the price. */
const TWO_PANELS_MIN_HEIGHT = 300;

/**
 * The chart alone, for an iframe in a report: title, one-line caption, the chart filling the box it
 * is given, the legend of the overlays that are on and the source line. No app chrome.
 */
export function EmbedView({ viewState, startupNotices, story = null }: EmbedViewProps) {
  const { view, notices, set } = viewState;
  const model = useDashboardModel(view);
  const { description, figure } = model.words;
  const root = useRef<HTMLDivElement>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const box = useEmbedSize(root, chartBox);

  useEffect(() => {
    document.title = description.title;
  }, [description.title]);

  const comparison = CHART_MODES[view.mode].panels === 'comparison';
  const twoPanels = !comparison && box.height >= TWO_PANELS_MIN_HEIGHT;
  const marketValue = twoPanels ? Math.round(box.height * 0.3) : 0;
  // Asked for with volume=1: a quarter of what the price had, never below a readable strip.
  const volume =
    !comparison && showsVolume(view)
      ? Math.max(60, Math.round((box.height - marketValue) * 0.25))
      : 0;
  const heights = { price: box.height - marketValue - volume, marketValue, volume };

  return (
    <div
      ref={root}
      className={`embed${view.staticChart ? ' embed--static' : ''}${story ? ' embed--story' : ''}`}
    >
      <header className="embed__header">
        <h1 className="embed__title">{figure.title}</h1>
        {/* A story's caption says what the step shows: the figure's own would say it twice. */}
        {story ? (
          <LazyPart
            what="The story"
            load={loadStoryPanel}
            props={{ reading: story, data: model, benchmark: view.benchmark, chart: chartBox }}
          />
        ) : (
          <p className="embed__caption">{figure.caption}</p>
        )}
        {view.controls === 'toggles' && model.placement && (
          <EmbedControls counts={countByKind(model.placement)} visibility={view} onChange={set} />
        )}
        <p id="embed-description" className="visually-hidden">
          {description.alt}
        </p>
      </header>
      <Notices notices={[...startupNotices, ...notices, ...model.notices]} />
      <div
        ref={chartBox}
        className="embed__chart"
        // A static chart is a picture: no tooltip, no card, nothing to focus.
        inert={view.staticChart}
        aria-describedby="embed-description"
      >
        {box.height > 0 && (
          <StoryHighlightContext value={highlightOf(story)}>
            <ImpactPanel
              symbol={STORY.symbol}
              model={model}
              view={view}
              heights={heights}
              compact
              onShowDefaultWindow={() => {
                set(STORY.defaultWindow);
              }}
            />
          </StoryHighlightContext>
        )}
      </div>
      <footer className="embed__footer">
        <p className="print-description">{description.alt}</p>
        {figure.legend.length > 0 && (
          <ul className="embed__legend" aria-label="Legend">
            {figure.legend.map((item) => (
              <li
                key={`${item.shape}-${item.label}`}
                // One chart of several lines needs their key even where the overlays' gives way.
                className={item.series && comparison ? 'embed__legend-key' : undefined}
              >
                <LegendSwatch item={item} /> {item.label}
              </li>
            ))}
          </ul>
        )}
        <p className="embed__source">
          <span className="embed__source-full">{STORY.sourceLine}</span>
          <span className="embed__source-short">{STORY.shortSourceLine}</span>{' '}
          <a href={pageAddressOf(view)} target="_blank" rel="noopener noreferrer">
            Full dashboard
          </a>
        </p>
      </footer>
    </div>
  );
}
