import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { serveApi } from './apiServer';
import { launchChromium } from './browser';
import { serveStatic } from './staticServer';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(import.meta.dirname, 'artifacts/dist-real-api');

let api: Awaited<ReturnType<typeof serveApi>>;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  api = await serveApi();
  // The same build as `VITE_API_BASE_URL=... npm run build`, pointed at the server just started.
  // Vitest sets NODE_ENV=test, which would make Vite ship React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.VITE_API_BASE_URL = api.baseUrl;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  } finally {
    delete process.env.VITE_API_BASE_URL;
    process.env.NODE_ENV = nodeEnv;
  }
  site = await serveStatic(OUT);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await site.close();
  await api.close();
});

describe('real-API mode: the same client against an HTTP price API at another origin', () => {
  it('draws the chart from the API and loads no mock code', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(site.url);
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    const headline = await page.getByRole('region', { name: 'Headline figures' }).textContent();
    expect(headline).toContain('$142.62 → $118.42');
    expect(api.requests).toEqual(
      expect.arrayContaining([
        'GET /api/v1/prices/NVDA',
        'GET /api/v1/shares/NVDA',
        'GET /api/v1/events?symbol=NVDA',
      ]),
    );
    // What waits for the first chart: the navigator, the study and peers panels, and the
    // comparison charts, fetched once it is drawn. The mocks (MSW and the bundled data) never load.
    const deferred = ['Navigator', 'EventStudyPanel', 'PeersPanel', 'ComparisonChart'];
    const loads = () =>
      page.evaluate(() => {
        const ready = performance.getEntriesByName('chart-ready')[0]?.startTime ?? Infinity;
        return performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => ({
            chunk: new URL(entry.name).pathname.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''),
            beforeChart: entry.startTime < ready,
          }));
      });
    await expect
      .poll(async () => (await loads()).map((load) => load.chunk), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(deferred));
    const all = await loads();
    const beforeChart = all.filter((load) => load.beforeChart).map((load) => load.chunk);
    expect(beforeChart).toContain('index');
    expect(beforeChart.filter((chunk) => deferred.includes(chunk))).toEqual([]);
    expect(all.filter((load) => /^(browser|scenarios)$/.test(load.chunk))).toEqual([]);
    await expect(page.getByText(`price API at ${api.baseUrl}`).count()).resolves.toBe(1);
    await page.close();
  });
});
