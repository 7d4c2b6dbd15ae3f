import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storyEvents } from '../support/fixtures';
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
});
