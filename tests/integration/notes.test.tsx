import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

const HOSTILE = '<img src=x onerror=alert(1)> "Our" article';
const LINK = `?notes=1,n,2025-01-27,118.42,${encodeURIComponent(HOSTILE)},r,2025-01-13,2025-01-17,Earnings+window`;

describe('the reader’s notes on the chart', () => {
  it('draws a note as a labelled line with a pin at its price, and a range as a band', async () => {
    const { container, page } = renderApp(LINK);
    await page.priceLine();
    const surface = page.surface('price');
    const label = await waitFor(() => {
      const found = surface?.querySelector('[data-event-label="note-1"]');
      if (!found) throw new Error('no label for the note yet');
      return found;
    });
    // Markup in a note is text: drawn as written, never parsed.
    expect(label.getAttribute('aria-label')).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect(surface?.querySelector('[data-note-pin="note-1"]')).not.toBeNull();
    expect(surface?.querySelector('rect.event-band[data-event-id="note-2"]')).not.toBeNull();
  });

  it('toggles the notes like a kind of event', async () => {
    const { page } = renderApp(LINK);
    await page.priceLine();
    const toggle = await screen.findByRole('checkbox', { name: /Your note \(2\)/ });
    await userEvent.click(toggle);
    await waitFor(() => {
      expect(page.surface('price')?.querySelector('[data-event-label="note-1"]')).toBeNull();
    });
    expect(window.location.search).toContain('hideKinds=note');
  });
});
