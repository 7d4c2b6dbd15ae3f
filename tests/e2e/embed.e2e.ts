import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { launchChromium } from './browser';
import { serveHostPages } from './hostPage';
import { serveStatic } from './staticServer';

const DIST = resolve(import.meta.dirname, '../../dist');
const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

let browser: Browser;
let app: Awaited<ReturnType<typeof serveStatic>>;
let host: Awaited<ReturnType<typeof serveHostPages>>;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'index.html')))
    throw new Error('No build in dist/: run `npm run build` first.');
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await serveStatic(DIST);
  host = await serveHostPages();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await app.close();
  await host.close();
});

beforeEach(async () => {
  context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  // An alert would mean a hostile string ran as script.
  page.on('dialog', (dialog) => {
    pageErrors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
});

afterEach(async () => {
  await context.close();
});

const chartUrl = (search: string) => `${app.url}${search}`;

async function frameOf(selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  return frame;
}

/** Whether the embed fits its box: no scrollbar either way, footer and chart inside the viewport. */
async function fit(frame: Frame) {
  // The selector goes in as an argument: the function runs in the page, which has no imports.
  return frame.evaluate((surface) => {
    const root = document.documentElement;
    const footer = document.querySelector('.embed__footer')?.getBoundingClientRect();
    const chart = document.querySelector(`.embed__chart ${surface}`)?.getBoundingClientRect();
    return {
      scrollsDown: root.scrollHeight > root.clientHeight,
      scrollsAcross: root.scrollWidth > root.clientWidth,
      footerInside: footer ? footer.bottom <= window.innerHeight + 0.5 : false,
      chartInside: chart
        ? chart.right <= window.innerWidth + 0.5 && chart.bottom <= window.innerHeight + 0.5
        : false,
      chartHeight: chart?.height ?? 0,
    };
  }, chartSelector.anySurface);
}

describe('the chart embedded in another site, in Chromium', () => {
  it('fills iframes from 320x200 to 1600x900, plain and sandboxed, without scrollbars', async () => {
    host.pages.set(
      '/frames',
      `<!doctype html><title>Host</title><link rel="icon" href="data:,"><body style="margin:0">
       <iframe id="plain" src="${chartUrl('?embed=1')}" style="border:0;width:800px;height:450px"></iframe>
       <iframe id="sandboxed" sandbox="allow-scripts" src="${chartUrl('?embed=1&theme=dark')}"
         style="border:0;width:800px;height:450px"></iframe></body>`,
    );
    await page.goto(`${host.url}/frames`);
    for (const id of ['#plain', '#sandboxed']) {
      const frame = await frameOf(id);
      await frame.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
      for (const [width, height] of [
        [320, 200],
        [480, 320],
        [800, 450],
        [1600, 900],
      ] as const) {
        await page.evaluate(
          ({ id, width, height }) => {
            const element = document.querySelector<HTMLIFrameElement>(id);
            if (element)
              Object.assign(element.style, { width: `${width}px`, height: `${height}px` });
          },
          { id, width, height },
        );
        await frame.waitForFunction((expected) => window.innerWidth === expected, width);
        await page.waitForTimeout(250);
        const measured = await fit(frame);
        expect(measured, `${id} at ${String(width)}x${String(height)}`).toMatchObject({
          scrollsDown: false,
          scrollsAcross: false,
          footerInside: true,
          chartInside: true,
        });
        expect(measured.chartHeight).toBeGreaterThan(height * 0.4);
      }
    }
    // The sandboxed frame has an opaque origin: no storage, no service worker, same data.
    const sandboxed = await frameOf('#sandboxed');
    expect(await sandboxed.evaluate(() => window.origin)).toBe('null');
    expect(await sandboxed.locator('.embed__title').textContent()).toContain('NVIDIA');
    await page.screenshot({ path: resolve(ARTIFACTS, 'embed-host.png') });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('sizes the iframe from the snippet of the Embed dialog, ignoring forged messages', async () => {
    await page.goto(chartUrl('?from=2025-01-13&to=2025-02-07'));
    await page.getByRole('button', { name: 'Share, embed, export' }).click();
    const snippet = await page.getByLabel('Embed code').inputValue();
    expect(snippet).toContain(app.url.replace(/\/$/, ''));
    expect(snippet).toContain('from=2025-01-13');
    host.pages.set(
      '/snippet',
      `<!doctype html><title>Article</title><link rel="icon" href="data:,"><body style="margin:0;width:700px">${snippet}</body>`,
    );
    await page.goto(`${host.url}/snippet`);
    const frame = await frameOf('iframe');
    await frame.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    // The chart asks for its height; the host's script applies it (the snippet starts at 420).
    await page.waitForFunction(() => document.querySelector('iframe')?.style.height !== '', null, {
      timeout: 5_000,
    });
    const sized = await page.evaluate(() => document.querySelector('iframe')?.style.height);
    expect(sized).toMatch(/^\d+px$/);
    expect(parseInt(sized ?? '0', 10)).toBeGreaterThan(300);
    expect(await fit(frame)).toMatchObject({ scrollsDown: false, scrollsAcross: false });

    // Messages from the host page itself, or of another shape, are ignored.
    await page.evaluate(() => {
      window.postMessage({ embedHeight: 1234 }, '*');
      window.postMessage('embedHeight:999', '*');
    });
    await frame.evaluate(() => {
      window.parent.postMessage({ embedHeight: 'nope' }, '*');
      window.parent.postMessage({ embedHeight: 777, run: 'alert(1)' }, '*');
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelector('iframe')?.style.height)).toBe(sized);
    // A well-formed message from the chart is obeyed, clamped to the script's bounds.
    await frame.evaluate(() => {
      window.parent.postMessage({ embedHeight: 99_999 }, '*');
    });
    await page.waitForFunction(() => document.querySelector('iframe')?.style.height === '2000px');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("keeps a story's embed sized to its words as the reader steps through it", async () => {
    await page.goto(chartUrl('?story=nvda-deepseek&step=1'));
    await page.getByRole('button', { name: 'Share, embed, export' }).click();
    const snippet = await page.getByLabel('Embed code').inputValue();
    expect(snippet).toContain('story=nvda-deepseek');
    host.pages.set(
      '/story',
      `<!doctype html><title>Article</title><link rel="icon" href="data:,"><body style="margin:0;width:640px">${snippet}</body>`,
    );
    await page.goto(`${host.url}/story`);
    const frame = await frameOf('iframe');
    await frame.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    const count = await frame.locator('.story-stepper__dot').count();
    /** Once the host applied the chart's ask: the frame's height, the stepper's and the chart's. */
    const heights = async () => {
      await page.waitForTimeout(400);
      const inside = await frame.evaluate(() => ({
        stepper: document.querySelector('.story-stepper')?.getBoundingClientRect().height ?? 0,
        chart: document.querySelector('.embed__chart')?.getBoundingClientRect().height ?? 0,
      }));
      const iframe = await page.evaluate(() =>
        parseFloat(document.querySelector('iframe')?.style.height ?? '0'),
      );
      expect(await fit(frame)).toMatchObject({ scrollsDown: false, footerInside: true });
      return { ...inside, iframe };
    };
    const seen = [await heights()];
    for (let step = 2; step <= count; step++) {
      await frame.getByRole('button', { name: 'Next →' }).click();
      await frame.getByText(`Step ${String(step)} of ${String(count)}`, { exact: true }).waitFor();
      seen.push(await heights());
    }
    // Captions of other lengths, and a frame that grows and shrinks with them, so that the chart
    // keeps the height it asked for (about half the width) at every step.
    expect(new Set(seen.map(({ stepper }) => Math.round(stepper))).size).toBeGreaterThan(1);
    expect(new Set(seen.map(({ iframe }) => iframe)).size).toBeGreaterThan(1);
    const charts = seen.map(({ chart }) => chart);
    expect(Math.max(...charts) - Math.min(...charts)).toBeLessThanOrEqual(2);
    expect(Math.min(...charts)).toBeGreaterThan(640 * 0.45);
    await page.screenshot({ path: resolve(ARTIFACTS, 'embed-story-host.png') });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('shows only the overlay toggles with controls=toggles, and nothing to focus with static=1', async () => {
    await page.setViewportSize({ width: 900, height: 560 });
    await page.goto(chartUrl('?embed=1&controls=toggles'));
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    expect(await page.locator('.kind-toggles input[type=checkbox]').count()).toBe(4);
    expect(await page.locator('.window-controls, .analytics, .side-column').count()).toBe(0);
    const musk = page.locator('[data-event-label="musk-obviously-reply"]');
    expect(await musk.count()).toBe(1);
    await page.getByRole('checkbox', { name: /Social/ }).uncheck();
    expect(await musk.count()).toBe(0);
    expect(page.url()).toContain('hideKinds=social');

    await page.goto(chartUrl('?embed=1&static=1'));
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Tab');
    const focusedInChart = await page.evaluate(
      () => document.activeElement?.closest('.embed__chart') !== null,
    );
    expect(focusedInChart).toBe(false);
    expect(await page.locator('.embed__chart').getAttribute('inert')).not.toBeNull();
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

function pngSize(bytes: Buffer) {
  // The IHDR chunk follows the 8-byte signature: width and height, big-endian, at 16 and 20.
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function exportFile(name: string | RegExp): Promise<{ fileName: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: typeof name === 'string' }).click(),
  ]);
  const path = resolve(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(path);
  return { fileName: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** A minimal RFC 4180 reader, independent of the app's writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}

describe('exports, in Chromium', () => {
  it('saves PNGs of the asked-for sizes and an SVG with title, sources and only the overlays on', async () => {
    await page.goto(chartUrl('?hideKinds=social&title=Nvidia%20%3Cb%3Eafter%3C%2Fb%3E%20DeepSeek'));
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Share, embed, export' }).click();

    const one = await exportFile('PNG 1×');
    const two = await exportFile('PNG 2×');
    const print = await exportFile('PNG 1800×1000');
    expect(one.fileName).toBe('nvda-price-2025-01-02_2025-02-28-1x.png');
    const size1 = pngSize(one.bytes);
    expect(size1.width).toBeGreaterThan(600);
    expect(pngSize(two.bytes)).toEqual({ width: size1.width * 2, height: size1.height * 2 });
    expect(pngSize(print.bytes)).toEqual({ width: 1800, height: 1000 });

    const svg = await exportFile('SVG');
    expect(svg.fileName).toBe('nvda-price-2025-01-02_2025-02-28.svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].map((node) => node.textContent);
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        title: doc.querySelector('svg > title')?.textContent,
        desc: doc.querySelector('svg > desc')?.textContent ?? '',
        texts,
        elements: [...doc.querySelectorAll('*')].map((node) => node.nodeName.toLowerCase()),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    // The title is the reader's text, as text: its "<b>" never becomes an element.
    expect(parsed.title).toBe('Nvidia <b>after</b> DeepSeek');
    expect(parsed.elements).not.toContain('b');
    expect(parsed.elements).not.toContain('script');
    expect(parsed.elements).not.toContain('foreignobject');
    expect(parsed.desc).toContain('It fell 17.0% on Mon 27 Jan 2025, from $142.62 to $118.42');
    const allText = parsed.texts.join('\n');
    expect(allText).toContain('Prices: Nasdaq, Yahoo Finance');
    expect(allText).toContain('NVIDIA 10-Q/10-K');
    expect(allText).toContain('Record drop');
    expect(allText).toContain('Market event');
    // Social overlays are off: neither Musk's reply nor the viral weekend, nor their legend.
    expect(allText).not.toContain('Obviously');
    expect(allText).not.toContain('Viral weekend');
    expect(allText).not.toContain('Social event');
    // No theme variable is left unresolved in a file that has no stylesheet.
    expect(text).not.toContain('var(--');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('saves CSVs whose numbers read back and whose hostile text is defused', async () => {
    await page.goto(chartUrl('?scenario=hostile-events&metric=abnormal'));
    await page
      .locator(`.abnormal-chart, ${chartSelector.anySurface}`)
      .first()
      .waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => performance.getEntriesByName('chart-ready').length > 0);
    await page.getByRole('button', { name: 'Share, embed, export' }).click();

    const data = await exportFile(/^CSV of the data/);
    expect(data.fileName).toBe('nvda-abnormal-2025-01-02_2025-02-28-data.csv');
    const rows = parseCsv(data.bytes.toString('utf8'));
    const header = rows[0] ?? [];
    const column = (name: string) => header.indexOf(name);
    const shock = rows.find((row) => row[0] === '2025-01-27') ?? [];
    expect(Number(shock[column('close')])).toBe(118.42);
    expect(Number(shock[column('change_pct')])).toBeCloseTo(-16.968, 3);
    expect(Number(shock[column('shares_outstanding')])).toBe(24_477_000_000);
    expect(Number(shock[column('market_value_usd')])).toBeCloseTo(118.42 * 24_477_000_000, -1);
    expect(Number(shock[column('abnormal_return_pct')])).toBeCloseTo(-11.1, 1);
    // A negative number stays a number: no protective apostrophe in front of it.
    expect(shock[column('change_pct')]).toMatch(/^-\d/);
    expect(rows.length - 1).toBe(39);

    const events = await exportFile(/^CSV of the events/);
    const eventRows = parseCsv(events.bytes.toString('utf8'));
    const titles = eventRows.map((row) => row[2] ?? '');
    expect(titles).toContain('\'=HYPERLINK("http://evil.example","Click for details")');
    expect(titles).toContain('\'@SUM(1+1)*cmd|"/C calc"!A0');
    for (const row of eventRows.slice(1))
      for (const cell of row) expect(cell, `cell ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    // The markup title is in the page as text, not as an element.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('prints the chart at a readable size with its description and sources, no controls', async () => {
    await page.goto(chartUrl(''));
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate((surface) => {
      const visible = (selector: string) => {
        const node = document.querySelector(selector);
        return node ? getComputedStyle(node).display !== 'none' : false;
      };
      const chart = document.querySelector(surface)?.getBoundingClientRect();
      return {
        controls: visible('.window-controls') || visible('.metric-row') || visible('.analytics'),
        sources: visible('.sources'),
        caption:
          document.querySelector('.chart-figure figcaption')?.getBoundingClientRect().height ?? 0,
        chartWidth: chart?.width ?? 0,
        chartHeight: chart?.height ?? 0,
      };
    }, chartSelector.surface('price'));
    expect(layout.controls).toBe(false);
    expect(layout.sources).toBe(true);
    expect(layout.caption).toBeGreaterThan(10);
    expect(layout.chartWidth).toBeGreaterThan(500);
    expect(layout.chartHeight).toBeGreaterThan(300);
    await page.screenshot({ path: resolve(ARTIFACTS, 'print.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

const HOSTILE_QUERIES: [string, string][] = [
  ['a script tag as title', '?title=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['an onerror image as embed title', '?title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&embed=1'],
  ['an onload svg as embed title', '?embed=1&title=%3Csvg%20onload%3Dalert(1)%3E'],
  ['javascript: links as event ids', '?hide=javascript:alert(1)&event=javascript:alert(1)'],
  ['bad percent-encoding in dates', '?from=%E0%A4%A&to=%zz'],
  ['a lone percent sign', '?title=%'],
  ['bad percent-encoding in a name', '?%zz=1&metric=%'],
  [
    'a long title of emoji with a bidi override and NUL',
    `?title=${encodeURIComponent('\u202eevil\u0000' + '🦄'.repeat(5000))}`,
  ],
  ['reversed dates', '?from=2025-02-10&to=2025-01-05'],
  ['unknown symbols and markup', '?peers=XYZ,%3Cb%3E,AMD&benchmark=AAAA'],
  [
    'prototype names and a script theme',
    '?metric=__proto__&model=constructor&theme=javascript:alert(1)',
  ],
  ['bad embed options', '?embed=1&static=2&controls=%3Cscript%3E'],
  ['a 20,000-character parameter name', `?${'a'.repeat(20_000)}=1`],
];

describe('hostile URL parameters, in Chromium', () => {
  it.each(HOSTILE_QUERIES)(
    '%s: no uncaught error, no injected markup, a page that says why',
    async (query) => {
      await page.goto(chartUrl(query));
      await page
        .locator(`${chartSelector.line('price-line')}, .empty-state, .error-state`)
        .first()
        .waitFor({ timeout: 15_000 });
      const dom = await page.evaluate(() => ({
        // Leaves out the build's own: its module scripts and its data manifest (inert JSON).
        scripts: document.querySelectorAll('script:not([type="module"]):not(#api-snapshot)').length,
        injected: document.querySelectorAll('img[src="x"], [onerror], [onload], b, svg script')
          .length,
        scriptLinks: [...document.querySelectorAll('a[href]')].filter((link) =>
          link.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:'),
        ).length,
        text: document.body.innerText.length,
      }));
      expect(dom).toMatchObject({ scripts: 0, injected: 0, scriptLinks: 0 });
      expect(dom.text).toBeGreaterThan(100);
      expect(pageErrors).toEqual([]);
    },
    30_000,
  );
});
