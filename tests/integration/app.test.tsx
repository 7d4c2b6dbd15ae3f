import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_PATH, errorResponse } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { pathPoints } from '../support/page';
import { holdAnswers } from './holdAnswers';
import { renderApp } from './renderApp';

describe('the dashboard', () => {
  it('draws the price path across the window', async () => {
    const { page } = renderApp();
    await page.priceLine();
    expect(page.surface('price')).not.toBeNull();
    const path = page.linePath('price-line');
    // One point per session from 2 Jan to 28 Feb 2025: 39 sessions (closed 9 Jan, 20 Jan, 17 Feb).
    expect(pathPoints(path)).toBe(39);
    expect(path).not.toMatch(/NaN/);
  });

  it('shows the headline figures computed from the data', async () => {
    renderApp();
    const headline = await screen.findByRole('region', { name: 'Headline figures' });
    expect(within(headline).getByText('$142.62 → $118.42')).toBeInTheDocument();
    expect(within(headline).getByText('-16.97%')).toBeInTheDocument();
    expect(within(headline).getByText('-$594.2B')).toBeInTheDocument();
    expect(within(headline).getByText('+8.93%')).toBeInTheDocument();
  });

  it('holds the headline until the share count answers, so it never flashes "unknown"', async () => {
    const release = holdAnswers(`${API_PATH}/shares/:symbol`);
    const { container, page } = renderApp();
    await page.priceLine();
    expect(screen.queryByRole('region', { name: 'Headline figures' })).toBeNull();
    expect(screen.queryByText('share count unknown')).toBeNull();
    expect(container.querySelector('.headline--placeholder')).not.toBeNull();

    release();
    const headline = await screen.findByRole('region', { name: 'Headline figures' });
    expect(within(headline).getByText('-$594.2B')).toBeInTheDocument();
    expect(container.querySelector('.headline--placeholder')).toBeNull();
  });

  it('shows the price figures without market value when the share count fails', async () => {
    server.use(
      http.get(`${API_PATH}/shares/:symbol`, () =>
        errorResponse(500, 'internal', 'The share counts are unavailable'),
      ),
    );
    renderApp();
    const headline = await screen.findByRole('region', { name: 'Headline figures' });
    expect(within(headline).getByText('$142.62 → $118.42')).toBeInTheDocument();
    expect(within(headline).getByText('share count unknown')).toBeInTheDocument();
  });

  it('draws the named overlays', async () => {
    const { container, page } = renderApp();
    await page.priceLine();
    await waitFor(() => {
      expect(container.querySelector('[data-event-id="viral-weekend"]')).not.toBeNull();
    });
    for (const id of [
      'wang-cnbc-davos-interview',
      'musk-obviously-reply',
      'nvda-record-drop-jan27',
      'deepseek-r1-release',
    ]) {
      expect(container.querySelector(`[data-event-id="${id}"]`)).not.toBeNull();
    }
    expect(container.querySelector('[data-event-id="viral-weekend"]')?.tagName).toBe('rect');
  });

  it('removes and restores an overlay with its toggle, refetching nothing, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { container, page } = renderApp();
    await page.priceLine();
    const toggle = await waitFor(() => {
      const element = container.querySelector<HTMLInputElement>(
        '[data-event-toggle="musk-obviously-reply"]',
      );
      expect(element).not.toBeNull();
      return element as HTMLInputElement;
    });
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      requests.push(request.url);
    });
    await user.click(toggle);
    expect(container.querySelector('[data-event-id="musk-obviously-reply"]')).toBeNull();
    expect(window.location.search).toContain('hide=musk-obviously-reply');
    await user.click(toggle);
    expect(container.querySelector('[data-event-id="musk-obviously-reply"]')).not.toBeNull();
    expect(requests).toEqual([]);
    server.events.removeAllListeners();
  });

  it('hides a whole kind at once', async () => {
    const user = userEvent.setup();
    const { container, page } = renderApp();
    await page.priceLine();
    await user.click(await screen.findByRole('checkbox', { name: /Social/ }));
    expect(container.querySelector('[data-event-id="musk-obviously-reply"]')).toBeNull();
    expect(container.querySelector('[data-event-id="viral-weekend"]')).toBeNull();
    expect(container.querySelector('[data-event-id="nvda-record-drop-jan27"]')).not.toBeNull();
  });

  it('shows an error on a 500 and recovers with Retry, keeping the window and toggles', async () => {
    server.use(
      http.get(
        `${API_PATH}/prices/NVDA`,
        () => errorResponse(500, 'server_error', 'Database unavailable'),
        {
          once: true,
        },
      ),
    );
    const user = userEvent.setup();
    const { container, page } = renderApp(
      '?from=2025-01-20&to=2025-01-31&hide=musk-obviously-reply',
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The price service failed (HTTP 500)');
    expect(alert).toHaveTextContent('Database unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await page.priceLine();
    const chart = container.querySelector('.price-chart') as HTMLElement;
    expect(chart.querySelector('[data-event-id="musk-obviously-reply"]')).toBeNull();
    expect(chart.querySelector('[data-event-id="nvda-record-drop-jan27"]')).not.toBeNull();
    expect(window.location.search).toBe('?from=2025-01-20&to=2025-01-31&hide=musk-obviously-reply');
    expect(pathPoints(page.linePath('price-line'))).toBe(9);
  });

  it('says so when the window holds no session', async () => {
    renderApp('?from=2025-01-25&to=2025-01-26');
    expect(
      await screen.findByText(/No trading sessions between Sat 25 Jan 2025 and Sun 26 Jan 2025/),
    ).toBeInTheDocument();
  });

  it('ignores a bad URL parameter with a notice', async () => {
    const { page } = renderApp('?from=2025-13-45&hideKinds=rumours');
    expect(await screen.findByText(/Ignored from="2025-13-45"/)).toBeInTheDocument();
    expect(screen.getByText(/Ignored hideKinds="rumours"/)).toBeInTheDocument();
    await page.priceLine();
  });
});
