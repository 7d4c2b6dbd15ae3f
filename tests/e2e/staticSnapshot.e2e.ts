import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { ARTIFACTS, DIST, withBuiltApp } from './builtApp';

const built = withBuiltApp();

/** Each file the page fetched (path under the site), and whether it started before chart-ready. */
interface Load {
  path: string;
  beforeChart: boolean;
}

describe('the default build answers the API from its static files (Chromium)', () => {
  it('preloads the first chart’s data from index.html and draws it with no mock code', async () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const preloads = [
      ...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="\.\/([^"]+)">/g),
    ].map((match) => match[1]);
    expect(preloads).toEqual([
      expect.stringMatching(/^data\/prices-NVDA-[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^data\/shares-NVDA-[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^data\/events-NVDA-[0-9a-f]{10}\.json$/),
    ]);

    const page = await built.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(built.url);
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    const headline = await page.getByRole('region', { name: 'Headline figures' }).textContent();
    expect(headline).toContain('$142.62 → $118.42');
    await expect(page.getByText('bundled dataset (static files)').count()).resolves.toBe(1);

    const loads = () =>
      page.evaluate(() => {
        const ready = performance.getEntriesByName('chart-ready')[0]?.startTime ?? Infinity;
        return performance.getEntriesByType('resource').map((entry) => ({
          path: new URL(entry.name).pathname.slice(1),
          beforeChart: entry.startTime < ready,
        }));
      });
    // Wait for what loads after the first chart (the peers panel asks for the symbols' names).
    await expect
      .poll(async () => (await loads()).map((load) => load.path), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^data\/symbols-/)]));
    // ...and the benchmark's and peers' prices, asked for once the first chart is drawn.
    const compared = /^data\/prices-(?!NVDA-)/;
    await expect
      .poll(async () => (await loads()).filter((load) => compared.test(load.path)).length, {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(2);
    const all: Load[] = await loads();
    const before = all.filter((load) => load.beforeChart).map((load) => load.path);
    expect(before.filter((path) => compared.test(path))).toEqual([]);
    // The first chart's data came from the preloaded files, each fetched once.
    for (const file of preloads) {
      expect(before).toContain(file);
      expect(all.filter((load) => load.path === file)).toHaveLength(1);
    }
    // No request for an API path, and no MSW or scenario chunk, ever.
    expect(all.filter((load) => load.path.includes('api/'))).toEqual([]);
    expect(all.filter((load) => /assets\/(browser|scenarios)-/.test(load.path))).toEqual([]);

    // What the reader downloads before the first chart, gzip-compressed as a static host serves it.
    const gzipOf = (path: string) =>
      existsSync(resolve(DIST, path)) ? gzipSync(readFileSync(resolve(DIST, path))).length : 0;
    const kinds = { html: /\.html$|^$/, js: /\.js$/, css: /\.css$/, data: /\.json$/ };
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    const sizes = Object.entries(kinds).map(([kind, pattern]) => {
      const paths = [...before.filter((path) => pattern.test(path))];
      if (kind === 'html') paths.splice(0, paths.length, 'index.html');
      return `${kind} ${kb(paths.reduce((sum, path) => sum + gzipOf(path), 0))} KB`;
    });
    console.log(`Before the first chart (gzip): ${sizes.join(', ')}; files: ${before.join(' ')}`);

    await page.screenshot({ path: resolve(ARTIFACTS, 'static-snapshot.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a comparison chart asks for the benchmark’s and peers’ prices before it draws', async () => {
    const page = await built.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${built.url}?metric=rebased`);
    await page.waitForFunction(() => performance.getEntriesByName('chart-ready').length > 0, null, {
      timeout: 15_000,
    });
    const before = await page.evaluate(() => {
      const ready = performance.getEntriesByName('chart-ready')[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < ready)
        .map((entry) => new URL(entry.name).pathname.slice(1));
    });
    expect(before).toEqual(expect.arrayContaining([expect.stringMatching(/^data\/prices-QQQ-/)]));
    await page.close();
  });

  it('?scenario=outage-then-recover loads the mock: HTTP 503, then Retry recovers', async () => {
    const page = await built.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${built.url}?scenario=outage-then-recover`);
    const alert = page.locator('.chart-column [role=alert]');
    await alert.getByRole('button', { name: 'Retry' }).waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('HTTP 503');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    await expect(
      page.getByText('bundled dataset (mock API, scenario "outage-then-recover")').count(),
    ).resolves.toBe(1);
    await page.close();
  });

  it('an unknown scenario is said, and the page keeps its static files', async () => {
    const page = await built.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${built.url}?scenario=no-such-thing`);
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    await expect(page.getByText('no such mock scenario').count()).resolves.toBe(1);
    await expect(page.getByText('bundled dataset (static files)').count()).resolves.toBe(1);
    await page.close();
  });
});
