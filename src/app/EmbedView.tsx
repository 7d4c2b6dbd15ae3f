import { useEffect, useMemo, useRef } from 'react';
import { LegendSwatch } from '../features/share/LegendSwatch';
import { countByKind, KindToggles } from '../features/events/EventToggles';
import { ImpactPanel } from '../features/impact/ImpactPanel';
import { addressOf } from './Dashboard';
import { Notices } from './Notices';
import { STORY } from './story';
import { SHORT_SOURCE_LINE, SOURCE_LINE, useChartFigure } from './useChartFigure';
import { useDashboardData } from './useDashboardData';
import { useEmbedSize } from './useEmbedSize';
import type { useViewState } from './useViewState';
import { windowInData } from './viewChecks';
import { serializeViewState } from './viewState';

export interface EmbedViewProps {
  viewState: ReturnType<typeof useViewState>;
  startupNotices: readonly string[];
}

/** Below this, the market-value panel gives its room to the price. */
const TWO_PANELS_MIN_HEIGHT = 300;

/**
 * The chart alone, for an iframe in a report: title, one-line caption, the chart filling the box it
 * is given, the legend of the overlays that are on and the source line. No app chrome.
 */
export function EmbedView({ viewState, startupNotices }: EmbedViewProps) {
  const { view, notices, update } = viewState;
  const dashboard = useDashboardData(view);
  const { data, placedEvents, placement, impact } = dashboard;
  const shown = windowInData(view, dashboard.bounds);
  const { description, figure } = useChartFigure(view, dashboard, shown.window);
  const root = useRef<HTMLDivElement>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const box = useEmbedSize(root, chartBox);
  const visibility = useMemo(
    () => ({ hiddenEvents: view.hiddenEvents, hiddenKinds: view.hiddenKinds }),
    [view.hiddenEvents, view.hiddenKinds],
  );

  useEffect(() => {
    document.title = description.title;
  }, [description.title]);

  const twoPanels = view.mode === 'price' && box.height >= TWO_PANELS_MIN_HEIGHT;
  const marketValue = twoPanels ? Math.round(box.height * 0.3) : 0;
  const heights = { price: box.height - marketValue, marketValue };
  const fullView = addressOf(
    serializeViewState(
      { ...view, embed: false, staticChart: false, controls: 'none' },
      new URLSearchParams(window.location.search),
    ),
  );
  const { analysis } = impact;

  return (
    <div ref={root} className={`embed${view.staticChart ? ' embed--static' : ''}`}>
      <header className="embed__header">
        <h1 className="embed__title">{figure.title}</h1>
        <p className="embed__caption">{figure.caption}</p>
        <p id="embed-description" className="visually-hidden">
          {description.alt}
        </p>
      </header>
      <Notices notices={[...startupNotices, ...notices, ...(shown.notice ? [shown.notice] : [])]} />
      <div
        ref={chartBox}
        className="embed__chart"
        // A static chart is a picture: no tooltip, no card, nothing to focus.
        inert={view.staticChart}
        aria-describedby="embed-description"
      >
        {box.height > 0 && (
          <ImpactPanel
            symbol={STORY.symbol}
            data={data}
            placedEvents={placedEvents}
            window={shown.window}
            visibility={visibility}
            mode={view.mode}
            logScale={view.logScale}
            eventNotes={impact.eventNotes}
            heights={heights}
            compact
            comparison={{
              subject: STORY.symbol,
              benchmark: view.benchmark,
              study: analysis?.study ?? null,
              rebased: analysis ? [analysis.subject, ...analysis.peers] : null,
              rebaseDate: view.rebaseDate,
              benchmarkFailure: null,
            }}
            onShowDefaultWindow={() => {
              update((previous) => ({ ...previous, ...STORY.defaultWindow }));
            }}
          />
        )}
      </div>
      {view.controls === 'toggles' && placement && (
        <KindToggles
          counts={countByKind(placement)}
          visibility={visibility}
          onChange={(next) => {
            update((previous) => ({ ...previous, ...next }));
          }}
        />
      )}
      <footer className="embed__footer">
        {figure.legend.length > 0 && (
          <ul className="embed__legend" aria-label="Legend">
            {figure.legend.map((item) => (
              <li key={`${item.shape}-${item.label}`}>
                <LegendSwatch item={item} /> {item.label}
              </li>
            ))}
          </ul>
        )}
        <p className="embed__source">
          <span className="embed__source-full">{SOURCE_LINE}</span>
          <span className="embed__source-short">{SHORT_SOURCE_LINE}</span>{' '}
          <a href={fullView} target="_blank" rel="noopener noreferrer">
            Full dashboard
          </a>
        </p>
      </footer>
    </div>
  );
}
