import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

const DIALOG = 'Share, embed and export';

/** What mounts after the first chart: on a loaded CI machine, more than the default second. */
const PANEL = { timeout: 15_000 };

/** The dashboard with its chart drawn and the share dialog open (it loads lazily). */
async function openDialog(search = '') {
  const user = userEvent.setup();
  const view = renderApp(search);
  await view.page.priceLine();
  // The event toggles wait for the events: a loaded machine may take more than a second.
  await waitFor(() => {
    expect(
      view.container.querySelector('[data-event-toggle="musk-obviously-reply"]'),
    ).not.toBeNull();
  }, PANEL);
  await user.click(screen.getByRole('button', { name: 'Share, embed, export' }));
  // The first opening loads the dialog's module: give it time.
  const dialog = await screen.findByRole('dialog', { name: DIALOG }, { timeout: 10_000 });
  return { ...view, user, dialog };
}

const embedCode = (dialog: HTMLElement) =>
  within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' }).value;

/** The src of the iframe the embed code writes, its `&amp;` read back as `&`. */
function embedSrc(dialog: HTMLElement): URL {
  const match = /<iframe [^>]*src="([^"]*)"/.exec(embedCode(dialog));
  expect(match).not.toBeNull();
  return new URL((match?.[1] ?? '').replace(/&amp;/g, '&'));
}

/** Stubs the download path: the object URL and the link's click. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:http://localhost/${String(blobs.length)}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
    expect(this.isConnected).toBe(true);
    expect(this.href).toBe(`blob:http://localhost/${String(blobs.length)}`);
  });
  return { blobs, names, createObjectURL, click };
}

/** The records of a CSV file, a quoted cell's line breaks kept inside its record. */
function csvLines(text: string): string[] {
  const records: string[] = [];
  let record = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '"') quoted = !quoted;
    if (!quoted && char === '\r' && text[index + 1] === '\n') {
      records.push(record);
      record = '';
      index += 1;
    } else record += char;
  }
  // Every record, the last included, ends with CRLF.
  expect(record).toBe('');
  return records;
}

