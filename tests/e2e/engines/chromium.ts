import type { Page } from 'playwright-core';
import { launchChromium } from '../browser';
import type { Engine, ReaderPage } from './readerPage';

// Playwright's key names, which are the DOM's, but for the space bar.
const keyOf = (key: string) => (key === 'Space' ? ' ' : key);

function readerPage(page: Page): ReaderPage {
  return {
    engine: 'chromium',
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    addScript: async (source) => {
      await page.addScriptTag({ content: source });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseDown: () => page.mouse.down(),
    mouseUp: () => page.mouse.up(),
    press: async (...keys) => {
      for (const key of keys) await page.keyboard.press(keyOf(key));
    },
    holdKey: async (key, repeats) => {
      for (let n = 0; n < repeats; n++) await page.keyboard.down(keyOf(key));
      await page.keyboard.up(keyOf(key));
    },
    type: (text) => page.keyboard.type(text),
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
      readerPage(await browser.newPage({ viewport: { width: 1280, height: 1000 } })),
    close: () => browser.close(),
  };
}
