/**
 * Redraws the README's picture from the production build (run `npm run build` first):
 * `npx tsx scripts/readmeScreenshot.ts`. The page at 1280 px, from its heading to the navigator
 * under the chart, so the picture shows what the README describes, caption and description included.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';
import { chartSelector } from '../tests/support/selectors';

const ROOT = resolve(import.meta.dirname, '..');
const server = await serveStatic(resolve(ROOT, 'dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.locator(chartSelector.line('price-line')).waitFor();
  // The navigator and the lazy parts mount after the first chart.
  await page.locator(chartSelector.navigatorBrush).waitFor();
  const bottom = await page.evaluate(() => {
    const column = document.querySelector('.chart-column') ?? document.body;
    return column.getBoundingClientRect().bottom + window.scrollY;
  });
  await page.screenshot({
    path: resolve(ROOT, 'tests/e2e/screenshots/dashboard.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) + 16 },
  });
} finally {
  await browser.close();
  await server.close();
}