describe('the share dialog', () => {
  it('opens from the dashboard with the link to this view', async () => {
    const { dialog } = await openDialog('?from=2025-01-13&hide=musk-obviously-reply');
    expect(dialog).toHaveAttribute('open');
    const link = within(dialog).getByRole('textbox', { name: 'Link to this view' });
    expect(link).toHaveAttribute('readonly');
    const value = (link as HTMLInputElement).value;
    expect(window.location.search).toBe('?from=2025-01-13&hide=musk-obviously-reply');
    expect(value.endsWith(window.location.search)).toBe(true);
    expect(value).toBe(`${window.location.origin}/${window.location.search}`);
    expect(value).not.toContain('embed=1');
  });

  it('carries the reader’s notes in the link and the embed code, their markup as text', async () => {
    const notes = '1,n,2025-01-27,,<b>"Our" article</b>,r,2025-01-13,2025-01-17,Window';
    const { dialog } = await openDialog(`?notes=${encodeURIComponent(notes)}`);
    const link = within(dialog).getByRole<HTMLInputElement>('textbox', {
      name: 'Link to this view',
    });
    expect(new URL(link.value).searchParams.get('notes')).toBe(notes);
    expect(embedSrc(dialog).searchParams.get('notes')).toBe(notes);
    expect(embedCode(dialog)).not.toContain('<b>');
  });

  it('gives the embed code: an iframe of this view with embed=1 and a title', async () => {
    const { dialog } = await openDialog('?from=2025-01-13');
    const code = embedCode(dialog);
    expect(code).toMatch(/^<iframe id="chart-nvda-deepseek-[a-z0-9]+" /);
    expect(code).toContain('embed=1');
    expect(code).toMatch(
      /<iframe [^>]*title="NVIDIA&#39;s share price and market value, 13 Jan to 28 Feb 2025"/,
    );
    expect(code).toContain('<script>');
    const src = embedSrc(dialog);
    expect(src.origin).toBe(window.location.origin);
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('from')).toBe('2025-01-13');
    expect(src.searchParams.has('controls')).toBe(false);
    expect(src.searchParams.has('static')).toBe(false);
    // The preview frame shows the same address.
    const preview = dialog.querySelector('iframe.embed-preview');
    expect(preview?.getAttribute('src')).toBe(src.href);
    expect(preview?.getAttribute('title')).toBe(
      "Preview: NVIDIA's share price and market value, 13 Jan to 28 Feb 2025",
    );
  });

  it('writes a typed title into the URL and keeps the space typed between words', async () => {
    const { dialog, user } = await openDialog();
    const field = within(dialog).getByRole('textbox', { name: /^Title/ });
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('maxlength', '120');
    expect(field).toHaveAttribute(
      'placeholder',
      "NVIDIA's share price and market value, 2 Jan to 28 Feb 2025",
    );
    // The address catches up with the view: at most one write per 250 ms (see addressWriter).
    const addressTitle = () => new URLSearchParams(window.location.search).get('title');
    await user.type(field, 'a ');
    expect(field).toHaveValue('a ');
    await waitFor(() => {
      expect(addressTitle()).toBe('a');
    });
    await user.type(field, 'b');
    expect(field).toHaveValue('a b');
    await waitFor(() => {
      expect(addressTitle()).toBe('a b');
    });
    expect(window.location.search).toContain('title=');
    // The link and the embed code carry it too.
    const link = within(dialog).getByRole('textbox', { name: 'Link to this view' });
    expect(new URL((link as HTMLInputElement).value).searchParams.get('title')).toBe('a b');
    expect(embedSrc(dialog).searchParams.get('title')).toBe('a b');
    // The iframe is titled after the chart's (now the reader's) title.
    expect(embedCode(dialog)).toMatch(/<iframe [^>]*title="a b"/);

    await user.clear(field);
    expect(field).toHaveValue('');
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).has('title')).toBe(false);
    });
  });

  it('sets the embed options: toggles, static, theme', async () => {
    const { dialog, user } = await openDialog();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Overlay toggles' }));
    expect(embedCode(dialog)).toContain('controls=toggles');
    expect(embedSrc(dialog).searchParams.get('controls')).toBe('toggles');
    expect(embedCode(dialog)).not.toContain('static=1');

    await user.click(within(dialog).getByRole('checkbox', { name: /^Static/ }));
    expect(embedCode(dialog)).toContain('static=1');
    expect(embedSrc(dialog).searchParams.get('static')).toBe('1');

    const theme = within(dialog).getByRole('combobox', { name: /Theme/ });
    expect(theme).toHaveValue('light');
    expect(embedCode(dialog)).not.toContain('theme=');
    await user.selectOptions(theme, 'dark');
    expect(embedCode(dialog)).toContain('theme=dark');
    await user.selectOptions(theme, 'auto');
    expect(embedSrc(dialog).searchParams.get('theme')).toBe('auto');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Overlay toggles' }));
    expect(embedCode(dialog)).not.toContain('controls=');
    // The options are the embed's, not the page's: the page's own URL is unchanged.
    for (const name of ['embed', 'static', 'controls', 'theme'])
      expect(new URLSearchParams(window.location.search).has(name)).toBe(false);
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('saves the CSV of the data: 39 sessions under their header, named after the view', async () => {
    const { dialog, user } = await openDialog();
    const downloads = captureDownloads();
    await user.click(within(dialog).getByRole('button', { name: 'CSV of the data (39 sessions)' }));
    expect(await within(dialog).findByText('CSV of the data saved.')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(downloads.createObjectURL).toHaveBeenCalledTimes(1);
    expect(downloads.click).toHaveBeenCalledTimes(1);
    expect(downloads.names).toEqual(['nvda-price-2025-01-02_2025-02-28-data.csv']);
    const blob = downloads.blobs[0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const lines = csvLines(await blob.text());
    expect(lines[0]).toMatch(/^date,open,high,low,close,adj_close,volume,change_pct,/);
    const rows = lines.slice(1);
    expect(rows).toHaveLength(39);
    expect(rows[0]).toMatch(/^2025-01-02,/);
    expect(rows.at(-1)).toMatch(/^2025-02-28,/);
    expect(rows.find((line) => line.startsWith('2025-01-27,'))).toContain(',118.42,');
    // The link is gone once clicked.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('saves the CSV of the window of the view', async () => {
    const { dialog, user } = await openDialog('?from=2025-01-20&to=2025-01-31');
    const downloads = captureDownloads();
    await user.click(within(dialog).getByRole('button', { name: 'CSV of the data (9 sessions)' }));
    await waitFor(() => {
      expect(downloads.names).toEqual(['nvda-price-2025-01-21_2025-01-31-data.csv']);
    });
    expect(csvLines(await (downloads.blobs[0] as Blob).text()).slice(1)).toHaveLength(9);
  });

  it('saves the CSV of the events shown', async () => {
    const { dialog, user } = await openDialog();
    const downloads = captureDownloads();
    const button = within(dialog).getByRole('button', { name: /^CSV of the events \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec(button.textContent)?.[1]);
    expect(count).toBeGreaterThan(5);
    await user.click(button);
    expect(await within(dialog).findByText('CSV of the events saved.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(downloads.names).toEqual(['nvda-price-2025-01-02_2025-02-28-events.csv']);
    const blob = downloads.blobs[0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const lines = csvLines(await blob.text());
    expect(lines[0]).toMatch(/^id,kind,title,start,/);
    // A row per source of each event: as many distinct ids as the button counts.
    const ids = new Set(lines.slice(1).map((line) => line.slice(0, line.indexOf(','))));
    expect(ids.size).toBe(count);
    expect(lines.length - 1).toBeGreaterThanOrEqual(count);
    expect(lines.some((line) => line.startsWith('musk-obviously-reply,social,'))).toBe(true);
  });

  it('leaves a hidden event out of the events CSV', async () => {
    const { dialog, user } = await openDialog('?hide=musk-obviously-reply');
    const downloads = captureDownloads();
    await user.click(within(dialog).getByRole('button', { name: /^CSV of the events/ }));
    await waitFor(() => {
      expect(downloads.blobs).toHaveLength(1);
    });
    const text = await (downloads.blobs[0] as Blob).text();
    expect(text).not.toContain('musk-obviously-reply');
    expect(text).toContain('nvda-record-drop-jan27');
  });

  it('shows the description of the chart, its alt text', async () => {
    const { dialog, container } = await openDialog();
    const description = dialog.querySelector('.share-description');
    expect(description?.textContent).toMatch(
      /^NVIDIA's share price \(NVDA\), daily closes, 2 Jan to 28 Feb 2025\. It fell 17\.0% on Mon 27 Jan 2025/,
    );
    // The same words the page's data table gives.
    expect(description?.textContent).toBe(
      container.querySelector('.chart-data__description')?.textContent,
    );
    expect(within(dialog).getByRole('button', { name: 'Copy description' })).toBeInTheDocument();
  });

  it('closes with the Close button', async () => {
    const { dialog, user } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: DIALOG })).toBeNull();
    });
    // And opens again.
    await user.click(screen.getByRole('button', { name: 'Share, embed, export' }));
    expect(await screen.findByRole('dialog', { name: DIALOG })).toHaveAttribute('open');
  });

  it('closes on the cancel a browser sends for Escape', async () => {
    const { dialog } = await openDialog();
    // jsdom has no showModal and no Escape handling of its own; a browser sends `cancel` then
    // `close` to a modal dialog on Escape.
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: DIALOG })).toBeNull();
    });
  });

  it('closes on its close event', async () => {
    const { dialog } = await openDialog();
    fireEvent(dialog, new Event('close'));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: DIALOG })).toBeNull();
    });
  });
});
