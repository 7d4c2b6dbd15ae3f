import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { scenarios, type ScenarioName } from '../../mocks/scenarios';
import { pathMoves, pathPoints } from '../support/page';
import { renderApp } from './renderApp';

/**
 * The page through MSW with each fault scenario put in front of the normal handlers: what the
 * reader sees, and that the view they chose (window, hidden overlays) survives the fault.
 * ('hang' and 'slow' are left out: they take the client's 15 s timeout or 2 s a request.)
 */

const VIEW = '?from=2025-01-13&to=2025-02-07&hide=musk-obviously-reply';
const WAIT = { timeout: 5000 };

function useScenario(name: ScenarioName) {
  server.use(...scenarios[name]());
}

/** The URL and the window inputs still hold the view the reader opened the page with. */
function expectWindowKept(search: string) {
  expect(window.location.search).toBe(search);
  const params = new URLSearchParams(search);
  expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe(params.get('from'));
  expect(screen.getByLabelText<HTMLInputElement>('To').value).toBe(params.get('to'));
}

/** As `expectWindowKept`, and the hidden overlay's toggle is drawn, unticked. */
async function expectViewKept(container: HTMLElement, search: string) {
  expectWindowKept(search);
  const hidden = new URLSearchParams(search).get('hide');
  if (!hidden) return;
  const toggle = await waitFor(() => {
    const element = container.querySelector<HTMLInputElement>(`[data-event-toggle="${hidden}"]`);
    expect(element).not.toBeNull();
    return element as HTMLInputElement;
  }, WAIT);
  expect(toggle.checked).toBe(false);
  expect(container.querySelector(`[data-event-id="${hidden}"]`)).toBeNull();
}

describe('price faults: the reader is told what went wrong, and keeps the view', () => {
  const CASES: [ScenarioName, string, RegExp | string][] = [
    ['server-error', 'The price service failed (HTTP 500)', 'The price service failed'],
    ['bad-gateway-html', 'The price service failed (HTTP 502)', 'HTTP 502'],
    ['unknown-symbol', 'Not found (HTTP 404)', 'Unknown symbol: NVDA'],
    ['bad-range', 'Request refused (HTTP 400)', 'from is after to'],
    ['network-error', 'Could not reach the price service', 'connection failed'],
    ['malformed-json', 'cannot read', 'not JSON (cut short or malformed)'],
    ['truncated', 'cannot read', 'not JSON (cut short or malformed)'],
    ['html-instead-of-json', 'cannot read', 'HTML page, not JSON: is the API base URL right?'],
    ['empty-body', 'cannot read', 'The response was empty'],
    ['wrong-symbol', 'cannot read', 'Asked for NVDA, the price service answered with AMD'],
    ['rate-limited', 'Too many requests (HTTP 429)', 'It asks to wait 3 s'],
  ];

  it.each(CASES)('%s: "%s" / "%s"', async (name, title, detail) => {
    useScenario(name);
    const user = userEvent.setup();
    const { container, page } = renderApp(VIEW);

    const alert = await page.alertInChart(WAIT);

    expect(alert.querySelector('.error-state__title')).toHaveTextContent(title);
    expect(alert.querySelector('.error-state__detail')).toHaveTextContent(detail);
    expect(container.querySelector('.price-line')).toBeNull();
    expectWindowKept(VIEW);

    // The service comes back: Retry draws the reader's window with the overlay still hidden.
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const d = await page.priceLine(WAIT);
    // 13 Jan to 7 Feb 2025: 19 sessions (20 Jan closed).
    expect(pathPoints(d)).toBe(19);
    await waitFor(() => {
      expect(container.querySelector('[data-event-id="nvda-record-drop-jan27"]')).not.toBeNull();
    }, WAIT);
    expect(page.chartAlerts()).toEqual([]);
    await expectViewKept(container, VIEW);
  });

  it('keeps the view through a Retry that fails again', async () => {
    useScenario('server-error');
    const user = userEvent.setup();
    const { page } = renderApp(VIEW);
    const first = await page.alertInChart(WAIT);
    // Counted from here on: the first request has failed already.
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/prices/NVDA')) requests.push(request.url);
    });
    try {
      await user.click(within(first).getByRole('button', { name: 'Retry' }));

      await waitFor(() => {
        expect(requests).toHaveLength(1);
      }, WAIT);
      const alert = await page.alertInChart(WAIT);
      await waitFor(() => {
        expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
      }, WAIT);
      expect(alert).toHaveTextContent('HTTP 500');
      expectWindowKept(VIEW);
    } finally {
      server.events.removeAllListeners();
    }
  });
});

