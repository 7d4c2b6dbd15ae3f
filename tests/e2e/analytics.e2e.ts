import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { launchChromium } from './browser';
import { serveStatic } from './staticServer';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(resolve(import.meta.dirname, '../../dist'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
});
afterEach(async () => {
  await page.close();
});

const search = () => new URL(page.url()).searchParams;

describe('impact analytics in Chromium', () => {
  it('zooms with the navigator brush and keeps the window in the URL', async () => {
    await page.goto(`${server.url}?from=2024-07-15&to=2025-06-30`);
    await page.locator(chartSelector.line('price-line')).waitFor();
    const traveller = page.locator(chartSelector.navigatorHandles).first();
    await traveller.scrollIntoViewIfNeeded();
    const box = await traveller.boundingBox();
    if (!box) throw new Error('no brush handle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => search().get('from')).not.toBe('2024-07-15');
    const from = search().get('from') ?? '';
    expect(from > '2024-07-15').toBe(true);
    expect(search().get('to')).toBe('2025-06-30');
    // The drawn line now starts at the new first session.
    const d = (await page.locator(chartSelector.line('price-line')).getAttribute('d')) ?? '';
    expect(d.match(/[ML]/g)?.length).toBeLessThan(241);
  });

  it('picks a benchmark and shows the shock’s abnormal return with t and p', async () => {
    await page.goto(server.url);
    const table = page.locator('[data-table="windows"]');
    await table.waitFor();
    await page.getByLabel('Benchmark', { exact: true }).selectOption('SMH');
    await expect.poll(() => search().get('benchmark')).toBe('SMH');
    await expect(page.locator('[data-table="model"] caption').textContent()).resolves.toContain(
      'R(SMH)',
    );
    const day0 = await table.locator('[data-window="0,0"]').textContent();
    expect(day0).toMatch(/-\d+\.\d\d%/);
  });

  it('shows an event’s own abnormal return in its card', async () => {
    await page.goto(server.url);
    await page.locator('[data-table="windows"]').waitFor();
    await page.locator('[data-event-label="wang-cnbc-davos-interview"]').hover();
    const impact = page.locator(
      '[data-event-card="wang-cnbc-davos-interview"] [data-event-impact]',
    );
    await impact.waitFor();
    await expect(impact.textContent()).resolves.toMatch(
      /Against QQQ: AR\(0\) [-+]?\d+\.\d\d% \(t -?\d+\.\d\d, p [<\d.]+\)/,
    );
  });

  it('draws the peers rebased and the abnormal-return mode', async () => {
    await page.goto(`${server.url}?metric=rebased&peers=AMD,SMH`);
    for (const symbol of ['NVDA', 'AMD', 'SMH']) {
      await page.locator(chartSelector.line(`rebased-line--${symbol}`)).waitFor();
    }
    await page.getByRole('button', { name: 'Abnormal return' }).click();
    await page.locator(chartSelector.line('car-line')).waitFor();
    expect(search().get('metric')).toBe('abnormal');
    await page.screenshot({
      path: resolve(import.meta.dirname, 'artifacts/abnormal.png'),
      fullPage: false,
    });
  });
});
