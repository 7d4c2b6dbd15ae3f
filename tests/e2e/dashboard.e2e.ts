import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chartSelector } from '../support/selectors';
import { ARTIFACTS, withBuiltApp } from './builtApp';

const built = withBuiltApp();

let page: Page;
let pageErrors: string[];

beforeEach(async () => {
  page = await built.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterEach(async () => {
  await page.close();
});

async function openDashboard(search = '') {
  await page.goto(`${built.url}${search}`);
  await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 15_000 });
}

describe('the dashboard in Chromium (production build, bundled data)', () => {
  it('draws the price line across the plot, with no page error', async () => {
    await openDashboard();
    const line = page.locator(chartSelector.line('price-line'));
    const d = (await line.getAttribute('d')) ?? '';
    expect(d.match(/[ML]/g)?.length).toBe(39);
    expect(d).not.toContain('NaN');
    const box = await line.boundingBox();
    const plot = await page.locator(chartSelector.plotGrid('price')).boundingBox();
    expect(box && plot).toBeTruthy();
    if (box && plot) {
      // The 2 Jan and 28 Feb sessions sit within a day's width of the plot's edges.
      expect(box.width).toBeGreaterThan(plot.width * 0.95);
    }
    await expect(page.locator(chartSelector.line('market-value-line')).count()).resolves.toBe(1);
    await page.screenshot({ path: resolve(ARTIFACTS, 'dashboard.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('spaces the price axis by ratio on a log scale and by step on a linear one', async () => {
    const spacings = [
      ['?scale=log', Math.log],
      ['', (value: number) => value],
    ] as const;
    for (const [search, position] of spacings) {
      await openDashboard(search);
      const ticks = await page.locator(chartSelector.yTickValues('price')).evaluateAll((labels) =>
        labels.map((label) => ({
          value: Number(label.textContent.replace(/[^0-9.]/g, '')),
          y: Number(label.getAttribute('y')),
        })),
      );
      expect(ticks.length, search).toBeGreaterThanOrEqual(3);
      const [a, b, c] = ticks as [(typeof ticks)[0], (typeof ticks)[0], (typeof ticks)[0]];
      // The gaps between three ticks on screen go as the gaps between their positions on the scale.
      const expected =
        (position(b.value) - position(a.value)) / (position(c.value) - position(b.value));
      expect((b.y - a.y) / (c.y - b.y), search).toBeCloseTo(expected, 1);
    }
  });

  it('shows the headline figures', async () => {
    await openDashboard();
    const headline = page.getByRole('region', { name: 'Headline figures' });
    await expect(headline.textContent()).resolves.toContain('$142.62 → $118.42');
    await expect(headline.textContent()).resolves.toContain('-16.97%');
  });

  it('shows the named overlays, each with its own label', async () => {
    await openDashboard();
    const plot = await page.locator(chartSelector.plotGrid('price')).boundingBox();
    const ids = [
      'viral-weekend',
      'wang-cnbc-davos-interview',
      'musk-obviously-reply',
      'nvda-record-drop-jan27',
      'deepseek-r1-release',
    ];
    for (const id of ids) {
      // A vertical SVG line has a zero-width box, so it is measured rather than asked isVisible().
      const overlay = await page.locator(`[data-event-id="${id}"]`).boundingBox();
      expect(overlay?.height ?? 0, id).toBeGreaterThan((plot?.height ?? Infinity) * 0.9);
      await expect(page.locator(`[data-event-label="${id}"]`).isVisible(), id).resolves.toBe(true);
    }
    const band = await page.locator('[data-event-id="viral-weekend"]').boundingBox();
    expect(band?.width ?? 0).toBeGreaterThan(10);
    const labels = await Promise.all(
      ids.map((id) => page.locator(`[data-event-label="${id}"] rect`).boundingBox()),
    );
    // No two labels overlap.
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        if (!a || !b) throw new Error('label without a box');
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('toggles an overlay off and on', async () => {
    await openDashboard();
    const toggle = page.locator('[data-event-toggle="wang-cnbc-davos-interview"]');
    await toggle.uncheck();
    await expect(page.locator('[data-event-id="wang-cnbc-davos-interview"]').count()).resolves.toBe(
      0,
    );
    expect(page.url()).toContain('hide=wang-cnbc-davos-interview');
    await toggle.check();
    await expect(page.locator('[data-event-id="wang-cnbc-davos-interview"]').count()).resolves.toBe(
      1,
    );
  });

  it('shows the 27 Jan close, 118.42, when hovering that day', async () => {
    await openDashboard();
    const marker = await page.locator('[data-event-id="nvda-record-drop-jan27"]').boundingBox();
    const plot = await page.locator(chartSelector.plotGrid('price')).boundingBox();
    if (!marker || !plot) throw new Error('no 27 Jan marker or plot');
    await page.mouse.move(marker.x + marker.width / 2, plot.y + plot.height * 0.8);
    const tooltip = page.locator('.chart-tooltip[data-tooltip-date="2025-01-27"]');
    await tooltip.waitFor();
    await expect(tooltip.locator('[data-field="close"]').textContent()).resolves.toBe('$118.42');
    await expect(tooltip.textContent()).resolves.toContain('-16.97%');
  });

  it('opens an event card with its sources on keyboard focus, and closes it with Escape', async () => {
    await openDashboard();
    await page.locator('[data-event-label="musk-obviously-reply"]').focus();
    const card = page.locator('[data-event-card="musk-obviously-reply"]');
    await card.waitFor();
    await expect(card.locator('a').count()).resolves.toBeGreaterThan(0);
    await expect(card.textContent()).resolves.toContain('date only');
    await page.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
  });

  it('shows the error with Retry on an outage, and Retry recovers keeping the window and toggles', async () => {
    const search =
      '?from=2025-01-13&to=2025-02-07&hide=musk-obviously-reply&scenario=outage-then-recover';
    await page.goto(`${built.url}${search}`);
    const alert = page.locator('.chart-column').getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.textContent()).resolves.toContain('HTTP 503');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.locator(chartSelector.line('price-line')).waitFor();
    const d = (await page.locator(chartSelector.line('price-line')).getAttribute('d')) ?? '';
    // 13 Jan to 7 Feb 2025: 19 sessions (20 Jan closed).
    expect(d.match(/[ML]/g)?.length).toBe(19);
    await expect(page.locator('[data-event-id="musk-obviously-reply"]').count()).resolves.toBe(0);
    expect(page.url()).toContain('from=2025-01-13');
    expect(page.url()).toContain('hide=musk-obviously-reply');
  });
});

describe('keyboard', () => {
  it('Enter on a label moves into its card, Tab reaches a source link, Escape returns to the label', async () => {
    await openDashboard();
    const label = page.locator('[data-event-label="wang-cnbc-davos-interview"]');
    await label.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('event-card')))
      .toBe(true);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(['A', 'BUTTON']).toContain(focused);
    await page.keyboard.press('Escape');
    await expect(
      page.locator('[data-event-card="wang-cnbc-davos-interview"]').count(),
    ).resolves.toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-label')))
      .toBe('wang-cnbc-davos-interview');
  });
});

describe('loading', () => {
  it('holds the layout while loading: no visible shift when the data arrives', async () => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Every request takes 2 s, so the skeletons are on screen first.
    await page.goto(`${built.url}?scenario=slow`);
    await page.locator('.chart-skeleton').first().waitFor();
    await page.locator(chartSelector.line('price-line')).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const total = await page.evaluate(() =>
      (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce(
        (sum, value) => sum + value,
        0,
      ),
    );
    expect(total).toBeLessThan(0.01);
  });
});

describe('a part whose code does not arrive', () => {
  it('says so in its place, keeps the chart, and loads on Retry', async () => {
    let blocked = true;
    await page.route(/\/Navigator-[\w-]+\.js$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    await openDashboard();
    const alert = page.getByRole('alert').filter({ hasText: 'The navigator could not be shown.' });
    await alert.waitFor({ timeout: 10_000 });
    await expect(page.locator(chartSelector.line('price-line')).count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: 'Headline figures' }).count()).resolves.toBe(1);

    blocked = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.locator(chartSelector.navigatorBrush).waitFor({ timeout: 10_000 });
    await expect(alert.count()).resolves.toBe(0);
  });
});
