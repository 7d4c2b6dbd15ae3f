import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';

/** Renders the whole page through the MSW handlers, with a fresh client that never retries on its own. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <App dataMode="test" />
    </QueryClientProvider>,
  );
  return { ...view, client };
}
