import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { API_PATH } from '../../mocks/handlers';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { scenarios, type ScenarioName } from '../../mocks/scenarios';
import { clockTime } from '../../src/components/triedAgain';
import { renderApp } from './renderApp';

const WAIT = { timeout: 5000 };

/**
 * A 404, a 400 or a body that is not JSON comes back the same, at once, however often the reader
 * retries: the page must show that it did ask again, when, and what would help instead.
 */
describe('a Retry that brings the same answer back', () => {
  const CASES: [ScenarioName, string, string][] = [
    ['unknown-symbol', 'Not found (HTTP 404)', 'the service does not have the prices'],
    ['bad-range', 'Request refused (HTTP 400)', 'it sends the same request'],
    ['malformed-json', 'cannot read', "data in the contract's shape"],
  ];

  it.each(CASES)('%s: says when it tried again and what would help', async (name, title, help) => {
    server.use(...scenarios[name]());
    const user = userEvent.setup();
    const { page } = renderApp();

    const alert = await page.alertInChart(WAIT);
    expect(alert).toHaveTextContent(title);
    const line = within(alert).getByRole('status');
    // Polite, and there from the start, so that its text is read out when it comes.
    expect(line).toHaveAttribute('aria-live', 'polite');
    expect(line).toHaveTextContent('');

    // The answer takes a moment this time, as over a real network.
    server.use(
      http.get(`${API_PATH}/prices/:symbol`, async () => {
        await delay(300);
      }),
    );
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    const before = Date.now();
    await user.click(retry);
    // While it asks, the message and the Retry stay, the focus on it: no loading state in between.
    expect(retry).toHaveTextContent('Retrying…');
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    expect(retry).toHaveFocus();
    expect(page.chartAlerts()).toEqual([alert]);
    await waitFor(() => {
      expect(line).toHaveTextContent(/^Tried again at \d\d:\d\d:\d\d: same answer\. /);
    }, WAIT);
    const after = Date.now();
    const said = /at (\d\d:\d\d:\d\d)/.exec(line.textContent)?.[1];
    expect([clockTime(before), clockTime(after)]).toContain(said);
    expect(line).toHaveTextContent(help);
    // The answer, and the reader's place, stay where they were.
    expect(alert).toHaveTextContent(title);
    expect(retry).toHaveFocus();
    expect(retry).toHaveAccessibleName('Retry');
  });
});
