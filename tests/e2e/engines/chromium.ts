import type { Page } from 'playwright-core';
import { launchChromium } from '../browser';
import { inputThrough } from './driverInput';
import type { Engine, KeyName, ReaderPage } from './readerPage';

// Playwright's key names, which are the DOM's, but for the space bar.
const keyOf = (key: KeyName): string => (key === 'Space' ? ' ' : key);

/** A Playwright page as the engine-neutral reader page (for Chromium-only tests too). */
export function chromiumReaderPage(page: Page): ReaderPage {
  return {
    engine: 'chromium',
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    addScript: async (source) => {
      await page.addScriptTag({ content: source });
    },
    ...inputThrough(page, keyOf),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: () => page.screenshot(),
    pdf: async ({ format, landscape }) => {
      await page.emulateMedia({ media: 'print' });
      const file = await page.pdf({ format, landscape, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      return file;
    },
    close: () => page.close(),
  };
}

/** Debian's Chromium (package chromium) through playwright-core. */
export async function launchChromiumEngine(): Promise<Engine> {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    newPage: async () =>
      chromiumReaderPage(await browser.newPage({ viewport: { width: 1280, height: 1000 } })),
    close: () => browser.close(),
  };
}
