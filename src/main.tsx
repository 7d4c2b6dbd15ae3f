import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureTransport } from './api/transport';
import { App } from './app/App';
import { CrashBoundary } from './app/CrashBoundary';
import { createQueryClient } from './app/queryClient';
import { ensureStorage } from './app/storageFallback';
import './styles.css';

/**
 * Mock mode (the default, VITE_API_BASE_URL unset) answers the API in-process from the bundled data;
 * the mocks are a separate chunk, loaded only then. With the variable set, the same client calls it.
 */
async function configureApi(): Promise<{ notices: string[]; dataMode: string }> {
  const apiBase = import.meta.env.VITE_API_BASE_URL as string | undefined;
  if (apiBase) {
    configureTransport({ baseUrl: apiBase });
    return { notices: [], dataMode: `price API at ${apiBase}` };
  }
  ensureStorage();
  const [{ createMockFetch }, { isScenarioName }] = await Promise.all([
    import('../mocks/browser'),
    import('../mocks/scenarios'),
  ]);
  const requested = new URLSearchParams(window.location.search).get('scenario');
  const scenario = requested !== null && isScenarioName(requested) ? requested : null;
  const notices =
    requested !== null && scenario === null
      ? [`Ignored scenario=${JSON.stringify(requested.slice(0, 40))}: no such mock scenario.`]
      : [];
  configureTransport({
    baseUrl: new URL('api', document.baseURI).href,
    fetch: createMockFetch(scenario),
  });
  const dataMode = `bundled dataset (mock API${scenario ? `, scenario "${scenario}"` : ''})`;
  return { notices, dataMode };
}

const root = document.getElementById('root');
if (root) {
  void configureApi().then(({ notices, dataMode }) => {
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
