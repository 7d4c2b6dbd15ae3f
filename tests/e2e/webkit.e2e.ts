import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { serveStatic } from './staticServer';
import { launchWebKit, type WebKitSession } from './webkit';

// WebKit (WebKitGTK's MiniBrowser, the engine of Safari) against the production build in dist/.

const DIST = resolve(import.meta.dirname, '../../dist');
const SCREENSHOTS = resolve(import.meta.dirname, 'artifacts/webkit');

let server: Awaited<ReturnType<typeof serveStatic>>;
let webkit: WebKitSession;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(DIST);
  webkit = await launchWebKit();
}, 60_000);

afterAll(async () => {
  await webkit.close();
  await server.close();
});

const sleep = (ms: number) =>
  new Promise<void>((done) => {
    setTimeout(done, ms);
  });

/** Polls the page until `script` returns a truthy value, or fails after `timeoutMs`. */
async function until<T>(script: string, timeoutMs: number, ...args: unknown[]): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await webkit.execute<T>(script, ...args);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for: ${script}`);
    await sleep(200);
  }
}

async function open(search: string) {
  await webkit.goto(`${server.url}${search}`);
  await until(
    'return !!document.querySelector(arguments[0])',
    20_000,
    chartSelector.line('price-line'),
  );
}

describe('WebKit', () => {
  it('draws the page: headline, price line and event labels', async () => {
    await open('');
    const page = await webkit.execute<{ heading: string; labels: number }>(
      `return {
        heading: document.querySelector('h1')?.textContent ?? '',
        labels: document.querySelectorAll('[data-event-label]').length,
      }`,
    );
    expect(page.heading).toBe('NVIDIA and the DeepSeek shock');
    expect(page.labels).toBeGreaterThan(3);
    await until("return document.body.innerText.includes('-16.97%')", 5000);
    writeFileSync(resolve(SCREENSHOTS, 'dashboard.png'), await webkit.screenshot());
  });

  it('keeps the page when it refuses a history write, and the address catches up', async () => {
    await open('?from=2024-10-01&to=2025-02-28');
    await until(
      'return document.querySelectorAll(arguments[0]).length === 2',
      15_000,
      chartSelector.navigatorHandles,
    );
    // WebKit allows 100 history writes in 10 s and throws past them: a held arrow key on the
    // navigator's handle reaches that on a fast machine. Use the budget up, then step the handle.
    const refused = await webkit.execute<string>(
      `try {
        for (let n = 0; n < 120; n++) history.replaceState(history.state, '', location.href);
        return '';
      } catch (error) { return String(error); }`,
    );
    expect(refused).toMatch(/SecurityError/);
    await webkit.execute(
      `const handles = document.querySelectorAll(arguments[0]);
      const right = handles[handles.length - 1];
      for (let step = 0; step < 3; step++)
        right.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));`,
      chartSelector.navigatorHandles,
    );
    // The view moved at once and the chart stayed: no crash boundary in its place.
    await until(
      "return [...document.querySelectorAll('input[type=date]')].some((field) => field.value === '2025-02-25')",
      5000,
    );
    const text = await webkit.execute<string>('return document.body.innerText');
    expect(text).not.toContain('failed to draw');
    expect(
      await webkit.execute<boolean>(
        'return !!document.querySelector(arguments[0])',
        chartSelector.line('price-line'),
      ),
    ).toBe(true);
    // The address is written once WebKit takes writes again (its window is 10 s).
    const search = await until<string>(
      "return location.search.includes('to=2025-02-25') && location.search",
      25_000,
    );
    expect(search).toBe('?from=2024-10-01&to=2025-02-25');
    writeFileSync(resolve(SCREENSHOTS, 'after-refused-writes.png'), await webkit.screenshot());
  }, 60_000);
});
