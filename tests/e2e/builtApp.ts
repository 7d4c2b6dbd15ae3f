import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { serveStatic } from './staticServer';

/** The production build the browser tests run against (npm test builds it first). */
export const DIST = resolve(import.meta.dirname, '../../dist');
/** Where the browser tests leave their screenshots and files, for a reader to look at. */
export const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

/** Serves the build as a static host would; fails at once, saying why, when there is none. */
export async function serveBuild(): Promise<Awaited<ReturnType<typeof serveStatic>>> {
  if (!existsSync(resolve(DIST, 'index.html')))
    throw new Error('No build in dist/: run `npm run build` first.');
  mkdirSync(ARTIFACTS, { recursive: true });
  return serveStatic(DIST);
}

/**
 * The build served and Debian's Chromium launched for the tests of one file: started before
 * them, closed after. Read `url` and `browser` inside the tests, once the hooks have run.
 */
export function withBuiltApp(): { readonly url: string; readonly browser: Browser } {
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveBuild();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!server || !browser) throw new Error('The build is not served yet: use it inside a test.');
    return { server, browser };
  };
  return {
    get url() {
      return started().server.url;
    },
    get browser() {
      return started().browser;
    },
  };
}
