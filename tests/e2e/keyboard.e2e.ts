import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { ARTIFACTS, withBuiltApp } from './builtApp';

const EVENTS = resolve(import.meta.dirname, '../../mocks/fixtures/events.json');

/** Each bundled event's date, as its fixture gives it. */
const dateOf = new Map(
  (JSON.parse(readFileSync(EVENTS, 'utf8')) as { id: string; start: string }[]).map((event) => [
    event.id,
    event.start.slice(0, 10),
  ]),
);

const built = withBuiltApp();

let page: Page;

beforeEach(async () => {
  page = await built.browser.newPage({ viewport: { width: 1280, height: 1000 } });
});

afterEach(async () => {
  await page.close();
});

async function openDashboard(search = '') {
  await page.goto(`${built.url}${search}`);
  await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
  await page.locator('[data-event-label]').first().waitFor();
}

/** The focused element: its event ids (a label's one, a chip's several), else its tag and text. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    const ids =
      element?.getAttribute('data-event-label') ?? element?.getAttribute('data-event-chip');
    return ids ?? `${element?.tagName ?? ''}: ${element?.textContent.slice(0, 40) ?? ''}`;
  });

describe('the keyboard path to the chart, in Chromium', () => {
  it('starts with a skip link, shown when focused, whose next Tab is the first event label', async () => {
    await openDashboard();
    const skip = page.getByRole('link', { name: 'Skip to the chart' });
    const hidden = await skip.boundingBox();
    expect(hidden && hidden.y + hidden.height).toBeLessThanOrEqual(0);

    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('A: Skip to the chart');
    const shown = await skip.boundingBox();
    expect(shown && shown.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({
      path: resolve(ARTIFACTS, 'skip-link.png'),
      clip: { x: 0, y: 0, width: 640, height: 160 },
    });

    await page.keyboard.press('Enter');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-chart-surface')),
    ).resolves.toBe('price');
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Tab');
    const first = await page
      .locator('[data-event-label], [data-event-chip]')
      .first()
      .evaluate(
        (mark) => mark.getAttribute('data-event-label') ?? mark.getAttribute('data-event-chip'),
      );
    await expect(focused()).resolves.toBe(first);
  });

  it('walks the event labels and chips in date order with Tab', async () => {
    await openDashboard();
    const marks = await page.locator('[data-event-label], [data-event-chip]').count();
    // From the chart itself, so this reads the order alone, whatever comes before the chart.
    await page.locator(chartSelector.surface('price')).focus();
    const walked: string[] = [];
    for (let stop = 0; stop < marks; stop += 1) {
      await page.keyboard.press('Tab');
      walked.push(await focused());
    }
    const dates = walked.map(
      (ids) => dateOf.get(ids.split(',')[0] ?? '') ?? `not an event: ${ids}`,
    );
    expect(dates.length).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort());
  });

  it("names the navigator's handles after the window's two ends", async () => {
    await openDashboard('?from=2025-01-13&to=2025-02-07');
    const handles = page.locator(chartSelector.navigatorHandles);
    await handles.first().waitFor();
    const names = () =>
      handles.evaluateAll((all) => all.map((handle) => handle.getAttribute('aria-label')));
    await expect.poll(names).toEqual(['Start of window: 13 Jan 2025', 'End of window: 7 Feb 2025']);
    // A handle moved with the keyboard says its new date.
    await handles.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(names).toEqual(['Start of window: 14 Jan 2025', 'End of window: 7 Feb 2025']);
  });
});

describe('a title= link, in Chromium', () => {
  it('shows the title under the heading and first in the tab title', async () => {
    await openDashboard('?title=Nvidia%20after%20DeepSeek');
    await expect(
      page.locator('.app-header').getByText('Nvidia after DeepSeek').isVisible(),
    ).resolves.toBe(true);
    await expect(page.title()).resolves.toMatch(
      /^Nvidia after DeepSeek · NVIDIA and the DeepSeek shock/,
    );
    await page.screenshot({
      path: resolve(ARTIFACTS, 'view-title.png'),
      clip: { x: 0, y: 0, width: 1280, height: 200 },
    });
  });
});

describe('the reader’s notes, by keyboard, in Chromium', () => {
  const NOTE = 'Our article <b>x</b> & "more"';
  /** What the chart's live region says of the session under the keyboard cursor. */
  const announced = () => page.locator('.price-chart [role="status"]').innerText();

  async function exportFile(from: Page, name: string): Promise<Buffer> {
    const [download] = await Promise.all([
      from.waitForEvent('download'),
      from.getByRole('button', { name, exact: true }).click(),
    ]);
    const path = resolve(ARTIFACTS, `notes-${download.suggestedFilename()}`);
    await download.saveAs(path);
    return readFileSync(path);
  }

  it('adds a note and a range by keyboard, shares them by link, and exports them', async () => {
    await openDashboard();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
    await expect.poll(announced).toMatch(/^Fri 10 Jan 2025: close/);
    await page.keyboard.press('a');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    ).resolves.toBe('Text of note 1 (Fri 10 Jan)');
    await page.keyboard.type(NOTE);

    await page.locator(chartSelector.surface('price')).focus();
    for (let step = 0; step < 2; step++) await page.keyboard.press('ArrowRight');
    const rangeStart = /^\w{3} (\d{1,2}) Jan/.exec(await announced())?.[1]?.padStart(2, '0');
    await page.keyboard.press('r');
    await page.keyboard.type('Earnings window');
    // From the range's first button, Shift+→ stretches it by a session.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+ArrowRight');
    await page
      .getByRole('textbox', { name: /^Text of range 2 \(.+ to .+\)$/ })
      .waitFor({ timeout: 5_000 });

    await page.getByRole('button', { name: 'Share, embed, export' }).click();
    const link = await page.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    const notes = new URL(link).searchParams.get('notes') ?? '';
    expect(notes.startsWith(`1,n,2025-01-10,,${NOTE},r,2025-01-${rangeStart ?? '?'},`)).toBe(true);
    expect(notes.endsWith(',Earnings window')).toBe(true);

    // A fresh page, as whoever gets the link opens it.
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const fresh = await context.newPage();
    await fresh.goto(link);
    await fresh.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    const label = fresh.locator('[data-event-label="note-1"]');
    await label.waitFor();
    expect(await label.getAttribute('aria-label')).toContain(NOTE);
    await fresh.locator('rect.event-band[data-event-id="note-2"]').waitFor();
    expect(await fresh.locator('[data-event-label="note-2"]').textContent()).toBe(
      'Earnings window',
    );
    await expect(
      fresh.getByRole('textbox', { name: /^Text of note 1/ }).inputValue(),
    ).resolves.toBe(NOTE);
    await fresh.screenshot({ path: resolve(ARTIFACTS, 'notes-page-light.png') });

    await fresh.getByRole('button', { name: 'Share, embed, export' }).click();
    const png = await exportFile(fresh, 'PNG 1×');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = (await exportFile(fresh, 'SVG')).toString('utf8');
    const parsed = await fresh.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        desc: doc.querySelector('svg > desc')?.textContent ?? '',
        texts: [...doc.querySelectorAll('text')].map((node) => node.textContent),
        markup: doc.querySelectorAll('b, script, foreignObject').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.markup).toBe(0);
    expect(parsed.desc).toContain(`“${NOTE}” on 10 Jan`);
    expect(parsed.texts).toContain('Earnings window');
    expect(parsed.texts.some((text) => text.startsWith('Our article <b>'))).toBe(true);
    await context.close();

    // The same link in the dark theme, and as a 640×400 embed: the notes are drawn in both.
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${link}&theme=dark`);
    await page.locator('[data-event-label="note-1"]').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: resolve(ARTIFACTS, 'notes-page-dark.png') });
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(`${link}&embed=1`);
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    await page.locator('rect.event-band[data-event-id="note-2"]').waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'notes-embed-640x400.png') });
  }, 90_000);
});
