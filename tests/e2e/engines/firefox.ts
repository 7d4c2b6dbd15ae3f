import { existsSync } from 'node:fs';
import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import { inputThrough } from './driverInput';
import type { Engine, KeyName, ReaderPage } from './readerPage';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// puppeteer's key names are the DOM's, the space bar's included.
const keyOf = (key: KeyName): KeyInput => key;

function readerPage(page: Page): ReaderPage {
  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    addScript: async (source) => {
      await page.evaluate(source);
    },
    ...inputThrough(page, keyOf),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async () => Buffer.from(await page.screenshot()),
    pdf: async ({ format, landscape }) =>
      Buffer.from(await page.pdf({ format, landscape, printBackground: true })),
    close: () => page.close(),
  };
}

/**
 * Debian's Firefox ESR (package firefox-esr), headless, through puppeteer-core over WebDriver
 * BiDi: no browser download. A missing package fails with its name: no engine is skipped silently.
 */
export async function launchFirefoxEngine(): Promise<Engine> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install firefox-esr (see .ci/run).`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
  });
  return {
    name: 'firefox',
    newPage: async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 1000 });
      return readerPage(page);
    },
    close: () => browser.close(),
  };
}