describe('bad data that can still be drawn', () => {
  it('messy-data: draws the chart and names every ignored row and the missing 4 Feb 2025', async () => {
    useScenario('messy-data');
    const { container, page } = renderApp(VIEW);

    const d = await page.priceLine(WAIT);
    // 13 Jan to 7 Feb 2025 has 19 sessions; 4 Feb is not in the data and is not made up.
    expect(pathPoints(d)).toBe(18);
    expect(pathMoves(d)).toBe(1);
    const note = await screen.findByTestId('data-issues', {}, WAIT);
    // Dropped: 2 duplicates (6 and 13 Jan), a null close (11 Feb), a string open (12 Feb), and
    // a high below the low (dated 20 Feb): 5 rows.
    expect(note).toHaveTextContent('5 rows of NVDA prices ignored');
    expect(note).toHaveTextContent(
      '2 dates given twice (the later row kept) (6 Jan 2025, 13 Jan 2025)',
    );
    expect(note).toHaveTextContent(
      '2 with a price that is not a positive number (11 Feb 2025, 12 Feb 2025)',
    );
    expect(note).toHaveTextContent('1 with a high below the low (20 Feb 2025)');
    expect(note).toHaveTextContent('1 trading day with no bar (not filled in) (4 Feb 2025)');
    // Sent newest first: all 240 rows but the first, and the two repeats, come after a later date.
    expect(note).toHaveTextContent('241 out of date order (sorted)');
    expect(page.chartAlerts()).toEqual([]);
    await expectViewKept(container, VIEW);
  });

  it('unadjusted-split: breaks the line at 2 Jan 2025 and says why, instead of drawing a crash', async () => {
    useScenario('unadjusted-split');
    // A window across the break: 16 Dec 2024 to 17 Jan 2025.
    const view = '?from=2024-12-16&to=2025-01-17&hide=musk-obviously-reply';
    const { container, page } = renderApp(view);

    const d = await page.priceLine(WAIT);
    // 22 sessions (closed 25 Dec, 1 Jan, 9 Jan): 10 before the break, 12 from 2 Jan on.
    expect(pathMoves(d)).toBe(2);
    expect(pathPoints(d)).toBe(22);
    const note = await screen.findByTestId('data-issues', {}, WAIT);
    expect(note).toHaveTextContent('unadjusted split');
    expect(note).toHaveTextContent('(2 Jan 2025)');
    expect(note).not.toHaveTextContent('ignored');
    expect(page.chartAlerts()).toEqual([]);
    await expectViewKept(container, view);
  });

  // The rebased comparison uses adjusted closes where a series has them, so the split that the raw
  // closes carry never shows as a -90% crash there: NVDA's line stays near 100 (an axis up to ~1000
  // would mean the raw closes were drawn).
  it('unadjusted-split: the rebased comparison draws no crash', async () => {
    useScenario('unadjusted-split');
    const { page } = renderApp('?metric=rebased&from=2024-12-16&to=2025-01-17');

    await page.drawnLine('rebased-line--NVDA', WAIT);
    const ticks = page
      .yTicks('rebased')
      .map(Number)
      .filter((value) => Number.isFinite(value));
    expect(ticks.length).toBeGreaterThan(1);
    expect(Math.max(...ticks)).toBeLessThan(200);
  });

  it('the normal data draws one unbroken line over the same window (the control)', async () => {
    const view = '?from=2024-12-16&to=2025-01-17';
    const { page } = renderApp(view);

    const d = await page.priceLine(WAIT);
    expect(pathMoves(d)).toBe(1);
    expect(pathPoints(d)).toBe(22);
    expect(screen.queryByTestId('data-issues')).toBeNull();
  });
});

