import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SNAPSHOT_MANIFEST_ID } from './api/snapshotManifest';
import { createSnapshotFetch, readSnapshotManifest } from './api/staticSnapshot';
import { withLocalData } from './api/localData';
import { configureTransport, currentTransport } from './api/transport';
import { App } from './app/App';
import { CrashBoundary } from './app/CrashBoundary';
import { createQueryClient } from './app/queryClient';
import { ensureStorage } from './app/storageFallback';
import './styles.css';

interface ApiSetup {
  notices: string[];
  dataMode: string;
}

/** The API base the client asks: the page's own `api/`, answered in the page. */
const inPageApi = () => new URL('api', document.baseURI).href;

/**
 * The mock API (MSW, a large chunk) loads only where it is wanted: the dev server, and a fault demo
 * asked for with `?scenario=NAME`. An unknown name is said, and the page keeps its usual data.
 */
async function configureMock(requested: string | null, fallback: ApiSetup | null) {
  ensureStorage();
  const [{ createMockFetch }, { isScenarioName }] = await Promise.all([
    import('../mocks/browser'),
    import('../mocks/scenarios'),
  ]);
  const scenario = requested !== null && isScenarioName(requested) ? requested : null;
  const notices =
    requested !== null && scenario === null
      ? [`Ignored scenario=${JSON.stringify(requested.slice(0, 40))}: no such mock scenario.`]
      : [];
  if (scenario === null && fallback) return { ...fallback, notices };
  configureTransport({ baseUrl: inPageApi(), fetch: createMockFetch(scenario) });
  const dataMode = `bundled dataset (mock API${scenario ? `, scenario "${scenario}"` : ''})`;
  return { notices, dataMode };
}

/**
 * With VITE_API_BASE_URL set, the client calls that API. Without it, the build answers from its
 * static snapshot of the bundled data (files next to the page, listed in index.html), and the dev
 * server, which has no snapshot, from the mock API.
 */
async function configureApi(): Promise<ApiSetup> {
  const apiBase = import.meta.env.VITE_API_BASE_URL as string | undefined;
  if (apiBase) {
    configureTransport({ baseUrl: apiBase });
    return { notices: [], dataMode: `price API at ${apiBase}` };
  }
  const requested = new URLSearchParams(window.location.search).get('scenario');
  const manifest = readSnapshotManifest(document.getElementById(SNAPSHOT_MANIFEST_ID));
  if (!manifest) return configureMock(requested, null);
  configureTransport({
    baseUrl: inPageApi(),
    fetch: createSnapshotFetch(manifest, document.baseURI),
  });
  const snapshot = { notices: [], dataMode: 'bundled dataset (static files)' };
  return requested === null ? snapshot : configureMock(requested, snapshot);
}

const root = document.getElementById('root');
if (root) {
  void configureApi().then(({ notices, dataMode }) => {
    // A reader's own files answer in front of whichever source was chosen (see localData).
    configureTransport({ fetch: withLocalData(currentTransport().fetch) });
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={createQueryClient()}>
          <CrashBoundary>
            <App startupNotices={notices} dataMode={dataMode} />
          </CrashBoundary>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
}
