import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { scenarios } from '../../mocks/scenarios';
import { renderApp } from './renderApp';

const WAIT = { timeout: 5000 };

/**
 * One outage fails every price request at once: the chart's, the event study's benchmark and the
 * peers'. The reader's one Retry must bring the whole page back, not only the panel it sits in.
 */
describe('one Retry after an outage', () => {
  it('brings back the chart, the event study and the peers together', async () => {
    server.use(...scenarios['outage-then-recover']());
    const user = userEvent.setup();
    const { container, page } = renderApp();

    const chartAlert = await page.alertInChart(WAIT);
    expect(chartAlert).toHaveTextContent('HTTP 503');
    // The study's benchmark failed in the same outage, and says so in its own panel.
    const study = await screen.findByRole('region', { name: /Event study/ }, WAIT);
    expect(await within(study).findByRole('alert', {}, WAIT)).toHaveTextContent('QQQ prices');
    expect(study).toHaveTextContent('HTTP 503');

    // The service is back; the reader presses one Retry, the chart's.
    server.resetHandlers();
    await user.click(within(chartAlert).getByRole('button', { name: 'Retry' }));

    await page.priceLine(WAIT);
    const peers = await screen.findByRole('region', { name: /^Peers/ }, WAIT);
    await waitFor(() => {
      const avgo = peers.querySelector('[data-peer-row="AVGO"]');
      expect(avgo).toHaveTextContent('%');
    }, WAIT);
    await waitFor(() => {
      // Asked afresh: the panel mounts again once the chart is drawn.
      const studyNow = screen.getByRole('region', { name: /Event study/ });
      expect(studyNow.querySelector('[data-table="model"]')).toBeInTheDocument();
    }, WAIT);
    expect(
      [...container.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent),
    ).toEqual([]);
  });
});
