import { useMemo } from 'react';
import { EventToggles } from '../features/events/EventToggles';
import { usePlacedEvents } from '../features/events/usePlacedEvents';
import { HeadlineFigures } from '../features/impact/HeadlineFigures';
import { ImpactPanel } from '../features/impact/ImpactPanel';
import { useSessionRows } from '../features/impact/useSessionRows';
import { ChartSkeleton, ErrorState } from '../features/StatusViews';
import { WindowControls } from '../features/window/WindowControls';
import { Notices } from './Notices';
import { SourcesFooter } from './SourcesFooter';
import { STORY } from './story';
import { useViewState } from './useViewState';

export interface AppProps {
  /** Notices from start-up (e.g. an unknown mock scenario), shown with the URL notices. */
  startupNotices?: readonly string[];
  dataMode: string;
}

/** The page: headline figures, the window, the price and market-value panels, the event toggles. */
export function App({ startupNotices = [], dataMode }: AppProps) {
  const { view, notices, update, dismissNotices } = useViewState();
  const data = useSessionRows(STORY.symbol);
  const { rows } = data;
  const sessions = useMemo(() => rows?.map((row) => row.date) ?? null, [rows]);
  const { query: eventsQuery, placement } = usePlacedEvents(STORY.symbol, sessions);
  const visibility = useMemo(
    () => ({ hiddenEvents: view.hiddenEvents, hiddenKinds: view.hiddenKinds }),
    [view.hiddenEvents, view.hiddenKinds],
  );
  const first = rows?.[0];
  const last = rows?.at(-1);
  const bounds = first && last ? { from: first.date, to: last.date } : null;
  const allNotices = [...startupNotices, ...notices];

  return (
    <div className="app">
      <header className="app-header">
        <h1>{STORY.companyName} and the DeepSeek shock</h1>
        <p className="subtitle">
          Share price and market value around the record one-day drop, with the dated events of the
          story and their sources.
        </p>
      </header>
      <Notices notices={allNotices} onDismiss={dismissNotices} />
      {rows ? (
        <HeadlineFigures rows={rows} shockDate={STORY.shockDate} companyName={STORY.companyName} />
      ) : (
        <div className="headline headline--placeholder" aria-hidden="true" />
      )}
      <main className="layout">
        <section className="chart-column" aria-label="Charts">
          <WindowControls
            window={view}
            bounds={bounds}
            defaultWindow={STORY.defaultWindow}
            onChange={(window) => {
              update((previous) => ({ ...previous, ...window }));
            }}
          />
          <ImpactPanel
            symbol={STORY.symbol}
            data={data}
            placedEvents={placement?.placed ?? []}
            window={view}
            visibility={visibility}
            onShowDefaultWindow={() => {
              update((previous) => ({ ...previous, ...STORY.defaultWindow }));
            }}
          />
        </section>
        <aside className="side-column">
          {placement ? (
            <EventToggles
              placement={placement}
              visibility={visibility}
              onChange={(next) => {
                update((previous) => ({ ...previous, ...next }));
              }}
            />
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
      <SourcesFooter dataMode={dataMode} />
    </div>
  );
}
