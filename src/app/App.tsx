import { Dashboard } from './Dashboard';
import { EmbedView } from './EmbedView';
import { usePrintFit } from './usePrintFit';
import { useTheme } from './useTheme';
import { useViewState } from './useViewState';

export interface AppProps {
  /** Notices from start-up (e.g. an unknown mock scenario), shown with the URL notices. */
  startupNotices?: readonly string[];
  dataMode: string;
}

/** The whole dashboard, or with `?embed=1` the chart alone for someone else's page. */
export function App({ startupNotices = [], dataMode }: AppProps) {
  const viewState = useViewState();
  useTheme(viewState.view.theme);
  usePrintFit(viewState.view.embed ? '.embed__chart' : '.chart-figure');
  return viewState.view.embed ? (
    <EmbedView viewState={viewState} startupNotices={startupNotices} />
  ) : (
    <Dashboard viewState={viewState} startupNotices={startupNotices} dataMode={dataMode} />
  );
}
