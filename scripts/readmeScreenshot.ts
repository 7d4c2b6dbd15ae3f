/**
 * Redraws the README's pictures from the production build (run `npm run build` first):
 * `npx tsx scripts/readmeScreenshot.ts`. At 1280 px: the default page from its heading to the
 * navigator under the chart, so the picture shows what the README describes, caption and description
 * included; a reader's view with candles, a note and a range, cropped to the chart; and the story's
 * drop step, from its caption to the price chart.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';
import { chartSelector } from '../tests/support/selectors';

const ROOT = resolve(import.meta.dirname, '..');

const PICTURES = [
  { file: 'dashboard.png', search: '', crop: '.app-header', to: '.chart-column' },
  {
    file: 'notes-and-candles.png',
    search:
      '?chart=candles&from=2025-01-13&to=2025-02-07' +
      '&notes=1,n,2025-01-27,118.42,Our+article,r,2025-01-21,2025-01-24,The+week+before',
    crop: '.chart-figure',
    to: '.chart-figure .impact-panel',
  },
  {
    file: 'story.png',
    search: '?story=nvda-deepseek&step=4',
    crop: '.story-stepper',
    to: '.chart-figure .price-chart',
  },
] as const;

const server = await serveStatic(resolve(ROOT, 'dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const picture of PICTURES) {
    await page.goto(`${server.url}${picture.search}`);
    await page.locator(chartSelector.surface('price')).waitFor();
    // The navigator and the lazy parts (volume, notes) mount after the first chart.
    await page.locator(chartSelector.navigatorBrush).waitFor();
    await page.waitForLoadState('networkidle');
    const box = await page.evaluate(
      // No functions declared inside: tsx would name them with a helper the page does not have.
      ([top, bottom]) => ({
        top: (document.querySelector(top) ?? document.body).getBoundingClientRect().top,
        bottom: (document.querySelector(bottom) ?? document.body).getBoundingClientRect().bottom,
        right: (document.querySelector('.chart-column') ?? document.body).getBoundingClientRect()
          .right,
        scrolled: window.scrollY,
      }),
      [picture.crop, picture.to] as const,
    );
    const top =
      picture.crop === '.app-header' ? 0 : Math.max(0, Math.floor(box.top + box.scrolled) - 8);
    const bottom = Math.ceil(box.bottom + box.scrolled) + 16;
    await page.screenshot({
      path: resolve(ROOT, 'tests/e2e/screenshots', picture.file),
      fullPage: true,
      // The first picture is the whole page's width; the second, the chart's column.
      clip: {
        x: 0,
        y: top,
        width: picture.crop === '.app-header' ? 1280 : Math.ceil(box.right) + 8,
        height: bottom - top,
      },
    });
  }
} finally {
  await browser.close();
  await server.close();
}
