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
