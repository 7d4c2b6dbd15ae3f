import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { ARTIFACTS, withBuiltApp } from './builtApp';
import { measureEmbed, overlapFaults } from './embedBoxes';
import { readPdf } from './pdfText';

/** Paper sizes in inches, and the margin Chromium's print dialog gives by default. */
const PAPERS = [
  { format: 'A4', width: 8.27, height: 11.69 },
  { format: 'Letter', width: 8.5, height: 11 },
] as const;
const MARGIN = 0.4;
const CSS_PX_PER_INCH = 96;

const SHEETS = PAPERS.flatMap((paper) =>
  [false, true].map((landscape) => {
    const [width, height] = landscape ? [paper.height, paper.width] : [paper.width, paper.height];
    return {
      name: `${paper.format}-${landscape ? 'landscape' : 'portrait'}`,
      format: paper.format,
      landscape,
      // What the page is laid out to: the paper less its margins, in CSS pixels.
      box: {
        width: Math.floor((width - 2 * MARGIN) * CSS_PX_PER_INCH),
        height: Math.floor((height - 2 * MARGIN) * CSS_PX_PER_INCH),
      },
    };
  }),
);

/** A reader's full window, the size the chart was drawn at before they print. */
const WINDOW = { width: 1280, height: 900 };

const built = withBuiltApp();

/**
 * Chromium lays a page out for paper without running its ResizeObservers, so a chart keeps the size
 * it had on screen. The stand-in below mutes them while `__printing` is set, so that laying the page
 * out at the paper's width with print styles shows what the paper gets.
 */
const MUTE_RESIZE_OBSERVERS = `(() => {
  const Native = window.ResizeObserver;
  window.ResizeObserver = class extends Native {
    constructor(callback) {
      super((entries, observer) => { if (!window.__printing) callback(entries, observer); });
    }
  };
})();`;

async function open(search: string): Promise<Page> {
  const page = await built.browser.newPage({ viewport: WINDOW });
  await page.addInitScript(MUTE_RESIZE_OBSERVERS);
  await page.goto(`${built.url}${search}`);
  await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
  return page;
}

/** Prints to a PDF of each sheet, kept for a reader to look at; returns its page count and text. */
async function printEach(page: Page, name: string) {
  const printed = [];
  for (const sheet of SHEETS) {
    const margin = `${String(MARGIN)}in`;
    const pdf = await page.pdf({
      format: sheet.format,
      landscape: sheet.landscape,
      margin: { top: margin, right: margin, bottom: margin, left: margin },
      printBackground: true,
    });
    writeFileSync(resolve(ARTIFACTS, `print-${name}-${sheet.name}.pdf`), pdf);
    printed.push({ sheet: sheet.name, ...readPdf(pdf) });
  }
  return printed;
}

/** Lays the page out as for one sheet (see MUTE_RESIZE_OBSERVERS), runs `look`, and puts it back. */
async function asPrinted<T>(
  page: Page,
  sheet: (typeof SHEETS)[number],
  look: () => Promise<T>,
): Promise<T> {
  await page.evaluate(() => {
    (window as { __printing?: boolean }).__printing = true;
    window.dispatchEvent(new Event('beforeprint'));
  });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(sheet.box);
  try {
    return await look();
  } finally {
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(WINDOW);
    await page.evaluate(() => {
      (window as { __printing?: boolean }).__printing = false;
    });
  }
}

/** For matching text: the PDF's has no white space, and its "fi" and "ff" are ligatures. */
const bare = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe('printing, in Chromium, on A4 and Letter, portrait and landscape', () => {
  it('prints the embed of a full window on one sheet, legend and source line under the chart', async () => {
    const page = await open('?embed=1');
    try {
      const description = (await page.locator('#embed-description').textContent()) ?? '';
      expect(description.length).toBeGreaterThan(100);
      for (const printed of await printEach(page, 'embed')) {
        expect(printed.pages, printed.sheet).toBe(1);
        expect(printed.text, printed.sheet).toContain(bare(description));
      }
      for (const sheet of SHEETS) {
        const faults = await asPrinted(page, sheet, async () => {
          await page.screenshot({ path: resolve(ARTIFACTS, `print-embed-${sheet.name}.png`) });
          return overlapFaults(await measureEmbed(page));
        });
        expect(faults, sheet.name).toEqual([]);
      }
    } finally {
      await page.close();
    }
  }, 30_000);

  it('prints the page with the full description under the chart', async () => {
    const page = await open('');
    try {
      const description = await page.locator('.chart-data__description').textContent();
      expect(description?.length).toBeGreaterThan(100);
      for (const printed of await printEach(page, 'page')) {
        expect(printed.pages, printed.sheet).toBeLessThanOrEqual(2);
        expect(printed.text, printed.sheet).toContain(bare(description ?? ''));
      }
      for (const sheet of SHEETS) {
        const layout = await asPrinted(page, sheet, async () => {
          await page.screenshot({
            path: resolve(ARTIFACTS, `print-page-${sheet.name}.png`),
            fullPage: true,
          });
          return page.evaluate((surface) => {
            const figure = document.querySelector('.chart-figure');
            const chart = document.querySelector(surface)?.getBoundingClientRect();
            // The words the figure shows under its chart on paper, in order.
            const under = [...(figure?.querySelectorAll('figcaption *, figcaption') ?? [])]
              .filter((node) => node.checkVisibility() && node.getBoundingClientRect().height > 0)
              .filter((node) => node.getBoundingClientRect().top >= (chart?.bottom ?? Infinity))
              .map((node) => node.textContent);
            return {
              chartRight: chart?.right ?? Infinity,
              under: under.join(' '),
              width: window.innerWidth,
            };
          }, chartSelector.surface('price'));
        });
        expect(layout.chartRight, sheet.name).toBeLessThanOrEqual(layout.width);
        expect(bare(layout.under), sheet.name).toContain(bare(description ?? ''));
      }
    } finally {
      await page.close();
    }
  }, 30_000);
});
