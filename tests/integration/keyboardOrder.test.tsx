import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { storyEvents } from '../support/fixtures';
import { chartSelector } from '../support/selectors';
import { renderApp } from './renderApp';

const dateOf = new Map(storyEvents().map((event) => [event.id, event.start.slice(0, 10)]));

/** The date of each label and chip (its first event's), in the order Tab reaches them. */
function tabStopDates(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-event-label], [data-event-chip]')].map((mark) => {
    const ids = mark.getAttribute('data-event-label') ?? mark.getAttribute('data-event-chip') ?? '';
    return dateOf.get(ids.split(',')[0] ?? '') ?? `unknown event ${ids}`;
  });
}

describe('the keyboard path through the chart', () => {
  it('reaches the event labels in date order, not in the order of their left edges', async () => {
    const { container, page } = renderApp();
    await page.priceLine();
    await waitFor(() => {
      expect(page.eventLabels().length).toBeGreaterThan(5);
    });
    const dates = tabStopDates(container);
    expect(dates).toEqual([...dates].sort());
  });

  it('starts with a link that skips the controls to the chart, whose next stop is its first event', async () => {
    const user = userEvent.setup();
    const { container, page } = renderApp();
    await page.priceLine();
    await waitFor(() => {
      expect(page.eventLabels().length).toBeGreaterThan(5);
    });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to the chart' });
    expect(document.activeElement).toBe(skip);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(page.surface('price'));
    await user.tab();
    const first = container.querySelector('[data-event-label], [data-event-chip]');
    expect(first).not.toBeNull();
    expect(document.activeElement).toBe(first);
    // The address holds the view: the skip leaves no #fragment in it.
    expect(window.location.hash).toBe('');
  });

  it("names each of the navigator's handles after the end of the window it moves", async () => {
    const { container, page } = renderApp('?from=2025-01-13&to=2025-02-07');
    await page.priceLine();
    const navigator = await waitFor(() => {
      expect(container.querySelectorAll(chartSelector.navigatorHandles)).toHaveLength(2);
      return container.querySelector<HTMLElement>('.navigator') as HTMLElement;
    });
    await waitFor(() => {
      expect(
        within(navigator)
          .getAllByRole('slider')
          .map((handle) => handle.getAttribute('aria-label')),
      ).toEqual(['Start of window: 13 Jan 2025', 'End of window: 7 Feb 2025']);
    });
  });
});
