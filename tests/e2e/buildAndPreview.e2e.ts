import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, resolveConfig, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { launchChromium } from './browser';
import { serveHostPages } from './hostPage';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const CONFIG_FILE = resolve(ROOT, 'vite.config.ts');

beforeAll(() => {
  if (!existsSync(resolve(DIST, 'index.html')))
    throw new Error('No build in dist/: run `npm run build` first.');
});

describe('npm run build', () => {
  it('warns about no chunk: each is under the limit vite.config.ts sets', async () => {
    const config = await resolveConfig({ configFile: CONFIG_FILE }, 'build', 'production');
    const limit = config.build.chunkSizeWarningLimit;
    const assets = resolve(DIST, 'assets');
    // Vite's measure: the chunk's code in kB (1000 characters), sourcemap excluded.
    const oversize = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ name, kB: readFileSync(resolve(assets, name), 'utf8').length / 1000 }))
      .filter((chunk) => chunk.kB > limit);
    expect(oversize, `chunks over ${String(limit)} kB`).toEqual([]);
  });
});

describe('npm run preview', () => {
  let server: PreviewServer;
  let url: string;

  beforeAll(async () => {
    server = await preview({
      configFile: CONFIG_FILE,
      logLevel: 'silent',
      preview: { port: 0, host: '127.0.0.1', open: false },
    });
    url = server.resolvedUrls?.local[0] ?? '';
  });

  afterAll(async () => {
    await server.close();
  });

  it('lets a sandboxed frame (origin "null") load the build, as a static host must', async () => {
    const answer = await fetch(url, { headers: { Origin: 'null' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('so the README can offer it to try the sandboxed embed: the chart draws in one', async () => {
    const host = await serveHostPages();
    const browser = await launchChromium();
    try {
      host.pages.set(
        '/sandboxed',
        `<!doctype html><title>Host</title><link rel="icon" href="data:,">
         <iframe id="chart" sandbox="allow-scripts" src="${url}?embed=1"
           style="border:0;width:800px;height:450px"></iframe>`,
      );
      const page = await browser.newPage();
      await page.goto(`${host.url}/sandboxed`);
      const frame = await (await page.waitForSelector('#chart')).contentFrame();
      if (!frame) throw new Error('no frame');
      await frame.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
      expect(await frame.evaluate(() => window.origin)).toBe('null');
    } finally {
      await browser.close();
      await host.close();
    }
  });
});