/** Opens, from the keyboard, the card of an event (its own label, or the "+N" chip holding it). */
async function openCard(container: HTMLElement, id: string): Promise<HTMLElement> {
  const opener = await waitFor(() => {
    const element =
      container.querySelector<SVGElement>(`[data-event-label="${id}"]`) ??
      [...container.querySelectorAll<SVGElement>('[data-event-chip]')].find((chip) =>
        (chip.getAttribute('data-event-chip') ?? '').split(',').includes(id),
      );
    expect(element ?? null).not.toBeNull();
    return element as SVGElement;
  }, WAIT);
  fireEvent.keyDown(opener, { key: 'Enter' });
  return waitFor(() => {
    const card = container.querySelector<HTMLElement>(`[data-event-card="${id}"]`);
    expect(card).not.toBeNull();
    return card as HTMLElement;
  }, WAIT);
}

describe('bad events', () => {
  // The broken events are copies of the first event of the story (DeepSeek-V3, 26 Dec 2024).
  const view = '?from=2024-12-16&to=2025-01-17&hide=musk-obviously-reply';

  it('draws the chart, names the skipped events, and never links to a script', async () => {
    useScenario('bad-events');
    const { container, page } = renderApp(view);

    await page.priceLine(WAIT);
    const skipped = await screen.findByTestId('events-skipped', {}, WAIT);
    expect(skipped).toHaveTextContent('2 events not shown');
    expect(skipped).toHaveTextContent(
      'rumour-kind (not in the contract\'s shape: kind: Invalid input, got "rumour")',
    );
    expect(skipped).toHaveTextContent('ends before it starts');
    // The two that are listed but not in full are named too, each with its reason.
    expect(skipped).toHaveTextContent('2 events shown in part');
    expect(skipped).toHaveTextContent(
      '[script-link] (the link of "A link that runs a script" is not a web address (javascript:): shown as text)',
    );
    expect(skipped).toHaveTextContent(
      '[long-before] (dated 4 Jan 1999, before the data begins on 15 Jul 2024: no session to mark or study it on)',
    );
    // The good events are drawn.
    await waitFor(() => {
      expect(container.querySelector('[data-event-id="deepseek-v3-release"]')).not.toBeNull();
    }, WAIT);
    expect(container.querySelector('[data-event-id="rumour-kind"]')).toBeNull();
    expect(container.querySelector('[data-event-id="ends-before-start"]')).toBeNull();

    // The control: a good event's card links its sources.
    const good = await openCard(container, 'deepseek-v3-release');
    expect(good.querySelectorAll('a[href^="https://"]').length).toBeGreaterThan(0);
    // The event whose only source URL is a script shows it as text.
    const card = await openCard(container, 'script-link');
    expect(card).toHaveTextContent('Test: A link that runs a script (no link)');
    expect(card.querySelectorAll('a')).toHaveLength(0);
    const scripted = [...container.querySelectorAll('a')].filter((anchor) =>
      (anchor.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:'),
    );
    expect(scripted).toEqual([]);
    await expectViewKept(container, view);
  });

  // Regression: an event skipped at placement was named by its title only, the same title as an
  // event that is drawn; the note now names its id too.
  it('lists a date outside the window with its year, and one inside without', async () => {
    useScenario('bad-events');
    const { container } = renderApp(view);

    const dateOf = (id: string) =>
      waitFor(() => {
        const toggle = container.querySelector(`[data-event-toggle="${id}"]`);
        expect(toggle).not.toBeNull();
        return toggle?.closest('label')?.querySelector('.event-list__date')?.textContent;
      }, WAIT);
    // 16 Dec 2024 to 17 Jan 2025: 26 Dec is inside it, one day only; 4 Jan 1999 is not.
    expect(await dateOf('long-before')).toBe('4 Jan 1999');
    expect(await dateOf('deepseek-v3-release')).toBe('26 Dec');
  });

  it('names the skipped event ends-before-start by its id', async () => {
    useScenario('bad-events');
    renderApp(view);

    const skipped = await screen.findByTestId('events-skipped', {}, WAIT);
    expect(skipped).toHaveTextContent('ends-before-start');
  });
});
