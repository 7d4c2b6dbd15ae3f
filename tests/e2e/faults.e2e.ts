import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { launchChromium } from './browser';
import { serveStatic } from './staticServer';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(resolve(import.meta.dirname, '../../dist'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

// What the reader sees for each scenario; `hang` (45 s of timeouts) is covered by the client's tests.
const MATRIX: { scenario: string; shows: string }[] = [
  { scenario: 'server-error', shows: 'HTTP 500' },
  { scenario: 'bad-gateway-html', shows: 'HTTP 502' },
  { scenario: 'outage-then-recover', shows: 'HTTP 503' },
  { scenario: 'network-error', shows: 'Could not reach the price service' },
  { scenario: 'rate-limited', shows: 'HTTP 429' },
  { scenario: 'unknown-symbol', shows: 'HTTP 404' },
  { scenario: 'bad-range', shows: 'HTTP 400' },
  { scenario: 'html-instead-of-json', shows: 'HTML page' },
  { scenario: 'malformed-json', shows: 'not JSON' },
  { scenario: 'truncated', shows: 'not JSON' },
  { scenario: 'empty-body', shows: 'was empty' },
  { scenario: 'wrong-symbol', shows: 'Asked for NVDA' },
  { scenario: 'fail-once', shows: 'Close, Fri 24 Jan 2025' },
  { scenario: 'slow', shows: 'Close, Fri 24 Jan 2025' },
  { scenario: 'messy-data', shows: 'rows of NVDA prices ignored' },
  { scenario: 'unadjusted-split', shows: 'unadjusted split' },
  { scenario: 'bad-events', shows: 'not shown' },
];

describe('the fault matrix in Chromium, production build', () => {
  it.each(MATRIX)('$scenario: says "$shows", with no page error', async ({ scenario, shows }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const view = '?from=2024-12-16&to=2025-02-07&hide=musk-obviously-reply';
    await page.goto(`${server.url}${view}&scenario=${scenario}`);
    await page.getByText(shows).first().waitFor({ timeout: 20_000 });
    // The view survives whatever the API did.
    const params = new URL(page.url()).searchParams;
    expect(params.get('from')).toBe('2024-12-16');
    expect(params.get('hide')).toBe('musk-obviously-reply');
    const svg = await page
      .locator('svg')
      .evaluateAll((nodes) => nodes.map((node) => node.outerHTML).join(''));
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('after a failure, in Chromium', () => {
  // The app retries each request twice on its own; the scenario fails three times for every symbol,
  // so the chart, the event study and the peers all show their HTTP 503 before the reader acts.
  it('outage-then-recover: one Retry brings back the chart, the study and the peers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${server.url}?scenario=outage-then-recover`);
    const study = page.locator('section.event-study');
    await study.getByText('HTTP 503').waitFor({ timeout: 20_000 });
    const chartAlert = page.locator('.chart-column [role="alert"]');
    await chartAlert.getByText('HTTP 503').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: resolve(ARTIFACTS, 'outage-before-retry.png'), fullPage: true });

    await chartAlert.getByRole('button', { name: 'Retry' }).click();

    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 20_000 });
    await page.locator('section.peers [data-peer-row="AVGO"]').getByText('%').waitFor();
    await study.locator('[data-table="model"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[role="alert"]').allTextContents()).toEqual([]);
    await page.screenshot({
      path: resolve(ARTIFACTS, 'outage-after-one-retry.png'),
      fullPage: true,
    });
    await page.close();
  });

  it('unknown-symbol: a Retry that gets the same 404 says so, and keeps the focus on Retry', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${server.url}?scenario=unknown-symbol`);
    const alert = page.locator('.chart-column [role="alert"]');
    await alert.getByText('HTTP 404').waitFor({ timeout: 20_000 });

    const retry = alert.getByRole('button', { name: 'Retry' });
    await retry.focus();
    await page.keyboard.press('Enter');
    const line = alert.getByRole('status');
    await expect
      .poll(() => line.textContent(), { timeout: 5000 })
      .toMatch(/^Tried again at \d\d:\d\d:\d\d: same answer\. A retry cannot help/);
    expect(await line.getAttribute('aria-live')).toBe('polite');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role="alert"]') !== null),
    ).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Retry');
    await alert.screenshot({ path: resolve(ARTIFACTS, 'retry-same-answer.png') });
    await page.close();
  });
});
