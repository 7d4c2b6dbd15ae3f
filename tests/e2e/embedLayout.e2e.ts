import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHART_MODE_NAMES, EMBED_CONTROLS } from '../../src/domain/vocabulary';
import { chartSelector } from '../support/selectors';
import { ARTIFACTS, withBuiltApp } from './builtApp';
import { layoutFaults, measureEmbed } from './embedBoxes';

const WIDTHS = [320, 400, 640, 1000, 1600];
const HEIGHTS = [200, 250, 400, 560, 900];
/** The sizes whose screenshots a reviewer looks at: the smallest and a middle one. */
const PICTURED = new Set(['320x200', '640x400']);

const built = withBuiltApp();

/**
 * Waits until the chart has drawn at the viewport's new size (its ResizeObserver, then React, then
 * Recharts): until what the embed shows stays the same over two frames.
 */
async function settle(page: Page) {
  await page.evaluate(async () => {
    const frame = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const shape = () =>
      [...document.querySelectorAll('.embed *')]
        .slice(0, 400)
        .map((element) => element.getBoundingClientRect().height.toFixed(1))
        .join();
    let before = shape();
    for (let tries = 0; tries < 20; tries++) {
      await frame();
      const now = shape();
      if (now === before) return;
      before = now;
    }
  });
}

/** Walks one embed through the grid of sizes; returns the faults found, by size. */
async function walkGrid(mode: string, controls: string): Promise<string[]> {
  const page = await built.browser.newPage({ viewport: { width: WIDTHS[0] ?? 320, height: 900 } });
  try {
    await page.goto(`${built.url}?embed=1&metric=${mode}&controls=${controls}`);
    await page.locator(chartSelector.anySurface).first().waitFor({ timeout: 15_000 });
    await page.locator('.embed__chart .recharts-line').first().waitFor({ timeout: 15_000 });
    const faults: string[] = [];
    for (const width of WIDTHS) {
      for (const height of HEIGHTS) {
        const size = `${String(width)}x${String(height)}`;
        await page.setViewportSize({ width, height });
        await settle(page);
        for (const fault of layoutFaults(await measureEmbed(page)))
          faults.push(`${size}: ${fault}`);
        if (PICTURED.has(size))
          await page.screenshot({
            path: resolve(ARTIFACTS, `embed-${mode}-${controls}-${size}.png`),
          });
      }
    }
    return faults;
  } finally {
    await page.close();
  }
}

describe('the embed at every size, in Chromium', () => {
  it('keeps title, caption, plot, legend, toggles and source apart, and the plot at 45% of the height or more', async () => {
    // One page per mode and controls, in parallel: each walks the whole grid by resizing.
    const runs = CHART_MODE_NAMES.flatMap((mode) =>
      EMBED_CONTROLS.map(async (controls) => ({
        view: `metric=${mode}&controls=${controls}`,
        faults: await walkGrid(mode, controls),
      })),
    );
    const results = await Promise.all(runs);
    expect(results.filter((result) => result.faults.length > 0)).toEqual([]);
  }, 90_000);

  it('folds the toggles behind an "Events (n)" button in a small box, which opens them over the chart', async () => {
    const page = await built.browser.newPage({ viewport: { width: 320, height: 200 } });
    try {
      await page.goto(`${built.url}?embed=1&controls=toggles`);
      const button = page.getByRole('button', { name: /^Events \(\d+\)$/ });
      await button.waitFor({ timeout: 15_000 });
      const social = page.getByRole('checkbox', { name: /Social/ });
      expect(await social.isVisible()).toBe(false);
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await social.uncheck();
      expect(page.url()).toContain('hideKinds=social');
      await page.screenshot({ path: resolve(ARTIFACTS, 'embed-toggles-open-320x200.png') });
      await page.keyboard.press('Escape');
      expect(await social.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  }, 30_000);
});
