import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App, type AppProps } from '../../src/app/App';
import { createQueryClient } from '../../src/app/queryClient';
import { appPage } from '../support/page';

/**
 * Renders the whole page through the MSW handlers, with a fresh client of the app's own making
 * (so with its defaults, window focus refetching nothing) that never retries on its own; `page`
 * reads what the charts drew.
 */
export function renderApp(search = '', props: Partial<AppProps> = {}) {
  window.history.replaceState(null, '', `/${search}`);
  const client = createQueryClient({ retry: false });
  const view = render(
    <QueryClientProvider client={client}>
      <App dataMode="test" {...props} />
    </QueryClientProvider>,
  );
  return { ...view, client, page: appPage(view.container) };
}
