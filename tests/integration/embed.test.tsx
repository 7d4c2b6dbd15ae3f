import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_PATH } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { STORY } from '../../src/story/story';
import type { AppPage } from '../support/page';
import { holdAnswers } from './holdAnswers';
import { renderApp } from './renderApp';

const TITLE = "NVIDIA's share price and market value, 2 Jan to 28 Feb 2025";
const CAPTION =
  'It fell 17.0% on Mon 27 Jan 2025, from $142.62 to $118.42, taking $594.2B off its market value.';

/** Waits for the price line, then for an event label: the chart with its overlays drawn. */
async function chartDrawn(page: AppPage) {
  await page.priceLine();
  await waitFor(() => {
    expect(page.eventLabels()).toContain('musk-obviously-reply');
  });
}

function legendItems(container: HTMLElement): string[] {
  const legend = container.querySelector('.embed__legend');
  return [...(legend?.querySelectorAll('li') ?? [])].map((item) => item.textContent.trim());
}

describe('the embed (?embed=1)', () => {
  it('shows the chart alone: no window controls, no analytics, no share button', async () => {
    const { container, page } = renderApp('?embed=1');
    await chartDrawn(page);
    expect(container.querySelector('.embed')).not.toBeNull();
    expect(container.querySelector('.app')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Time window' })).toBeNull();
    expect(container.querySelector('.window-controls')).toBeNull();
    expect(container.querySelector('.analytics')).toBeNull();
    expect(container.querySelector('.event-study')).toBeNull();
    expect(container.querySelector('.sources')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share, embed, export' })).toBeNull();
    expect(screen.queryByText(/and the DeepSeek shock/)).toBeNull();
    // No toggles unless asked for.
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(container.querySelector('.embed__chart')).not.toHaveAttribute('inert');
  });

  it('titles and captions the chart from the data, and names the page after it', async () => {
    const { container, page } = renderApp('?embed=1');
    await chartDrawn(page);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(TITLE);
    expect(container.querySelector('.embed__title')?.textContent).toBe(TITLE);
    expect(container.querySelector('.embed__caption')?.textContent).toBe(CAPTION);
    expect(document.title).toBe(TITLE);
    // The long description is there for a screen reader, tied to the chart.
    const description = container.querySelector('#embed-description');
    expect(description?.textContent).toMatch(/^NVIDIA's share price \(NVDA\), daily closes/);
    expect(container.querySelector('.embed__chart')).toHaveAttribute(
      'aria-describedby',
      'embed-description',
    );
  });

  it('lists the legend of the lines and of each kind shown, the source line and a link to the full view', async () => {
    const { container, page } = renderApp('?embed=1');
    await chartDrawn(page);
    expect(legendItems(container)).toEqual([
      'Close',
      'Market value',
      'News event',
      'Social event',
      'Viral weekend',
      'Market event',
      'Product event',
    ]);
    const legend = screen.getByRole('list', { name: 'Legend' });
    // Each item has its sample: a line (dashed by kind) or, for the weekend, a band.
    expect(legend.querySelectorAll('li svg')).toHaveLength(7);
    expect(legend.querySelectorAll('li svg rect')).toHaveLength(1);
    const footer = container.querySelector('.embed__footer') as HTMLElement;
    expect(within(footer).getByText(STORY.sourceLine)).toBeInTheDocument();
    expect(within(footer).getByText(STORY.shortSourceLine)).toBeInTheDocument();
    const link = within(footer).getByRole('link', { name: 'Full dashboard' });
    const href = new URL(link.getAttribute('href') ?? '');
    expect(href.origin).toBe(window.location.origin);
    expect(href.pathname).toBe(window.location.pathname);
    expect(href.searchParams.has('embed')).toBe(false);
    expect(link.getAttribute('href')).not.toContain('embed=1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('links the full dashboard to the same view, without the embed settings', async () => {
    const { page } = renderApp(
      '?embed=1&static=1&controls=toggles&theme=dark&from=2025-01-20&to=2025-01-31&hide=musk-obviously-reply&scenario=slow',
    );
    await page.priceLine();
    const link = screen.getByRole('link', { name: 'Full dashboard' });
    const params = new URL(link.getAttribute('href') ?? '').searchParams;
    expect(params.get('from')).toBe('2025-01-20');
    expect(params.get('to')).toBe('2025-01-31');
    expect(params.get('hide')).toBe('musk-obviously-reply');
    expect(params.get('theme')).toBe('dark');
    // The page's other parameters (the mock scenario) are kept.
    expect(params.get('scenario')).toBe('slow');
    for (const name of ['embed', 'static', 'controls']) expect(params.has(name)).toBe(false);
  });

  it('shows a reader title as text, never as markup', async () => {
    const { container, page } = renderApp(`?embed=1&title=${encodeURIComponent('<b>x</b>')}`);
    await chartDrawn(page);
    const title = container.querySelector('.embed__title');
    expect(title?.textContent).toBe('<b>x</b>');
    expect(title?.children).toHaveLength(0);
    expect(container.querySelector('b')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(document.title).toBe('<b>x</b>');
  });

  it('offers the kind toggles with controls=toggles; one hides its events and goes into the URL', async () => {
    const user = userEvent.setup();
    const { container, page } = renderApp('?embed=1&controls=toggles');
    await chartDrawn(page);
    const toggles = await screen.findAllByRole('checkbox');
    expect(toggles).toHaveLength(4);
    for (const toggle of toggles) expect(toggle).toBeChecked();
    expect(toggles.map((toggle) => toggle.closest('label')?.textContent.trim())).toEqual([
      expect.stringMatching(/^News \(\d+\)$/),
      expect.stringMatching(/^Social \(\d+\)$/),
      expect.stringMatching(/^Market \(\d+\)$/),
      expect.stringMatching(/^Product \(\d+\)$/),
    ]);
    const social = screen.getByRole('checkbox', { name: /Social/ });
    await user.click(social);
    expect(social).not.toBeChecked();
    await waitFor(() => {
      expect(page.eventLabels()).not.toContain('musk-obviously-reply');
    });
    expect(container.querySelector('[data-event-id="viral-weekend"]')).toBeNull();
    expect(page.eventLabels()).toContain('nvda-record-drop-jan27');
    const search = new URLSearchParams(window.location.search);
    expect(search.get('hideKinds')).toBe('social');
    expect(search.get('embed')).toBe('1');
    expect(search.get('controls')).toBe('toggles');
    expect(legendItems(container)).not.toContain('Social event');
    expect(legendItems(container)).not.toContain('Viral weekend');
    expect(legendItems(container)).toContain('News event');

    await user.click(social);
    expect(social).toBeChecked();
    await waitFor(() => {
      expect(page.eventLabels()).toContain('musk-obviously-reply');
    });
    // The address catches up with the view: at most one write per 250 ms (see addressWriter).
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).has('hideKinds')).toBe(false);
    });
  });

  it('makes a static chart inert: nothing to focus, no tooltip', async () => {
    const { container, page } = renderApp('?embed=1&static=1');
    await chartDrawn(page);
    const chart = container.querySelector('.embed__chart');
    expect(chart).toHaveAttribute('inert');
    expect(container.querySelector('.embed')).toHaveClass('embed--static');
  });

  it('follows theme=dark', async () => {
    const { page } = renderApp('?embed=1&theme=dark');
    await chartDrawn(page);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('says it is loading while the prices are on their way, not that there is no session', async () => {
    server.use(
      http.get(`${API_PATH}/prices/:symbol`, async () => {
        await delay(500);
        // Nothing returned: the bundled handler answers, late.
        return undefined;
      }),
    );
    const { container } = renderApp('?embed=1');
    await waitFor(() => {
      expect(container.querySelector('.embed__caption')?.textContent).toBe('Loading the data…');
    });
    expect(container.querySelector('.embed__caption')?.textContent).toBe('Loading the data…');
    expect(container).not.toHaveTextContent(/No trading session/);
    expect(container.querySelector('#embed-description')?.textContent).toMatch(
      /: loading the data\.$/,
    );
    // And once they are in, the caption is the data's.
    await waitFor(
      () => {
        expect(container.querySelector('.embed__caption')?.textContent).toBe(CAPTION);
      },
      { timeout: 5000 },
    );
    expect(container).not.toHaveTextContent(/No trading session/);
  });

  it('keeps the loading caption until the share count is in, so it is written once', async () => {
    const release = holdAnswers(`${API_PATH}/shares/:symbol`);
    const { container, page } = renderApp('?embed=1');
    await chartDrawn(page);
    expect(container.querySelector('.embed__caption')?.textContent).toBe('Loading the data…');

    release();
    await waitFor(() => {
      expect(container.querySelector('.embed__caption')?.textContent).toBe(CAPTION);
    });
    expect(CAPTION).toMatch(/market value/);
  });
});

describe('the height the embed asks its host for', () => {
  const parentDescriptor = Object.getOwnPropertyDescriptor(window, 'parent');
  const postMessageDescriptor = Object.getOwnPropertyDescriptor(window, 'postMessage');
  const NativeResizeObserver = globalThis.ResizeObserver;

  afterEach(() => {
    if (parentDescriptor) Object.defineProperty(window, 'parent', parentDescriptor);
    if (postMessageDescriptor) Object.defineProperty(window, 'postMessage', postMessageDescriptor);
    globalThis.ResizeObserver = NativeResizeObserver;
  });

  it('posts nothing when the page is not in a frame', async () => {
    expect(window.parent).toBe(window);
    const posted = vi.fn();
    Object.defineProperty(window, 'postMessage', { value: posted, configurable: true });
    const messages: unknown[] = [];
    const onMessage = (event: MessageEvent) => messages.push(event.data);
    window.addEventListener('message', onMessage);
    const { page } = renderApp('?embed=1');
    await chartDrawn(page);
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.removeEventListener('message', onMessage);
    expect(posted).not.toHaveBeenCalled();
    expect(messages).toEqual([]);
  });

  it('posts {embedHeight} to the host in a frame, once per height', async () => {
    // The sized observer of tests/setup.ts, keeping the callback of the one that watches the embed's
    // page, so the test can have it measure again.
    let remeasure: (() => void) | null = null;
    class ReplayableResizeObserver extends NativeResizeObserver {
      constructor(private readonly onResize: ResizeObserverCallback) {
        super(onResize);
      }
      override observe(target: Element): void {
        super.observe(target);
        if (target.classList.contains('embed'))
          remeasure = () => {
            this.onResize([], this);
          };
      }
    }
    globalThis.ResizeObserver = ReplayableResizeObserver;
    const postMessage = vi.fn();
    const host = { postMessage };
    Object.defineProperty(window, 'parent', { value: host, configurable: true, writable: true });
    expect(window.parent).not.toBe(window);

    const { container, page } = renderApp('?embed=1');
    await chartDrawn(page);
    expect(postMessage).toHaveBeenCalledTimes(1);
    const [message, targetOrigin] = postMessage.mock.calls[0] as [unknown, string];
    // jsdom lays nothing out: scrollHeight 0, the chart box 900 x 400 (the setup's stubs), so
    // 0 - 400 + the chart's preferred height at 900 px (450) = 50.
    expect(message).toStrictEqual({ embedHeight: 50 });
    expect(Object.keys(message as object)).toEqual(['embedHeight']);
    expect(targetOrigin).toBe('*');

    // Measured again at the same size: nothing new to say.
    expect(remeasure).not.toBeNull();
    const measure = () => {
      remeasure?.();
    };
    measure();
    measure();
    expect(postMessage).toHaveBeenCalledTimes(1);

    // The page grows by 120 px: the new height is posted, once.
    const embed = container.querySelector('.embed') as HTMLElement;
    Object.defineProperty(embed, 'scrollHeight', { value: 120, configurable: true });
    measure();
    expect(postMessage).toHaveBeenCalledTimes(2);
    expect(postMessage.mock.calls[1]).toEqual([{ embedHeight: 170 }, '*']);
    measure();
    expect(postMessage).toHaveBeenCalledTimes(2);
  });
});
