import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

const HOSTILE = '<img src=x onerror=alert(1)> "Our" article';
const LINK = `?notes=1,n,2025-01-27,118.42,${encodeURIComponent(HOSTILE)},r,2025-01-13,2025-01-17,Earnings+window`;

// The panel loads once the chart is drawn: a first import, slow on a busy machine.
const PANEL = { timeout: 15_000 };

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
    // The data table lists each on its session, and its description names it whole.
    // (The table's code loads once the chart is drawn.)
    const row = await waitFor(() => {
      const found = [...container.querySelectorAll('.data-table tr')].find((tr) =>
        tr.textContent.includes(HOSTILE),
      );
      if (!found) throw new Error('no table row for the note yet');
      return found;
    }, PANEL);
    expect(row.querySelector('th, td')?.textContent).toMatch(/27 Jan/);
    expect(container.querySelector('.chart-data__description')?.textContent).toContain(
      `“${HOSTILE}” on 27 Jan at $118.42`,
    );
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

  it('adds, edits, moves by a session and deletes a note from “Your notes”', async () => {
    const user = userEvent.setup();
    const { page } = renderApp();
    await page.priceLine();
    await user.click(
      await screen.findByRole('button', { name: 'Add a note on Mon 27 Jan' }, PANEL),
    );
    const text = screen.getByRole('textbox', { name: 'Text of note 1 (Mon 27 Jan)' });
    expect(text).toHaveFocus();
    await user.keyboard('Our article, "quoted"');
    await user.click(
      screen.getByRole('button', { name: 'Move note 1 (Mon 27 Jan) a session later' }),
    );
    // The arrow keys move it too, from any of its buttons.
    await user.keyboard('{ArrowRight}');
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('notes')).toBe(
        '1,n,2025-01-29,,Our article%2C "quoted"',
      );
    });
    const label = page.surface('price')?.querySelector('[data-event-label="note-1"]');
    expect(label?.textContent).toBe('Our article, "quoted"');
    await user.click(screen.getByRole('button', { name: 'Delete note 1 (Wed 29 Jan)' }));
    await waitFor(() => {
      expect(page.surface('price')?.querySelector('[data-event-label="note-1"]')).toBeNull();
    });
    expect(screen.getByRole('button', { name: 'Add a note on Mon 27 Jan' })).toHaveFocus();
  });

  it('refuses a note past what the link holds, and says why', async () => {
    const user = userEvent.setup();
    const full = Array.from({ length: 20 }, () => 'n,2025-01-27,,x').join(',');
    const { page } = renderApp(`?notes=1,${full}`);
    await page.priceLine();
    await user.click(
      await screen.findByRole('button', { name: 'Add a range from Mon 27 Jan' }, PANEL),
    );
    expect(await screen.findByText(/The link holds at most 20 notes/)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('notes')).toBe(`1,${full}`);
  });

  it('keeps a later note hidden when an earlier one is deleted, its id moving up', async () => {
    const user = userEvent.setup();
    const { page } = renderApp(
      '?notes=1,n,2025-01-27,,first,n,2025-01-28,,second&hide=note-2&from=2025-02-03&to=2025-02-28',
    );
    await page.priceLine();
    // The shock day is not drawn: a new note would go on the window's last session.
    expect(
      await screen.findByRole('button', { name: 'Add a note on Fri 28 Feb' }, PANEL),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Delete note 1 (Mon 27 Jan)' }));
    await waitFor(() => {
      const params = new URLSearchParams(window.location.search);
      expect(params.get('notes')).toBe('1,n,2025-01-28,,second');
      expect(params.get('hide')).toBe('note-1');
    });
  });
});
